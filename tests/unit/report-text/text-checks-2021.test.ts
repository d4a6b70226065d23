import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { checkReportText } from '@/domain/report-text/text-checks';
import { splitSections } from '@/domain/report-text/sections';

const values = {
  't3.received.natural': 7,
  't3.received.business': 2,
  't4.review.upheld': 1,
  't4.review.corrected': 1,
  't4.suitDirect.other': 1,
  't3.otherNoFee.natural': 1,
};

const text = (third: string, fourth: string, sixth = '六、其他需要报告的事项\n本年度未收取信息处理费。') =>
  [
    '一、总体情况',
    '本机关认真落实条例要求。',
    '二、主动公开政府信息情况',
    '（表略）',
    '三、收到和处理政府信息公开申请情况',
    third,
    '四、政府信息公开行政复议、行政诉讼情况',
    fourth,
    '五、存在的主要问题及改进情况',
    '一是加强培训。',
    sixth,
  ].join('\n');

describe('T1: figures quoted in the text against the tables', () => {
  it('finds nothing when the text agrees with the tables (full-width digits and spaces included)', () => {
    const t = text('本年度共收到政府信息公开申请 ９ 件。', '发生行政复议案件2件，行政诉讼案件1件。');
    expect(checkReportText(NATIONAL_2021, values, t)).toEqual([]);
  });

  it('reports a quoted figure that differs, naming the section, the quote and both numbers', () => {
    const t = text('本年度共收到政府信息公开申请12件。', '发生行政复议案件2件，行政诉讼案件1件。');
    const [p, ...rest] = checkReportText(NATIONAL_2021, values, t);
    expect(rest).toEqual([]);
    expect(p?.ruleId).toBe('T1');
    expect(p?.severity).toBe('warning');
    expect(p?.cells).toEqual(['t3.received.total']);
    expect(p?.message).toBe(
      '正文第三部分写“本年度共收到政府信息公开申请12件”（收到的政府信息公开申请数 12），统计表中为 9，请核对正文与表格',
    );
  });

  it('reads a statement of none as 0 and catches it against a non-zero table', () => {
    const t = text('本年度未收到政府信息公开申请。', '本年度没有发生行政复议和行政诉讼。');
    const problems = checkReportText(NATIONAL_2021, values, t);
    expect(problems.map((p) => p.cells.join('+'))).toEqual([
      't3.received.total',
      't4.review.total',
      't4.suitDirect.total+t4.suitAfterReview.total',
    ]);
    expect(problems[0]?.message).toBe(
      '正文第三部分写“本年度未收到政府信息公开申请”（收到的政府信息公开申请数 0），统计表中为 9，请核对正文与表格',
    );
  });

  it('litigation sums both kinds of suit', () => {
    const t = text('收到申请9件。', '行政复议案件2件，行政诉讼案件3件。');
    const problems = checkReportText(NATIONAL_2021, values, t);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('（行政诉讼案件数 3），统计表中为 1');
  });
});

describe('T2: unpaid fees need a word in section 六', () => {
  it('warns when Table 三 （六）2 > 0 and section 六 does not mention 信息处理费', () => {
    const t = text('收到申请9件。', '行政复议案件2件，行政诉讼案件1件。', '六、其他需要报告的事项\n无。');
    const problems = checkReportText(NATIONAL_2021, values, t);
    expect(problems.map((p) => p.ruleId)).toEqual(['T2']);
    expect(problems[0]?.cells).toEqual(['t3.otherNoFee.total']);
  });

  it('is satisfied by a mention in section 六, and silent when no fee row is filled', () => {
    const ok = text('收到申请9件。', '行政复议案件2件，行政诉讼案件1件。');
    expect(checkReportText(NATIONAL_2021, values, ok)).toEqual([]);
    const noFees = { ...values, 't3.otherNoFee.natural': 0 };
    const silent = text('收到申请9件。', '行政复议案件2件，行政诉讼案件1件。', '六、其他需要报告的事项\n无。');
    expect(checkReportText(NATIONAL_2021, noFees, silent)).toEqual([]);
  });
});

describe('splitSections', () => {
  it('opens a section only at the next numeral in order, not at 一是 or a later stray heading', () => {
    const s = splitSections('前言\n一、总体情况\n一是做好\n三、跳过的编号\n二、主动公开\n正文');
    expect(s.map((x) => x.number)).toEqual([0, 1, 2]);
    expect(s[1]?.body).toContain('三、跳过的编号');
  });
});
