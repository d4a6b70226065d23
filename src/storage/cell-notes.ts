/**
 * Reads beside a report's values for its page: how many history entries each cell has (read from the index
 * alone, without the rows), the comments, and the files received for it. Plain reads, so the live hooks in
 * `cell-notes-hooks.ts` can re-run them when the tables change.
 */
import { Dexie } from 'dexie';
import type { FieldKey } from '@/domain/format/types';
import type { CellHistoryRow, CommentRow, ReceivedVersionRow, XxgkDb } from './db';

/** What the grid marks: every comment of the report, and history entries per cell. */
export interface ReportMarks {
  comments: CommentRow[];
  historyCounts: Record<FieldKey, number>;
}

/** History entries per cell of a report, counted over the `[reportId+field]` index keys (no row is loaded). */
export async function readHistoryCounts(db: XxgkDb, reportId: string): Promise<Record<FieldKey, number>> {
  const keys = await db.cellHistory
    .where('[reportId+field]')
    .between([reportId, Dexie.minKey], [reportId, Dexie.maxKey], true, true)
    .keys();
  const counts: Record<FieldKey, number> = {};
  for (const key of keys) {
    const field = Array.isArray(key) ? key[1] : undefined;
    if (typeof field === 'string') counts[field] = (counts[field] ?? 0) + 1;
  }
  return counts;
}

export async function readReportMarks(db: XxgkDb, reportId: string): Promise<ReportMarks> {
  const [comments, historyCounts] = await Promise.all([
    db.comments.where('reportId').equals(reportId).sortBy('id'),
    readHistoryCounts(db, reportId),
  ]);
  return { comments, historyCounts };
}

/** One cell's history, oldest first. */
export function readCellHistory(db: XxgkDb, reportId: string, field: FieldKey): Promise<CellHistoryRow[]> {
  return db.cellHistory.where('[reportId+field]').equals([reportId, field]).sortBy('id');
}

/** One cell's comments, oldest first. */
export function readCellComments(db: XxgkDb, reportId: string, field: FieldKey): Promise<CommentRow[]> {
  return db.comments.where('[reportId+field]').equals([reportId, field]).sortBy('id');
}

/** The files received for a report, newest first. */
export async function readReceivedVersions(db: XxgkDb, reportId: string): Promise<ReceivedVersionRow[]> {
  const rows = await db.receivedVersions.where('reportId').equals(reportId).toArray();
  return rows.sort((a, b) => b.receivedAt - a.receivedAt || (b.id ?? 0) - (a.id ?? 0));
}
