/** The legacy 《政府信息公开情况统计表》 (2014–2018): printed lines, units and value cells. */
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { indexFormat } from '@/domain/format/format-index';
import { labelAt, tableOf } from './layout-helpers';

const table = tableOf(LEGACY_2014, 'legacy');
const field = (row: string) => indexFormat(LEGACY_2014).field.get(`legacy.${row}.value`);

/** [printed label, unit (null for a heading line), row key] in printed order, from the format document. */
const LINES: readonly [string, string | null, string?][] = [
  ['一、主动公开情况', null],
  ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', 'proactiveTotal'],
  ['其中：主动公开规范性文件数', '条', 'proactiveNormativeDocs'],
  ['制发规范性文件总数', '件', 'normativeDocsIssued'],
  ['（二）通过不同渠道和方式公开政府信息的情况', null],
  ['1.政府公报公开政府信息数', '条', 'channelGazette'],
  ['2.政府网站公开政府信息数', '条', 'channelWebsite'],
  ['3.政务微博公开政府信息数', '条', 'channelWeibo'],
  ['4.政务微信公开政府信息数', '条', 'channelWechat'],
  ['5.其他方式公开政府信息数', '条', 'channelOther'],
  ['二、回应解读情况', null],
  ['（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', 'hotTopicsResponded'],
  ['（二）通过不同渠道和方式回应解读的情况', null],
  ['1.参加或举办新闻发布会总次数', '次', 'pressConferences'],
  ['其中：主要负责同志参加新闻发布会次数', '次', 'pressConferencesByLeaders'],
  ['2.政府网站在线访谈次数', '次', 'onlineInterviews'],
  ['其中：主要负责同志参加政府网站在线访谈次数', '次', 'onlineInterviewsByLeaders'],
  ['3.政策解读稿件发布数', '篇', 'policyInterpretations'],
  ['4.微博微信回应事件数', '次', 'socialMediaResponses'],
  ['5.其他方式回应事件数', '次', 'otherResponses'],
  ['三、依申请公开情况', null],
  ['（一）收到申请数', '件', 'applicationsReceived'],
  ['1.当面申请数', '件', 'receivedInPerson'],
  ['2.传真申请数', '件', 'receivedFax'],
  ['3.网络申请数', '件', 'receivedOnline'],
  ['4.信函申请数', '件', 'receivedLetter'],
  ['（二）申请办结数', '件', 'applicationsClosed'],
  ['1.按时办结数', '件', 'closedOnTime'],
  ['2.延期办结数', '件', 'closedExtended'],
  ['（三）申请答复数', '件', 'applicationsAnswered'],
  ['1.属于已主动公开范围数', '件', 'answeredAlreadyPublic'],
  ['2.同意公开答复数', '件', 'answeredGranted'],
  ['3.同意部分公开答复数', '件', 'answeredPartly'],
  ['4.不同意公开答复数', '件', 'answeredRefused'],
  ['其中：涉及国家秘密', '件', 'refusedStateSecret'],
  ['涉及商业秘密', '件', 'refusedTradeSecret'],
  ['涉及个人隐私', '件', 'refusedPrivacy'],
  ['危及国家安全、公共安全、经济安全和社会稳定', '件', 'refusedSecurity'],
  ['不是《条例》所指政府信息', '件', 'refusedNotGovInfo'],
  ['法律法规规定的其他情形', '件', 'refusedOtherLaw'],
  ['5.不属于本行政机关公开数', '件', 'answeredNotThisAgency'],
  ['6.申请信息不存在数', '件', 'answeredNotExist'],
  ['7.告知作出更改补充数', '件', 'answeredAskedToAmend'],
  ['8.告知通过其他途径办理数', '件', 'answeredOtherChannel'],
  ['四、行政复议数量', '件', 'reviewTotal'],
  ['（一）维持具体行政行为数', '件', 'reviewUpheld'],
  ['（二）被依法纠错数', '件', 'reviewCorrected'],
  ['（三）其他情形数', '件', 'reviewOther'],
  ['五、行政诉讼数量', '件', 'suitTotal'],
  ['（一）维持具体行政行为或者驳回原告诉讼请求数', '件', 'suitUpheld'],
  ['（二）被依法纠错数', '件', 'suitCorrected'],
  ['（三）其他情形数', '件', 'suitOther'],
  ['六、举报投诉数量', '件', 'complaints'],
  ['七、依申请公开信息收取的费用', '万元', 'fees'],
  ['八、机构建设和保障经费情况', null],
  ['（一）政府信息公开工作专门机构数', '个', 'dedicatedOffices'],
  ['（二）设置政府信息公开查阅点数', '个', 'readingPoints'],
  ['（三）从事政府信息公开工作人员数', '人', 'staffTotal'],
  ['1.专职人员数（不包括政府公报及政府网站工作人员数）', '人', 'staffFullTime'],
  ['2.兼职人员数', '人', 'staffPartTime'],
  ['（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元', 'specialFunds'],
  ['九、政府信息公开会议和培训情况', null],
  ['（一）召开政府信息公开工作会议或专题会议数', '次', 'meetings'],
  ['（二）举办各类培训班数', '次', 'trainingCourses'],
  ['（三）接受培训人员数', '人次', 'trainees'],
];

