/**
 * T1 and T2: the report's prose against its tables. T1 finds every figure the text quotes for a known quantity
 * (and every statement that there was none) and compares it with the table; T2 asks section 六 to mention
 * 信息处理费 when Table 三 shows applications dropped for unpaid fees. Both are warnings (spec §4).
 */
import { figureFields } from '../format/format-roles';
import type { FormatDef, Values } from '../format/types';
import { computeAll } from '../rules/compute';
import type { Problem } from '../rules/problem';
import { normaliseText, splitSections } from './sections';
import { TEXT_QUANTITIES, type TextQuantity } from './text-quantities';

const SECTION_NAMES = ['开头', '第一部分', '第二部分', '第三部分', '第四部分', '第五部分', '第六部分'];

/** A text check's problem, with where it stands: the section (0–6), the sentence as written and the table's figure. */
export interface TextProblem extends Problem {
  section?: number;
  quote?: string;
  figure?: number;
}

export function checkReportText(
  format: FormatDef,
  values: Values,
  text: string,
  quantities: readonly TextQuantity[] = TEXT_QUANTITIES,
): TextProblem[] {
  const table = computeAll(format, values);
  const problems: TextProblem[] = [];
  for (const section of splitSections(normaliseText(text))) {
    for (const sentence of section.body.split(/[。；;！!？?\n]/)) {
      for (const q of quantities) {
        const fields = figureFields(format, q.figure);
        if (!fields) continue;
        const claim = readClaim(sentence, q.quoted, q.none);
        if (!claim) continue;
        const actual = fields.reduce((s, f) => s + (table.get(f) ?? 0), 0);
        if (claim.value === actual) continue;
        const where = SECTION_NAMES[section.number] ?? '';
        problems.push({
          key: `T1:${q.key}:${section.number}:${claim.quote}`,
          ruleId: 'T1',
          severity: 'warning',
          explainable: true,
          cells: fields,
          message: `正文${where}写“${claim.quote}”（${q.name} ${claim.value}），统计表中为 ${actual}，请核对正文与表格`,
          section: section.number,
          quote: sentence.trim(),
          figure: actual,
        });
      }
    }
  }
  return [...problems, ...feeProblems(format, table, text)];
}

interface Claim {
  value: number;
  none: boolean;
  quote: string;
}

function readClaim(sentence: string, quoted: readonly RegExp[], none: readonly RegExp[]): Claim | undefined {
  for (const re of quoted) {
    const m = re.exec(sentence);
    if (m?.[1]) return { value: Number(m[1].replace(/[,，]/g, '')), none: false, quote: clip(sentence, m) };
  }
  for (const re of none) {
    const m = re.exec(sentence);
    if (m) return { value: 0, none: true, quote: clip(sentence, m) };
  }
  return undefined;
}

/** The sentence up to the end of the clause that matched, at most 40 characters, quoting what the clerk wrote. */
function clip(sentence: string, m: RegExpExecArray): string {
  const matchEnd = m.index + m[0].length;
  const clauseEnd = sentence.slice(matchEnd).search(/[，,]/);
  const upTo = sentence.slice(0, clauseEnd < 0 ? sentence.length : matchEnd + clauseEnd).trim();
  return upTo.length > 40 ? `…${upTo.slice(-40)}` : upTo;
}

function feeProblems(format: FormatDef, table: ReadonlyMap<string, number>, text: string): TextProblem[] {
  const feeRow = format.roles.applications?.unpaidFee;
  if (!feeRow) return [];
  const unpaid = table.get(feeRow) ?? 0;
  if (unpaid <= 0) return [];
  const sixth = splitSections(text).find((s) => s.number === 6);
  if (sixth && /信息处理费/.test(sixth.body)) return [];
  return [
    {
      key: 'T2:fees',
      ruleId: 'T2',
      severity: 'warning',
      explainable: true,
      cells: [feeRow],
      section: 6,
      figure: unpaid,
      message: `表三（六）2 有 ${unpaid} 件申请因逾期未缴费不再处理，第六部分应说明信息处理费的收取情况`,
    },
  ];
}
