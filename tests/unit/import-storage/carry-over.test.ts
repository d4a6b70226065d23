/**
 * The carry-over offer: last year's 四、结转下年度继续办理 into this year's 二、上年结转 where blank or different,
 * across the 2019 → 2021 formats, nothing from the legacy table; one function with an explicit blank policy.
 */
import { describe, expect, it } from 'vitest';
import { formatById } from '@/domain/formats/registry';
import type { FormatDef } from '@/domain/format/types';
import { checkReport } from '@/domain/rules/engine';
import { carriedOver, carryOverCells, carryOverEdits, withCarryOver } from '@/domain/year-on-year/carry-over';

function format(id: string): FormatDef {
  const f = formatById(id);
  if (!f) throw new Error(`no format ${id}`);
  return f;
}
const F2021 = format('national-2021');
const F2019 = format('national-2019');
const LEGACY = format('national-legacy');

const priorOut = { 't3.carriedOut.natural': 4, 't3.carriedOut.business': 2, 't3.carriedOut.legal': null };

describe('carryOverCells', () => {
  it('lists the columns whose 上年结转 is blank or differs, with last year’s figure (blank read as 0)', () => {
    const values = { 't3.carriedIn.natural': 4, 't3.carriedIn.business': 1, 't3.carriedIn.research': 0 };
    const cells = carryOverCells(F2021, values, { format: F2021, values: priorOut });
    expect(cells.map((c) => [c.field, c.current, c.prior])).toEqual([
      ['t3.carriedIn.business', 1, 2],
      ['t3.carriedIn.publicInterest', null, 0],
      ['t3.carriedIn.legal', null, 0],
      ['t3.carriedIn.other', null, 0],
    ]);
    expect(cells[0]?.name).toBe('二、上年结转（商业企业）');
  });

  it('reads a 2019-format prior year, and offers nothing from the legacy table', () => {
    const cells = carryOverCells(F2021, {}, { format: F2019, values: priorOut });
    expect(cells.find((c) => c.field === 't3.carriedIn.natural')?.prior).toBe(4);
    expect(carryOverCells(F2019, {}, { format: LEGACY, values: { 'legacy.applicationsReceived.value': 9 } })).toEqual(
      [],
    );
  });

  it('makes X1 pass once applied', () => {
    const prior = { format: F2021, values: priorOut };
    const values = { 't3.carriedIn.natural': 1 };
    const x1 = (v: Record<string, number | null>) =>
      checkReport(F2021, v, { prior }).filter((p) => p.ruleId === 'X1').length;
    expect(x1(values)).toBeGreaterThan(0);
    expect(x1(withCarryOver(F2021, values, prior))).toBe(0);
    expect(carryOverEdits(F2021, values, prior)).toContainEqual({ field: 't3.carriedIn.natural', value: 4 });
  });
});

describe('carriedOver: the blank policy is the caller’s, stated', () => {
  it('asZero carries a blank 结转下年度 as 0; keepBlank leaves that column out', () => {
    const prior = { format: F2021, values: { 't3.carriedOut.natural': 4, 't3.carriedOut.legal': null } };
    const zero = carriedOver(F2021, prior, 'asZero');
    expect(zero).toHaveLength(6);
    expect(zero).toContainEqual({ field: 't3.carriedIn.legal', value: 0 });
    expect(carriedOver(F2021, prior, 'keepBlank')).toEqual([{ field: 't3.carriedIn.natural', value: 4 }]);
    expect(carriedOver(F2021, { format: LEGACY, values: {} }, 'asZero')).toEqual([]);
  });
});
