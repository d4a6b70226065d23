/**
 * Figure 2: 200 unit files from file to stored through the app's own worker client and storage write, against
 * raw SheetJS parsing of the same bytes in this page.
 */
import * as XLSX from 'xlsx';
import { importInBackground } from '@/io/import/import-client';
import { createDb } from '@/storage/db';
import { commitImport } from '@/storage/import/commit-import';
import type { WorkerRequest, WorkerResponse } from '@/io/import/worker-protocol';
import { unitFileName, type BenchWindow, type ImportBench, type ImportBenchResult } from './bench-api';

let files: { name: string; blob: Blob }[] = [];

async function load(count: number): Promise<number> {
  files = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const name = unitFileName(i + 1);
      const response = await fetch(`./files/${encodeURIComponent(name)}`);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return { name, blob: await response.blob() };
    }),
  );
  return files.length;
}

type Db = ReturnType<typeof createDb>;

async function importOne(db: Db, file: { name: string; blob: Blob }, parseOnly: boolean): Promise<string | null> {
  const result = await importInBackground(file.blob, file.name);
  if (!result.ok) return `${file.name}: ${result.reason}`;
  if (parseOnly) return null;
  if (!result.year) return `${file.name}: no year`;
  await commitImport(db, {
    unit: { kind: 'new', name: result.unitName?.value ?? file.name, unitKind: '部门' },
    year: result.year.value,
    formatId: result.format.id,
    values: result.values,
    stated: result.stated,
    fileName: file.name,
    who: 'bench',
  });
  return null;
}

async function importApp(count: number, dbName: string, parseOnly = false): Promise<ImportBenchResult> {
  const db = createDb(dbName);
  await db.open();
  const chosen = files.slice(0, count);
  const t0 = performance.now();
  // As the import page does: every file handed over at once; the client runs two workers at a time.
  const outcomes = await Promise.all(chosen.map((f) => importOne(db, f, parseOnly).catch((e: unknown) => String(e))));
  const ms = performance.now() - t0;
  const stored = await db.reports.count();
  db.close();
  return { ms, stored, failures: outcomes.filter((o): o is string => o !== null) };
}

async function parseRaw(count: number): Promise<ImportBenchResult> {
  const chosen = files.slice(0, count);
  let sheets = 0;
  const t0 = performance.now();
  for (const f of chosen) {
    const book = XLSX.read(new Uint8Array(await f.blob.arrayBuffer()), { type: 'array', dense: true });
    sheets += book.SheetNames.length;
  }
  return { ms: performance.now() - t0, stored: sheets, failures: [] };
}

/**
 * Diagnostic, not the app's path: the app's own import worker, but two long-lived workers each parsing half
 * the files in turn (the client starts a fresh worker per file). Tells what the per-file worker start costs.
 */
async function parseReusedWorkers(count: number): Promise<ImportBenchResult> {
  const chosen = files.slice(0, count);
  const t0 = performance.now();
  const halves = [chosen.filter((_, i) => i % 2 === 0), chosen.filter((_, i) => i % 2 === 1)];
  const failures = await Promise.all(halves.map((half) => parseInOneWorker(half)));
  return { ms: performance.now() - t0, stored: 0, failures: failures.flat() };
}

async function parseInOneWorker(list: readonly { name: string; blob: Blob }[]): Promise<string[]> {
  const worker = new Worker(new URL('../src/io/import/import.worker.ts', import.meta.url), { type: 'module' });
  await new Promise<void>((resolve) => {
    worker.onmessage = () => resolve(); // the worker's `ready`
  });
  const failures: string[] = [];
  let id = 0;
  for (const f of list) {
    const bytes = await f.blob.arrayBuffer();
    id += 1;
    const reply = await new Promise<WorkerResponse>((resolve) => {
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => resolve(event.data);
      const request: WorkerRequest = { id, bytes, fileName: f.name };
      worker.postMessage(request, [bytes]);
    });
    if (reply.type !== 'result' || !reply.result.ok) failures.push(f.name);
  }
  worker.terminate();
  return failures;
}

const bench: ImportBench = { load, importApp, parseRaw, parseReusedWorkers };
(window as BenchWindow).bench = bench;
