/**
 * “用上年‘结转下年度继续办理’填入本年‘上年结转’”: last year's 四、结转下年度继续办理 copied, per applicant
 * column, into this year's 二、上年结转 where that cell is blank or differs (what X1 checks). Used by the import
 * preview and the report page.
 */
import { cellName } from '../format/cell-name';
import { indexFormat } from '../format/format-index';
import type { FieldKey, FormatDef, Values } from '../format/types';
import { computeAll } from '../rules/compute';

export const CARRY_OVER_LABEL = '用上年“结转下年度继续办理”填入本年“上年结转”';

const CARRIED_IN_ROW = 'carriedIn';
const CARRIED_OUT_ROW = 'carriedOut';

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
 * The columns where this year's 上年结转 is blank or differs from last year's 结转下年度; empty when either
 * format lacks the rows (the legacy table has no carry-over) or everything already agrees.
 */
export function carryOverCells(format: FormatDef, values: Values, prior: PriorReport): CarryOverCell[] {
  const priorAll = computeAll(prior.format, prior.values);
  const priorFields = indexFormat(prior.format).field;
  const out: CarryOverCell[] = [];
  for (const f of indexFormat(format).inputs) {
    if (f.row !== CARRIED_IN_ROW) continue;
    const source = priorFields.get(f.key.replace(`.${CARRIED_IN_ROW}.`, `.${CARRIED_OUT_ROW}.`));
    if (!source) continue;
    const priorValue = priorAll.get(source.key) ?? 0;
    const current = values[f.key] ?? null;
    if (current === priorValue) continue;
    out.push({ field: f.key, name: cellName(f), current, prior: priorValue });
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
