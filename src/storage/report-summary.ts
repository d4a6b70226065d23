/**
 * The rule summary stored with every report, and the context the rules need (the unit's kind for T3, last
 * year's report of the same unit for X1/X2). Summaries are recomputed inside the writing transaction, also
 * for the following year's report, whose cross-year checks read the one just written.
 */
import { isFilledPrior } from '@/domain/year-on-year/prior-values';
import { formatById } from '@/domain/formats/registry';
import type { FormatDef } from '@/domain/format/types';
import { checkCompletion, type CompletionCheck } from '@/domain/rules/completion';
import { checkReport, type CheckContext, type Problem } from '@/domain/rules/engine';
import type { ReportRow, ReportSummary, XxgkDb } from './db';
import { RefusedError } from './errors';

export function reportIdOf(unitId: string, year: number): string {
  return `${unitId}:${year}`;
}

/** The id of the same unit's report of the year before, read from a report id alone (no database read). */
export function priorReportIdOf(reportId: string): string | undefined {
  const cut = reportId.lastIndexOf(':');
  const year = Number(reportId.slice(cut + 1));
  return cut > 0 && Number.isInteger(year) ? reportIdOf(reportId.slice(0, cut), year - 1) : undefined;
}

export function formatOf(row: Pick<ReportRow, 'formatId' | 'id'>): FormatDef {
  const format = formatById(row.formatId);
  if (!format) {
    throw new RefusedError(`报表 ${row.id} 使用的格式“${row.formatId}”本程序不认识，请更新程序后再打开。`);
  }
  return format;
}

export interface ReportCheck {
  format: FormatDef;
  problems: Problem[];
  completion: CompletionCheck;
}

export function checkRow(row: ReportRow, ctx: CheckContext): ReportCheck {
  const format = formatOf(row);
  const problems = checkReport(format, row.values, { ...ctx, ...(row.stated ? { stated: row.stated } : {}) });
  return { format, problems, completion: checkCompletion(format, row.values, problems, row.explanations) };
}

export function summaryOf(check: ReportCheck, now: number): ReportSummary {
  const { problems, completion } = check;
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    blank: completion.blankInputs,
    openErrors: completion.openErrors.length,
    openWarnings: completion.openWarnings.length,
    updatedAt: now,
  };
}

/** Reads what the rules need besides the report itself; call inside the transaction that writes it. */
export async function contextFor(db: XxgkDb, row: Pick<ReportRow, 'unitId' | 'year'>): Promise<CheckContext> {
  const [unit, prior] = await Promise.all([
    db.units.get(row.unitId),
    db.reports.get(reportIdOf(row.unitId, row.year - 1)),
  ]);
  const priorFormat = prior && isFilledPrior(prior) ? formatById(prior.formatId) : undefined;
  return {
    ...(unit ? { unitKind: unit.kind } : {}),
    ...(prior && priorFormat ? { prior: { format: priorFormat, values: prior.values } } : {}),
  };
}

export async function checkStored(db: XxgkDb, row: ReportRow): Promise<ReportCheck> {
  return checkRow(row, await contextFor(db, row));
}

/** Recomputes and stores the summary of each row (already changed in memory), then of the next year's. */
export async function putWithSummaries(db: XxgkDb, rows: readonly ReportRow[], now: number): Promise<void> {
  // Oldest first, so a report's cross-year checks read last year's row as just written.
  const ordered = [...rows].sort((a, b) => a.year - b.year);
  for (const row of ordered) {
    row.summary = summaryOf(await checkStored(db, row), now);
    await db.reports.put(row);
  }
  const written = new Set(rows.map((r) => r.id));
  for (const row of ordered) {
    const next = await db.reports.get(reportIdOf(row.unitId, row.year + 1));
    if (!next || written.has(next.id)) continue;
    // Only the cross-year counts change: the next report's data and rev stay as they are.
    next.summary = summaryOf(await checkStored(db, next), next.summary.updatedAt);
    await db.reports.put(next);
  }
}
