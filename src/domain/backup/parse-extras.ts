/**
 * Cell history, comments and shared settings of a backup file. Rows about a report the file does not hold are
 * left out with a notice (they could never be shown); a malformed row refuses the file.
 */
import type { BackupCellChange, BackupCellHistory, BackupComment, BackupSetting } from './backup-shape';
import { LOCAL_SETTING_KEYS } from './backup-shape';
import { isRecord, isTime, optionalPart, type ParseIssues } from './parse-issues';

const isCellValue = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

export function parseHistory(
  raw: unknown,
  reportIds: ReadonlySet<string>,
  issues: ParseIssues,
): BackupCellHistory[] | undefined {
  if (raw === undefined) return undefined;
  return parseRows(raw, '修改记录', reportIds, issues, (item) => {
    if (typeof item.who !== 'string' || !isCellValue(item.old) || !isCellValue(item.new)) return undefined;
    if (item.changes === undefined) return { who: item.who, old: item.old, new: item.new };
    const changes = parseChanges(item.changes);
    return changes ? { who: item.who, old: item.old, new: item.new, changes } : undefined;
  });
}

/** The cells of a row that lists an import's changes; any malformed entry makes the whole row broken. */
function parseChanges(raw: unknown): BackupCellChange[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: BackupCellChange[] = [];
  for (const c of raw) {
    if (!isRecord(c) || typeof c.field !== 'string' || c.field === '' || !isCellValue(c.old) || !isCellValue(c.new)) {
      return undefined;
    }
    out.push({ field: c.field, old: c.old, new: c.new });
  }
  return out;
}

export function parseComments(raw: unknown, reportIds: ReadonlySet<string>, issues: ParseIssues): BackupComment[] {
  if (raw === undefined) return [];
  return parseRows(raw, '批注', reportIds, issues, (item) => {
    if (typeof item.who !== 'string' || typeof item.text !== 'string') return undefined;
    return { who: item.who, text: item.text };
  });
}

/** Shared settings only: this browser's own settings in the file are ignored. */
export function parseSettings(raw: unknown, issues: ParseIssues): BackupSetting[] | undefined {
  const list = optionalPart(raw, '设置', issues);
  if (!list) return undefined;
  const settings: BackupSetting[] = [];
  for (const item of list) {
    if (!isRecord(item) || typeof item.key !== 'string') {
      issues.refuse('备份文件中的设置部分已损坏。');
      return undefined;
    }
    if (!LOCAL_SETTING_KEYS.includes(item.key)) settings.push({ key: item.key, value: item.value });
  }
  return settings;
}

interface Located {
  id?: number;
  reportId: string;
  field: string;
  at: number;
}

function parseRows<T extends object>(
  raw: unknown,
  what: string,
  reportIds: ReadonlySet<string>,
  issues: ParseIssues,
  readRest: (item: Record<string, unknown>) => T | undefined,
): (Located & T)[] {
  if (!Array.isArray(raw)) {
    issues.refuse(`备份文件中的${what}部分已损坏。`);
    return [];
  }
  const rows: (Located & T)[] = [];
  let broken = 0;
  let orphaned = 0;
  for (const item of raw) {
    const rest = isRecord(item) ? readRest(item) : undefined;
    if (!isRecord(item) || !rest || typeof item.reportId !== 'string' || typeof item.field !== 'string') {
      broken += 1;
      continue;
    }
    if (!isTime(item.at)) {
      broken += 1;
      continue;
    }
    if (!reportIds.has(item.reportId)) {
      orphaned += 1;
      continue;
    }
    const located: Located = { reportId: item.reportId, field: item.field, at: item.at };
    if (typeof item.id === 'number' && Number.isInteger(item.id) && item.id > 0) located.id = item.id;
    rows.push({ ...located, ...rest });
  }
  if (broken > 0) issues.refuse(`备份文件中有 ${broken} 条${what}内容不完整，文件可能已损坏。`);
  if (orphaned > 0) issues.notice(`有 ${orphaned} 条${what}所属的报表不在备份文件中，这些${what}不会恢复。`);
  return rows;
}
