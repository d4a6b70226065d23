/**
 * Everything the report page reads, live: the report, its unit, last year's report (for X1/X2), the
 * operator's name, the comments, and the rule check over them. Rules re-run on every change (well under a
 * millisecond for a report).
 */
import { useMemo } from 'react';
import type { FieldKey, FormatDef, Values } from '@/domain/format/types';
import { formatById } from '@/domain/formats/registry';
import { checkCompletion, type CompletionCheck } from '@/domain/rules/completion';
import { checkReport, type CheckContext, type Problem } from '@/domain/rules/engine';
import { useReportMarks } from '@/storage/cell-notes-hooks';
import { openWorkspaceDb, type ReportRow, type UnitRow, type Workspace, type XxgkDb } from '@/storage/db';
import { useReport, useUnits } from '@/storage/live-hooks';
import { priorReportIdOf } from '@/storage/report-summary';
import { isFilledPrior } from '@/domain/year-on-year/prior-values';
import type { CellAnnotation } from '@/features/entry-grid/grid-row-data';
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
  const units = useUnits(db);
  // Read alongside the report, not after it: the prior id follows from the report id.
  const prior = useReport(db, priorReportIdOf(reportId));
  const operator = useOperatorName(db) ?? '';
  const annotations = useCellMarks(db, reportId);

  return useMemo((): SessionState => {
    if (report === undefined) return { kind: 'loading' };
    if (report === null) return { kind: 'missing' };
    const format = formatById(report.formatId);
    if (!format) return { kind: 'unknownFormat', formatId: report.formatId };
    const unit = units?.find((u) => u.id === report.unitId);
    const priorFormat = prior && isFilledPrior(prior) ? formatById(prior.formatId) : undefined;
    const ctx: CheckContext = {
      ...(unit ? { unitKind: unit.kind } : {}),
      ...(prior && priorFormat ? { prior: { format: priorFormat, values: prior.values } } : {}),
      ...(report.stated ? { stated: report.stated } : {}),
    };
    const problems = checkReport(format, report.values, ctx);
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
  }, [db, report, units, prior, operator, annotations]);
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
