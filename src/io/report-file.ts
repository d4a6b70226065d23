/**
 * The app's own file for one report (JSON): what a unit saves, sends or backs up, and what the command line
 * reads. Every part is checked before use; a refusal says in Chinese what is wrong and what to do.
 */
import { checkFieldValue } from '@/domain/values/read-value';
import { indexFormat } from '@/domain/format/format-index';
import type { FormatDef, UnitKind, Values } from '@/domain/format/types';
import { formatById } from '@/domain/formats/registry';
import { isUnitKind, UNIT_KINDS } from '@/domain/units/unit-kinds';

export const REPORT_FILE_KIND = 'xxgk-report';
export const REPORT_FILE_VERSION = 1;

export interface ReportFile {
  kind: typeof REPORT_FILE_KIND;
  version: typeof REPORT_FILE_VERSION;
  unitName: string;
  unitKind?: UnitKind;
  year: number;
  formatId: string;
  values: Values;
  explanations?: Record<string, string>;
}

export interface ParsedReport extends ReportFile {
  format: FormatDef;
}

export type ParseResult = { ok: true; report: ParsedReport } | { ok: false; reason: string };

/** Lists at most this many offending cells in a message; the rest are counted. */
const LIST_LIMIT = 10;

export function serializeReportFile(report: Omit<ReportFile, 'kind' | 'version'>): string {
  const file: ReportFile = { kind: REPORT_FILE_KIND, version: REPORT_FILE_VERSION, ...report };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseReportFile(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('文件不是有效的 JSON 格式，可能已损坏或不是本工具保存的报表文件。请重新导出后再试。');
  }
  if (!isRecord(data)) return refuse('文件内容不是一份报表。请选择本工具保存的报表文件。');
  if (data.kind !== REPORT_FILE_KIND) {
    return refuse(`文件类型不对（应为“${REPORT_FILE_KIND}”）。请选择本工具保存的报表文件。`);
  }
  if (data.version !== REPORT_FILE_VERSION) {
    return refuse(`文件版本“${shown(data.version)}”不受支持（本工具读取第 ${REPORT_FILE_VERSION} 版）。请升级本工具。`);
  }
  const unitName = typeof data.unitName === 'string' ? data.unitName.trim() : '';
  if (!unitName) return refuse('文件缺少单位名称（unitName）。请在文件中填写单位名称。');
  if (data.unitKind !== undefined && !isUnitKind(data.unitKind)) {
    return refuse(`单位类型“${shown(data.unitKind)}”无法识别，应为：${UNIT_KINDS.join('、')}。`);
  }
  const year = data.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100) {
    return refuse(`年度“${shown(year)}”不是有效的年份（如 2024）。`);
  }
  const format = typeof data.formatId === 'string' ? formatById(data.formatId) : undefined;
  if (!format) return refuse(`报表格式“${shown(data.formatId)}”无法识别，可能来自更新版本的工具。请升级本工具。`);
  const { from, to } = format.years;
  if (year < from || (to !== undefined && year > to)) {
    const span = to === undefined ? `${from} 年及以后` : `${from}–${to} 年`;
    return refuse(`报表格式“${format.name}”适用于 ${span}的数据，与文件中的年度 ${year} 不符。`);
  }
  const values = readValues(data.values, format);
  if (!values.ok) return values;
  const explanations = readExplanations(data.explanations);
  if (explanations === null) return refuse('说明（explanations）应为“问题 → 说明文字”的对应表，文件中的格式不对。');

  const report: ParsedReport = {
    kind: REPORT_FILE_KIND,
    version: REPORT_FILE_VERSION,
    unitName,
    year,
    formatId: format.id,
    values: values.values,
    format,
    ...(data.unitKind !== undefined ? { unitKind: data.unitKind } : {}),
    ...(explanations ? { explanations } : {}),
  };
  return { ok: true, report };
}

function readValues(raw: unknown, format: FormatDef): { ok: true; values: Values } | { ok: false; reason: string } {
  if (!isRecord(raw)) return refuse('文件缺少数值（values），或其格式不对。');
  const { field } = indexFormat(format);
  const unknown: string[] = [];
  const computed: string[] = [];
  const notNumbers: string[] = [];
  const values: Record<string, number | null> = {};
  for (const [key, v] of Object.entries(raw)) {
    const def = field.get(key);
    if (!def) unknown.push(key);
    else if (def.sumOf) computed.push(def.short);
    else if (v === null) values[key] = null;
    else {
      // The same check as typing: kind, sign, integer, size (a file holds numbers, not text such as “5件”).
      const checked = typeof v === 'number' ? checkFieldValue(v, def) : undefined;
      if (checked?.ok) values[key] = checked.value;
      else notNumbers.push(`${def.short}（${checked ? checked.reason : `“${shown(v)}”不是数字`}）`);
    }
  }
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`${unknown.length} 个单元格不属于“${format.name}”：${list(unknown)}`);
  if (computed.length > 0) problems.push(`${computed.length} 个单元格是自动计算的合计，不能填写：${list(computed)}`);
  if (notNumbers.length > 0) problems.push(`${notNumbers.length} 个单元格的值不符合要求：${list(notNumbers)}`);
  if (problems.length > 0) return refuse(`文件中的数值有误。${problems.join('；')}。请改正后再试。`);
  return { ok: true, values };
}

/** `undefined` when absent, `null` when malformed. */
function readExplanations(raw: unknown): Record<string, string> | undefined | null {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) return null;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(raw)) {
    if (typeof v !== 'string') return null;
    out[key] = v;
  }
  return out;
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, LIST_LIMIT).join('、');
  return items.length > LIST_LIMIT ? `${shown} 等` : shown;
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** A value as a clerk would recognise it in a message: text as is, anything else as JSON. */
function shown(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '（空）');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
