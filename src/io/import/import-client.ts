/**
 * Runs imports in Web Workers, at most two at a time, each file stopped after a time limit. Where workers cannot
 * run at all, the same code runs in-process with the same prechecks and limits.
 *
 * A worker is handed on to the next queued file only after it read a file cleanly; after a refused file, a
 * crash or a timeout it is terminated (so memory or a polluted prototype a hostile file left behind goes with
 * it), and so is every worker once the queue is empty. Starting a worker costs far more than parsing one unit's
 * file (loading and compiling the spreadsheet code): a fresh worker per file made a 200-file import about six
 * times slower, and a fresh one every 20 files still spent about 40 % of the parse on starting.
 */
import type { ImportResult } from './import-file';
import { fromTransfer } from './transfer';
import { IMPORT_LIMITS, tooLargeMessage } from './limits';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export const TIMEOUT_MESSAGE = '解析超时，文件可能过大或已损坏。请在 Excel/WPS 中打开后另存再导入。';
const CRASH_MESSAGE = '解析此文件时读取程序意外停止，文件可能过大或已损坏。请在 Excel/WPS 中打开后另存再导入。';
const MAX_PARALLEL = 2;

export interface ImportOptions {
  timeoutMs?: number;
}

type Outcome = { kind: 'done'; result: ImportResult } | { kind: 'noWorker' };

let running = 0;
const waiting: (() => void)[] = [];
/** Started workers kept for the next queued file: each has read only clean files so far. */
interface PooledWorker {
  worker: Worker;
}
const spare: PooledWorker[] = [];
let nextId = 1;
/** Set once a worker failed to start, so later files go straight to the in-process path. */
let workerFailedToStart = false;
const canUseWorker = () => !workerFailedToStart && typeof Worker !== 'undefined';

/** Imports one file chosen by the user (a `File` or any `Blob`), refusing oversized files before reading them. */
export async function importInBackground(
  file: Blob,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (file.size > IMPORT_LIMITS.maxFileBytes) return { ok: false, reason: tooLargeMessage(file.size) };
  await slot();
  try {
    const bytes = await file.arrayBuffer();
    if (canUseWorker()) {
      const outcome = await runInWorker(bytes, fileName, options.timeoutMs ?? IMPORT_LIMITS.timeoutMs);
      if (outcome.kind === 'done') return outcome.result;
      workerFailedToStart = true;
    }
    const { importFile } = await import('./import-file');
    return await importFile(new Uint8Array(bytes), fileName);
  } finally {
    release();
  }
}

function startWorker(): PooledWorker | undefined {
  try {
    return { worker: new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }) };
  } catch {
    return undefined;
  }
}

function runInWorker(bytes: ArrayBuffer, fileName: string, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const reused = spare.pop();
    const pooled = reused ?? startWorker();
    if (!pooled) {
      resolve({ kind: 'noWorker' });
      return;
    }
    const { worker } = pooled;
    const id = nextId++;
    let started = reused !== undefined;
    let settled = false;
    const send = () => {
      started = true;
      const request: WorkerRequest = { id, bytes, fileName };
      worker.postMessage(request, [bytes]);
    };
    const finish = (outcome: Outcome, clean: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      const wanted = waiting.length > 0 && spare.length < MAX_PARALLEL;
      if (clean && wanted) spare.push(pooled);
      else worker.terminate();
      resolve(outcome);
    };
    const timeout = () => finish({ kind: 'done', result: { ok: false, reason: TIMEOUT_MESSAGE } }, false);
    const timer = setTimeout(timeout, timeoutMs);
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'ready') send();
      else if (message.id === id) finish({ kind: 'done', result: fromTransfer(message.result) }, message.result.ok);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // Before `ready` the worker itself could not load (old browser, blocked script): run in-process instead.
      // After it, this file broke the parser; it is not retried on the main thread.
      finish(started ? { kind: 'done', result: { ok: false, reason: CRASH_MESSAGE } } : { kind: 'noWorker' }, false);
    };
    if (reused) send();
  });
}

function slot(): Promise<void> {
  if (running < MAX_PARALLEL) {
    running += 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(() => resolve()));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
  // Nothing left to read: no worker stays alive between imports.
  if (running === 0) for (const pooled of spare.splice(0)) pooled.worker.terminate();
}
