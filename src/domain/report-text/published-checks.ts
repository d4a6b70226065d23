/**
 * The checks a reviewer runs on a published report: T1/T2 of the report text page (figures and statements of
 * none against the tables, with the wider phrasings of `PUBLISHED_QUANTITIES`), and the report's structure
 * (T4 a section missing or saying only 无, T5 section 六 silent on 信息处理费, T6 section 一 silent on 工作考核、
 * 社会评议和责任追究; T5 and T6 for the 2021 edition, which asks for both). The report text page runs the same
 * function, so a clerk's draft and an office's review cannot disagree. All warnings: a clerk may explain.
 */
import type { FormatDef, Severity, Values } from '../format/types';
import { PUBLISHED_QUANTITIES } from './published-quantities';
import { normaliseText, splitSections, type TextSection } from './sections';
import { checkReportText, type TextProblem } from './text-checks';
import { TEXT_QUANTITIES } from './text-quantities';

export interface TextFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** 1–6 for 一、–六、, 0 for the text before 一、. */
  section?: number;
  /** The sentence as the report writes it. */
  quote?: string;
  /** The tables' figure the sentence is compared with. */
  figure?: number;
}

export const SECTION_NAMES = ['开头', '第一部分', '第二部分', '第三部分', '第四部分', '第五部分', '第六部分'];

/** What each section's heading is about, by edition; any heading with the numeral and one of the words counts. */
const EDITION_2019: readonly (readonly [string, RegExp])[] = [
  ['一、总体情况', /总体|概述|概况/],
  ['二、主动公开政府信息情况', /主动公开/],
  ['三、收到和处理政府信息公开申请情况', /申请/],
  ['四、政府信息公开行政复议、行政诉讼情况', /复议|诉讼/],
  ['五、存在的主要问题及改进情况', /问题|改进/],
  ['六、其他需要报告的事项', /其他/],
];
/** 2014–2018 reports had five sections (一 概述 … 五 问题和改进); a 六 is optional. */
const EDITION_LEGACY = EDITION_2019.slice(0, 5);

const ALL_QUANTITIES = [...TEXT_QUANTITIES, ...PUBLISHED_QUANTITIES];
/** A section that says nothing: blank, or only 无 / 暂无 / 没有 with punctuation. */
const SAYS_NOTHING = /^[\s\p{P}]*(?:无|暂无|没有|无其他|略)?[\s\p{P}]*$/u;
const FEE = /信息处理费/;
const OVERSIGHT = ['工作考核', '社会评议', '责任追究'];

export function checkPublishedText(format: FormatDef, values: Values, text: string): TextFinding[] {
  const sections = splitSections(normaliseText(text));
  const figures = textFigureProblems(format, values, text).map(fromProblem);
  // T2 already asks section 六 about the fee when unpaid-fee applications exist: T5 would say it twice.
  const structure = structureFindings(format, sections).filter(
    (f) => f.rule !== 'T5' || !figures.some((g) => g.rule === 'T2'),
  );
  return [...figures, ...structure];
}

/**
 * T1 and T2 with every known phrasing: what the report text page shows for a clerk's own text, and the figure
 * half of a published report's findings. A sentence read by two phrasings of one quantity is one problem.
 */
export function textFigureProblems(format: FormatDef, values: Values, text: string): TextProblem[] {
  const seen = new Set<string>();
  return checkReportText(format, values, text, ALL_QUANTITIES).filter((p) => {
    const id = `${p.ruleId}:${p.section ?? ''}:${p.quote ?? p.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function fromProblem(p: TextProblem): TextFinding {
  const f: TextFinding = { rule: p.ruleId, severity: p.severity, message: p.message };
  if (p.section !== undefined) f.section = p.section;
  if (p.quote !== undefined) f.quote = p.quote;
  if (p.figure !== undefined) f.figure = p.figure;
  return f;
}

function structureFindings(format: FormatDef, sections: readonly TextSection[]): TextFinding[] {
  const legacy = format.years.to !== undefined && format.years.to < 2019;
  const edition = legacy ? EDITION_LEGACY : EDITION_2019;
  const out: TextFinding[] = [];
  edition.forEach(([heading, about], i) => {
    const number = i + 1;
    const found = sections.find((s) => s.number === number);
    if (!found || !about.test(found.heading)) {
      out.push(warn('T4', `缺少“${heading}”一节（或标题不符合格式要求）`, number));
    } else if (number < 6 && SAYS_NOTHING.test(found.body)) {
      const body = found.body.trim();
      out.push({
        ...warn(
          'T4',
          `${SECTION_NAMES[number]}“${found.heading}”${body ? `只写了“${body}”` : '没有内容'}，应如实填写`,
          number,
        ),
        ...(body ? { quote: body } : {}),
      });
    }
  });
  if (format.years.from >= 2021) out.push(...edition2021Findings(sections));
  return out;
}

function edition2021Findings(sections: readonly TextSection[]): TextFinding[] {
  const out: TextFinding[] = [];
  const sixth = sections.find((s) => s.number === 6);
  if (sixth && !FEE.test(sixth.body)) {
    out.push(warn('T5', '第六部分没有说明是否收取信息处理费（未收取也应写明）', 6));
  }
  const first = sections.find((s) => s.number === 1);
  const missing = OVERSIGHT.filter((w) => !first?.body.includes(w));
  if (first && missing.length > 0) {
    out.push(warn('T6', `第一部分“总体情况”没有写到${missing.map((w) => `“${w}”`).join('、')}情况`, 1));
  }
  return out;
}

function warn(rule: string, message: string, section: number): TextFinding {
  return { rule, severity: 'warning', message, section };
}
