/**
 * `import-200` and `import-parse-200`: unit files from file to stored through the app's own worker client and
 * storage write, against the same work done bare: SheetJS parsing the same bytes in two workers (the app reads
 * two files at a time in workers too) and, for the stored figure, a bare Dexie `put` of the parsed values, one
 * strict transaction per file, issued as each file's values arrive. `commitFloor` is context for the stored
 * figure: `commitImport` of each file against the very rows it stored written again bare, file by file.
 */
import { Dexie, type EntityTable } from 'dexie';
import { importInBackground } from '@/io/import/import-client';
import { importFile } from '@/io/import/import-file';
import { createDb } from '@/storage/db';
import { commitImport } from '@/storage/import/commit-import';
import { unitFileName, type BenchWindow, type ImportBench, type PdfBench } from './bench-api';
import { nativeWrite } from './native-idb';

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

let runs = 0;

async function importApp(count: number, parseOnly = false) {
  const db = createDb(`bench-import-ours-${(runs += 1)}`);
  await db.open();
  const chosen = files.slice(0, count);
  const t0 = performance.now();
  // As the import page does: every file handed over at once; the client runs two workers at a time.
  const outcomes = await Promise.all(chosen.map((f) => importOne(db, f, parseOnly).catch((e: unknown) => String(e))));
  const ms = performance.now() - t0;
  const stored = await db.reports.count();
  await db.delete();
  return { ms, stored, failures: outcomes.filter((o): o is string => o !== null) };
}

interface RawRow {
  id: string;
  values: Record<string, number>;
}

class RawDb extends Dexie {
  reports!: EntityTable<RawRow, 'id'>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ reports: 'id' });
  }
}

type RawReply = { type: 'ready' } | { type: 'result'; id: number; values: Record<string, number> };

function startRawWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./raw-parse.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = () => resolve(worker);
  });
}

function parseIn(worker: Worker, id: number, bytes: ArrayBuffer): Promise<Record<string, number>> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<RawReply>) => {
      if (event.data.type === 'result' && event.data.id === id) resolve(event.data.values);
    };
    worker.postMessage({ id, bytes }, [bytes]);
  });
}

/** The bare path: two fresh workers pull files from one queue; each file's values are put as they arrive. */
async function importRaw(count: number, store: boolean) {
  const db = store ? new RawDb(`bench-import-raw-${(runs += 1)}`) : undefined;
  await db?.open();
  const queue = files.slice(0, count);
  const puts: Promise<unknown>[] = [];
  let next = 0;
  const t0 = performance.now();
  const drain = async () => {
    const worker = await startRawWorker();
    for (let i = next++; i < queue.length; i = next++) {
      const file = queue[i];
      if (!file) break;
      const values = await parseIn(worker, i, await file.blob.arrayBuffer());
      if (db) puts.push(db.transaction('rw', db.reports, () => db.reports.put({ id: file.name, values })));
    }
    worker.terminate();
  };
  await Promise.all([drain(), drain()]);
  await Promise.all(puts);
  const ms = performance.now() - t0;
  const stored = db ? await db.reports.count() : 0;
  await db?.delete();
  return { ms, stored, failures: [] };
}

