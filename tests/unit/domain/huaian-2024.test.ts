/** 淮安市 2024's published identities in the 2021 format: O1 for 总计 and the three S3 sums hold. */
import { HUAIAN_2024_STATED, HUAIAN_2024_VALUES } from '@/domain/examples/huaian-2024';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { indexFormat } from '@/domain/format/format-index';
import { computeAll } from '@/domain/rules/compute';
import { checkReport } from '@/domain/rules/engine';

describe('淮安市 2024', () => {
  const { field } = indexFormat(NATIONAL_2021);

  it('holds input fields and stated computed cells of the 2021 format only', () => {
    for (const key of Object.keys(HUAIAN_2024_VALUES)) expect([key, field.get(key)?.sumOf]).toEqual([key, undefined]);
    for (const key of Object.keys(HUAIAN_2024_STATED)) {
      expect([key, field.get(key)?.sumOf !== undefined]).toEqual([key, true]);
    }
  });

  it('computes the published totals', () => {
    const all = computeAll(NATIONAL_2021, HUAIAN_2024_VALUES);
    for (const [key, n] of Object.entries(HUAIAN_2024_STATED)) expect([key, all.get(key)]).toEqual([key, n]);
  });

  it('passes O1 (3119 + 34 = 3050 + 103), S1 and S3 (351, 26, 20), with no problem at all', () => {
    expect(checkReport(NATIONAL_2021, HUAIAN_2024_VALUES, { stated: HUAIAN_2024_STATED })).toEqual([]);
  });

  it('fails when one published part is changed', () => {
    const changed = { ...HUAIAN_2024_VALUES, 't4.review.pending': 36, 't3.carriedOut.natural': 104 };
    const problems = checkReport(NATIONAL_2021, changed, { stated: HUAIAN_2024_STATED });
    expect(problems.map((p) => p.ruleId).sort()).toEqual(['O1', 'O1', 'S1', 'S3']);
    expect(problems.find((p) => p.ruleId === 'S3')?.message).toBe(
      '行政复议：表中所填总计（351）应等于 维持 + 纠正 + 其他 + 尚未审结（350），相差 1',
    );
    expect(problems.find((p) => p.ruleId === 'O1')?.message).toBe(
      '自然人列：一、本年新收 + 二、上年结转（3153）应等于 （七）总计 + 四、结转下年度（3154），相差 1',
    );
  });
});
