/**
 * A first draft of the six-section annual report written from the tables, for the clerk to edit. Every figure it
 * quotes comes from the same computed values the tables show, so a fresh draft always passes T1.
 */
import type { AppealRoles, ApplicationRoles, FormatDef, Values } from '../format/types';
import { computeAll } from '../rules/compute';
import { formatNumber } from '../values/money';

export interface DraftSection {
  number: number;
  heading: string;
  text: string;
}

export const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

const FILL = (what: string) => `（请补充：${what}）`;

/** Null for formats without Tables 三 and 四 (the legacy table predates this report structure). */
export function draftReport(format: FormatDef, values: Values, unitName: string, year: number): DraftSection[] | null {
  const { applications, appeals } = format.roles;
  if (!applications || !appeals) return null;
  const v = computeAll(format, values);
  const n = (key: string) => formatNumber(v.get(key) ?? 0);
  const texts = [
    `${year}年，${unitName}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政府信息公开工作。` +
      FILL('主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的工作情况'),
    proactiveText(format, values),
    applicationsText(n, applications),
    appealsText(n, v, appeals),
    FILL('本年度政府信息公开工作存在的主要问题及下一步改进措施'),
    feeText(n, v, applications.unpaidFee),
  ];
  return SECTION_HEADINGS.map((heading, i) => ({ number: i + 1, heading, text: texts[i] ?? '' }));
}

/** Table 二 differs between formats, so it is described from its own labels. */
function proactiveText(format: FormatDef, values: Values): string {
  const v = computeAll(format, values);
  const rows = new Map<string, string[]>();
  for (const f of format.fields) {
    if (f.table !== format.roles.proactiveTable) continue;
    const label = f.rowLabels[f.rowLabels.length - 1] ?? f.row;
    const unit = f.kind === 'money' ? '万元' : '';
    const colLabel = (f.colLabels[0] ?? '').replace(/（单位：万元）/, '');
    const parts = rows.get(label) ?? [];
    parts.push(`${colLabel}${formatNumber(v.get(f.key) ?? 0)}${unit}`);
    rows.set(label, parts);
  }
  const sentences = [...rows].map(([label, parts]) => `${label}：${parts.join('，')}`);
  return `本年度主动公开政府信息情况如下。${sentences.join('；')}。`;
}

function applicationsText(n: (key: string) => string, a: ApplicationRoles): string {
  const [natural, ...legalPersons] = a.received.applicants;
  return (
    `本年度共收到政府信息公开申请${n(a.received.total)}件，上年结转${n(a.carriedIn.total)}件。` +
    `从申请人看，自然人${n(natural ?? '')}件，法人或其他组织` +
    `${sumKeys(n, legalPersons)}件。` +
    `办理结果：予以公开${n(a.disclosed)}件，部分公开${n(a.partlyDisclosed)}件，` +
    `共办结${n(a.resultTotal.total)}件，结转下年度继续办理${n(a.carriedOut.total)}件。`
  );
}

function appealsText(n: (key: string) => string, v: ReadonlyMap<string, number>, a: AppealRoles): string {
  const reviews = v.get(a.review.total) ?? 0;
  const suits = (v.get(a.suitDirect.total) ?? 0) + (v.get(a.suitAfterReview.total) ?? 0);
  const review =
    `因政府信息公开工作被申请行政复议${n(a.review.total)}件，其中结果维持${n(a.review.upheld)}件、` +
    `结果纠正${n(a.review.corrected)}件、其他结果${n(a.review.other)}件、尚未审结${n(a.review.pending)}件。`;
  const suit =
    `被提起行政诉讼${formatNumber(suits)}件，其中未经复议直接起诉${n(a.suitDirect.total)}件、` +
    `复议后起诉${n(a.suitAfterReview.total)}件。`;
  return reviews === 0 && suits === 0 ? '本年度未发生因政府信息公开工作引起的行政复议、行政诉讼。' : `${review}${suit}`;
}

function feeText(n: (key: string) => string, v: ReadonlyMap<string, number>, unpaidFee: string | null): string {
  const unpaid = unpaidFee ? (v.get(unpaidFee) ?? 0) : 0;
  const fee = `本年度收取信息处理费${FILL('金额，单位元；未收取写“0元”')}。`;
  return unpaidFee && unpaid > 0
    ? `${fee}因申请人逾期未按收费通知要求缴纳费用而不再处理的申请${n(unpaidFee)}件。`
    : `${fee}${FILL('其他需要报告的事项；没有请写“无”')}`;
}

function sumKeys(n: (key: string) => string, keys: readonly string[]): string {
  return formatNumber(keys.reduce((s, k) => s + Number(n(k)), 0));
}

/** The draft as plain text, headings on their own lines, as the T1–T3 checks and the clipboard read it. */
export function draftToText(sections: readonly DraftSection[]): string {
  return sections.map((s) => `${s.heading}\n${s.text}`).join('\n');
}
