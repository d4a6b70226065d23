/** Deterministic figures for a report: every input field filled with a small number, as a real unit's would be. */
import type { FormatDef } from '@/domain/format/types';

export function syntheticValues(format: FormatDef, seed: number): Record<string, number> {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % 13);
  const out: Record<string, number> = {};
  for (const f of format.fields) if (!f.sumOf) out[f.key] = f.kind === 'money' ? next() / 8 : next();
  return out;
}
