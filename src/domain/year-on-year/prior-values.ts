/** Last year's figures placed on this year's cells, and the sharp-change check (Y1) that reads them. */
import { cellName } from '../format/cell-name';
import { indexFormat } from '../format/format-index';
import type { FieldKey, FormatDef, Values } from '../format/types';
import { computeAll } from '../rules/compute';
import type { Problem } from '../rules/problem';
import { formatNumber } from '../values/money';

/** True once any value was entered in a report: a report created and never filled (未开始) has none. */
export function hasEnteredValue(values: Values): boolean {
  return Object.values(values).some((v) => v !== null && v !== undefined);
}

/**
 * A prior-year report counts as last year only once a value was entered in it: one created and never filled (未开始)
 * would make every X1/X2 comparison and the carry-over read blanks as last year's figures.
 */
export function isFilledPrior(prior: { values: Values } | null | undefined): boolean {
  return !!prior && hasEnteredValue(prior.values);
}

/** Prior value per current field (inputs and computed cells), only where a counterpart exists. */

export function priorValuesOn(current: FormatDef, prior: { format: FormatDef; values: Values }): Map<FieldKey, number> {
  const priorAll = computeAll(prior.format, prior.values);
  const currentFields = indexFormat(current).field;
  const out = new Map<FieldKey, number>();
  for (const [key, v] of priorAll) if (currentFields.has(key)) out.set(key, v);
  // Rows whose keys differ between editions but mean the same: the current format's edition map.
  const mapped = new Map<FieldKey, number>();
  for (const [from, to] of current.roles.fromEdition[prior.format.edition] ?? []) {
    const v = priorAll.get(from);
    if (v !== undefined && currentFields.has(to) && !out.has(to)) mapped.set(to, (mapped.get(to) ?? 0) + v);
  }
  for (const [key, v] of mapped) out.set(key, v);
  return out;
}

/** Y1 thresholds: a change is sharp when one year is more than three times the other and they differ by ≥ 20. */
export const SHARP_RATIO = 3;
export const SHARP_MIN_DIFFERENCE = 20;

export function checkSharpChanges(
  format: FormatDef,
  values: Values,
  prior: { format: FormatDef; values: Values },
): Problem[] {
  const before = priorValuesOn(format, prior);
  const now = computeAll(format, values);
  const { field } = indexFormat(format);
  const problems: Problem[] = [];
  for (const [key, was] of before) {
    const def = field.get(key);
    // A total is checked only where none of its parts has a prior value, so one change is reported once.
    if (!def || (def.sumOf && def.sumOf.some((p) => before.has(p)))) continue;
    const is = now.get(key) ?? 0;
    const hi = Math.max(is, was);
    const lo = Math.min(is, was);
    if (hi - lo < SHARP_MIN_DIFFERENCE || hi <= SHARP_RATIO * lo) continue;
    problems.push({
      key: `Y1:${key}`,
      ruleId: 'Y1',
      severity: 'warning',
      explainable: true,
      cells: [key],
      message: `${cellName(def)}：本年 ${formatNumber(is)}，上年 ${formatNumber(was)}，变化超过三倍，请核实或说明原因`,
    });
  }
  return problems;
}
