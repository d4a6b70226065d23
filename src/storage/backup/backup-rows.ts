/**
 * Between stored rows and backup records: derived data (search keys, summaries) is left out of the file and
 * rebuilt on the way in; a restored cell that changes gets a history row naming the file it came from.
 */
import type {
  BackupCellHistory,
  BackupComment,
  BackupReceivedVersion,
  BackupReport,
  BackupReportText,
  BackupStamp,
  BackupUnit,
} from '@/domain/backup/backup-shape';
import type { FieldKey, Values } from '@/domain/format/types';
import { searchKeysOf } from '@/domain/units/unit-name';
import type { CellHistoryRow, CommentRow, ReceivedVersionRow, ReportRow, ReportTextRow, UnitRow } from '../db';

export function unitToBackup(row: UnitRow): BackupUnit {
  const { searchKeys: _derived, ...unit } = row;
  return { ...unit, aliases: [...unit.aliases] };
}

export function unitFromBackup(unit: BackupUnit): UnitRow {
  return { ...unit, aliases: [...unit.aliases], searchKeys: searchKeysOf(unit.name, unit.aliases) };
}

export function reportToBackup(row: ReportRow): BackupReport {
  const values: Record<FieldKey, number> = {};
  for (const [key, value] of Object.entries(row.values)) if (typeof value === 'number') values[key] = value;
  const report: BackupReport = {
    id: row.id,
    unitId: row.unitId,
    year: row.year,
    formatId: row.formatId,
    values,
    explanations: { ...row.explanations },
    status: row.status,
    rev: row.rev,
  };
  if (row.explanationStamps) report.explanationStamps = { ...row.explanationStamps };
  if (row.explanationHistory) report.explanationHistory = row.explanationHistory.map((h) => ({ ...h }));
  if (row.stated) {
    const stated: Record<FieldKey, number> = {};
    for (const [key, value] of Object.entries(row.stated)) if (typeof value === 'number') stated[key] = value;
    report.stated = stated;
  }
  return report;
}

/**
 * The stored row for a backup report written over `existing` (if any) at `id`/`unitId`. The rev moves past both
 * so an editor open on the old copy sees it is stale; the summary is a placeholder until `putWithSummaries`.
 */
export function reportFromBackup(
  report: BackupReport,
  at: { id: string; unitId: string },
  existing: ReportRow | undefined,
  now: number,
): ReportRow {
  const row: ReportRow = {
    id: at.id,
    unitId: at.unitId,
    year: report.year,
    formatId: report.formatId,
    values: { ...report.values },
    explanations: { ...report.explanations },
    status: report.status,
    summary: { errors: 0, warnings: 0, blank: 0, openErrors: 0, openWarnings: 0, updatedAt: now },
    rev: existing ? Math.max(existing.rev, report.rev) + 1 : report.rev,
  };
  if (report.stated) row.stated = { ...report.stated };
  const stamps = restoredStamps(report.explanationStamps, existing?.explanationStamps, now);
  if (stamps) row.explanationStamps = stamps;
  if (report.explanationHistory) row.explanationHistory = report.explanationHistory.map((h) => ({ ...h }));
  return row;
}

/**
 * The note versions after a restore: the file's as they are into an empty place; over an existing report every
 * note moves past both, so a window still editing the old note is refused rather than silently overwriting.
 */
function restoredStamps(
  file: Readonly<Record<string, BackupStamp>> | undefined,
  existing: Readonly<Record<string, BackupStamp>> | undefined,
  now: number,
): Record<string, BackupStamp> | undefined {
  if (!existing) return file ? { ...file } : undefined;
  const out: Record<string, BackupStamp> = {};
  for (const key of new Set([...Object.keys(file ?? {}), ...Object.keys(existing)])) {
    const rev = Math.max(file?.[key]?.rev ?? 0, existing[key]?.rev ?? 0) + 1;
    out[key] = { rev, at: now, who: file?.[key]?.who ?? '恢复备份', window: '' };
  }
  return out;
}

/** One history row per cell whose value differs between what the workspace held and what is restored. */
export function restoreHistory(
  before: ReportRow | undefined,
  after: ReportRow,
  who: string,
  now: number,
): CellHistoryRow[] {
  const old = before?.values ?? {};
  const keys = new Set([...Object.keys(old), ...Object.keys(after.values)]);
  const rows: CellHistoryRow[] = [];
  for (const field of keys) {
    const from = old[field] ?? null;
    const to = after.values[field] ?? null;
    if (from !== to) rows.push({ reportId: after.id, field, at: now, who, old: from, new: to });
  }
  return rows;
}

/** A history or comment row for `reportId`, without the file's id unless `keepId` (a replace keeps them). */
export function historyFromBackup(row: BackupCellHistory, reportId: string, keepId: boolean): CellHistoryRow {
  const { id, ...rest } = row;
  return keepId && id !== undefined ? { ...rest, reportId, id } : { ...rest, reportId };
}

export function commentFromBackup(row: BackupComment, reportId: string, keepId: boolean): CommentRow {
  const { id, ...rest } = row;
  return keepId && id !== undefined ? { ...rest, reportId, id } : { ...rest, reportId };
}

export function textToBackup(row: ReportTextRow): BackupReportText {
  return { ...row, sections: row.sections.map((s) => ({ ...s })) };
}

/** The file's text of a report, stored for `reportId` (the workspace's id of that report). */
export function textFromBackup(text: BackupReportText, reportId: string): ReportTextRow {
  const row: ReportTextRow = { ...text, reportId, sections: text.sections.map((s) => ({ ...s })) };
  if (text.stamps) row.stamps = { ...text.stamps };
  if (text.history) row.history = text.history.map((h) => ({ ...h }));
  return row;
}

export function versionToBackup(row: ReceivedVersionRow): BackupReceivedVersion {
  const { reportId, receivedAt, fileName } = row;
  const version: BackupReceivedVersion = { reportId, receivedAt, fileName, values: cellsOf(row.values) };
  if (row.id !== undefined) version.id = row.id;
  if (row.stated) version.stated = cellsOf(row.stated);
  return version;
}

/** A received version for `reportId`, without the file's id unless `keepId` (a replace keeps them). */
export function versionFromBackup(
  version: BackupReceivedVersion,
  reportId: string,
  keepId: boolean,
): ReceivedVersionRow {
  const { id, ...rest } = version;
  const row: ReceivedVersionRow = { ...rest, reportId, values: { ...rest.values } };
  if (rest.stated) row.stated = { ...rest.stated };
  return keepId && id !== undefined ? { ...row, id } : row;
}

/** Cells with a value or an explicit blank (null); an absent cell stays absent. */
function cellsOf(values: Values): Record<FieldKey, number | null> {
  const out: Record<FieldKey, number | null> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
  return out;
}

export function restoreAuthor(fileName: string): string {
  return `恢复备份（${fileName.trim() || '未命名文件'}）`;
}
