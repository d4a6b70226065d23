/** A unit's open problems as its report page shows them (same rules, same context), for the 退回修改 list. */
import type { UnitKind, Values } from '@/domain/format/types';
import { formatById } from '@/domain/formats/registry';
import { checkCompletion } from '@/domain/rules/completion';
import { TABLE_PROBLEMS, problemsOf, reportContext } from '@/domain/rules/problems-of';
import type { Problem } from '@/domain/rules/problem';

export interface ReportForCheck {
  formatId: string;
  values: Values;
  stated?: Values;
  explanations: Readonly<Record<string, string>>;
}

/** Problems not yet fixed or explained, plus a line for blank cells (they block 已完成 too). */
export function openProblemsOf(
  report: ReportForCheck,
  prior: Pick<ReportForCheck, 'formatId' | 'values'> | undefined,
  unitKind: UnitKind,
): { problems: Problem[]; blank: number } | undefined {
  const format = formatById(report.formatId);
  if (!format) return undefined;
  const problems = problemsOf(
    { format, values: report.values, stated: report.stated },
    reportContext(unitKind, prior),
    TABLE_PROBLEMS,
  );
  const completion = checkCompletion(format, report.values, problems, report.explanations);
  return { problems: [...completion.openErrors, ...completion.openWarnings], blank: completion.blankInputs };
}

/** The blank cells as one more item of the list, so a unit that stopped half-way is told so. */
export function blankProblem(blank: number): Problem[] {
  if (blank === 0) return [];
  return [
    {
      key: 'blank',
      ruleId: 'blank',
      severity: 'error',
      explainable: false,
      cells: [],
      message: `还有 ${blank} 个单元格未填写（没有数据的请填 0）`,
    },
  ];
}
