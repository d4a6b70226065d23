import type { UnitRow } from '@/storage/db';
import { filterUnits, mergeTargets, parentCandidates, unitState } from '@/widgets/units/unit-filter';
import { kindLabel, UNIT_KINDS } from '@/domain/units/unit-kinds';

function unit(id: string, extra: Partial<UnitRow> = {}): UnitRow {
  return {
    id,
    name: id,
    aliases: [],
    searchKeys: [id],
    kind: '部门',
    archived: false,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const area = unit('area', { kind: '区域汇总' });
const office = unit('office', { parentId: 'area' });
const team = unit('team', { parentId: 'office', kind: '其他' });
const archived = unit('archived', { archived: true });
const deleted = unit('deleted', { deletedAt: 1, archived: true });
const all = [area, office, team, archived, deleted];
const ids = (units: readonly UnitRow[]) => units.map((u) => u.id);

describe('unit filter', () => {
  it('hides archived and deleted units unless asked for', () => {
    expect(ids(filterUnits(all, { kind: 'all', showArchived: false, showDeleted: false }))).toEqual([
      'area',
      'office',
      'team',
    ]);
    expect(ids(filterUnits(all, { kind: 'all', showArchived: true, showDeleted: false }))).toContain('archived');
    expect(ids(filterUnits(all, { kind: 'all', showArchived: false, showDeleted: true }))).toContain('deleted');
  });

  it('orders Chinese names by pinyin, not by code point', () => {
    const names = ['姚孟街道', '曹镇乡', '马庄街道'].map((n) => unit(n));
    expect(ids(filterUnits(names, { kind: 'all', showArchived: false, showDeleted: false }))).toEqual([
      '曹镇乡',
      '马庄街道',
      '姚孟街道',
    ]);
  });

  it('filters by kind', () => {
    expect(ids(filterUnits(all, { kind: '区域汇总', showArchived: true, showDeleted: true }))).toEqual(['area']);
  });

  it('names the state, deleted before archived', () => {
    expect([area, archived, deleted].map(unitState)).toEqual(['正常', '已归档', '已删除']);
  });

  it('offers as parents only live units outside the unit’s own subtree', () => {
    expect(ids(parentCandidates(all, 'area'))).toEqual(['archived']);
    expect(ids(parentCandidates(all, 'office'))).toEqual(['area', 'archived']);
    expect(ids(parentCandidates(all))).toEqual(['area', 'office', 'team', 'archived']);
  });

  it('offers as merge targets the live units other than the unit itself', () => {
    expect(ids(mergeTargets(all, 'office'))).toEqual(['area', 'team', 'archived']);
  });

  it('shows 区域汇总 as 全区/全市汇总 and every other kind as stored', () => {
    expect(UNIT_KINDS.map(kindLabel)).toEqual([
      '部门',
      '乡镇街道',
      '区县政府本级',
      '设区的市政府本级',
      '省级政府本级',
      '全区/全市汇总',
      '其他',
    ]);
  });
});
