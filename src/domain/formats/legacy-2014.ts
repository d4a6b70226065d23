/**
 * 《政府信息公开情况统计表》 (国办发〔2014〕32号): data years 2014–2018. One table of printed lines, each
 * `统计指标 | 单位 | 统计数`. Parent rows (收到申请数, 行政复议数量 …) are inputs, not computed: legacy files
 * printed them by hand, and the L rules check them against their parts.
 */
import { fieldKey } from '../format/field-key';
import type { FieldDef, FormatDef, LayoutCell, TableDef, ValueKind } from '../format/types';
import { LEGACY_TABLE, legacyRules } from './legacy-rules';

/** One printed line; a line without `key` is a heading and carries no value. */
interface LegacyLine {
  label: string;
  key?: string;
  unit?: string;
  kind?: ValueKind;
  /** Name in rule messages; defaults to the label without its numbering. */
  short?: string;
  /** Lines printed under this one (indented in the printed table), in order. */
  children?: readonly LegacyLine[];
}

const count = (key: string, label: string, unit: string, short?: string, children?: LegacyLine[]): LegacyLine => ({
  key,
  label,
  unit,
  ...(short ? { short } : {}),
  ...(children ? { children } : {}),
});
const money = (key: string, label: string, short: string): LegacyLine => ({
  key,
  label,
  unit: '万元',
  kind: 'money',
  short,
});
const heading = (label: string, children: LegacyLine[]): LegacyLine => ({ label, children });

const refusedReasons: LegacyLine[] = [
  count('refusedStateSecret', '其中：涉及国家秘密', '件', '不同意公开（涉及国家秘密）'),
  count('refusedTradeSecret', '涉及商业秘密', '件', '不同意公开（涉及商业秘密）'),
  count('refusedPrivacy', '涉及个人隐私', '件', '不同意公开（涉及个人隐私）'),
  count('refusedSecurity', '危及国家安全、公共安全、经济安全和社会稳定', '件', '不同意公开（危及“三安全一稳定”）'),
  count('refusedNotGovInfo', '不是《条例》所指政府信息', '件', '不同意公开（不是《条例》所指政府信息）'),
  count('refusedOtherLaw', '法律法规规定的其他情形', '件', '不同意公开（法律法规规定的其他情形）'),
];

/** The printed lines in order. Rows 1–4 are verified against real tables; the rest follow the spec's wording. */
const LINES: readonly LegacyLine[] = [
  heading('一、主动公开情况', [
    count('proactiveTotal', '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '主动公开政府信息数', [
      count('proactiveNormativeDocs', '其中：主动公开规范性文件数', '条', '主动公开规范性文件数'),
      count('normativeDocsIssued', '制发规范性文件总数', '件'),
    ]),
    heading('（二）通过不同渠道和方式公开政府信息的情况', [
      count('channelGazette', '1.政府公报公开政府信息数', '条'),
      count('channelWebsite', '2.政府网站公开政府信息数', '条'),
      count('channelWeibo', '3.政务微博公开政府信息数', '条'),
      count('channelWechat', '4.政务微信公开政府信息数', '条'),
      count('channelOther', '5.其他方式公开政府信息数', '条'),
    ]),
  ]),
  heading('二、回应解读情况', [
    count('hotTopicsResponded', '（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次',
      '回应公众关注热点或重大舆情数'),
    heading('（二）通过不同渠道和方式回应解读的情况', [
      count('pressConferences', '1.参加或举办新闻发布会总次数', '次', undefined, [
        count('pressConferencesByLeaders', '其中：主要负责同志参加新闻发布会次数', '次', '主要负责同志参加新闻发布会次数'),
      ]),
      count('onlineInterviews', '2.政府网站在线访谈次数', '次', undefined, [
        count('onlineInterviewsByLeaders', '其中：主要负责同志参加政府网站在线访谈次数', '次',
          '主要负责同志参加政府网站在线访谈次数'),
      ]),
      count('policyInterpretations', '3.政策解读稿件发布数', '篇'),
      count('socialMediaResponses', '4.微博微信回应事件数', '次'),
      count('otherResponses', '5.其他方式回应事件数', '次'),
    ]),
  ]),
  heading('三、依申请公开情况', [
    count('applicationsReceived', '（一）收到申请数', '件', undefined, [
      count('receivedInPerson', '1.当面申请数', '件'),
      count('receivedFax', '2.传真申请数', '件'),
      count('receivedOnline', '3.网络申请数', '件'),
      count('receivedLetter', '4.信函申请数', '件'),
    ]),
    count('applicationsClosed', '（二）申请办结数', '件', undefined, [
      count('closedOnTime', '1.按时办结数', '件'),
      count('closedExtended', '2.延期办结数', '件'),
    ]),
    count('applicationsAnswered', '（三）申请答复数', '件', undefined, [
      count('answeredAlreadyPublic', '1.属于已主动公开范围数', '件'),
      count('answeredGranted', '2.同意公开答复数', '件'),
      count('answeredPartly', '3.同意部分公开答复数', '件'),
      count('answeredRefused', '4.不同意公开答复数', '件', undefined, refusedReasons),
      count('answeredNotThisAgency', '5.不属于本行政机关公开数', '件'),
      count('answeredNotExist', '6.申请信息不存在数', '件'),
      count('answeredAskedToAmend', '7.告知作出更改补充数', '件'),
      count('answeredOtherChannel', '8.告知通过其他途径办理数', '件'),
    ]),
  ]),
  count('reviewTotal', '四、行政复议数量', '件', '行政复议数量', [
    count('reviewUpheld', '（一）维持具体行政行为数', '件', '行政复议维持具体行政行为数'),
    count('reviewCorrected', '（二）被依法纠错数', '件', '行政复议被依法纠错数'),
    count('reviewOther', '（三）其他情形数', '件', '行政复议其他情形数'),
  ]),
  count('suitTotal', '五、行政诉讼数量', '件', '行政诉讼数量', [
    count('suitUpheld', '（一）维持具体行政行为或者驳回原告诉讼请求数', '件', '行政诉讼维持具体行政行为或驳回诉讼请求数'),
    count('suitCorrected', '（二）被依法纠错数', '件', '行政诉讼被依法纠错数'),
    count('suitOther', '（三）其他情形数', '件', '行政诉讼其他情形数'),
  ]),
  count('complaints', '六、举报投诉数量', '件', '举报投诉数量'),
  money('fees', '七、依申请公开信息收取的费用', '依申请公开信息收取的费用'),
  heading('八、机构建设和保障经费情况', [
    count('dedicatedOffices', '（一）政府信息公开工作专门机构数', '个', '政府信息公开工作专门机构数'),
    count('readingPoints', '（二）设置政府信息公开查阅点数', '个', '设置政府信息公开查阅点数'),
    count('staffTotal', '（三）从事政府信息公开工作人员数', '人', '从事政府信息公开工作人员数', [
      count('staffFullTime', '1.专职人员数（不包括政府公报及政府网站工作人员数）', '人', '专职人员数'),
      count('staffPartTime', '2.兼职人员数', '人'),
    ]),
    money('specialFunds', '（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）',
      '政府信息公开专项经费'),
  ]),
  heading('九、政府信息公开会议和培训情况', [
    count('meetings', '（一）召开政府信息公开工作会议或专题会议数', '次', '召开政府信息公开工作会议或专题会议数'),
    count('trainingCourses', '（二）举办各类培训班数', '次', '举办各类培训班数'),
    count('trainees', '（三）接受培训人员数', '人次', '接受培训人员数'),
  ]),
];

