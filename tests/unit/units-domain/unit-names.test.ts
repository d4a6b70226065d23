import { kindFromName } from '@/domain/units/kind-from-name';
import { areaNamesOf, editDistance, isNearName, nearestName, nearReportingUnit } from '@/domain/units/near-names';
import { parseRosterPaste } from '@/domain/units/roster-paste';
import { cleanUnitName, normalizeUnitName } from '@/domain/units/unit-name';

describe('unit name normal form', () => {
  it('drops every format character (ZWJ, word joiner, bidi marks, BOM, soft hyphen) and all white space', () => {
    const plain = normalizeUnitName('湛河区民政局');
    for (const ch of [
      '\u200d',
      '\u2060',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202c',
      '\u2066',
      '\ufeff',
      '\u00ad',
      '\u180e',
    ]) {
      expect(normalizeUnitName(`湛河区${ch}民政局`), ch.codePointAt(0)?.toString(16)).toBe(plain);
    }
    expect(normalizeUnitName(' 湛河区\t民政局\u3000\u00a0')).toBe(plain);
    expect(normalizeUnitName('湛河区（全区）')).toBe(normalizeUnitName('湛河区 [全区]'));
    expect(normalizeUnitName('ＡＢＣ局')).toBe('abc局');
    expect(cleanUnitName(' 湛河区\u2060民政局  ')).toBe('湛河区民政局');
  });
});

describe('kind from name', () => {
  it('reads 街道/乡/镇/办事处 at the end as 乡镇街道, everything else as 部门', () => {
    expect(kindFromName('马庄街道')).toBe('乡镇街道');
    expect(kindFromName('曹镇乡')).toBe('乡镇街道');
    expect(kindFromName('北渡镇')).toBe('乡镇街道');
    expect(kindFromName('九里山办事处')).toBe('乡镇街道');
    expect(kindFromName('马庄街道（办事处）')).toBe('乡镇街道');
    expect(kindFromName('湛河区乡村振兴局')).toBe('部门');
    expect(kindFromName('湛河区街道管理办')).toBe('部门');
  });
});

describe('roster paste', () => {
  it('takes one name a line, or the name column of an Excel copy, without numbering, header or repeats', () => {
    const text =
      '序号\t单位名称\r\n1\t湛河区民政局\r\n2\t马庄街道\r\n3\t湛河区\u200d民政局\r\n\r\n（四）曹镇乡\n5. 湛河区教育局\n';
    expect(parseRosterPaste(text)).toEqual([
      { name: '湛河区民政局', kind: '部门' },
      { name: '马庄街道', kind: '乡镇街道' },
      { name: '曹镇乡', kind: '乡镇街道' },
      { name: '湛河区教育局', kind: '部门' },
    ]);
  });
});

describe('near names', () => {
  it('offers a name with the area in front, or one slip, as possibly the same unit', () => {
    expect(isNearName('湛河区民政局', '平顶山市湛河区民政局')).toBe(true);
    expect(isNearName('民政局', '湛河区民政局', ['湛河区'])).toBe(true);
    expect(isNearName('湛河区民政局', '湛河区民正局')).toBe(true);
    expect(isNearName('湛河区民政局', '湛河区教育局')).toBe(false);
    // One character apart, but two lines of work: two departments, not one name written two ways.
    expect(isNearName('湛河区财政局', '湛河区民政局')).toBe(false);
    expect(isNearName('湛河区公安局', '湛河区司法局')).toBe(false);
    expect(isNearName('湛河区审计局', '湛河区统计局')).toBe(false);
    // A slip inside the word still is offered, and a longer name of the same line of work too.
    expect(isNearName('湛河区民政局', '湛河区民正局')).toBe(true);
    expect(isNearName('湛河区人力资源和社会保障局', '湛河区人力资源和社会保嶂局')).toBe(true);
    expect(isNearName('湛河区财政局', '平顶山市湛河区财政局')).toBe(true);
    expect(isNearName('湛河区民政局', '湛河区民政局')).toBe(false);
    expect(isNearName('曹镇乡', '曹镇')).toBe(false);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    const units = [{ name: '湛河区财政局' }, { name: '湛河区民政局', aliases: [] }];
    expect(nearestName('平顶山市湛河区民政局', units)?.name).toBe('湛河区民政局');
  });
});

describe('the near reporting unit', () => {
  const units = [
    { name: '湛河区（全区）', kind: '区域汇总' },
    { name: '湛河区民政局', kind: '部门', aliases: ['区民政局'] },
    { name: '湛河区北渡街道', kind: '乡镇街道' },
  ];
  const areas = units.filter((u) => u.kind === '区域汇总');

  it('writes an area as its name and without its bracketed tail', () => {
    expect(areaNamesOf(areas)).toEqual(['湛河区（全区）', '湛河区']);
  });

  it('finds a unit written with the city and area in front, or with one slip', () => {
    expect(nearReportingUnit('平顶山市湛河区民政局', units, areas)?.name).toBe('湛河区民政局');
    expect(nearReportingUnit('湛河区民正局', units, areas)?.name).toBe('湛河区民政局');
    expect(nearReportingUnit('湛河区北渡镇街道', units, areas)?.name).toBe('湛河区北渡街道');
  });

  it('never offers an area total, and offers nothing for a different unit', () => {
    expect(nearReportingUnit('湛河区（全市）', units, areas)).toBeUndefined();
    expect(nearReportingUnit('湛河区公安分局', units, areas)).toBeUndefined();
  });
});
