/**
 * Reads a workspace's database from the page with the raw IndexedDB API only (no code of the app), so a check
 * of what is stored cannot be fooled by the layer it checks.
 */
import type { Page } from '@playwright/test';

export interface RawReport {
  id: string;
  unitId: string;
  year: number;
  values: Record<string, number | null>;
}

export interface RawReceivedVersion {
  id: number;
  reportId: string;
  fileName: string;
  values: Record<string, number | null>;
}

export interface RawHistory {
  id: number;
  reportId: string;
  field: string;
  /** An import's one row for all the cells it changed. */
  changes?: { field: string }[];
}

export interface RawUnit {
  id: string;
  name: string;
}

export interface RawStores {
  units: RawUnit[];
  reports: RawReport[];
  receivedVersions: RawReceivedVersion[];
  cellHistory: RawHistory[];
}

/** Every row of the four stores an import writes, read in one transaction (one consistent snapshot). */
export function readImportStores(page: Page, dbName = 'xxgk-demo'): Promise<RawStores> {
  return page.evaluate(
    (dbName) =>
      new Promise<RawStores>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const names = ['units', 'reports', 'receivedVersions', 'cellHistory'] as const;
          const tx = db.transaction([...names], 'readonly');
          const out: Partial<Record<(typeof names)[number], unknown[]>> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as unknown as RawStores);
          };
          tx.onerror = () => {
            db.close();
            reject(new Error(String(tx.error)));
          };
        };
      }),
    dbName,
  );
}

/** Every row of one store, read with the raw IndexedDB API. */
export function readStore<T>(page: Page, store: string, dbName = 'xxgk-demo'): Promise<T[]> {
  return page.evaluate(
    ({ store, dbName }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(store, 'readonly').objectStore(store).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => {
            db.close();
            reject(new Error(String(all.error)));
          };
        };
      }),
    { store, dbName },
  );
}

/** The stored input values of one unit's report of a year (empty when there is none yet), read raw. */
export function readReportValues(
  page: Page,
  unitName: string,
  year: number,
  dbName = 'xxgk-demo',
): Promise<Record<string, number | null>> {
  return page.evaluate(
    ({ unitName, year, dbName }) =>
      new Promise<Record<string, number | null>>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['units', 'reports'], 'readonly');
          const units = tx.objectStore('units').getAll();
          const reports = tx.objectStore('reports').getAll();
          tx.oncomplete = () => {
            db.close();
            const unit = (units.result as { id: string; name: string }[]).find((u) => u.name === unitName);
            const report = (reports.result as RawReport[]).find((r) => r.unitId === unit?.id && r.year === year);
            resolve(report?.values ?? {});
          };
          tx.onerror = () => {
            db.close();
            reject(new Error(String(tx.error)));
          };
        };
      }),
    { unitName, year, dbName },
  );
}
