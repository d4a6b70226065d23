/**
 * The figures of 《湛河区 2017 年政府信息公开工作年度报告》 (平顶山市湛河区), a 全区 report written against
 * the legacy table. The report prints no table: only the figures its prose states are here, each with the
 * sentence it comes from. Every other cell stays blank, including the channel split of the 9 applications
 * and the division of the 8 answers that were not 同意公开, which the text does not give. So L1 (收到申请数
 * vs its channels) and L3 (申请答复数 vs its items) fail on these values, as they should.
 */
import type { UnitKind, Values } from '../format/types';

const v = (row: string) => `legacy.${row}.value`;

export const ZHANHE_2017_VALUES: Values = {
  // 二（二）："区政府 2017 年度主动公开各类政府信息共计 3452 条"
  [v('proactiveTotal')]: 3452,
  // 同句："主动公开规范性文件 11 件（占本年度制发规范性文件总数的 100%）"
  [v('proactiveNormativeDocs')]: 11,
  [v('normativeDocsIssued')]: 11,
  // 三："2017年受理依申请公开9件"
  [v('applicationsReceived')]: 9,
  // 同段：9 件 "均已按期办结"，即办结 9 件、按时 9 件、延期 0 件
  [v('applicationsClosed')]: 9,
  [v('closedOnTime')]: 9,
  [v('closedExtended')]: 0,
  // 同段："其中同意公开答复1件，因涉及个人隐私……等情况8件"：答复 1 + 8 = 9 件
  [v('applicationsAnswered')]: 9,
  [v('answeredGranted')]: 1,
  // 四："收到行政复议案件5件，其中维持具体行政行为2件，依法纠错2件，驳回1件"（驳回计入其他情形）
  [v('reviewTotal')]: 5,
  [v('reviewUpheld')]: 2,
  [v('reviewCorrected')]: 2,
  [v('reviewOther')]: 1,
  // 同段："收到行政诉讼案件2件，其中维持具体行政行为0件，依法纠错0件，其它情形2件"
  [v('suitTotal')]: 2,
  [v('suitUpheld')]: 0,
  [v('suitCorrected')]: 0,
  [v('suitOther')]: 2,
};

export const ZHANHE_2017 = {
  unitName: '平顶山市湛河区',
  /** A 全区 report: the figures belong to the area total, not to one unit. */
  unitKind: '区域汇总' as UnitKind,
  year: 2017,
  formatId: 'national-legacy',
  values: ZHANHE_2017_VALUES,
  /**
   * The report also says "本年度，我区无公民、法人依申请公开事项", contradicting its 9 applications: the
   * text/table conflict T1 is meant to catch.
   */
  contradictingSentence: '本年度，我区无公民、法人依申请公开事项',
} as const;
