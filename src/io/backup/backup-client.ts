/**
 * Reads a backup in a worker, so a large file never freezes the page: the text is read and checked there and
 * handed back in slices (`backup-protocol.ts`). Where a worker cannot start, the same check runs on the page,
 * as the import does.
 */
import { parseBackup, type ParseBackupResult } from '@/domain/backup/parse-backup';
import type { BackupProgress, BackupResponse } from './backup-protocol';

export type { BackupProgress } from './backup-protocol';

export async function readBackupInBackground(
  file: Blob,
  onProgress: (progress: BackupProgress) => void = () => undefined,
): Promise<ParseBackupResult> {
  const worker = startWorker();
  if (worker) {
    const result = await readInWorker(worker, file, onProgress);
    if (result) return result;
  }
  return parseBackup(await file.text());
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/** Resolves to undefined when the worker fails before answering (then the page reads the file itself). */
function readInWorker(
  worker: Worker,
  file: Blob,
  onProgress: (progress: BackupProgress) => void,
): Promise<ParseBackupResult | undefined> {
  return new Promise((resolve) => {
    const slices: { key: string; json: string; count: number }[] = [];
    let total = 0;
    let answered = false;
    const finish = (result: ParseBackupResult | undefined) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<BackupResponse>) => {
      answered = true;
      const message = event.data;
      if (message.type === 'progress') {
        if (message.progress.phase === 'receiving') total = message.progress.total;
        onProgress(message.progress);
      } else if (message.type === 'rows') slices.push(message);
      else {
        const { result, sliced } = message;
        worker.terminate();
        if (!result.ok) return resolve(result);
        void unpack(slices, (done) => onProgress({ phase: 'receiving', done, total })).then((lists) => {
          const backup = result.backup as unknown as Record<string, unknown>;
          for (const key of sliced) backup[key] = lists.get(key) ?? [];
          resolve(result);
        });
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(answered ? { ok: false, reasons: ['读取备份文件时出错，请重新选择文件。'] } : undefined);
    };
    worker.postMessage({ file });
  });
}

/** The slices' rows, one slice a task, so the page draws between them. */
async function unpack(
  slices: readonly { key: string; json: string; count: number }[],
  onProgress: (done: number) => void,
): Promise<Map<string, unknown[]>> {
  const lists = new Map<string, unknown[]>();
  let done = 0;
  for (const slice of slices) {
    const list = lists.get(slice.key) ?? [];
    for (const row of JSON.parse(slice.json) as unknown[]) list.push(row);
    lists.set(slice.key, list);
    done += slice.count;
    if (done % 20_000 < slice.count) onProgress(done);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return lists;
}
