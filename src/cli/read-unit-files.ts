/**
 * Reads many unit files for the command line on every core: a few files are read in this thread, thousands
 * (a province's units) by one worker thread per core, each pulling the next file as it finishes one, with a
 * progress line now and then. Results come back in the order of the paths.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatById } from '@/domain/formats/registry';
import { readUnitFile, type UnitFile, type UnitFileResult } from '@/io/office/read-unit-file';

/** Below this many files starting threads costs more than it saves. */
const PARALLEL_FROM = 16;
const PROGRESS_EVERY_MS = 2000;

/**
 * The command line runs from TypeScript sources with `tsx`, whose loader a thread does not inherit: each thread
 * registers it first, then loads the reader.
 */
const WORKER_URL = new URL('./read-unit-worker.ts', import.meta.url).href;
const WORKER_CODE = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(WORKER_URL)}); })`;

export type PlainUnitFile = Omit<UnitFile, 'format'> & { formatId: string };
export type PlainResult = PlainUnitFile | { ok: false; reason: string };
export interface ReadRequest {
  index: number;
  path: string;
}
export interface ReadReply {
  index: number;
  result: PlainResult;
}

/** A result as it crosses a thread boundary: formats are shared definitions, so only the id goes across. */
export function toPlainUnitFile(result: UnitFileResult): PlainResult {
  if (!result.ok) return result;
  const { format, ...rest } = result;
  return { ...rest, formatId: format.id };
}

function fromPlain(result: PlainResult): UnitFileResult {
  if (!result.ok) return result;
  const { formatId, ...rest } = result;
  const format = formatById(formatId);
  return format ? { ...rest, format } : { ok: false, reason: `不认识的表格格式“${formatId}”。` };
}

export async function readUnitFiles(
  paths: readonly string[],
  progress: (line: string) => void,
  threads = availableParallelism(),
): Promise<UnitFileResult[]> {
  if (paths.length < PARALLEL_FROM || threads < 2) return Promise.all(paths.map((p) => readHere(p)));
  const results: UnitFileResult[] = new Array<UnitFileResult>(paths.length);
  const started = Date.now();
  let next = 0;
  let done = 0;
  let shownAt = started;
  const report = () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    progress(`已读取 ${done}/${paths.length} 个文件（${threads} 个线程，${seconds} 秒）`);
  };
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_CODE, { eval: true });
      const send = () => {
        const index = next++;
        const path = paths[index];
        if (path === undefined) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ index, path } satisfies ReadRequest);
      };
      worker.on('message', (reply: ReadReply) => {
        results[reply.index] = fromPlain(reply.result);
        done += 1;
        if (Date.now() - shownAt >= PROGRESS_EVERY_MS) {
          shownAt = Date.now();
          report();
        }
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(threads, paths.length) }, run));
  report();
  return results;
}

async function readHere(path: string): Promise<UnitFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return { ok: false, reason: '文件不存在或没有读取权限。' };
  }
  return readUnitFile(bytes, basename(path));
}
