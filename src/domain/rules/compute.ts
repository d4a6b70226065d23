/** Computed cells (总计 columns and rows) from the same definitions the grid and the sheet use. */
import { indexFormat } from '../format/format-index';
import type { FieldKey, FormatDef, Values } from '../format/types';
import { roundMoney } from '../values/money';

/** Every field's value as the rules read it: inputs as stored (blank = 0) and computed cells summed. */
export function computeAll(format: FormatDef, values: Values): Map<FieldKey, number> {
  const { inputs, computed } = indexFormat(format);
  const out = new Map<FieldKey, number>();
  for (const f of inputs) out.set(f.key, values[f.key] ?? 0);
  for (const f of computed) {
    let sum = 0;
    for (const part of f.sumOf ?? []) sum += out.get(part) ?? 0;
    out.set(f.key, f.kind === 'money' ? roundMoney(sum) : sum);
  }
  return out;
}

/** True when no part of a computed cell has been filled, so a grid may show it blank rather than 0. */
export function allPartsBlank(format: FormatDef, values: Values, key: FieldKey): boolean {
  const { field } = indexFormat(format);
  const def = field.get(key);
  if (!def?.sumOf) return values[key] === null || values[key] === undefined;
  return def.sumOf.every((part) => allPartsBlank(format, values, part));
}