async function fetchFile(name: string): Promise<Blob> {
  const response = await fetch(`./files/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.blob();
}

async function readPdf(name: string, which: 'ours' | 'raw'): Promise<{ ms: number; pages: number }> {
  const blob = await fetchFile(name);
  const t0 = performance.now();
  if (which === 'ours') {
    const result = await importInBackground(blob, name);
    if (!result.ok || !result.published) throw new Error(`${name}: ${result.ok ? 'no text' : result.reason}`);
    return { ms: performance.now() - t0, pages: 0 };
  }
  const worker = new Worker(new URL('./raw-pdf.worker.ts', import.meta.url), { type: 'module' });
  const pages = await new Promise<number>((resolve) => {
    worker.onmessage = (event: MessageEvent<{ type?: string; pages: number }>) => {
      // PDF.js's worker code posts messages of its own; only the tagged result ends the read.
      if (event.data.type === 'result') resolve(event.data.pages);
    };
    void blob.arrayBuffer().then((bytes) =>
      worker.postMessage(
        {
          bytes,
          // The app's own copies of PDF.js's character maps and fonts (served beside the bench pages).
          cMapUrl: new URL('./pdfjs/cmaps/', location.href).href,
          fontUrl: new URL('./pdfjs/standard_fonts/', location.href).href,
        },
        [bytes],
      ),
    );
  });
  const ms = performance.now() - t0;
  worker.terminate();
  return { ms, pages };
}

/**
 * Per file, alternated: `commitImport` into one database, then the rows it stored (unit, report, history,
 * receipt, received version) read back untimed and written bare, in one strict transaction, into another, once
 * by Dexie, once by Dexie after the reads a new unit's import makes first, and once on the browser's own
 * IndexedDB API (each into a database of its own).
 */
async function commitFloor(
  count: number,
): Promise<{ ours: number[]; floor: number[]; afterReads: number[]; native: number[]; historyRows: number }> {
  const dbs = [
    createDb(`bench-commit-ours-${(runs += 1)}`),
    createDb(`bench-commit-floor-${runs}`),
    createDb(`bench-commit-native-${runs}`),
    createDb(`bench-commit-reads-${runs}`),
  ] as const;
  const [db, bare, nativeDb, checked] = dbs;
  await nativeDb.open();
  const ours: number[] = [];
  const floor: number[] = [];
  const native: number[] = [];
  const afterReads: number[] = [];
  for (const file of files.slice(0, count)) {
    const read = await importFile(new Uint8Array(await file.blob.arrayBuffer()), file.name);
    if (!read.ok || !read.year) throw new Error(`${file.name}: not read`);
    let t0 = performance.now();
    const { reportId, unitId } = await commitImport(db, {
      unit: { kind: 'new', name: read.unitName?.value ?? file.name, unitKind: '部门' },
      year: read.year.value,
      formatId: read.format.id,
      values: read.values,
      stated: read.stated,
      fileName: file.name,
      who: 'bench',
    });
    ours.push(performance.now() - t0);
    const [unit, report, history, receipt, versions] = await Promise.all([
      db.units.get(unitId),
      db.reports.get(reportId),
      db.cellHistory.where('reportId').equals(reportId).toArray(),
      db.receipts.get(reportId),
      db.receivedVersions.where('reportId').equals(reportId).toArray(),
    ]);
    if (!unit || !report || !receipt) throw new Error(`${file.name}: not stored`);
    const writeAll = (into: Db) =>
      Promise.all([
        into.units.add(unit),
        into.reports.add(report),
        into.cellHistory.bulkAdd(history),
        into.receipts.add(receipt),
        into.receivedVersions.bulkAdd(versions),
      ]);
    const tablesOf = (d: Db) => [d.units, d.reports, d.cellHistory, d.receipts, d.receivedVersions];
    t0 = performance.now();
    await bare.transaction('rw', tablesOf(bare), () => writeAll(bare));
    floor.push(performance.now() - t0);
    // The same writes issued only after the round of reads a new unit's import makes (its name looked up, the
    // format setting read): what waiting for the checks before writing costs.
    t0 = performance.now();
    await checked.transaction('rw', [...tablesOf(checked), checked.settings], async () => {
      await Promise.all([
        checked.units
          .where('searchKeys')
          .equals(unit.searchKeys[0] ?? unit.name)
          .toArray(),
        checked.settings.get('formatVariant'),
      ]);
      await writeAll(checked);
    });
    afterReads.push(performance.now() - t0);
    t0 = performance.now();
    await nativeWrite(nativeDb, ['units', 'reports', 'cellHistory', 'receipts', 'receivedVersions'], (tx) => {
      tx.objectStore('units').add(unit);
      tx.objectStore('reports').add(report);
      for (const row of history) tx.objectStore('cellHistory').add(row);
      tx.objectStore('receipts').add(receipt);
      for (const row of versions) tx.objectStore('receivedVersions').add(row);
    });
    native.push(performance.now() - t0);
  }
  const historyRows = await db.cellHistory.count();
  await Promise.all(dbs.map((d) => d.delete()));
  return { ours, floor, afterReads, native, historyRows };
}

const bench: ImportBench & PdfBench = { load, importApp, importRaw, readPdf, commitFloor };
(window as BenchWindow).bench = bench;
