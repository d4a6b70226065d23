/**
 * `cli-consolidate-3000`: the command line's `consolidate` over 3,000 unit files (read on every core, checked,
 * summed, written with its per-value CSV), in-process, against a raw parse of the same files on the same cores:
 * one worker thread per core reading each file from disk and parsing it with SheetJS, nothing else. The files
 * are copies of the import figures' 200 unit files under 3,000 names (a copy is parsed as fully as an original).
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runConsolidate } from '../../src/cli/consolidate-command';
import { unitFileName } from '../../bench/bench-api';
import { type Figure, median, samplesNote, timePairs } from './measure';
import { BENCH_OUT, ROOT } from './serve';

const DIR = `${ROOT}.cache/bench/cli-files`;
/** A run reads 3,000 files (tens of seconds on two shared cores): two pairs keep the whole bench short. */
const CLI_PAIRS = 2;

async function unitFiles(count: number, sources: number): Promise<string[]> {
  await mkdir(DIR, { recursive: true });
  const have = new Set(await readdir(DIR));
  const paths: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const name = `file-${String(i).padStart(4, '0')}.xlsx`;
    if (!have.has(name))
      await copyFile(`${BENCH_OUT}/files/${unitFileName(((i - 1) % sources) + 1)}`, `${DIR}/${name}`);
    paths.push(`${DIR}/${name}`);
  }
  return paths;
}

const RAW_WORKER = `
const { parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const XLSX = require('xlsx');
parentPort.on('message', (path) => {
  const book = XLSX.read(readFileSync(path), { type: 'buffer', dense: true });
  parentPort.postMessage(book.SheetNames.length);
});`;

/** Every file read and parsed by one thread per core, each taking the next file as it finishes one. */
async function rawParse(paths: readonly string[], threads: number): Promise<void> {
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(RAW_WORKER, { eval: true });
      const send = () => {
        const path = paths[next++];
        if (path === undefined) void worker.terminate().then(() => resolve());
        else worker.postMessage(path);
      };
      worker.on('message', send);
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: threads }, run));
}

export async function cliFigure(count: number, sources: number): Promise<Figure> {
  const paths = await unitFiles(count, sources);
  const threads = availableParallelism();
  let lines = 0;
  const [ours, raw] = await timePairs(
    async () => {
      const result = await runConsolidate(
        [...paths, '--out', `${DIR}/../cli-total.xlsx`, '--csv', `${DIR}/../cli-values.csv`],
        () => undefined,
      );
      lines = result.stdout.length;
    },
    () => rawParse(paths, threads),
    CLI_PAIRS,
    0,
  );
  return {
    id: `cli-consolidate-${count}`,
    name: `命令行汇总 ${count} 个单位文件（读取、校验、汇总、写出 .xlsx 和逐项 CSV）`,
    ms: median(ours),
    baselineName: `同样的文件，${threads} 个线程各自读盘并用 SheetJS 解析`,
    baselineMs: median(raw),
    note: `${threads} threads both; ${lines} lines printed; ${CLI_PAIRS} pairs; ${samplesNote(ours, raw)}`,
  };
}
