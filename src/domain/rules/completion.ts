/**
 * The blocking policy of spec section 4: what stops a report from being marked 已完成. Export is never
 * blocked; the caller warns before writing a file with open errors.
 */
import { indexFormat } from '../format/format-index';
import type { FormatDef, Values } from '../format/types';
import type { Problem } from './problem';

export interface CompletionCheck {
  canComplete: boolean;
  blankInputs: number;
  /** Errors that must be fixed (not explainable), and explainable ones not yet explained. */
  openErrors: readonly Problem[];
  /** Warnings not yet explained. */
  openWarnings: readonly Problem[];
  /** Chinese sentences saying what stands in the way, empty when nothing does. */
  reasons: readonly string[];
}

/** `explanations` maps a problem key to the clerk's note; an empty note explains nothing. */
export function checkCompletion(
  format: FormatDef,
  values: Values,
  problems: readonly Problem[],
  explanations: Readonly<Record<string, string>>,
): CompletionCheck {
  const explained = (p: Problem) => p.explainable && (explanations[p.key]?.trim() ?? '') !== '';
  const blankInputs = indexFormat(format).inputs.filter((f) => values[f.key] === null || values[f.key] === undefined).length;
  const openErrors = problems.filter((p) => p.severity === 'error' && !explained(p));
  const openWarnings = problems.filter((p) => p.severity === 'warning' && !explained(p));
  const reasons: string[] = [];
  if (blankInputs > 0) reasons.push(`还有 ${blankInputs} 个单元格未填写（无数据请填 0，可用“本表空白填 0”）`);
  if (openErrors.length > 0) reasons.push(`还有 ${openErrors.length} 个错误需要修改`);
  if (openWarnings.length > 0) reasons.push(`还有 ${openWarnings.length} 个警告需要核实并填写说明`);
  return { canComplete: reasons.length === 0, blankInputs, openErrors, openWarnings, reasons };
}
