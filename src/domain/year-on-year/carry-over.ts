/**
 * “用上年‘结转下年度继续办理’填入本年‘上年结转’”: last year's 四、结转下年度继续办理 copied, per applicant
 * column, into this year's 二、上年结转 where that cell is blank or differs (what X1 checks). Used by the import
 * preview and the report page.
 */
import { cellName } from '../format/cell-name';
import { indexFormat } from '../format/format-index';
import type { FieldKey, FormatDef, Values } from '../format/types';

export const CARRY_OVER_LABEL = '用上年“结转下年度继续办理”填入本年“上年结转”';

export interface CarryOverCell {
  /** This year's 二、上年结转 cell of one applicant column. */
  field: FieldKey;
  name: string;
  /** What this year holds now (null = blank). */
  current: number | null;
  /** Last year's 四、结转下年度继续办理 of the same column. */
  prior: number;
}

export interface PriorReport {
  format: FormatDef;
  values: Values;
}

/**
 * What a blank 结转下年度 of last year carries: `asZero` reads it as 0 like every rule does (the import preview and
 * the report page offer to make 上年结转 agree with X1); `keepBlank` carries nothing, so next year's cell stays
 * blank because the clerk has not said it is 0 (“开始下一年度”).
 */
export type BlankCarry = 'asZero' | 'keepBlank';

/**
 * The one carry-over: this year's 二、上年结转 cells (`FormatRoles.applications.carriedIn`) with last year's
 * 四、结转下年度 of the same applicant column. Empty when either format has no carry-over (the legacy table).
 */
export function carriedOver(
  format: FormatDef,
  prior: PriorReport,
  blank: BlankCarry,
): { field: FieldKey; value: number }[] {
  const to = format.roles.applications?.carriedIn.applicants ?? [];
  const from = prior.format.roles.applications?.carriedOut.applicants ?? [];
  const out: { field: FieldKey; value: number }[] = [];
  to.forEach((field, i) => {
    const source = from[i];
    if (source === undefined) return;
    const value = prior.values[source];
    if (value === null || value === undefined) {
      if (blank === 'asZero') out.push({ field, value: 0 });
      return;
    }
    out.push({ field, value });
  });
  return out;
}

/**
 * The columns where this year's 上年结转 is blank or differs from last year's 结转下年度 (blank read as 0);
 * empty when either format lacks the rows (the legacy table has no carry-over) or everything already agrees.
 */
export function carryOverCells(format: FormatDef, values: Values, prior: PriorReport): CarryOverCell[] {
  const { field: fields } = indexFormat(format);
  const out: CarryOverCell[] = [];
  for (const { field, value } of carriedOver(format, prior, 'asZero')) {
    const def = fields.get(field);
    const current = values[field] ?? null;
    if (!def || current === value) continue;
    out.push({ field, name: cellName(def), current, prior: value });
  }
  return out;
}

/** The same as field/value pairs, for the report page's undoable `applyChanges(edit, …, CARRY_OVER_LABEL)`. */
export function carryOverEdits(format: FormatDef, values: Values, prior: PriorReport) {
  return carryOverCells(format, values, prior).map((c) => ({
    field: c.field,
    value: c.prior,
  }));
}

/** The file's values with the carry-over applied (the import preview's option). */
export function withCarryOver(format: FormatDef, values: Values, prior: PriorReport): Record<FieldKey, number | null> {
  const out: Record<FieldKey, number | null> = { ...values } as Record<FieldKey, number | null>;
  for (const c of carryOverCells(format, values, prior)) out[c.field] = c.prior;
  return out;
}
