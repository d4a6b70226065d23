/** The rules of the 2019 and 2021 formats, each passing and failing: O1, S1–S5, X1, X2, T3. */
import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { checkReport } from '@/domain/rules/engine';
import type { UnitKind } from '@/domain/format/types';
import { problemsOf } from './layout-helpers';

const F21 = NATIONAL_2021;
const F19 = NATIONAL_2019;

describe('O1: 一 + 二 = （七）总计 + 四, per column', () => {
  it('passes when the column balances', () => {
    const values = {
      't3.received.natural': 5,
      't3.carriedIn.natural': 4,
      't3.disclosed.natural': 8,
      't3.carriedOut.natural': 1,
    };
    expect(checkReport(F21, values)).toEqual([]);
  });

  it('fails with the exact message, scoped by column, in the applicant column and in 总计', () => {
    const values = {
      't3.received.natural': 5,
      't3.carriedIn.natural': 4,
      't3.disclosed.natural': 7,
      't3.carriedOut.natural': 1,
    };
    const problems = problemsOf(F21, values, 'O1');
    expect(problems.map((p) => p.message)).toEqual([
      '自然人列：一、本年新收 + 二、上年结转（9）应等于 （七）总计 + 四、结转下年度（8），相差 1',
      '总计列：一、本年新收 + 二、上年结转（9）应等于 （七）总计 + 四、结转下年度（8），相差 1',
    ]);
    expect(problems[0]?.severity).toBe('error');
    expect(problems[0]?.explainable).toBe(false);
    expect(problems[0]?.cells).toEqual([
      't3.received.natural',
      't3.carriedIn.natural',
      't3.totalHandled.natural',
      't3.carriedOut.natural',
    ]);
    // No other rule fires on these figures.
    expect(checkReport(F21, values).map((p) => p.ruleId)).toEqual(['O1', 'O1']);
  });

  it('checks every column of the 2019 format too', () => {
    const problems = problemsOf(F19, { 't3.received.legal': 2 }, 'O1');
    expect(problems.map((p) => p.message.split('：')[0])).toEqual(['法律服务机构列', '总计列']);
  });
});

describe('S1–S3: printed totals (stated) against their parts', () => {
  it('S1: a row 总计 equals the six applicant columns', () => {
    const values = { 't3.received.natural': 6, 't3.received.business': 3, 't3.disclosed.natural': 9 };
    expect(problemsOf(F21, values, 'S1', { stated: { 't3.received.total': 9 } })).toEqual([]);
    expect(problemsOf(F21, values, 'S1', { stated: { 't3.received.total': 10 } }).map((p) => p.message)).toEqual([
      '一、本年新收行：表中所填总计（10）应等于 六类申请人之和（9），相差 1',
    ]);
    // Without a stated figure there is nothing to compare: the computed 总计 always matches.
    expect(problemsOf(F21, values, 'S1')).toEqual([]);
  });

  it('S2: a column （七）总计 equals its detail rows', () => {
    const values = { 't3.disclosed.natural': 2, 't3.otherOther.natural': 3 };
    expect(problemsOf(F21, values, 'S2', { stated: { 't3.totalHandled.natural': 5 } })).toEqual([]);
    expect(
      problemsOf(F21, values, 'S2', { stated: { 't3.totalHandled.natural': 4 } }).map((p) => p.message),
    ).toEqual(['自然人列：表中所填（七）总计（4）应等于 21项办理结果之和（5），相差 1']);
  });

  it('S3: each Table 四 总计 equals 维持 + 纠正 + 其他 + 尚未审结', () => {
    const values = { 't4.review.upheld': 1, 't4.review.pending': 2, 't4.suitAfterReview.other': 4 };
    const stated = { 't4.review.total': 3, 't4.suitDirect.total': 0, 't4.suitAfterReview.total': 4 };
    expect(problemsOf(F21, values, 'S3', { stated })).toEqual([]);
    const wrong = { ...stated, 't4.suitDirect.total': 1, 't4.suitAfterReview.total': 5 };
    expect(problemsOf(F21, values, 'S3', { stated: wrong }).map((p) => p.message)).toEqual([
      '未经复议直接起诉：表中所填总计（1）应等于 维持 + 纠正 + 其他 + 尚未审结（0），相差 1',
      '复议后起诉：表中所填总计（5）应等于 维持 + 纠正 + 其他 + 尚未审结（4），相差 1',
    ]);
  });
});

describe('S4: values fit their cell', () => {
  it('refuses a decimal count, a negative count and negative money; accepts money decimals', () => {
    const values = { 't3.received.natural': 1.5, 't4.review.upheld': -3, 't2.fees.amount': -0.5 };
    const problems = problemsOf(F21, values, 'S4');
    expect(problems.map((p) => [p.cells, p.severity, p.explainable])).toEqual([
      [['t2.fees.amount'], 'error', false],
      [['t3.received.natural'], 'error', false],
      [['t4.review.upheld'], 'error', false],
    ]);
    expect(problems[0]?.message).toContain('金额（-0.5）不能为负数');
    expect(problems[1]?.message).toContain('“1.5”不是整数');
    expect(problems[2]?.message).toContain('数量（-3）不能为负数');
    expect(problemsOf(F21, { 't2.fees.amount': 12.3456 }, 'S4')).toEqual([]);
  });

  it('accepts a negative 本年增/减 (signedCount) but not a decimal one', () => {
    expect(problemsOf(F19, { 't2.licensing.change': -3, 't2.fees.change': -1 }, 'S4')).toEqual([]);
    expect(problemsOf(F19, { 't2.licensing.change': -1.5 }, 'S4')).toHaveLength(1);
  });
});

