import { consolidate } from '@/domain/consolidate/consolidate';
import { chooseContributors, type UnitNode } from '@/domain/consolidate/contributors';
import type { FormatDef } from '@/domain/format/types';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { computeAll } from '@/domain/rules/compute';
import { checkReport } from '@/domain/rules/engine';

describe('consolidate', () => {
  it('sums every input field, keeps all-blank fields blank and lists each contribution', () => {
    const r = consolidate(NATIONAL_2021, [
      { unitId: 'a', format: NATIONAL_2021, values: { 't3.received.natural': 3, 't2.fees.amount': 0.1234 } },
      { unitId: 'b', format: NATIONAL_2021, values: { 't3.received.natural': 4, 't2.fees.amount': 1.0001 } },
      { unitId: 'c', format: NATIONAL_2021, values: { 't3.received.natural': null } },
    ]);
    expect(r.values['t3.received.natural']).toBe(7);
    expect(r.values['t2.fees.amount']).toBe(1.1235);
    expect(r.values['t3.received.business']).toBeNull();
    expect(r.contributions.get('t3.received.natural')).toEqual([
      { unitId: 'a', value: 3 },
      { unitId: 'b', value: 4 },
    ]);
    expect(computeAll(NATIONAL_2021, r.values).get('t3.received.total')).toBe(7);
  });

  it('keeps the sum consistent: units that pass O1 give a total that passes O1', () => {
    const unit = (n: number) => ({
      't3.received.natural': n,
      't3.disclosed.natural': n - 1,
      't3.carriedOut.natural': 1,
    });
    const parts = [1, 5, 9].map((n, i) => ({ unitId: `u${i}`, format: NATIONAL_2021, values: unit(n) }));
    for (const p of parts) expect(checkReport(NATIONAL_2021, p.values)).toEqual([]);
    expect(checkReport(NATIONAL_2021, consolidate(NATIONAL_2021, parts).values)).toEqual([]);
  });

  it('lists what a variant has that the target lacks instead of dropping it silently', () => {
    const extraRow = {
      key: 't2.otherDocs.issued',
      table: 't2',
      row: 'otherDocs',
      col: 'issued',
      kind: 'count' as const,
      rowLabels: ['其他主动公开文件'],
      colLabels: ['本年制发件数'],
      short: '其他主动公开文件',
    };
    const variant: FormatDef = { ...NATIONAL_2021, id: 'hubei-2021', variant: 'hubei', fields: [...NATIONAL_2021.fields, extraRow] };
    const r = consolidate(NATIONAL_2021, [
      { unitId: 'h', format: variant, values: { 't2.otherDocs.issued': 4, 't3.received.legal': 2 } },
    ]);
    expect(r.values['t3.received.legal']).toBe(2);
    expect(r.unshared).toEqual([{ unitId: 'h', field: 't2.otherDocs.issued' }]);
  });
});

describe('chooseContributors', () => {
  const units: UnitNode[] = [
    { id: 'city', kind: '区域汇总' },
    { id: 'cityOffice', kind: '设区的市政府本级', parentId: 'city' },
    { id: 'dept', kind: '部门', parentId: 'city' },
    { id: 'gone', kind: '部门', parentId: 'city', archived: true },
    { id: 'district', kind: '区域汇总', parentId: 'city' },
    { id: 'districtOffice', kind: '区县政府本级', parentId: 'district' },
    { id: 'town', kind: '乡镇街道', parentId: 'district' },
  ];

  it('counts 本级 as a unit and a sub-area through its units when they have figures', () => {
    const c = chooseContributors('city', units, () => true);
    expect(c.unitIds).toEqual(['cityOffice', 'dept', 'districtOffice', 'town']);
    expect(c.takenWhole).toEqual([]);
  });

  it('takes a sub-area whole, never with its units, when asked or when its units have no figures', () => {
    const asked = chooseContributors('city', units, () => true, new Set(['district']));
    expect(asked.unitIds).toEqual(['cityOffice', 'dept', 'district']);
    expect(asked.takenWhole).toEqual(['district']);
    const onlyWhole = chooseContributors('city', units, (id) => !['districtOffice', 'town'].includes(id));
    expect(onlyWhole.unitIds).toEqual(['cityOffice', 'dept', 'district']);
    expect(onlyWhole.takenWhole).toEqual([]);
  });

  it('survives a parent cycle in bad data', () => {
    const cyclic: UnitNode[] = [
      { id: 'x', kind: '区域汇总', parentId: 'y' },
      { id: 'y', kind: '区域汇总', parentId: 'x' },
    ];
    expect(chooseContributors('x', cyclic, () => false).unitIds).toEqual([]);
  });
});
