/**
 * The roles shared by the 2019 trial and 2021 formats (same Tables 三 and 四, Table 二 with 许可/处罚 decisions),
 * and the edition maps: how last year's rows of an older edition land on this year's.
 */
import { fieldKey } from '../format/field-key';
import type { AppealRoles, ApplicationRoles, FieldKey, FormatRoles } from '../format/types';
import { LEGACY_TABLE } from './legacy-rules';

type Pairs = readonly (readonly [from: FieldKey, to: FieldKey])[];

export function nationalRoles(
  applications: ApplicationRoles,
  appeals: AppealRoles,
  fromEdition: FormatRoles['fromEdition'],
  normativeDocsIssued: FieldKey,
): FormatRoles {
  return {
    applications,
    appeals,
    figures: {
      received: [applications.received.total],
      carriedIn: [applications.carriedIn.total],
      handled: [applications.resultTotal.total],
      carriedOut: [applications.carriedOut.total],
      review: [appeals.review.total],
      suits: [appeals.suitDirect.total, appeals.suitAfterReview.total],
      licensing: [fieldKey('t2', 'licensing', 'decisions')],
      penalty: [fieldKey('t2', 'penalty', 'decisions')],
      proactive: null,
      proactiveNormativeDocs: null,
      normativeDocsIssued: [normativeDocsIssued],
    },
    proactiveTable: 't2',
    fromEdition,
  };
}

const legacy = (row: string) => fieldKey(LEGACY_TABLE, row, 'value');

/**
 * Legacy (2014–2018) rows with a counterpart in Tables 三 and 四 from 2019 on. Left out: legacy 诉讼 is not split
 * into 直接起诉 / 复议后起诉 (only its total compares, as a figure), and 答复 categories without a result row
 * (属于已主动公开范围, 告知作出更改补充 …). Several answers may feed one result row (they are summed).
 */
export const LEGACY_TO_TABLES_THREE_FOUR: Pairs = [
  [legacy('applicationsReceived'), 't3.received.total'],
  [legacy('answeredGranted'), 't3.disclosed.total'],
  [legacy('answeredPartly'), 't3.partlyDisclosed.total'],
  [legacy('refusedStateSecret'), 't3.refusedSecret.total'],
  [legacy('refusedSecurity'), 't3.refusedThreeSafety.total'],
  [legacy('answeredNotThisAgency'), 't3.unableNotHeld.total'],
  [legacy('answeredNotExist'), 't3.unableNotHeld.total'],
  [legacy('reviewTotal'), 't4.review.total'],
  [legacy('reviewUpheld'), 't4.review.upheld'],
  [legacy('reviewCorrected'), 't4.review.corrected'],
  [legacy('reviewOther'), 't4.review.other'],
];

/** Legacy 制发规范性文件总数 is the 2021 本年制发件数 of 行政规范性文件 (the 2019 table counts 新制作 instead). */
export const LEGACY_TO_2021: Pairs = [
  ...LEGACY_TO_TABLES_THREE_FOUR,
  [legacy('normativeDocsIssued'), 't2.normativeDocs.issued'],
];

/**
 * 2019 → 2021: Tables 三 and 四 keep their keys; 本年新制作数量 is 本年制发件数. No counterpart: （六）其他处理 (2021
 * splits it in three, none alone comparable), 对外公开总数量 / 上一年项目数量 / 本年增/减 and 政府集中采购.
 */
export const TRIAL_TO_2021: Pairs = [
  ['t2.regulations.newlyMade', 't2.regulations.issued'],
  ['t2.normativeDocs.newlyMade', 't2.normativeDocs.issued'],
];
