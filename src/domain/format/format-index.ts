/**
 * Per-format lookups built once and cached: fields by key, input and computed fields, and the order in which
 * computed fields can be evaluated. Everything that walks a format's fields repeatedly goes through here.
 */
import type { FieldDef, FieldKey, FormatDef } from './types';

export interface FormatIndex {
  format: FormatDef;
  field: ReadonlyMap<FieldKey, FieldDef>;
  inputs: readonly FieldDef[];
  /** Computed fields, ordered so that each comes after every computed field it sums. */
  computed: readonly FieldDef[];
  /** Every field's slot in a value vector (see `computeVector`). */
  slot: ReadonlyMap<FieldKey, number>;
  /** `computed[i]` sums the slots `computedParts[i]`. */
  computedParts: readonly Int32Array[];
}

const cache = new WeakMap<FormatDef, FormatIndex>();

export function indexFormat(format: FormatDef): FormatIndex {
  const hit = cache.get(format);
  if (hit) return hit;
  const field = new Map(format.fields.map((f) => [f.key, f]));
  const computed: FieldDef[] = [];
  const placed = new Set<FieldKey>();
  const place = (f: FieldDef, path: Set<FieldKey>) => {
    if (placed.has(f.key) || !f.sumOf) return;
    if (path.has(f.key)) throw new Error(`格式 ${format.id} 的计算单元格循环引用：${f.key}`);
    path.add(f.key);
    for (const part of f.sumOf) {
      const def = field.get(part);
      if (!def) throw new Error(`格式 ${format.id} 的 ${f.key} 引用了不存在的单元格 ${part}`);
      place(def, path);
    }
    placed.add(f.key);
    computed.push(f);
  };
  for (const f of format.fields) place(f, new Set());
  const slot = new Map(format.fields.map((f, i) => [f.key, i]));
  const computedParts = computed.map((f) => Int32Array.from(f.sumOf ?? [], (k) => slot.get(k) ?? -1));
  const inputs = format.fields.filter((f) => !f.sumOf);
  const index: FormatIndex = { format, field, inputs, computed, slot, computedParts };
  cache.set(format, index);
  return index;
}

export function isComputed(format: FormatDef, key: FieldKey): boolean {
  return indexFormat(format).field.get(key)?.sumOf !== undefined;
}
