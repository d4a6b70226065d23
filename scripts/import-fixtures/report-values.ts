/**
 * Deterministic report figures for fixtures: every input field gets a value from a seeded generator, Table 三
 * is made to balance (一 + 二 = （七） + 四 per column), and computed cells are summed by the domain's own code.
 */
import type { FieldKey, FormatDef } from '../../src/domain/format/types';
import { indexFormat } from '../../src/domain/format/format-index';
import { computeAll } from '../../src/domain/rules/compute';

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function makeValues(format: FormatDef, seed: number): Record<FieldKey, number> {
  const rand = seeded(seed);
  const values: Record<FieldKey, number> = {};
  for (const f of indexFormat(format).inputs) {
    if (f.kind === 'money') values[f.key] = Math.round(rand() * 1_000_000) / 10_000;
    else if (f.kind === 'signedCount') values[f.key] = Math.floor(rand() * 11) - 5;
    else values[f.key] = Math.floor(rand() * 30);
  }
  balanceApplications(format, values);
  return values;
}

/** Table 三: 一、本年新收 = （七）总计 + 四、结转下年度 − 二、上年结转, per applicant column. */
function balanceApplications(format: FormatDef, values: Record<FieldKey, number>): void {
  const computed = computeAll(format, values);
  for (const f of format.fields) {
    if (f.table !== 't3' || f.row !== 'received' || f.sumOf) continue;
    const handled = computed.get(`t3.totalHandled.${f.col}`) ?? 0;
    const carriedIn = Math.min(values[`t3.carriedIn.${f.col}`] ?? 0, handled);
    values[`t3.carriedIn.${f.col}`] = carriedIn;
    values[f.key] = handled + (values[`t3.carriedOut.${f.col}`] ?? 0) - carriedIn;
  }
}

export function withComputed(format: FormatDef, values: Record<FieldKey, number>): Map<FieldKey, number> {
  return computeAll(format, values);
}
