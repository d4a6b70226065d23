/**
 * Messages between the restore page and the backup worker. A large backup's rows come back in slices, each its
 * own message: one message of a 200 MB file's objects would be one long task on the page while it is unpacked.
 */
import type { ParseBackupResult } from '@/domain/backup/parse-backup';

export interface BackupRequest {
  file: Blob;
}

/** What the worker is doing, for the page's progress line. `done`/`total` are bytes read or rows handed over. */
export type BackupProgress =
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'checking' }
  | { phase: 'receiving'; done: number; total: number };

export type BackupResponse =
  | { type: 'progress'; progress: BackupProgress }
  /**
   * A slice of one of the backup's row lists (`units`, `reports`, `cellHistory`, …), in order, as JSON text:
   * a string crosses to the page at once, and the page turns each slice into rows in a task of its own.
   */
  | { type: 'rows'; key: string; json: string; count: number }
  /** The result with every sliced list left empty; `sliced` names them, `rows` counts them. */
  | { type: 'result'; result: ParseBackupResult; sliced: string[]; rows: number };

/** Rows a slice carries: small enough that unpacking one takes a few milliseconds. */
export const ROWS_PER_SLICE = 2000;
