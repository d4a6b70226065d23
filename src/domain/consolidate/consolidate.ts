/**
 * The area total (全区 / 全市) as the sum of its units' reports. Reports of the same year share the year's format;
 * a provincial variant shares most field keys with the national one, so fields are matched by key and whatever
 * a part has that the target lacks is listed rather than silently dropped.
 */
import { indexFormat } from '../format/format-index';
import type { FieldKey, FormatDef, Values } from '../format/types';
import { roundMoney } from '../values/money';

export interface ConsolidationPart {
  unitId: string;
  format: FormatDef;
  values: Values;
}

export interface ConsolidationResult {
  values: Record<FieldKey, number | null>;
  /** For drill-down: each input field's non-blank contributions, in the order of the parts. */
  contributions: ReadonlyMap<FieldKey, readonly { unitId: string; value: number }[]>;
  /** Input fields of a part that the target format does not have. */
  unshared: readonly { unitId: string; field: FieldKey }[];
}

export function consolidate(target: FormatDef, parts: readonly ConsolidationPart[]): ConsolidationResult {
  const { inputs } = indexFormat(target);
  const targetKeys = new Set(inputs.map((f) => f.key));
  const money = new Set(inputs.filter((f) => f.kind === 'money').map((f) => f.key));
  const values: Record<FieldKey, number | null> = {};
  const contributions = new Map<FieldKey, { unitId: string; value: number }[]>();
  const unshared: { unitId: string; field: FieldKey }[] = [];
  for (const f of inputs) values[f.key] = null;

  for (const part of parts) {
    for (const f of indexFormat(part.format).inputs) {
      const v = part.values[f.key];
      if (!targetKeys.has(f.key)) {
        if (v !== null && v !== undefined) unshared.push({ unitId: part.unitId, field: f.key });
        continue;
      }
      if (v === null || v === undefined) continue;
      values[f.key] = (values[f.key] ?? 0) + v;
      let list = contributions.get(f.key);
      if (!list) contributions.set(f.key, (list = []));
      list.push({ unitId: part.unitId, value: v });
    }
  }
  for (const key of money) {
    const v = values[key];
    if (v !== null && v !== undefined) values[key] = roundMoney(v);
  }
  return { values, contributions, unshared };
}
