/**
 * The report texts and received file versions of a backup file. An absent part stays absent (a file written
 * before the part existed); a text or version of a report the file does not hold is left out and listed; a
 * malformed row, or a received value that is not a number, refuses the file.
 */
import { cellName } from '../format/cell-name';
import { indexFormat } from '../format/format-index';
import type { FieldKey, FormatDef } from '../format/types';
import type {
  BackupReceivedVersion,
  BackupReport,
  BackupReportText,
  BackupTextSection,
  BackupUnit,
} from './backup-shape';
import { isRecord, isTime, shown, optionalPart, type ParseIssues } from './parse-issues';
import { replacedOf, stampsOf } from './parse-stamps';

/** What the two parts need to know about the file's reports: which exist, how to name them and their cells. */
export interface ReportContext {
  reports: ReadonlyMap<string, BackupReport>;
  units: readonly BackupUnit[];
  formats: readonly FormatDef[];
  fileTime: number;
}

const MAX_NAMED = 10;
const UNSIGNED = '未署名';

export function parseReportTexts(
  raw: unknown,
  context: ReportContext,
  issues: ParseIssues,
): BackupReportText[] | undefined {
  const list = optionalPart(raw, '报告正文', issues);
  if (!list) return undefined;
  const texts: BackupReportText[] = [];
  const seen = new Set<string>();
  const orphaned: string[] = [];
  let broken = 0;
  for (const item of list) {
    const text = readText(item, context.fileTime);
    if (!text) {
      broken += 1;
    } else if (!context.reports.has(text.reportId)) {
      orphaned.push(text.reportId);
    } else if (seen.has(text.reportId)) {
      issues.refuse(`备份文件中报表“${labelOf(text.reportId, context)}”的报告正文出现了两次，文件可能已被改动。`);
    } else {
      seen.add(text.reportId);
      texts.push(text);
    }
  }
  if (broken > 0) issues.refuse(`备份文件中有 ${broken} 份报告正文内容不完整，文件可能已损坏。`);
  if (orphaned.length > 0) {
    issues.notice(
      `有 ${orphaned.length} 份报告正文所属的报表不在备份文件中，这些正文不会恢复：${listed(orphaned, context)}。`,
    );
  }
  return texts;
}

function readText(item: unknown, fileTime: number): BackupReportText | undefined {
  if (!isRecord(item) || typeof item.reportId !== 'string' || !Array.isArray(item.sections)) return undefined;
  const sections: BackupTextSection[] = [];
  const numbers = new Set<number>();
  for (const section of item.sections as unknown[]) {
    if (!isRecord(section)) return undefined;
    const { number, heading, text } = section;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 0 || numbers.has(number)) return undefined;
    if (typeof heading !== 'string' || typeof text !== 'string') return undefined;
    numbers.add(number);
    sections.push({ number, heading, text });
  }
  return {
    reportId: item.reportId,
    sections: sections.sort((a, b) => a.number - b.number),
    updatedAt: isTime(item.updatedAt) ? item.updatedAt : fileTime,
    who: typeof item.who === 'string' && item.who.trim() !== '' ? item.who : UNSIGNED,
    ...(isRecord(item.stamps) ? { stamps: stampsOf(item.stamps) } : {}),
    ...(Array.isArray(item.history) ? { history: replacedOf(item.history) } : {}),
  };
}

export function parseReceivedVersions(
  raw: unknown,
  context: ReportContext,
  issues: ParseIssues,
): BackupReceivedVersion[] | undefined {
  const list = optionalPart(raw, '收到的文件版本', issues);
  if (!list) return undefined;
  const versions: BackupReceivedVersion[] = [];
  const ids = new Set<number>();
  const orphaned: string[] = [];
  let broken = 0;
  for (const item of list) {
    if (!isVersionShape(item)) {
      broken += 1;
      continue;
    }
    const report = context.reports.get(item.reportId);
    if (!report) {
      orphaned.push(item.reportId);
      continue;
    }
    const version = readVersion(item, report, context, issues);
    if (version.id !== undefined) {
      if (ids.has(version.id)) issues.refuse('备份文件中有两个收到的文件版本编号相同，文件可能已被改动。');
      ids.add(version.id);
    }
    versions.push(version);
  }
  if (broken > 0) issues.refuse(`备份文件中有 ${broken} 个收到的文件版本内容不完整，文件可能已损坏。`);
  if (orphaned.length > 0) {
    issues.notice(
      `有 ${orphaned.length} 个收到的文件版本所属的报表不在备份文件中，这些版本不会恢复：${listed(orphaned, context)}。`,
    );
  }
  return versions;
}

interface VersionShape {
  id?: unknown;
  reportId: string;
  receivedAt: number;
  fileName: string;
  values: Record<string, unknown>;
  stated?: unknown;
}

function isVersionShape(item: unknown): item is VersionShape {
  if (!isRecord(item) || typeof item.reportId !== 'string' || typeof item.fileName !== 'string') return false;
  return isTime(item.receivedAt) && isRecord(item.values) && (item.stated === undefined || isRecord(item.stated));
}

function readVersion(
  item: VersionShape,
  report: BackupReport,
  context: ReportContext,
  issues: ParseIssues,
): BackupReceivedVersion {
  const where = { report, fileName: item.fileName, context, issues };
  const version: BackupReceivedVersion = {
    reportId: report.id,
    receivedAt: item.receivedAt,
    fileName: item.fileName,
    values: readCells(item.values, where),
  };
  if (typeof item.id === 'number' && Number.isInteger(item.id) && item.id > 0) version.id = item.id;
  if (isRecord(item.stated)) version.stated = readCells(item.stated, where);
  return version;
}

/** Every cell kept as received (a version is a record of the file, not of the format); non-numbers refused. */
function readCells(
  raw: Record<string, unknown>,
  where: { report: BackupReport; fileName: string; context: ReportContext; issues: ParseIssues },
): Record<FieldKey, number | null> {
  const format = where.context.formats.find((f) => f.id === where.report.formatId);
  const fields = format ? indexFormat(format).field : undefined;
  const out: Record<FieldKey, number | null> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || (typeof value === 'number' && Number.isFinite(value))) {
      out[key] = value;
      continue;
    }
    const def = fields?.get(key);
    where.issues.refuse(
      `报表“${labelOf(where.report.id, where.context)}”收到的文件“${where.fileName}”中` +
        `“${def ? cellName(def) : key}”的值“${shown(value)}”不是数字，文件可能已被改动。`,
    );
  }
  return out;
}

/** `区教育局 2024 年` when the unit is in the file, else the report's id as written. */
function labelOf(reportId: string, context: ReportContext): string {
  const report = context.reports.get(reportId);
  const cut = reportId.lastIndexOf(':');
  const unitId = report?.unitId ?? reportId.slice(0, cut);
  const year = report?.year ?? reportId.slice(cut + 1);
  const unit = context.units.find((u) => u.id === unitId);
  return unit && cut > 0 ? `${unit.name} ${year} 年` : `编号 ${reportId}`;
}

function listed(reportIds: readonly string[], context: ReportContext): string {
  const labels = [...new Set(reportIds.map((id) => labelOf(id, context)))];
  const named = labels.slice(0, MAX_NAMED).join('、');
  return labels.length > MAX_NAMED ? `${named} 等 ${labels.length} 份报表` : named;
}
