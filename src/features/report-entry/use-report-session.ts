/**
 * Everything the report page reads, live: the report, its unit, last year's report (for X1/X2), the
 * operator's name, the comments, and the rule check over them. Rules re-run on every change (well under a
 * millisecond for a report).
 */
import { useMemo } from 'react';
import type { FieldKey, FormatDef, Values } from '@/domain/format/types';
import { formatById } from '@/domain/formats/registry';
import { checkCompletion, type CompletionCheck } from '@/domain/rules/completion';
import type { Problem } from '@/domain/rules/engine';
import { TABLE_PROBLEMS, problemsOf, reportContext } from '@/domain/rules/problems-of';
import { useReportMarks } from '@/storage/cell-notes-hooks';
import { openWorkspaceDb, type ReportRow, type UnitRow, type Workspace, type XxgkDb } from '@/storage/db';
import { useReport, useUnit } from '@/storage/live-hooks';
import { priorReportIdOf, unitIdOfReport } from '@/storage/report-summary';
import type { CellAnnotation } from '@/widgets/entry-grid/grid-row-data';
import { buildCellMarks } from './cell-marks';
import { useOperatorName } from '@/storage/settings-hooks';

export interface ReportSession {
  db: XxgkDb;
  report: ReportRow;
  unit?: UnitRow;
  format: FormatDef;
  problems: readonly Problem[];
  completion: CompletionCheck;
  operator: string;
  annotations: Readonly<Record<FieldKey, CellAnnotation>>;
  /** Last year's report of the same unit, when stored (X1/X2 and the carry-over read it). */
  prior?: { format: FormatDef; values: Values };
}

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'unknownFormat'; formatId: string }
  | { kind: 'ready'; session: ReportSession };

export function useReportSession(workspace: Workspace, reportId: string): SessionState {
  const db = openWorkspaceDb(workspace);
  const report = useReport(db, reportId);
  // Only this report's unit, by the id the report id carries: a workspace of 1,000 units loads as fast as one of 10.
  const unit = useUnit(db, report?.unitId ?? unitIdOfReport(reportId)) ?? undefined;
  // Read alongside the report, not after it: the prior id follows from the report id.
  const prior = useReport(db, priorReportIdOf(reportId));
  const operator = useOperatorName(db) ?? '';
  const annotations = useCellMarks(db, reportId);

  return useMemo((): SessionState => {
    if (report === undefined) return { kind: 'loading' };
    if (report === null) return { kind: 'missing' };
    const format = formatById(report.formatId);
    if (!format) return { kind: 'unknownFormat', formatId: report.formatId };
    const ctx = reportContext(unit?.kind, prior);
    const problems = problemsOf({ format, values: report.values, stated: report.stated }, ctx, TABLE_PROBLEMS);
    const completion = checkCompletion(format, report.values, problems, report.explanations);
    return {
      kind: 'ready',
      session: {
        db,
        report,
        ...(unit ? { unit } : {}),
        ...(ctx.prior ? { prior: ctx.prior } : {}),
        format,
        problems,
        completion,
        operator,
        annotations,
      },
    };
  }, [db, report, unit, prior, operator, annotations]);
}

const NO_MARKS: Readonly<Record<FieldKey, CellAnnotation>> = {};

/**
 * The grid's comment and history markers, live: a comment added in the cell panel (or another tab) and every
 * stored edit re-read them. Markers are a help, not the data: while they load the grid shows none.
 */
function useCellMarks(db: XxgkDb, reportId: string) {
  const marks = useReportMarks(db, reportId);
  return useMemo(() => (marks ? buildCellMarks(marks) : NO_MARKS), [marks]);
}
