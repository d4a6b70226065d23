/**
 * How last year's rows line up with this year's when the format changed (legacy 2014–2018 → 2019 trial → 2021).
 * Fields with the same key in both formats correspond as they are (Table 三 and 四 keep their keys from 2019 on);
 * these pairs add the rows whose keys differ but whose meaning is the same. Several source rows may feed one
 * target row (they are summed). Rows not listed have no counterpart and show no prior value:
 * - 2019 （六）其他处理 is one row; 2021 splits it in three, none of which alone is comparable.
 * - 2019 Table 二's 对外公开总数量 / 上一年项目数量 / 本年增/减 and 政府集中采购 have no 2021 counterpart.
 * - legacy 诉讼 is not split into 直接起诉 / 复议后起诉, so only its total compares (with both suits' totals).
 * - legacy 答复 categories that have no 2021 result row (属于已主动公开范围, 告知作出更改补充 …) are left out.
 */
import type { FieldKey } from '../format/types';

export interface RowMapping {
  /** The prior report's format edition (`FormatDef.edition`): every variant of an edition maps alike. */
  fromEdition: string;
  pairs: readonly (readonly [from: FieldKey, to: FieldKey])[];
}

const legacy = (row: string) => `legacy.${row}.value`;

export const ROW_MAPPINGS: readonly RowMapping[] = [
  {
    fromEdition: '2019',
    pairs: [
      ['t2.regulations.newlyMade', 't2.regulations.issued'],
      ['t2.normativeDocs.newlyMade', 't2.normativeDocs.issued'],
    ],
  },
  {
    fromEdition: 'legacy',
    pairs: [
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
      [legacy('normativeDocsIssued'), 't2.normativeDocs.issued'],
    ],
  },
];