export const LEGACY_VALUE_COL = 'value';
const HEADER_LABELS = ['统计指标', '单位', '统计数'] as const;

/** `1.`, `（一）`, `一、` and `其中：` are numbering, not part of the name a message should use. */
function plainName(label: string): string {
  return label.replace(/^(其中：|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '');
}

function buildLegacyTable() {
  const cells: LayoutCell[] = HEADER_LABELS.map((label, c) => ({ r: 0, c, label, header: true }));
  const fields: FieldDef[] = [];
  let r = 1;
  const walk = (lines: readonly LegacyLine[], parents: readonly string[]) => {
    for (const line of lines) {
      const rowLabels = [...parents, line.label];
      cells.push({ r, c: 0, label: line.label });
      if (line.key) {
        const key = fieldKey(LEGACY_TABLE, line.key, LEGACY_VALUE_COL);
        if (line.unit) cells.push({ r, c: 1, label: line.unit });
        cells.push({ r, c: 2, field: key });
        fields.push({
          key,
          table: LEGACY_TABLE,
          row: line.key,
          col: LEGACY_VALUE_COL,
          kind: line.kind ?? 'count',
          rowLabels,
          // One value per line: the 统计数 column is not part of the cell's name (messages would repeat it).
          colLabels: [],
          short: line.short ?? plainName(line.label),
          ...(line.unit ? { unit: line.unit } : {}),
        });
      }
      r += 1;
      if (line.children) walk(line.children, rowLabels);
    }
  };
  walk(LINES, []);
  const table: TableDef = {
    key: LEGACY_TABLE,
    heading: '政府信息公开情况统计表',
    rowCount: r,
    colCount: HEADER_LABELS.length,
    cells,
    colWidths: [60, 6, 10],
    headerRows: 1,
    landscape: false,
  };
  return { table, fields };
}

const legacyTable = buildLegacyTable();
const valueOf = (row: string) => fieldKey(LEGACY_TABLE, row, LEGACY_VALUE_COL);

export const LEGACY_2014: FormatDef = {
  id: 'national-legacy',
  name: '2014–2018年《政府信息公开情况统计表》（国办发〔2014〕32号）',
  variant: 'national',
  edition: 'legacy',
  years: { from: 2014, to: 2018 },
  tables: [legacyTable.table],
  fields: legacyTable.fields,
  rules: legacyRules(),
  // No Tables 三/四 and no carry-over: only the printed totals are quoted by meaning.
  roles: {
    applications: null,
    appeals: null,
    figures: {
      received: [valueOf('applicationsReceived')],
      carriedIn: null,
      handled: null,
      carriedOut: null,
      review: [valueOf('reviewTotal')],
      suits: [valueOf('suitTotal')],
      licensing: null,
      penalty: null,
      proactive: [valueOf('proactiveTotal')],
      proactiveNormativeDocs: [valueOf('proactiveNormativeDocs')],
      normativeDocsIssued: [valueOf('normativeDocsIssued')],
    },
    proactiveTable: null,
    fromEdition: {},
  },
};
