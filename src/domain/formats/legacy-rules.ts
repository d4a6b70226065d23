/**
 * Rules L1–L8 of the legacy table as data. Blank reads as 0, so a parent filled without its parts fails the
 * equalities: the old table asked for both, and a consolidating office needs the parts.
 */
import { fieldKey } from '../format/field-key';
import type { RuleDef, Term } from '../format/types';

export const LEGACY_TABLE = 'legacy';

const v = (row: string): Term => ({ field: fieldKey(LEGACY_TABLE, row, 'value') });

const equal = (id: string, total: string, parts: readonly string[], extra: Partial<RuleDef> = {}): RuleDef => ({
  id,
  severity: 'error',
  compare: 'equal',
  left: [v(total)],
  right: parts.map(v),
  ...extra,
});

const atMost = (part: string, whole: string): RuleDef => ({
  id: 'L8',
  severity: 'warning',
  compare: 'atMost',
  left: [v(part)],
  right: [v(whole)],
  hint: '“其中”项是总数的一部分，请核实是否填反或漏填',
});

const OPEN_AT_YEAR_END =
  '传统统计表没有结转行，差额通常是年底尚未办结的申请，请核实；如属实请填写说明';

export function legacyRules(): RuleDef[] {
  return [
    equal('L1', 'applicationsReceived', ['receivedInPerson', 'receivedFax', 'receivedOnline', 'receivedLetter']),
    equal('L2', 'applicationsClosed', ['closedOnTime', 'closedExtended']),
    equal(
      'L3',
      'applicationsAnswered',
      [
        'answeredAlreadyPublic',
        'answeredGranted',
        'answeredPartly',
        'answeredRefused',
        'answeredNotThisAgency',
        'answeredNotExist',
        'answeredAskedToAmend',
        'answeredOtherChannel',
      ],
      { rightLabel: '第1至8项答复数之和' },
    ),
    equal(
      'L4',
      'answeredRefused',
      ['refusedStateSecret', 'refusedTradeSecret', 'refusedPrivacy', 'refusedSecurity', 'refusedNotGovInfo',
        'refusedOtherLaw'],
      { rightLabel: '其中6种情形之和' },
    ),
    equal('L5', 'reviewTotal', ['reviewUpheld', 'reviewCorrected', 'reviewOther'], {
      rightLabel: '维持 + 纠错 + 其他情形',
    }),
    equal('L5', 'suitTotal', ['suitUpheld', 'suitCorrected', 'suitOther'], {
      rightLabel: '维持（驳回） + 纠错 + 其他情形',
    }),
    equal('L6', 'staffTotal', ['staffFullTime', 'staffPartTime']),
    // Two rules with the same left side: the scope keeps their problem keys (and explanations) apart.
    {
      ...equal('L7', 'applicationsReceived', ['applicationsAnswered']),
      severity: 'warning',
      scope: '答复情况',
      hint: OPEN_AT_YEAR_END,
    },
    {
      ...equal('L7', 'applicationsReceived', ['applicationsClosed']),
      severity: 'warning',
      scope: '办结情况',
      hint: OPEN_AT_YEAR_END,
    },
    atMost('proactiveNormativeDocs', 'proactiveTotal'),
    atMost('pressConferencesByLeaders', 'pressConferences'),
    atMost('onlineInterviewsByLeaders', 'onlineInterviews'),
  ];
}
