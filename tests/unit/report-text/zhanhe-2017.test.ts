import { readFileSync } from 'node:fs';
import { ZHANHE_2017_VALUES } from '@/domain/examples/zhanhe-2017';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { checkReportText } from '@/domain/report-text/text-checks';

const text = readFileSync(new URL('../../fixtures/examples/zhanhe-2017-annual-report.txt', import.meta.url), 'utf8');

describe('the 湛河区 2017 report against its own figures', () => {
  const problems = checkReportText(LEGACY_2014, ZHANHE_2017_VALUES, text);

  it('catches the sentence that says there were no applications although the tables hold 9', () => {
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p?.ruleId).toBe('T1');
    expect(p?.cells).toEqual(['legacy.applicationsReceived.value']);
    expect(p?.message).toBe(
      '正文第四部分写“本年度，我区无公民、法人依申请公开事项”（收到的政府信息公开申请数 0），统计表中为 9，请核对正文与表格',
    );
  });

  it('finds the quoted figures that agree (3452 条, 11 件, 9 件, 复议 5, 诉讼 2) and raises nothing for them', () => {
    const changed = { ...ZHANHE_2017_VALUES, 'legacy.proactiveTotal.value': 3000, 'legacy.reviewTotal.value': 4 };
    const keys = checkReportText(LEGACY_2014, changed, text).map((p) => p.cells[0]);
    expect(keys).toEqual([
      'legacy.proactiveTotal.value',
      'legacy.proactiveTotal.value',
      'legacy.reviewTotal.value',
      'legacy.applicationsReceived.value',
    ]);
  });
});
