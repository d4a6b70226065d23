/** What blocks marking a report 已完成: blanks, unexplained errors, unexplained warnings. */
import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { indexFormat } from '@/domain/format/format-index';
import { checkCompletion } from '@/domain/rules/completion';
import { checkReport, type CheckContext } from '@/domain/rules/engine';
import type { FormatDef, Values } from '@/domain/format/types';
import { filled } from './layout-helpers';

function completion(
  format: FormatDef,
  values: Values,
  explanations: Record<string, string> = {},
  ctx: CheckContext = {},
) {
  return checkCompletion(format, values, checkReport(format, values, ctx), explanations);
}

describe('checkCompletion', () => {
  it('blocks while input cells are blank, and counts them', () => {
    const empty = completion(NATIONAL_2021, {});
    expect(empty.canComplete).toBe(false);
    expect(empty.blankInputs).toBe(indexFormat(NATIONAL_2021).inputs.length);
    expect(empty.reasons[0]).toContain(`还有 ${empty.blankInputs} 个单元格未填写`);

    const oneBlank = completion(NATIONAL_2021, filled(NATIONAL_2021, { 't3.received.other': null }));
    expect([oneBlank.canComplete, oneBlank.blankInputs]).toEqual([false, 1]);
  });

  it('lets a fully filled, consistent report complete (all zeros, or the legacy table)', () => {
    for (const format of [NATIONAL_2021, NATIONAL_2019, LEGACY_2014]) {
      const result = completion(format, filled(format));
      expect([format.id, result.canComplete, result.reasons]).toEqual([format.id, true, []]);
    }
  });

  it('blocks on an unexplained error, and an explanation cannot lift an ordinary error', () => {
    const values = filled(NATIONAL_2021, { 't3.received.natural': 2 });
    const problems = checkReport(NATIONAL_2021, values);
    const o1 = problems.filter((p) => p.ruleId === 'O1');
    expect(o1).toHaveLength(2);
    expect(o1.every((p) => !p.explainable)).toBe(true);
    const explanations = Object.fromEntries(problems.map((p) => [p.key, '上年度数据有误']));
    const result = checkCompletion(NATIONAL_2021, values, problems, explanations);
    expect(result.canComplete).toBe(false);
    expect(result.openErrors.length).toBe(problems.length);
    expect(result.reasons).toEqual([`还有 ${problems.length} 个错误需要修改`]);
  });

  it('lets an explained X1 pass, but not while any X1 is unexplained or explained with blanks', () => {
    const values = filled(NATIONAL_2021, { 't3.carriedIn.natural': 1, 't3.disclosed.natural': 1 });
    const ctx = { prior: { format: NATIONAL_2021, values: filled(NATIONAL_2021) } };
    const problems = checkReport(NATIONAL_2021, values, ctx);
    expect(problems.map((p) => p.ruleId)).toEqual(['X1', 'X1']);
    const [first, second] = problems;
    expect(completion(NATIONAL_2021, values, {}, ctx).canComplete).toBe(false);
    expect(completion(NATIONAL_2021, values, { [first?.key ?? '']: '上年公布数有误' }, ctx).canComplete).toBe(false);
    const both = { [first?.key ?? '']: '上年公布数有误', [second?.key ?? '']: '同上' };
    expect(completion(NATIONAL_2021, values, both, ctx).canComplete).toBe(true);
    const blankNote = { ...both, [second?.key ?? '']: '   ' };
    expect(completion(NATIONAL_2021, values, blankNote, ctx).canComplete).toBe(false);
  });

  it('blocks on an unexplained warning and not once it is explained', () => {
    const values = filled(NATIONAL_2021, { 't2.regulations.issued': 1, 't2.regulations.valid': 1 });
    const ctx = { unitKind: '部门' as const };
    const problems = checkReport(NATIONAL_2021, values, ctx);
    expect(problems.map((p) => [p.ruleId, p.severity])).toEqual([['T3', 'warning']]);
    const open = completion(NATIONAL_2021, values, {}, ctx);
    expect([open.canComplete, open.openWarnings.length, open.reasons]).toEqual([
      false,
      1,
      ['还有 1 个警告需要核实并填写说明'],
    ]);
    const explained = completion(NATIONAL_2021, values, { [problems[0]?.key ?? '']: '本部门受市政府委托起草' }, ctx);
    expect([explained.canComplete, explained.openWarnings]).toEqual([true, []]);
  });

  it('keeps L7 warnings of the example-like legacy report explainable', () => {
    const values = filled(LEGACY_2014, {
      'legacy.applicationsReceived.value': 3,
      'legacy.receivedOnline.value': 3,
      'legacy.applicationsAnswered.value': 2,
      'legacy.answeredGranted.value': 2,
      'legacy.applicationsClosed.value': 2,
      'legacy.closedOnTime.value': 2,
    });
    const problems = checkReport(LEGACY_2014, values);
    expect(problems.map((p) => p.ruleId)).toEqual(['L7', 'L7']);
    expect(completion(LEGACY_2014, values).canComplete).toBe(false);
    const notes = Object.fromEntries(problems.map((p) => [p.key, '1件申请跨年办理']));
    expect(completion(LEGACY_2014, values, notes).canComplete).toBe(true);
  });
});
