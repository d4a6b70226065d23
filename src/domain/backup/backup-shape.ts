/**
 * The backup file: one versioned JSON document holding a whole workspace (units, reports, their history and
 * comments, shared settings). Derived data (search keys, rule summaries) is not stored: a restore recomputes it
 * with the rules of the program that reads the file.
 */
import type { FieldKey, UnitKind } from '../format/types';

export const BACKUP_KIND = 'xxgk-backup';
/** The shape written today. A new shape bumps this and adds one step to `BACKUP_MIGRATIONS`. */
export const BACKUP_VERSION = 1;

export type BackupWorkspace = 'main' | 'demo';
export type BackupReportStatus = '草稿' | '已完成';

export interface BackupUnit {
  id: string;
  name: string;
  aliases: string[];
  kind: UnitKind;
  parentId?: string;
  creditCode?: string;
  contactPerson?: string;
  contactPhone?: string;
  archived: boolean;
  deletedAt?: number;
  createdAt: number;
  updatedAt: number;
}

export interface BackupReport {
  /** `${unitId}:${year}`. */
  id: string;
  unitId: string;
  year: number;
  formatId: string;
  /** Input fields of the format only; a blank cell is absent. */
  values: Record<FieldKey, number>;
  /** Figures an imported file printed in computed cells. */
  stated?: Record<FieldKey, number>;
  explanations: Record<string, string>;
  status: BackupReportStatus;
  rev: number;
}

export interface BackupCellHistory {
  id?: number;
  reportId: string;
  field: FieldKey;
  at: number;
  who: string;
  old: number | null;
  new: number | null;
}

export interface BackupComment {
  id?: number;
  reportId: string;
  field: FieldKey;
  at: number;
  who: string;
  text: string;
}

export interface BackupSetting {
  key: string;
  value: unknown;
}

export interface Backup {
  kind: typeof BACKUP_KIND;
  version: typeof BACKUP_VERSION;
  /** Milliseconds since 1970. */
  createdAt: number;
  app: { schema: number };
  workspace: BackupWorkspace;
  units: BackupUnit[];
  reports: BackupReport[];
  cellHistory?: BackupCellHistory[];
  comments: BackupComment[];
  settings?: BackupSetting[];
}

/**
 * Settings that belong to this browser, never to the data: who is typing here, when this browser last made a
 * backup, under which rules its summaries were computed. They are neither written to a backup nor restored.
 */
export const LOCAL_SETTING_KEYS: readonly string[] = ['operatorName', 'lastBackupAt', 'summaryRulesFingerprint'];

export function reportKeyOf(unitId: string, year: number): string {
  return `${unitId}:${year}`;
}
