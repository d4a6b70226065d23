/**
 * Domain benchmarks in Node: the rules over 1,000 reports, the per-keystroke re-check of one report, and the
 * consolidation of 300 units over 5 years. The raw baseline is the least work that touches the same numbers:
 * one pass summing every input value of every report.
 */
import { consolidate } from '../../src/domain/consolidate/consolidate';
import type { FormatDef, Values } from '../../src/domain/format/types';
import { NATIONAL_2021 } from '../../src/domain/formats/national-2021';
import { checkReport } from '../../src/domain/rules/engine';
import { type Figure, timeMedian } from './measure';

export function syntheticReport(format: FormatDef, seed: number): Record<string, number> {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % 13);
  const out: Record<string, number> = {};
  for (const f of format.fields) if (!f.sumOf) out[f.key] = f.kind === 'money' ? next() / 8 : next();
  return out;
}

function rawSum(reports: readonly Values[]): number {
  let total = 0;
  for (const r of reports) for (const k in r) total += r[k] ?? 0;
  return total;
}

export function domainFigures(): Figure[] {
  const format = NATIONAL_2021;
  const thousand = Array.from({ length: 1000 }, (_, i) => syntheticReport(format, i + 1));
  const prior = { format, values: syntheticReport(format, 99_999) };
  let sink = 0;

  const rules = timeMedian(() => {
    for (const values of thousand) sink += checkReport(format, values, { prior, unitKind: '部门' }).length;
  });
  const rulesRaw = timeMedian(() => {
    sink += rawSum(thousand);
  });

  const one = { ...thousand[0] };
  let n = 0;
  const keystroke =
    timeMedian(() => {
      for (let i = 0; i < 100; i += 1) {
        one['t3.received.natural'] = (n += 1) % 50;
        sink += checkReport(format, one, { prior, unitKind: '部门' }).length;
      }
    }) / 100;
  const keystrokeRaw =
    timeMedian(() => {
      for (let i = 0; i < 100; i += 1) sink += rawSum([one]);
    }) / 100;

  const years = Array.from({ length: 5 }, (_, y) =>
    Array.from({ length: 300 }, (_, u) => ({ unitId: `u${u}`, format, values: syntheticReport(format, y * 1000 + u) })),
  );
  const consolidation = timeMedian(() => {
    for (const parts of years) sink += Object.keys(consolidate(format, parts).values).length;
  });
  const consolidationRaw = timeMedian(() => {
    for (const parts of years) sink += rawSum(parts.map((p) => p.values));
  });
  if (sink === Number.MIN_VALUE) console.log(sink); // keeps the work from being optimised away

  return [
    {
      id: 'rules-1000',
      name: '规则校验 1,000 份报表',
      ms: rules,
      baselineName: '逐格求和',
      baselineMs: rulesRaw,
      targetMs: 100,
    },
    {
      id: 'recheck-1',
      name: '单次按键后的整表重校验',
      ms: keystroke,
      baselineName: '逐格求和',
      baselineMs: keystrokeRaw,
      targetMs: 1,
    },
    {
      id: 'consolidate-domain-300x5',
      name: '汇总 300 个单位 × 5 年',
      ms: consolidation,
      baselineName: '逐格求和',
      baselineMs: consolidationRaw,
      targetMs: 500,
    },
  ];
}
