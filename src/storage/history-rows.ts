/**
 * The cell history as stored. An edit stores one row per cell; an import, which changes a whole report at once,
 * stores one row listing every cell it changed (`field` is `FILE_CHANGES_FIELD`, the cells in `changes`), so a
 * file costs one write instead of one per figure. Everything that reads history reads it through here, one
 * entry per cell, whichever way it was stored.
 */
import { Dexie } from 'dexie';
import type { FieldKey } from '@/domain/format/types';
import type { CellChangeRecord, CellHistoryRow, XxgkDb } from './db';

/** The `field` of a row listing many cells: no cell key is empty. */
export const FILE_CHANGES_FIELD = '';

/** One row for many cells written together by one author at one moment. */
export function oneRowOfChanges(
  reportId: string,
  at: number,
  who: string,
  changes: readonly CellChangeRecord[],
): CellHistoryRow {
  return { reportId, field: FILE_CHANGES_FIELD, at, who, old: null, new: null, changes: [...changes] };
}

/** One entry per cell, in the order stored (an entry from a listing row keeps that row's id, time and author). */
export function perCell(rows: readonly CellHistoryRow[]): CellHistoryRow[] {
  const out: CellHistoryRow[] = [];
  for (const row of rows) {
    if (!row.changes) {
      out.push(row);
      continue;
    }
    const { changes, ...shared } = row;
    for (const c of changes) out.push({ ...shared, field: c.field, old: c.old, new: c.new });
  }
  return out;
}

/** One cell's history, oldest first. */
export async function readCellHistory(db: XxgkDb, reportId: string, field: FieldKey): Promise<CellHistoryRow[]> {
  const rows = await db.cellHistory
    .where('[reportId+field]')
    .anyOf([
      [reportId, field],
      [reportId, FILE_CHANGES_FIELD],
    ])
    .toArray();
  return perCell(rows)
    .filter((h) => h.field === field)
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

/**
 * History entries per cell of a report: the per-cell rows counted over the index keys alone, the listing rows
 * (a few per report, one per file imported) read and counted cell by cell.
 */
export async function readHistoryCounts(db: XxgkDb, reportId: string): Promise<Record<FieldKey, number>> {
  const [keys, listings] = await Promise.all([
    db.cellHistory
      .where('[reportId+field]')
      .between([reportId, Dexie.minKey], [reportId, Dexie.maxKey], true, true)
      .keys(),
    db.cellHistory.where('[reportId+field]').equals([reportId, FILE_CHANGES_FIELD]).toArray(),
  ]);
  const counts: Record<FieldKey, number> = {};
  const add = (field: string) => (counts[field] = (counts[field] ?? 0) + 1);
  for (const key of keys) {
    const field = Array.isArray(key) ? key[1] : undefined;
    if (typeof field === 'string' && field !== FILE_CHANGES_FIELD) add(field);
  }
  for (const row of listings) for (const c of row.changes ?? []) add(c.field);
  return counts;
}
