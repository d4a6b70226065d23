import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { draftReport, draftToText, SECTION_HEADINGS } from '@/domain/report-text/draft';
import { checkReportText } from '@/domain/report-text/text-checks';
import { splitSections } from '@/domain/report-text/sections';
import type { FormatDef, Values } from '@/domain/format/types';

/** Deterministic pseudo-random values, so a failure can be reproduced. */
function valuesFor(format: FormatDef, seed: number): Values {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % 17);
  const out: Record<string, number> = {};
  for (const f of format.fields) if (!f.sumOf) out[f.key] = f.kind === 'money' ? next() / 4 : next() % 6;
  return out;
}

describe('draftReport', () => {
  it('writes the six sections in order with the figures of the tables', () => {
    const values = { 't3.received.natural': 7, 't3.received.legal': 2, 't3.carriedIn.other': 1, 't4.review.upheld': 2 };
    const draft = draftReport(NATIONAL_2021, values, '湛河区教育局', 2025);
    expect(draft?.map((s) => s.heading)).toEqual([...SECTION_HEADINGS]);
    expect(draft?.[2]?.text).toContain('本年度共收到政府信息公开申请9件，上年结转1件');
    expect(draft?.[2]?.text).toContain('自然人7件，法人或其他组织2件');
    expect(draft?.[3]?.text).toContain('被申请行政复议2件，其中结果维持2件');
    expect(draft?.[1]?.text).toContain('行政事业性收费：本年收费金额0万元');
  });

  it('says plainly when there was no review and no suit', () => {
    const draft = draftReport(NATIONAL_2021, {}, '马庄街道办事处', 2025);
    expect(draft?.[3]?.text).toBe('本年度未发生因政府信息公开工作引起的行政复议、行政诉讼。');
  });

  it.each([
    ['2021', NATIONAL_2021],
    ['2019', NATIONAL_2019],
  ])('a fresh %s draft always agrees with its tables (T1/T2 find nothing)', (_name, format) => {
    for (let seed = 1; seed <= 25; seed += 1) {
      const values = valuesFor(format, seed);
      const text = draftToText(draftReport(format, values, '某单位', 2025) ?? []);
      const problems = checkReportText(format, values, text).filter((p) => p.ruleId === 'T1');
      expect(problems).toEqual([]);
      expect(splitSections(text).map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    }
  });

  it('mentions unpaid fees in section 六 so T2 is satisfied', () => {
    const values = { 't3.otherNoFee.natural': 2, 't3.received.natural': 2 };
    const text = draftToText(draftReport(NATIONAL_2021, values, '某单位', 2025) ?? []);
    expect(text).toContain('信息处理费');
    expect(checkReportText(NATIONAL_2021, values, text)).toEqual([]);
  });
});
