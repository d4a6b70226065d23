/**
 * Reads a backup file's text into the current model, in one path for every version: parse, recognise, bring an
 * old shape up to date (`migrateBackup`), then validate and fill defaults. Every refusal is a Chinese reason a
 * clerk can act on; nothing about the file is trusted before this returns `ok`.
 */
import type { FormatDef } from '../format/types';
import { FORMATS } from '../formats/registry';
import { BACKUP_KIND, BACKUP_VERSION, type Backup, type BackupWorkspace } from './backup-shape';
import { migrateBackup, type RawDocument } from './backup-migrations';
import { parseComments, parseHistory, parseSettings } from './parse-extras';
import { isRecord, isTime, ParseIssues } from './parse-issues';
import { parseReceipts, parseRosters } from './parse-office';
import { parseReports, type DroppedField, type RefusedValue } from './parse-reports';
import { parseReceivedVersions, parseReportTexts, type ReportContext } from './parse-texts';
import { parseUnits } from './parse-units';

export type { DroppedField, RefusedValue } from './parse-reports';

export type ParseBackupResult =
  | {
      ok: true;
      backup: Backup;
      /** Values the current model has no place for; shown before restoring, never restored. */
      dropped: DroppedField[];
      /** Values their cell refuses (a count of −5, 1.5 or 1e300); shown before restoring, never restored. */
      refused: RefusedValue[];
      /** Other things left out (history, comments, texts or received versions of reports not in the file). */
      notices: string[];
    }
  | { ok: false; reasons: string[] };

export const NOT_A_BACKUP = '这不是本工具的备份文件。请选择以“政府信息公开年报_备份_”开头的 .json 文件。';
export const DAMAGED = '备份文件不完整或已损坏（可能未下载完整或被改动），无法恢复。请换用一份完整的备份文件。';

export function newerVersionMessage(version: number): string {
  return `备份文件来自更新版本的本工具（备份格式第 ${version} 版），请先更新本工具后再恢复。`;
}

export function parseBackup(text: string, formats: readonly FormatDef[] = FORMATS): ParseBackupResult {
  const body = text.replace(/^\ufeff/, '').trim();
  if (body === '') return refused(DAMAGED);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // A file that starts like ours but does not parse was cut off or edited; anything else is another file.
    return refused(body.startsWith('{') && body.includes(BACKUP_KIND) ? DAMAGED : NOT_A_BACKUP);
  }
  if (!isRecord(json) || json.kind !== BACKUP_KIND) return refused(NOT_A_BACKUP);
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refused(DAMAGED);
  if (version > BACKUP_VERSION) return refused(newerVersionMessage(version));
  return readCurrentShape(migrateBackup(json, version), formats);
}

function refused(reason: string): ParseBackupResult {
  return { ok: false, reasons: [reason] };
}

function readCurrentShape(doc: RawDocument, formats: readonly FormatDef[]): ParseBackupResult {
  const issues = new ParseIssues();
  const dropped: DroppedField[] = [];
  const refused: RefusedValue[] = [];
  const createdAt = isTime(doc.createdAt) ? doc.createdAt : 0;
  const units = parseUnits(doc.units, createdAt, issues);
  const reports = parseReports(doc.reports, units, formats, issues, dropped, refused);
  const reportIds = new Set(reports.map((r) => r.id));
  const cellHistory = parseHistory(doc.cellHistory, reportIds, issues);
  const comments = parseComments(doc.comments, reportIds, issues);
  const settings = parseSettings(doc.settings, issues);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const context: ReportContext = { reports: byId, units, formats, fileTime: createdAt };
  const reportTexts = parseReportTexts(doc.reportTexts, context, issues);
  const receivedVersions = parseReceivedVersions(doc.receivedVersions, context, issues);
  const receipts = parseReceipts(doc.receipts, units, issues);
  const rosters = parseRosters(doc.rosters, units, issues);
  if (issues.failed) return { ok: false, reasons: issues.listedReasons() };
  const app = isRecord(doc.app) && typeof doc.app.schema === 'number' ? { schema: doc.app.schema } : { schema: 1 };
  const workspace: BackupWorkspace = doc.workspace === 'demo' ? 'demo' : 'main';
  const backup: Backup = {
    kind: BACKUP_KIND,
    version: BACKUP_VERSION,
    createdAt,
    app,
    workspace,
    units,
    reports,
    comments,
    ...(cellHistory ? { cellHistory } : {}),
    ...(settings ? { settings } : {}),
    ...(reportTexts ? { reportTexts } : {}),
    ...(receivedVersions ? { receivedVersions } : {}),
    ...(receipts ? { receipts } : {}),
    ...(rosters ? { rosters } : {}),
  };
  return { ok: true, backup, dropped, refused, notices: issues.notices };
}
