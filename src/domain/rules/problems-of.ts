/**
 * The one way to ask for a report's problems: the report (its values and the totals a file printed), one
 * context (the unit's kind, last year's report) and which checks a page shows. Every page, the stored summary
 * and the command line go through here, so the same report shows the same problems wherever it is read.
 */
import { formatById } from '../formats/registry';
import type { FormatDef, UnitKind, Values } from '../format/types';
import { textFigureProblems } from '../report-text/published-checks';
import { checkSharpChanges, isFilledPrior } from '../year-on-year/prior-values';
import { checkReport } from './engine';
import type { CheckContext, Problem } from './problem';

export interface CheckedReport {
  format: FormatDef;
  values: Values;
  /** Figures a file printed in computed cells (imports): S1–S3 and the legacy sums check them. */
  stated?: Values | undefined;
}

/** What the rules read besides the report itself. */
export interface ReportContext {
  unitKind?: UnitKind;
  /** Last year's report of the same unit (X1, X2, Y1 and the carry-over read it). */
  prior?: { format: FormatDef; values: Values };
}

/**
 * Which checks: `rules` every rule of the format (or only the listed ids), `sharp` the year-on-year Y1
 * warnings, `text` the report text's T1/T2 against the tables.
 */
export interface ProblemSelection {
  rules?: true | readonly string[];
  sharp?: boolean;
  text?: string;
}

/** The format's rules: what the report page, the stored summary, the import preview and the CLI show. */
export const TABLE_PROBLEMS: ProblemSelection = { rules: true };

export function problemsOf(report: CheckedReport, context: ReportContext, which: ProblemSelection): Problem[] {
  const out: Problem[] = [];
  if (which.text !== undefined) out.push(...textFigureProblems(report.format, report.values, which.text));
  if (which.rules) {
    const ctx: CheckContext = {
      ...(context.unitKind ? { unitKind: context.unitKind } : {}),
      ...(context.prior ? { prior: context.prior } : {}),
      ...(report.stated ? { stated: report.stated } : {}),
    };
    const all = checkReport(report.format, report.values, ctx);
    const ids = which.rules;
    out.push(...(ids === true ? all : all.filter((p) => ids.includes(p.ruleId))));
  }
  if (which.sharp && context.prior) out.push(...checkSharpChanges(report.format, report.values, context.prior));
  return out;
}

/**
 * The context from what storage holds: the unit's kind and last year's stored row of the same unit. A prior row
 * of a format this program does not know is left out (its cross-year checks cannot run).
 */
export function reportContext(
  unitKind: UnitKind | undefined,
  prior: { formatId: string; values: Values } | null | undefined,
): ReportContext {
  // A prior report created and never filled is no last year: its blanks would read as last year's figures.
  const priorFormat = prior && isFilledPrior(prior) ? formatById(prior.formatId) : undefined;
  return {
    ...(unitKind ? { unitKind } : {}),
    ...(prior && priorFormat ? { prior: { format: priorFormat, values: prior.values } } : {}),
  };
}
