/** Messages between the import client and its worker: plain, structured-clonable data only. */
import type { TransferredResult } from './transfer';

export interface WorkerRequest {
  id: number;
  /** The file's bytes, transferred (not copied) to the worker. */
  bytes: ArrayBuffer;
  fileName: string;
}

export type WorkerResponse =
  /** Posted once the worker's code has loaded: an error before it means workers cannot run here at all. */
  { type: 'ready' } | { type: 'result'; id: number; result: TransferredResult };
