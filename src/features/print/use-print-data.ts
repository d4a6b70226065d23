/**
 * What the printable page reads, live: the report, its unit (deleted units included, so an old report still
 * prints its name), last year's report for the cross-year rules, and the check over them.
 */
import { useMemo } from 'react';
import type { FormatDef } from '@/domain/format/types';
import { formatById } from '@/domain/formats/registry';
import { reportContext } from '@/domain/rules/problems-of';
import type { ReportRow, UnitRow, XxgkDb } from '@/storage/db';
import { useAllUnits, useReport } from '@/storage/live-hooks';
import { checkRow, reportIdOf, type ReportCheck } from '@/storage/report-summary';

export type PrintData =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'unknownFormat'; formatId: string }
  | { kind: 'ready'; report: ReportRow; unit?: UnitRow; format: FormatDef; check: ReportCheck };

export function usePrintData(db: XxgkDb, reportId: string): PrintData {
  const report = useReport(db, reportId);
  const units = useAllUnits(db);
  const prior = useReport(db, report ? reportIdOf(report.unitId, report.year - 1) : undefined);

  return useMemo((): PrintData => {
    if (report === undefined || units === undefined) return { kind: 'loading' };
    if (report === null) return { kind: 'missing' };
    const format = formatById(report.formatId);
    if (!format) return { kind: 'unknownFormat', formatId: report.formatId };
    const unit = units.find((u) => u.id === report.unitId);
    // The one context: a prior report created and never filled is no last year here either.
    const ctx = reportContext(unit?.kind, prior);
    return { kind: 'ready', report, ...(unit ? { unit } : {}), format, check: checkRow(report, ctx) };
  }, [report, units, prior]);
}
