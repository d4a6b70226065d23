/** The result groups （一）–（五） of Table 三, printed alike in the 2019 trial and 2021 formats. */
import type { ResultGroup } from './applications-table';

export const RESULT_GROUPS_BEFORE_OTHER: readonly ResultGroup[] = [
  { key: 'disclosed', label: '（一）予以公开' },
  {
    key: 'partlyDisclosed',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    short: '（二）部分公开',
  },
  {
    label: '（三）不予公开',
    rows: [
      { key: 'refusedSecret', label: '1.属于国家秘密' },
      { key: 'refusedLawForbids', label: '2.其他法律行政法规禁止公开' },
      { key: 'refusedThreeSafety', label: '3.危及“三安全一稳定”' },
      { key: 'refusedThirdParty', label: '4.保护第三方合法权益' },
      { key: 'refusedInternal', label: '5.属于三类内部事务信息' },
      { key: 'refusedProcess', label: '6.属于四类过程性信息' },
      { key: 'refusedEnforcementFile', label: '7.属于行政执法案卷' },
      { key: 'refusedQuery', label: '8.属于行政查询事项' },
    ],
  },
  {
    label: '（四）无法提供',
    rows: [
      { key: 'unableNotHeld', label: '1.本机关不掌握相关政府信息' },
      { key: 'unableNeedsCreation', label: '2.没有现成信息需要另行制作' },
      { key: 'unableUnclear', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    label: '（五）不予处理',
    rows: [
      { key: 'notHandledPetition', label: '1.信访举报投诉类申请' },
      { key: 'notHandledRepeat', label: '2.重复申请' },
      { key: 'notHandledPublication', label: '3.要求提供公开出版物' },
      { key: 'notHandledMassRepeat', label: '4.无正当理由大量反复申请' },
      { key: 'notHandledConfirm', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
];
