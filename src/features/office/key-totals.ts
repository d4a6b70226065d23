/**
 * A few headline figures of a report (the subtotals table, the year-on-year chart): each is a sum of cells, read
 * with the computed cells included. Figures a format lacks (the legacy table has no 诉讼 split) are left out.
 */
import { indexFormat } from '@/domain/format/format-index';
import type { FieldKey, FormatDef, Values } from '@/domain/format/types';
import { computeAll } from '@/domain/rules/compute';
import { priorValuesOn } from '@/domain/year-on-year/prior-values';

export interface KeyTotal {
  label: string;
  fields: readonly FieldKey[];
}

export const KEY_TOTALS: readonly KeyTotal[] = [
  { label: '新收申请', fields: ['t3.received.total'] },
  { label: '上年结转', fields: ['t3.carriedIn.total'] },
  { label: '办理总计', fields: ['t3.totalHandled.total'] },
  { label: '结转下年', fields: ['t3.carriedOut.total'] },
  { label: '行政复议', fields: ['t4.review.total'] },
  { label: '行政诉讼', fields: ['t4.suitDirect.total', 't4.suitAfterReview.total'] },
  { label: '行政许可', fields: ['t2.licensing.decisions'] },
  { label: '行政处罚', fields: ['t2.penalty.decisions'] },
];

/** The figures of `values`; undefined where the format lacks one of the cells. */
export function keyTotalsOf(format: FormatDef, values: Values): (number | undefined)[] {
  const all = computeAll(format, values);
  const { field } = indexFormat(format);
  return KEY_TOTALS.map((t) =>
    t.fields.every((f) => field.has(f)) ? t.fields.reduce((s, f) => s + (all.get(f) ?? 0), 0) : undefined,
  );
}

/** The same figures from last year's values already placed on this year's cells (`priorValuesOn`). */
export function keyTotalsFromPrior(prior: ReadonlyMap<FieldKey, number>): (number | undefined)[] {
  return KEY_TOTALS.map((t) =>
    t.fields.every((f) => prior.has(f)) ? t.fields.reduce((s, f) => s + (prior.get(f) ?? 0), 0) : undefined,
  );
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
  const before = prior ? keyTotalsFromPrior(priorValuesOn(current.format, prior)) : [];
  return labels.map((label) => {
    const i = KEY_TOTALS.findIndex((t) => t.label === label);
    const n = now[i];
    const b = before[i];
    return { label, ...(n !== undefined ? { now: n } : {}), ...(b !== undefined ? { before: b } : {}) };
  });
}
