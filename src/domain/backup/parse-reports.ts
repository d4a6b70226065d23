/**
 * The reports of a backup file, read into the current model: each report's format must be known and fit its
 * year, values must be numbers, and only the format's input cells are kept. Cells the format does not have
 * (or computed cells stored as input) are listed as dropped, never kept silently.
 */
import { cellName } from '../format/cell-name';
import { indexFormat } from '../format/format-index';
import type { FieldDef, FieldKey, FormatDef } from '../format/types';
import { formatById, formatFor } from '../formats/registry';
import { checkFieldValue } from '../values/read-value';
import { reportKeyOf, type BackupReport, type BackupReportStatus, type BackupUnit } from './backup-shape';
import { isRecord, shown, text, type ParseIssues } from './parse-issues';
import { replacedOf, stampsOf } from './parse-stamps';

/** A value of the file that the current model has no place for. */
export interface DroppedField {
  reportId: string;
  /** `湛河区教育局 2024 年`. */
  report: string;
  field: string;
  value: unknown;
  why: 'unknownField' | 'computedField' | 'inputInStated';
}

/** A value of the file the cell does not accept (kind, sign, integer, size): listed, not restored. */
export interface RefusedValue {
  reportId: string;
  /** `湛河区教育局 2024 年`. */
  report: string;
  field: string;
  /** The cell as rule messages name it. */
  cell: string;
  value: unknown;
  reason: string;
}

const STATUSES: readonly BackupReportStatus[] = ['草稿', '已完成'];

export function parseReports(
  raw: unknown,
  units: readonly BackupUnit[],
  formats: readonly FormatDef[],
  issues: ParseIssues,
  dropped: DroppedField[],
  refused: RefusedValue[] = [],
): BackupReport[] {
  if (!Array.isArray(raw)) {
    issues.refuse('备份文件不完整或已损坏：缺少报表列表。');
    return [];
  }
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const reports: BackupReport[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const report = parseReport(item, index, unitNames, formats, issues, { dropped, refused });
    if (!report) return;
    if (seen.has(report.id)) {
      issues.refuse(
        `备份文件中“${unitNames.get(report.unitId)} ${report.year} 年”的报表出现了两次，文件可能已被改动。`,
      );
      return;
    }
    seen.add(report.id);
    reports.push(report);
  });
  return reports;
}

function parseReport(
  item: unknown,
  index: number,
  unitNames: ReadonlyMap<string, string>,
  formats: readonly FormatDef[],
  issues: ParseIssues,
  left: LeftOut,
): BackupReport | undefined {
  if (!isRecord(item)) {
    issues.refuse(`备份文件中第 ${index + 1} 份报表的内容不完整，文件可能已损坏。`);
    return undefined;
  }
  const unitId = text(item.unitId);
  const year = item.year;
  if (!unitId || typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2200) {
    issues.refuse(`备份文件中第 ${index + 1} 份报表缺少所属单位或年度，文件可能已损坏。`);
    return undefined;
  }
  const unitName = unitNames.get(unitId);
  if (unitName === undefined) {
    issues.refuse(`备份文件中有一份 ${year} 年的报表，其所属单位（编号 ${unitId}）不在文件中，文件可能不完整。`);
    return undefined;
  }
  const label = `${unitName} ${year} 年`;
  // A report written before formats were stored with it is read in the format of its year.
  const formatId = text(item.formatId) ?? formatFor(year, undefined, formats)?.id;
  const format = formatId === undefined ? undefined : formatById(formatId, formats);
  if (!format) {
    issues.refuse(`报表“${label}”使用的格式“${shown(formatId ?? '')}”本工具不认识，请先更新本工具后再恢复。`);
    return undefined;
  }
  if (year < format.years.from || (format.years.to !== undefined && year > format.years.to)) {
    issues.refuse(`报表“${label}”的年度与其格式“${format.name}”不符，文件可能已被改动。`);
    return undefined;
  }
  const id = reportKeyOf(unitId, year);
  const cells = readCells(item.values, format, 'values', { id, label }, issues, left);
  const stated = item.stated === undefined ? {} : readCells(item.stated, format, 'stated', { id, label }, issues, left);
  const status = item.status === undefined ? '草稿' : (item.status as BackupReportStatus);
  if (!STATUSES.includes(status)) issues.refuse(`报表“${label}”的状态“${shown(item.status)}”无法识别。`);
  const report: BackupReport = {
    id,
    unitId,
    year,
    formatId: format.id,
    values: cells,
    explanations: readExplanations(item.explanations, label, issues),
    status,
    rev: typeof item.rev === 'number' && Number.isInteger(item.rev) && item.rev >= 0 ? item.rev : 0,
  };
  if (Object.keys(stated).length > 0) report.stated = stated;
  if (isRecord(item.explanationStamps)) report.explanationStamps = stampsOf(item.explanationStamps);
  if (Array.isArray(item.explanationHistory)) report.explanationHistory = replacedOf(item.explanationHistory);
  return report;
}

/** What a file's reports hold that is not restored: values with no place, values their cell refuses. */
interface LeftOut {
  dropped: DroppedField[];
  refused: RefusedValue[];
}

/**
 * `values` keeps input cells, `stated` keeps computed cells; a blank (null) cell is simply absent. Every value
 * goes through the same check as typing (`checkFieldValue`); a refused one is listed and left out.
 */
function readCells(
  raw: unknown,
  format: FormatDef,
  part: 'values' | 'stated',
  report: { id: string; label: string },
  issues: ParseIssues,
  left: LeftOut,
): Record<FieldKey, number> {
  const out: Record<FieldKey, number> = {};
  if (raw === undefined || raw === null) return out;
  if (!isRecord(raw)) {
    issues.refuse(`报表“${report.label}”的数据不完整，文件可能已损坏。`);
    return out;
  }
  const fields = indexFormat(format).field;
  for (const [key, value] of Object.entries(raw)) {
    const def = fields.get(key);
    if (value === null) continue;
    const why = misplacedBecause(def, part);
    if (why || !def) {
      left.dropped.push({ reportId: report.id, report: report.label, field: key, value, why: why ?? 'unknownField' });
      continue;
    }
    // A number only: text such as “5件” is read when typed, but a backup stores numbers.
    const checked = typeof value === 'number' ? checkFieldValue(value, def) : undefined;
    if (!checked?.ok || checked.value === null) {
      const reason = checked && !checked.ok ? checked.reason : `“${shown(value)}”不是数字`;
      left.refused.push({ reportId: report.id, report: report.label, field: key, cell: cellName(def), value, reason });
      continue;
    }
    out[key] = checked.value;
  }
  return out;
}

function misplacedBecause(def: FieldDef | undefined, part: 'values' | 'stated'): DroppedField['why'] | undefined {
  if (!def) return 'unknownField';
  if (part === 'values' && def.sumOf) return 'computedField';
  if (part === 'stated' && !def.sumOf) return 'inputInStated';
  return undefined;
}

function readExplanations(raw: unknown, label: string, issues: ParseIssues): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    issues.refuse(`报表“${label}”的情况说明不完整，文件可能已损坏。`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const [key, note] of Object.entries(raw)) {
    if (typeof note !== 'string') issues.refuse(`报表“${label}”的一条情况说明不是文字，文件可能已被改动。`);
    else if (note.trim() !== '') out[key] = note;
  }
  return out;
}
