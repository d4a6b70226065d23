/** Computed cells (总计 columns and rows) from the same definitions the grid and the sheet use. */
import { indexFormat } from '../format/format-index';
import type { FieldKey, FormatDef, Values } from '../format/types';
import { roundMoney } from '../values/money';

/** Every field's value as the rules read it: inputs as stored (blank = 0) and computed cells summed. */
export function computeAll(format: FormatDef, values: Values): Map<FieldKey, number> {
  const vector = computeVector(format, values);
  return new Map(format.fields.map((f, i) => [f.key, vector[i] ?? 0]));
}

/** The same figures in the format's slot order (`indexFormat(format).slot`): the rules' fast path. */
export function computeVector(format: FormatDef, values: Values): Float64Array {
  const { inputs, computed, slot, computedParts } = indexFormat(format);
  const out = new Float64Array(format.fields.length);
  for (const f of inputs) out[slot.get(f.key) ?? 0] = values[f.key] ?? 0;
  computed.forEach((f, i) => {
    let sum = 0;
    for (const part of computedParts[i] ?? []) sum += out[part] ?? 0;
    out[slot.get(f.key) ?? 0] = f.kind === 'money' ? roundMoney(sum) : sum;
  });
  return out;
}

/**
 * The one display rule of a value cell, for the grid, print, .docx, the cell panel and the office's tables: an
 * input as stored (blank, or anything not a finite number, is null); a total null while all its parts are blank,
 * else its sum. Null is shown as an empty cell, never as 0.
 */
export function shownValue(
  format: FormatDef,
  values: Values,
  computed: ReadonlyMap<FieldKey, number>,
  key: FieldKey,
): number | null {
  const def = indexFormat(format).field.get(key);
  if (def?.sumOf) return allPartsBlank(format, values, key) ? null : (computed.get(key) ?? 0);
  const v = values[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** True when no part of a computed cell has been filled, so a grid may show it blank rather than 0. */
export function allPartsBlank(format: FormatDef, values: Values, key: FieldKey): boolean {
  const { field } = indexFormat(format);
  const def = field.get(key);
  if (!def?.sumOf) return values[key] === null || values[key] === undefined;
  return def.sumOf.every((part) => allPartsBlank(format, values, part));
}
