/**
 * Live reads for the report page's cell panel and markers: they re-render when this tab or another adds a
 * comment, edits a cell or receives a file. `undefined` means "still loading".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { FieldKey } from '@/domain/format/types';
import type { CellHistoryRow, CommentRow, ReceivedVersionRow, XxgkDb } from './db';
import {
  readCellComments,
  readCellHistory,
  readReceivedVersions,
  readReportMarks,
  type ReportMarks,
} from './cell-notes';

export function useReportMarks(db: XxgkDb, reportId: string): ReportMarks | undefined {
  return useLiveQuery(() => readReportMarks(db, reportId), [db, reportId]);
}

export function useCellHistory(db: XxgkDb, reportId: string, field: FieldKey | null): CellHistoryRow[] | undefined {
  return useLiveQuery(() => (field === null ? [] : readCellHistory(db, reportId, field)), [db, reportId, field]);
}

export function useCellComments(db: XxgkDb, reportId: string, field: FieldKey | null): CommentRow[] | undefined {
  return useLiveQuery(() => (field === null ? [] : readCellComments(db, reportId, field)), [db, reportId, field]);
}

export function useReceivedVersions(db: XxgkDb, reportId: string): ReceivedVersionRow[] | undefined {
  return useLiveQuery(() => readReceivedVersions(db, reportId), [db, reportId]);
}
