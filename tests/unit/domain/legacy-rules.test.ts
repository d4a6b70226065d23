/** Rules L1–L8 of the legacy table, each passing and failing, and the example report's figures. */
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { ZHANHE_2017, ZHANHE_2017_VALUES } from '@/domain/examples/zhanhe-2017';
import { indexFormat } from '@/domain/format/format-index';
import { checkReport } from '@/domain/rules/engine';
import { problemsOf } from './layout-helpers';

const v = (row: string) => `legacy.${row}.value`;
const values = (rows: Record<string, number>) =>
  Object.fromEntries(Object.entries(rows).map(([row, n]) => [v(row), n]));
const messages = (ruleId: string, rows: Record<string, number>) =>
  problemsOf(LEGACY_2014, values(rows), ruleId).map((p) => p.message);

describe('legacy rules', () => {
  it('has exactly the L rules with their severities', () => {
    const ids = LEGACY_2014.rules.map((r) => `${r.id}:${r.severity}`);
    expect(ids).toEqual([
      'L1:error', 'L2:error', 'L3:error', 'L4:error', 'L5:error', 'L5:error', 'L6:error',
      'L7:warning', 'L7:warning', 'L8:warning', 'L8:warning', 'L8:warning',
    ]);
  });

  it('passes an empty table (blank reads as 0)', () => {
    expect(checkReport(LEGACY_2014, {})).toEqual([]);
  });

  it('L1: 收到申请数 = 当面 + 传真 + 网络 + 信函', () => {
    const parts = { receivedInPerson: 1, receivedFax: 2, receivedOnline: 3, receivedLetter: 4 };
    expect(messages('L1', { applicationsReceived: 10, ...parts })).toEqual([]);
    expect(messages('L1', { applicationsReceived: 11, ...parts })).toEqual([
      '收到申请数（11）应等于 当面申请数 + 传真申请数 + 网络申请数 + 信函申请数（10），相差 1',
    ]);
  });

  it('L2: 申请办结数 = 按时 + 延期', () => {
    expect(messages('L2', { applicationsClosed: 5, closedOnTime: 4, closedExtended: 1 })).toEqual([]);
    expect(messages('L2', { applicationsClosed: 8, closedOnTime: 4 })).toEqual([
      '申请办结数（8）应等于 按时办结数 + 延期办结数（4），相差 4',
    ]);
  });

  it('L3: 申请答复数 = items 1–8', () => {
    const items = {
      answeredAlreadyPublic: 1,
      answeredGranted: 1,
      answeredPartly: 1,
      answeredRefused: 1,
      answeredNotThisAgency: 1,
      answeredNotExist: 1,
      answeredAskedToAmend: 1,
      answeredOtherChannel: 1,
    };
    expect(messages('L3', { applicationsAnswered: 8, ...items })).toEqual([]);
    expect(messages('L3', { applicationsAnswered: 7, ...items })).toEqual([
      '申请答复数（7）应等于 第1至8项答复数之和（8），相差 1',
    ]);
  });

  it('L4: 不同意公开答复数 = its 其中 items', () => {
    const reasons = {
      refusedStateSecret: 1,
      refusedTradeSecret: 1,
      refusedPrivacy: 1,
      refusedSecurity: 1,
      refusedNotGovInfo: 1,
      refusedOtherLaw: 1,
    };
    expect(messages('L4', { answeredRefused: 6, ...reasons })).toEqual([]);
    expect(messages('L4', { answeredRefused: 2, refusedPrivacy: 3 })).toEqual([
      '不同意公开答复数（2）应等于 其中6种情形之和（3），相差 1',
    ]);
  });

  it('L5: 行政复议数量 and 行政诉讼数量 each = 维持 + 纠错 + 其他', () => {
    expect(messages('L5', { reviewTotal: 3, reviewUpheld: 1, reviewCorrected: 1, reviewOther: 1 })).toEqual([]);
    expect(messages('L5', { suitTotal: 2, suitUpheld: 1, suitOther: 1 })).toEqual([]);
    expect(messages('L5', { reviewTotal: 3, reviewUpheld: 1, suitTotal: 1, suitCorrected: 3 })).toEqual([
      '行政复议数量（3）应等于 维持 + 纠错 + 其他情形（1），相差 2',
      '行政诉讼数量（1）应等于 维持（驳回） + 纠错 + 其他情形（3），相差 2',
    ]);
  });

  it('L6: 从事政府信息公开工作人员数 = 专职 + 兼职', () => {
    expect(messages('L6', { staffTotal: 5, staffFullTime: 2, staffPartTime: 3 })).toEqual([]);
    expect(messages('L6', { staffTotal: 5, staffFullTime: 2 })).toEqual([
      '从事政府信息公开工作人员数（5）应等于 专职人员数 + 兼职人员数（2），相差 3',
    ]);
  });

  it('L7: 收到申请数 = 申请答复数 and = 申请办结数, as explainable warnings with distinct keys', () => {
    expect(messages('L7', { applicationsReceived: 4, applicationsAnswered: 4, applicationsClosed: 4 })).toEqual([]);
    const problems = problemsOf(
      LEGACY_2014,
      values({ applicationsReceived: 9, applicationsAnswered: 7, applicationsClosed: 8 }),
      'L7',
    );
    expect(problems.map((p) => [p.severity, p.explainable])).toEqual([
      ['warning', true],
      ['warning', true],
    ]);
    expect(new Set(problems.map((p) => p.key)).size).toBe(2);
    expect(problems[0]?.message).toMatch(/^答复情况：收到申请数（9）应等于 申请答复数（7），相差 2。/);
    expect(problems[1]?.message).toMatch(/^办结情况：收到申请数（9）应等于 申请办结数（8），相差 1。/);
    expect(problems[1]?.message).toContain('年底尚未办结');
  });

  it('L8: 其中 rows are at most their parent', () => {
    const ok = {
      proactiveTotal: 10,
      proactiveNormativeDocs: 10,
      pressConferences: 3,
      pressConferencesByLeaders: 1,
      onlineInterviews: 2,
      onlineInterviewsByLeaders: 2,
    };
    expect(messages('L8', ok)).toEqual([]);
    const bad = problemsOf(
      LEGACY_2014,
      values({
        proactiveTotal: 10,
        proactiveNormativeDocs: 11,
        pressConferencesByLeaders: 1,
        onlineInterviewsByLeaders: 2,
      }),
      'L8',
    );
    expect(bad.map((p) => p.message.split('。')[0])).toEqual([
      '主动公开规范性文件数（11）不应大于 主动公开政府信息数（10），超出 1',
      '主要负责同志参加新闻发布会次数（1）不应大于 参加或举办新闻发布会总次数（0），超出 1',
      '主要负责同志参加政府网站在线访谈次数（2）不应大于 政府网站在线访谈次数（0），超出 2',
    ]);
    expect(bad.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('S4 applies to legacy cells: money may have decimals, counts may not', () => {
    expect(checkReport(LEGACY_2014, values({ fees: 0.0125, specialFunds: 3.5 }))).toEqual([]);
    expect(checkReport(LEGACY_2014, values({ trainees: 2.5 })).map((p) => p.message)).toEqual([
      '接受培训人员数：“2.5”不是整数',
    ]);
  });
});

describe('the example report (湛河区 2017) in the legacy table', () => {
  const problems = checkReport(LEGACY_2014, ZHANHE_2017_VALUES);

  it('holds only fields of the legacy format, exactly the figures the text gives', () => {
    const fields = indexFormat(LEGACY_2014).field;
    expect(Object.keys(ZHANHE_2017_VALUES).filter((k) => !fields.has(k))).toEqual([]);
    expect(Object.keys(ZHANHE_2017_VALUES)).toHaveLength(17);
    expect(ZHANHE_2017_VALUES[v('receivedInPerson')]).toBeUndefined();
    expect(ZHANHE_2017_VALUES[v('answeredRefused')]).toBeUndefined();
    expect(ZHANHE_2017.formatId).toBe(LEGACY_2014.id);
  });

  it('passes L2, L5 (复议 and 诉讼) and L7', () => {
    for (const id of ['L2', 'L5', 'L7', 'L4', 'L6', 'L8', 'S4']) {
      expect([id, problems.filter((p) => p.ruleId === id)]).toEqual([id, []]);
    }
  });

  it('fails L1 by 9 (no channel split) and L3 by 8 (the 8 refusals are not divided), and nothing else', () => {
    expect(problems.map((p) => [p.ruleId, p.message])).toEqual([
      ['L1', '收到申请数（9）应等于 当面申请数 + 传真申请数 + 网络申请数 + 信函申请数（0），相差 9'],
      ['L3', '申请答复数（9）应等于 第1至8项答复数之和（1），相差 8'],
    ]);
  });
});
