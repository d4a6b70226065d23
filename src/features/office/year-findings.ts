/**
 * The cross-year findings the office reviews in one place: 上年结转 that does not match last year's 结转下年度
 * (X1) and sharp changes against last year (Y1), per unit and for the area total.
 */
import type { FormatDef, Values } from '@/domain/format/types';
import { formatById } from '@/domain/formats/registry';
import type { Problem } from '@/domain/rules/problem';
import { TABLE_PROBLEMS, problemsOf, reportContext } from '@/domain/rules/problems-of';
import type { AreaTotal, StoredReport } from './area-total';
import type { DashboardUnit } from './dashboard-rows';

export interface Finding {
  unitId: string;
  unitName: string;
  reportId: string;
  problem: Problem;
  /** The clerk's explanation, when the unit gave one. */
  explanation?: string;
}

export interface StoredReportWithNotes extends StoredReport {
  explanations: Readonly<Record<string, string>>;
  stated?: Values;
}

export function unitFindings(
  units: readonly DashboardUnit[],
  reports: readonly StoredReportWithNotes[],
  year: number,
): { carryOver: Finding[]; sharp: Finding[] } {
  const byKey = new Map(reports.map((r) => [`${r.unitId}:${r.year}`, r]));
  const carryOver: Finding[] = [];
  const sharp: Finding[] = [];
  for (const unit of units) {
    const report = byKey.get(`${unit.id}:${year}`);
    const prior = byKey.get(`${unit.id}:${year - 1}`);
    const format = report ? formatById(report.formatId) : undefined;
    const ctx = reportContext(unit.kind, prior);
    if (!report || !format || !ctx.prior) continue;
    const finding = (problem: Problem): Finding => ({
      unitId: unit.id,
      unitName: unit.name,
      reportId: report.id,
      problem,
      ...(report.explanations[problem.key]?.trim() ? { explanation: report.explanations[problem.key] } : {}),
    });
    const checked = { format, values: report.values, stated: report.stated };
    carryOver.push(...problemsOf(checked, ctx, { rules: ['X1'] }).map(finding));
    sharp.push(...problemsOf(checked, ctx, { sharp: true }).map(finding));
  }
  return { carryOver, sharp };
}

export interface PriorTotal {
  format: FormatDef;
  values: Values;
}

/** The total's own problems: every rule of the format, with last year's total for X1 (and X2). */
export function totalProblems(total: AreaTotal, prior: PriorTotal | undefined): Problem[] {
  return problemsOf(total, { unitKind: '区域汇总', ...(prior ? { prior } : {}) }, TABLE_PROBLEMS);
}

export function totalSharpChanges(total: AreaTotal, prior: PriorTotal | undefined): Problem[] {
  return problemsOf(total, prior ? { prior } : {}, { sharp: true });
}
