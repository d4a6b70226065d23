/**
 * The raw side of `typing-100`: bare Dexie puts, strict durability, of the app's own report row with one more
 * value each time (the rows the grid's 100 typed values produce), one after another. Also reads the app's demo
 * database raw, to know when typed values are durable.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ReportRow } from '@/storage/db';

export interface TypingBench {
  /** `performance.now()` once every `expected` value is in the app's stored report (polled), or -1 on timeout. */
  durableAt: (reportId: string, expected: Record<string, number>, timeoutMs: number) => Promise<number>;
  /** ms for `fields.length` sequential puts of the report's row, each with one more field set. */
  puts: (reportId: string, expected: Record<string, number>) => Promise<number>;
}

class RawDb extends Dexie {
  reports!: EntityTable<ReportRow, 'id'>;
  constructor() {
    super('bench-typing-raw', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ reports: 'id' });
  }
}

function readAppRow(reportId: string): Promise<ReportRow | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('xxgk-demo');
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const get = open.result.transaction('reports', 'readonly').objectStore('reports').get(reportId);
      get.onsuccess = () => {
        open.result.close();
        resolve(get.result as ReportRow | undefined);
      };
      get.onerror = () => reject(new Error(String(get.error)));
    };
  });
}

async function durableAt(reportId: string, expected: Record<string, number>, timeoutMs: number): Promise<number> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    const row = await readAppRow(reportId);
    if (row && Object.entries(expected).every(([f, v]) => row.values[f] === v)) return performance.now();
  }
  return -1;
}

async function puts(reportId: string, expected: Record<string, number>): Promise<number> {
  const template = await readAppRow(reportId);
  if (!template) throw new Error('report not found');
  const db = new RawDb();
  const values: Record<string, number | null> = { ...template.values };
  const t0 = performance.now();
  for (const [field, value] of Object.entries(expected)) {
    values[field] = value;
    await db.reports.put({ ...template, values: { ...values } });
  }
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

const bench: TypingBench = { durableAt, puts };
(window as { bench?: unknown }).bench = bench;
