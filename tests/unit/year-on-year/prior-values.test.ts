import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { checkSharpChanges, priorValuesOn } from '@/domain/year-on-year/prior-values';
import { FORMATS } from '@/domain/formats/registry';

describe('priorValuesOn: last year on this year cells', () => {
  it('same format: every field by its key, computed cells included', () => {
    const prior = priorValuesOn(NATIONAL_2021, {
      format: NATIONAL_2021,
      values: { 't3.received.natural': 4, 't3.received.legal': 1 },
    });
    expect(prior.get('t3.received.natural')).toBe(4);
    expect(prior.get('t3.received.total')).toBe(5);
  });

  it('2019 → 2021: Tables 三/四 by key, 本年新制作数量 onto 本年制发件数, （六）其他处理 nowhere', () => {
    const prior = priorValuesOn(NATIONAL_2021, {
      format: NATIONAL_2019,
      values: { 't2.regulations.newlyMade': 3, 't3.otherHandling.natural': 2, 't4.review.upheld': 1 },
    });
    expect(prior.get('t2.regulations.issued')).toBe(3);
    expect(prior.get('t4.review.total')).toBe(1);
    expect([...prior.keys()].some((k) => k.startsWith('t3.other'))).toBe(false);
  });

  it('legacy → 2021: several answers feed one result row; the suit total has no split', () => {
    const prior = priorValuesOn(NATIONAL_2021, {
      format: LEGACY_2014,
      values: {
        'legacy.applicationsReceived.value': 9,
        'legacy.answeredNotThisAgency.value': 2,
        'legacy.answeredNotExist.value': 3,
        'legacy.reviewTotal.value': 5,
        'legacy.suitTotal.value': 2,
      },
    });
    expect(prior.get('t3.received.total')).toBe(9);
    expect(prior.get('t3.unableNotHeld.total')).toBe(5);
    expect(prior.get('t4.review.total')).toBe(5);
    expect(prior.has('t4.suitDirect.total')).toBe(false);
  });

  it('every mapped pair names fields that exist in some format of its edition and in the format it maps onto', () => {
    for (const format of FORMATS) {
      for (const [edition, pairs] of Object.entries(format.roles.fromEdition)) {
        const source = FORMATS.filter((f) => f.edition === edition);
        expect(source.length).toBeGreaterThan(0);
        for (const [from, to] of pairs) {
          expect(source.some((f) => f.fields.some((x) => x.key === from))).toBe(true);
          expect(format.fields.some((x) => x.key === to)).toBe(true);
        }
      }
    }
  });
});

describe('Y1: sharp change against last year', () => {
  const prior = { format: NATIONAL_2021, values: { 't3.received.natural': 10, 't2.penalty.decisions': 100 } };

  it('warns above threefold with a difference of at least 20, in both directions', () => {
    const up = checkSharpChanges(NATIONAL_2021, { 't3.received.natural': 31, 't2.penalty.decisions': 100 }, prior);
    expect(up.map((p) => [p.ruleId, p.cells[0], p.severity])).toEqual([['Y1', 't3.received.natural', 'warning']]);
    expect(up[0]?.message).toBe('一、本年新收（自然人）：本年 31，上年 10，变化超过三倍，请核实或说明原因');
    const down = checkSharpChanges(NATIONAL_2021, { 't3.received.natural': 10, 't2.penalty.decisions': 20 }, prior);
    expect(down.map((p) => p.cells[0])).toEqual(['t2.penalty.decisions']);
  });

  it('is silent at exactly threefold, below a difference of 20, and for totals whose parts were checked', () => {
    expect(checkSharpChanges(NATIONAL_2021, { 't3.received.natural': 30, 't2.penalty.decisions': 100 }, prior)).toEqual(
      [],
    );
    const small = { format: NATIONAL_2021, values: { 't3.received.natural': 1 } };
    expect(checkSharpChanges(NATIONAL_2021, { 't3.received.natural': 19 }, small)).toEqual([]);
  });
});
