/**
 * A few headline figures of a report (the subtotals table, the year-on-year chart): each is a sum of cells, read
 * with the computed cells included. Figures a format lacks (the legacy table has no 诉讼 split) are left out.
 */
import { figureFields, figureValue } from '@/domain/format/format-roles';
import type { FieldKey, FigureRole, FormatDef, Values } from '@/domain/format/types';
import { computeAll } from '@/domain/rules/compute';
import { priorValuesOn } from '@/domain/year-on-year/prior-values';

export interface KeyTotal {
  label: string;
  /** The figure of the format's roles (`FormatRoles.figures`) the column shows. */
  figure: FigureRole;
}

export const KEY_TOTALS: readonly KeyTotal[] = [
  { label: '新收申请', figure: 'received' },
  { label: '上年结转', figure: 'carriedIn' },
  { label: '办理总计', figure: 'handled' },
  { label: '结转下年', figure: 'carriedOut' },
  { label: '行政复议', figure: 'review' },
  { label: '行政诉讼', figure: 'suits' },
  { label: '行政许可', figure: 'licensing' },
  { label: '行政处罚', figure: 'penalty' },
];

/** The figures of `values`; undefined where the format has no such figure. */
export function keyTotalsOf(format: FormatDef, values: Values): (number | undefined)[] {
  const all = computeAll(format, values);
  return KEY_TOTALS.map((t) => figureValue(format, t.figure, all));
}

/**
 * The same figures from last year's values already placed on this year's cells of `format` (`priorValuesOn`);
 * undefined where one of the figure's cells has no prior counterpart.
 */
export function keyTotalsFromPrior(format: FormatDef, prior: ReadonlyMap<FieldKey, number>): (number | undefined)[] {
  return KEY_TOTALS.map((t) => {
    const fields = figureFields(format, t.figure);
    return fields?.every((f) => prior.has(f)) ? figureValue(format, t.figure, prior) : undefined;
  });
}

export interface FigurePair {
  label: string;
  now?: number;
  before?: number;
}

/** Chosen headline figures of a report beside last year's (placed by `priorValuesOn`, so old formats map). */
export function figuresBeside(
  labels: readonly string[],
  current: { format: FormatDef; values: Values },
  prior: { format: FormatDef; values: Values } | undefined,
): FigurePair[] {
  const now = keyTotalsOf(current.format, current.values);
  const before = prior ? keyTotalsFromPrior(current.format, priorValuesOn(current.format, prior)) : [];
  return labels.map((label) => {
    const i = KEY_TOTALS.findIndex((t) => t.label === label);
    const n = now[i];
    const b = before[i];
    return { label, ...(n !== undefined ? { now: n } : {}), ...(b !== undefined ? { before: b } : {}) };
  });
}
