/** Every registered format names the fields that carry a meaning; a definition that forgets one is refused. */
import { FIGURE_ROLES, type FormatDef } from '@/domain/format/types';
import { figureFields } from '@/domain/format/format-roles';
import { FORMATS, registerFormats } from '@/domain/formats/registry';
import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';

const keysOf = (f: FormatDef) => new Set(f.fields.map((x) => x.key));

describe.each(FORMATS.map((f) => [f.id, f] as const))('roles of %s', (_id, format) => {
  it('declares every role, and every field it names exists in the format', () => {
    const keys = keysOf(format);
    const { applications, appeals } = format.roles;
    const named = [
      ...(applications
        ? [
            ...[
              applications.received,
              applications.carriedIn,
              applications.resultTotal,
              applications.carriedOut,
            ].flatMap((row) => [...row.applicants, row.total]),
            ...applications.results,
            applications.disclosed,
            applications.partlyDisclosed,
            ...(applications.unpaidFee ? [applications.unpaidFee] : []),
          ]
        : []),
      ...(appeals
        ? [appeals.review, appeals.suitDirect, appeals.suitAfterReview].flatMap((row) => [
            row.upheld,
            row.corrected,
            row.other,
            row.pending,
            row.total,
          ])
        : []),
      ...FIGURE_ROLES.flatMap((r) => figureFields(format, r) ?? []),
      ...Object.values(format.roles.fromEdition).flatMap((pairs) => pairs.map(([, to]) => to)),
    ];
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((k) => !keys.has(k))).toEqual([]);
    for (const r of FIGURE_ROLES) expect(format.roles.figures[r]).not.toBeUndefined();
  });
});

describe('what the roles say', () => {
  it('the 2019 and 2021 tables carry applications, appeals and the headline figures; legacy only its totals', () => {
    for (const f of [NATIONAL_2019, NATIONAL_2021]) {
      expect(f.roles.applications?.received.total).toBe('t3.received.total');
      expect(f.roles.applications?.carriedIn.applicants).toHaveLength(6);
      expect(figureFields(f, 'suits')).toEqual(['t4.suitDirect.total', 't4.suitAfterReview.total']);
    }
    expect(NATIONAL_2021.roles.applications?.unpaidFee).toBe('t3.otherNoFee.total');
    expect(NATIONAL_2019.roles.applications?.unpaidFee).toBeNull();
    expect(LEGACY_2014.roles.applications).toBeNull();
    expect(figureFields(LEGACY_2014, 'received')).toEqual(['legacy.applicationsReceived.value']);
    expect(figureFields(LEGACY_2014, 'carriedIn')).toBeNull();
  });
});

describe('registerFormats refuses a format whose roles are wrong', () => {
  it('a missing role, named with its format', () => {
    const { proactiveTable: _, ...rest } = NATIONAL_2021.roles;
    const broken = { ...NATIONAL_2021, id: 'broken', roles: rest } as unknown as FormatDef;
    expect(() => registerFormats([...FORMATS, broken])).toThrow(
      '格式 broken 的字段角色有误：缺少 proactiveTable（没有的请写 null）',
    );
  });

  it('a missing figure', () => {
    const { suits: _, ...figures } = NATIONAL_2021.roles.figures;
    const broken = {
      ...NATIONAL_2021,
      id: 'broken',
      roles: { ...NATIONAL_2021.roles, figures },
    } as unknown as FormatDef;
    expect(() => registerFormats([broken])).toThrow('缺少 figures.suits');
  });

  it('a role naming a cell the format does not have', () => {
    const broken: FormatDef = {
      ...NATIONAL_2021,
      id: 'broken',
      fields: NATIONAL_2021.fields.filter((f) => f.key !== 't4.review.total'),
    };
    expect(() => registerFormats([broken])).toThrow(
      '格式 broken 的字段角色有误：appeals.review.total 指向不存在的单元格 t4.review.total',
    );
  });

  it('an edition map from an edition nobody registered', () => {
    const broken: FormatDef = {
      ...NATIONAL_2021,
      id: 'broken',
      roles: { ...NATIONAL_2021.roles, fromEdition: { 1999: [] } },
    };
    expect(() => registerFormats([broken])).toThrow('fromEdition 的版本 1999 没有已登记的格式');
  });
});
