/** Computed cells: Table 三's 总计 column and （七）总计 row, Table 四's 总计s, money sums rounded. */
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { allPartsBlank, computeAll } from '@/domain/rules/compute';
import type { FormatDef } from '@/domain/format/types';
import { NO_ROLES } from '@/domain/format/format-roles';

describe('computeAll on Table 三', () => {
  const values = {
    't3.received.natural': 10,
    't3.received.business': 2,
    't3.received.other': 1,
    't3.disclosed.natural': 4,
    't3.refusedSecret.natural': 1,
    't3.otherOther.natural': 2,
    't3.disclosed.legal': 3,
    't3.unableUnclear.legal': 1,
    't3.carriedOut.natural': null,
  };
  const all = computeAll(NATIONAL_2021, values);

  it('sums each row into its 总计 column', () => {
    expect(all.get('t3.received.total')).toBe(13);
    expect(all.get('t3.disclosed.total')).toBe(7);
    expect(all.get('t3.carriedIn.total')).toBe(0);
  });

  it('sums the detail rows into （七）总计 per column, and the corner both ways', () => {
    expect(all.get('t3.totalHandled.natural')).toBe(7);
    expect(all.get('t3.totalHandled.legal')).toBe(4);
    expect(all.get('t3.totalHandled.business')).toBe(0);
    expect(all.get('t3.totalHandled.total')).toBe(11);
  });

  it('reads blank inputs as 0 and returns every field', () => {
    expect(all.get('t3.carriedOut.natural')).toBe(0);
    expect(all.size).toBe(NATIONAL_2021.fields.length);
  });

  it('uses the 19 detail rows of the 2019 format', () => {
    const all19 = computeAll(NATIONAL_2019, { 't3.otherHandling.natural': 2, 't3.disclosed.natural': 1 });
    expect(all19.get('t3.totalHandled.natural')).toBe(3);
    expect(all19.get('t3.totalHandled.total')).toBe(3);
  });
});

describe('computeAll on Table 四', () => {
  it('sums each group into its 总计', () => {
    const all = computeAll(NATIONAL_2021, {
      't4.review.upheld': 72,
      't4.review.corrected': 64,
      't4.review.other': 178,
      't4.review.pending': 37,
      't4.suitDirect.upheld': 13,
      't4.suitDirect.pending': 1,
    });
    expect([all.get('t4.review.total'), all.get('t4.suitDirect.total'), all.get('t4.suitAfterReview.total')]).toEqual([
      351, 14, 0,
    ]);
  });
});

describe('computed money cells', () => {
  // No national table sums money, so a minimal format shows the rounding a variant with such a sum gets.
  const moneyFormat: FormatDef = {
    id: 'money-sum',
    name: '金额合计',
    variant: 'test',
    edition: 'test',
    years: { from: 2021 },
    tables: [],
    fields: [
      { key: 'm.a.v', table: 'm', row: 'a', col: 'v', kind: 'money', rowLabels: ['甲'], colLabels: [], short: '甲' },
      { key: 'm.b.v', table: 'm', row: 'b', col: 'v', kind: 'money', rowLabels: ['乙'], colLabels: [], short: '乙' },
      {
        key: 'm.sum.v',
        table: 'm',
        row: 'sum',
        col: 'v',
        kind: 'money',
        sumOf: ['m.a.v', 'm.b.v'],
        rowLabels: ['合计'],
        colLabels: [],
        short: '合计',
      },
    ],
    rules: [],
    roles: NO_ROLES,
  };

  it('rounds a money sum to 4 decimals (0.1 + 0.2 is 0.3, not 0.30000000000000004)', () => {
    expect(computeAll(moneyFormat, { 'm.a.v': 0.1, 'm.b.v': 0.2 }).get('m.sum.v')).toBe(0.3);
    expect(computeAll(moneyFormat, { 'm.a.v': 1.2345, 'm.b.v': 2.0001 }).get('m.sum.v')).toBe(3.2346);
  });

  it('tells a computed cell with no filled part from one that sums to 0', () => {
    expect(allPartsBlank(moneyFormat, {}, 'm.sum.v')).toBe(true);
    expect(allPartsBlank(moneyFormat, { 'm.a.v': 0 }, 'm.sum.v')).toBe(false);
    expect(allPartsBlank(NATIONAL_2021, {}, 't3.totalHandled.total')).toBe(true);
    expect(allPartsBlank(NATIONAL_2021, { 't3.refusedQuery.other': 0 }, 't3.totalHandled.total')).toBe(false);
  });
});
