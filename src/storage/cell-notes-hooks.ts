/**
 * Live reads for the report page's cell panel and markers: they re-render when this tab or another adds a
 * comment, edits a cell or receives a file. `undefined` means "still loading".
 */
import { useLiveRead } from './use-live-read';
import type { FieldKey } from '@/domain/format/types';
import type { CellHistoryRow, CommentRow, ReceivedVersionRow, XxgkDb } from './db';
import { readCellComments, readReceivedVersions, readReportMarks, type ReportMarks } from './cell-notes';
import { readCellHistory } from './history-rows';

export function useReportMarks(db: XxgkDb, reportId: string): ReportMarks | undefined {
  return useLiveRead(() => readReportMarks(db, reportId), [db, reportId]);
}

export function useCellHistory(db: XxgkDb, reportId: string, field: FieldKey | null): CellHistoryRow[] | undefined {
  return useLiveRead(() => (field === null ? [] : readCellHistory(db, reportId, field)), [db, reportId, field]);
}

export function useCellComments(db: XxgkDb, reportId: string, field: FieldKey | null): CommentRow[] | undefined {
  return useLiveRead(() => (field === null ? [] : readCellComments(db, reportId, field)), [db, reportId, field]);
}

export function useReceivedVersions(db: XxgkDb, reportId: string): ReceivedVersionRow[] | undefined {
  return useLiveRead(() => readReceivedVersions(db, reportId), [db, reportId]);
}
