/**
 * Reads beside a report's values for its page: how many history entries each cell has (`history-rows.ts`),
 * the comments, and the files received for it. Plain reads, so the live hooks in
 * `cell-notes-hooks.ts` can re-run them when the tables change.
 */
import type { FieldKey } from '@/domain/format/types';
import type { CommentRow, ReceivedVersionRow, XxgkDb } from './db';
import { readHistoryCounts } from './history-rows';

/** What the grid marks: every comment of the report, and history entries per cell. */
export interface ReportMarks {
  comments: CommentRow[];
  historyCounts: Record<FieldKey, number>;
}

export async function readReportMarks(db: XxgkDb, reportId: string): Promise<ReportMarks> {
  const [comments, historyCounts] = await Promise.all([
    db.comments.where('reportId').equals(reportId).sortBy('id'),
    readHistoryCounts(db, reportId),
  ]);
  return { comments, historyCounts };
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
