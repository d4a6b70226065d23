/**
 * The rule summary stored with every report, and the context the rules need (the unit's kind for T3, last
 * year's report of the same unit for X1/X2). Summaries are recomputed inside the writing transaction, also
 * for the following year's report, whose cross-year checks read the one just written.
 */
import { formatById } from '@/domain/formats/registry';
import type { FormatDef } from '@/domain/format/types';
import { checkCompletion, type CompletionCheck } from '@/domain/rules/completion';
import type { Problem } from '@/domain/rules/engine';
import { TABLE_PROBLEMS, problemsOf, reportContext, type ReportContext } from '@/domain/rules/problems-of';
import type { ReportRow, ReportSummary, UnitRow, XxgkDb } from './db';
import { RefusedError } from './errors';

export function reportIdOf(unitId: string, year: number): string {
  return `${unitId}:${year}`;
}

/** The unit id a report id carries (no database read). */
export function unitIdOfReport(reportId: string): string | undefined {
  return reportKeyOf(reportId)?.unitId;
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

export function checkRow(row: ReportRow, ctx: ReportContext): ReportCheck {
  const format = formatOf(row);
  const problems = problemsOf({ format, values: row.values, stated: row.stated }, ctx, TABLE_PROBLEMS);
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
export async function contextFor(db: XxgkDb, row: Pick<ReportRow, 'unitId' | 'year'>): Promise<ReportContext> {
  const [unit, prior] = await Promise.all([
    db.units.get(row.unitId),
    db.reports.get(reportIdOf(row.unitId, row.year - 1)),
  ]);
  return contextOf(unit, prior);
}

function contextOf(unit: UnitRow | undefined, prior: ReportRow | undefined): ReportContext {
  return reportContext(unit?.kind, prior);
}

/** Everything around one report that its summaries need: its unit, last year's and next year's report. */
export interface Neighbours {
  unit?: UnitRow;
  prior?: ReportRow;
  next?: ReportRow;
}

/**
 * A report as stored and its neighbours, in two requests: the unit, and one key range over the unit's reports
 * of the three years (their ids differ only in the year, which has as many digits in all three, so they sort
 * by year and nothing else of the unit lies between them; rows of other ids in the range are dropped).
 */
export async function readWithNeighbours(
  db: XxgkDb,
  unitId: string,
  year: number,
): Promise<{ stored?: ReportRow; around: Neighbours }> {
  const [priorId, id, nextId] = [year - 1, year, year + 1].map((y) => reportIdOf(unitId, y)) as [
    string,
    string,
    string,
  ];
  const inOneRange = priorId.length === nextId.length;
  const [unit, rows] = await Promise.all([
    db.units.get(unitId),
    inOneRange
      ? db.reports.where(':id').between(priorId, nextId, true, true).toArray()
      : db.reports.bulkGet([priorId, id, nextId]),
  ]);
  const byId = new Map<string, ReportRow>();
  for (const row of rows) if (row) byId.set(row.id, row);
  const [prior, stored, next] = [byId.get(priorId), byId.get(id), byId.get(nextId)];
  return {
    ...(stored ? { stored } : {}),
    around: { ...(unit ? { unit } : {}), ...(prior ? { prior } : {}), ...(next ? { next } : {}) },
  };
}

/** Unit id and year of a report id, read from the id alone (no database read). */
export function reportKeyOf(reportId: string): { unitId: string; year: number } | undefined {
  const cut = reportId.lastIndexOf(':');
  const year = Number(reportId.slice(cut + 1));
  return cut > 0 && Number.isInteger(year) ? { unitId: reportId.slice(0, cut), year } : undefined;
}

function sameCounts(a: ReportSummary, b: ReportSummary): boolean {
  return (
    a.errors === b.errors &&
    a.warnings === b.warnings &&
    a.blank === b.blank &&
    a.openErrors === b.openErrors &&
    a.openWarnings === b.openWarnings
  );
}

/**
 * One row written with its summary, from neighbours read in the same transaction: nothing is read again, and
 * next year's row (whose cross-year checks read this one) is rewritten only when its counts change.
 */
async function putOneWithSummaries(db: XxgkDb, row: ReportRow, around: Neighbours, now: number): Promise<void> {
  row.summary = summaryOf(checkRow(row, contextOf(around.unit, around.prior)), now);
  const writes = [db.reports.put(row)];
  const next = around.next;
  if (next) {
    const summary = summaryOf(checkRow(next, contextOf(around.unit, row)), next.summary.updatedAt);
    if (!sameCounts(summary, next.summary)) {
      around.next = { ...next, summary };
      writes.push(db.reports.put(around.next));
    }
  }
  await Promise.all(writes);
}

export async function checkStored(db: XxgkDb, row: ReportRow): Promise<ReportCheck> {
  return checkRow(row, await contextFor(db, row));
}

/**
 * Recomputes and stores the summary of each row (already changed in memory), then of the next year's. One row
 * goes the short way; `around` are its neighbours when the caller read them already in this transaction.
 */
export async function putWithSummaries(
  db: XxgkDb,
  rows: readonly ReportRow[],
  now: number,
  around?: Neighbours,
): Promise<void> {
  const [one] = rows;
  if (one && rows.length === 1) {
    return putOneWithSummaries(db, one, around ?? (await readWithNeighbours(db, one.unitId, one.year)).around, now);
  }
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