describe('legacy table', () => {
  it('is one portrait table of 统计指标 | 单位 | 统计数 with one header row', () => {
    expect(LEGACY_2014.tables).toHaveLength(1);
    expect([labelAt(table, 'A1'), labelAt(table, 'B1'), labelAt(table, 'C1')]).toEqual(['统计指标', '单位', '统计数']);
    expect(table.cells.filter((c) => c.r === 0).every((c) => c.header)).toBe(true);
    expect([table.colCount, table.headerRows, table.landscape]).toEqual([3, 1, false]);
    expect(table.rowCount).toBe(LINES.length + 1);
  });

  it('prints every line in order with its unit, and a value cell only on value lines', () => {
    LINES.forEach(([label, unit, key], i) => {
      const row = i + 2;
      expect([row, labelAt(table, `A${row}`)]).toEqual([row, label]);
      expect([row, labelAt(table, `B${row}`) ?? null]).toEqual([row, unit]);
      const cell = table.cells.find((c) => c.r === row - 1 && c.c === 2);
      expect([row, cell?.field]).toEqual([row, key ? `legacy.${key}.value` : undefined]);
    });
  });

  it('has one input field per value line, units as printed, money only for the two 万元 lines', () => {
    const valueLines = LINES.filter(([, unit]) => unit !== null);
    expect(LEGACY_2014.fields).toHaveLength(valueLines.length);
    for (const [, unit, key] of valueLines) {
      const def = field(key ?? '');
      expect([key, def?.unit, def?.kind, def?.sumOf]).toEqual([
        key,
        unit,
        unit === '万元' ? 'money' : 'count',
        undefined,
      ]);
    }
    expect(LEGACY_2014.fields.filter((f) => f.kind === 'money').map((f) => f.row)).toEqual(['fees', 'specialFunds']);
  });

  it('names rows by their groups and gives readable short names', () => {
    expect(field('reviewCorrected')?.rowLabels).toEqual(['四、行政复议数量', '（二）被依法纠错数']);
    expect(field('receivedFax')?.rowLabels).toEqual(['三、依申请公开情况', '（一）收到申请数', '2.传真申请数']);
    expect(field('refusedPrivacy')?.rowLabels).toEqual([
      '三、依申请公开情况',
      '（三）申请答复数',
      '4.不同意公开答复数',
      '涉及个人隐私',
    ]);
    expect(field('applicationsReceived')?.short).toBe('收到申请数');
    expect(field('reviewCorrected')?.short).toBe('行政复议被依法纠错数');
    expect(field('suitCorrected')?.short).toBe('行政诉讼被依法纠错数');
    expect(field('receivedInPerson')?.short).toBe('当面申请数');
    expect(field('proactiveNormativeDocs')?.short).toBe('主动公开规范性文件数');
    expect(field('channelGazette')?.short).toBe('政府公报公开政府信息数');
    expect(field('staffTotal')?.colLabels).toEqual([]);
  });

  it('is the registered national format for 2014–2018', () => {
    expect(LEGACY_2014).toMatchObject({ id: 'national-legacy', variant: 'national', years: { from: 2014, to: 2018 } });
  });
});