describe('S5: neither 四 nor （七） exceeds 一 + 二', () => {
  it('passes when both fit', () => {
    expect(problemsOf(F21, { 't3.received.natural': 3, 't3.disclosed.natural': 2, 't3.carriedOut.natural': 1 }, 'S5'))
      .toEqual([]);
  });

  it('flags （七）总计 above 一 + 二', () => {
    const values = { 't3.received.natural': 1, 't3.disclosed.natural': 3 };
    const messages = problemsOf(F21, values, 'S5').map((p) => p.message);
    expect(messages).toContain('自然人列：（七）总计（3）不应大于 一、本年新收 + 二、上年结转（1），超出 2');
  });

  it('flags 四、结转下年度 above 一 + 二', () => {
    const values = { 't3.received.natural': 1, 't3.carriedOut.natural': 3 };
    const messages = problemsOf(F21, values, 'S5').map((p) => p.message);
    expect(messages).toContain('自然人列：四、结转下年度（3）不应大于 一、本年新收 + 二、上年结转（1），超出 2');
  });
});

describe('X1: this year 二、上年结转 = last year 四、结转下年度', () => {
  const prior19 = { format: F19, values: { 't3.carriedOut.natural': 4 } };
  const prior21 = { format: F21, values: { 't3.carriedOut.natural': 4 } };
  const current = { 't3.carriedIn.natural': 5, 't3.disclosed.natural': 5 };

  it('applies 2019→2020 (both trial format)', () => {
    const problems = problemsOf(F19, current, 'X1', { prior: prior19 });
    expect(problems.map((p) => p.message)).toEqual([
      '自然人列：二、上年结转（5）应等于 上年度 四、结转下年度（4），相差 1',
      '总计列：二、上年结转（5）应等于 上年度 四、结转下年度（4），相差 1',
    ]);
    expect(problems.every((p) => p.severity === 'error' && p.explainable)).toBe(true);
    expect(problems[0]?.cells).toEqual(['t3.carriedIn.natural']);
  });

  it('applies 2020→2021 and 2021→2022', () => {
    expect(problemsOf(F21, current, 'X1', { prior: prior19 })).toHaveLength(2);
    expect(problemsOf(F21, current, 'X1', { prior: prior21 })).toHaveLength(2);
  });

  it('passes when the carry-over matches', () => {
    const matching = { 't3.carriedIn.natural': 4, 't3.disclosed.natural': 4 };
    expect(problemsOf(F21, matching, 'X1', { prior: prior21 })).toEqual([]);
  });

  it('does not reach back into the legacy table, nor run without last year', () => {
    const priorLegacy = { format: LEGACY_2014, values: { 'legacy.applicationsReceived.value': 9 } };
    expect(problemsOf(F19, current, 'X1', { prior: priorLegacy })).toEqual([]);
    expect(problemsOf(F19, current, 'X1')).toEqual([]);
  });
});

describe('X2: 现行有效 = last year 现行有效 + 制发 − 废止', () => {
  const current = { 't2.normativeDocs.issued': 3, 't2.normativeDocs.repealed': 1, 't2.normativeDocs.valid': 12 };

  it('applies 2021→2022 as a warning', () => {
    const prior = { format: F21, values: { 't2.normativeDocs.valid': 9 } };
    const problems = problemsOf(F21, current, 'X2', { prior });
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', '行政规范性文件：现行有效件数（12）应等于 上年现行有效件数 + 本年制发件数 − 本年废止件数（11），相差 1'],
    ]);
    expect(problemsOf(F21, current, 'X2', { prior: { format: F21, values: { 't2.normativeDocs.valid': 10 } } }))
      .toEqual([]);
  });

  it('does not apply 2019→2021 (the 2019 columns differ)', () => {
    const prior = { format: F19, values: { 't2.normativeDocs.publishedTotal': 9 } };
    expect(problemsOf(F21, current, 'X2', { prior })).toEqual([]);
  });
});

describe('T3: units below 设区的市 normally have 规章 = 0', () => {
  const values = { 't2.regulations.issued': 1 };

  it('warns a 部门, a 乡镇街道 and a 区县政府本级', () => {
    for (const unitKind of ['部门', '乡镇街道', '区县政府本级'] as UnitKind[]) {
      const problems = problemsOf(F21, values, 'T3', { unitKind });
      expect([unitKind, problems.map((p) => p.severity)]).toEqual([unitKind, ['warning']]);
      expect(problems[0]?.message).toContain('一般不制定规章');
    }
  });

  it('does not warn a 设区的市政府本级, an area total, or a unit without kind, nor when 规章 is 0', () => {
    for (const unitKind of ['设区的市政府本级', '区域汇总', '省级政府本级'] as UnitKind[]) {
      expect(problemsOf(F21, values, 'T3', { unitKind })).toEqual([]);
    }
    expect(problemsOf(F21, values, 'T3')).toEqual([]);
    expect(problemsOf(F21, { 't2.regulations.issued': 0 }, 'T3', { unitKind: '部门' })).toEqual([]);
  });
});
