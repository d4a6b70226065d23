/**
 * The backup file: one versioned JSON document holding a whole workspace (units, reports, their history and
 * comments, report texts, received file versions, the office's receipts and rosters, shared settings). Derived
 * data (search keys, rule summaries) is not stored: a restore recomputes it with the rules of the program that
 * reads the file.
 */
import type { FieldKey, UnitKind } from '../format/types';
import type { Receipt } from '../office/receipt';

export const BACKUP_KIND = 'xxgk-backup';
/**
 * The shape written today. A new shape bumps this and adds one step to `BACKUP_MIGRATIONS`. 2: a cell-history
 * row may list every cell one import changed (`changes`), which an older release would drop.
 */
export const BACKUP_VERSION = 2;

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
  /** Versions of the notes and the notes later saves replaced (absent in files written before they existed). */
  explanationStamps?: Record<string, BackupStamp>;
  explanationHistory?: BackupReplacedText[];
  status: BackupReportStatus;
  rev: number;
}

/** One cell's change within a history row that lists every cell an import changed. */
export interface BackupCellChange {
  field: FieldKey;
  old: number | null;
  new: number | null;
}

/** One cell's change, or (with `changes`, `field` empty) every cell one import changed. */
export interface BackupCellHistory {
  id?: number;
  reportId: string;
  field: FieldKey;
  at: number;
  who: string;
  old: number | null;
  new: number | null;
  changes?: BackupCellChange[];
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

/** One section of the published report's prose, as the workspace stores it. */
export interface BackupTextSection {
  number: number;
  heading: string;
  text: string;
}

/** The version of an edited text: which revision, when, by whom, from which window. */
export interface BackupStamp {
  rev: number;
  at: number;
  who: string;
  window: string;
}

/** A section text replaced by a later save (`key` is the section number). */
export interface BackupReplacedText {
  key: string;
  text: string;
  stamp?: BackupStamp;
  replacedAt: number;
}

/** The prose of one report (`reportId` is the file's report id). */
export interface BackupReportText {
  reportId: string;
  sections: BackupTextSection[];
  updatedAt: number;
  who: string;
  /** Versions per section number (absent in files written before texts were versioned). */
  stamps?: Record<string, BackupStamp>;
  history?: BackupReplacedText[];
}

/** A file a collecting office received for a report, kept as a dated version; values exactly as received. */
export interface BackupReceivedVersion {
  id?: number;
  reportId: string;
  receivedAt: number;
  fileName: string;
  /** Every cell as the received file gave it (a blank cell is null); not reduced to the format's inputs. */
  values: Record<FieldKey, number | null>;
  stated?: Record<FieldKey, number | null>;
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
  /**
   * The report texts and received file versions (schema 2 of the database). Optional rather than a new
   * `BACKUP_VERSION`: every file written before them is still a valid version 1 file, and an absent part has one
   * clear meaning, “this file was written before the part existed”, so a replace keeps the workspace's rows
   * instead of wiping them. A file written today always carries both arrays (empty when there is nothing), so
   * for it absence never happens and an empty array means “none”. An older program reading a newer file simply
   * ignores the two keys, which is right too: it has nowhere to store them.
   */
  reportTexts?: BackupReportText[];
  receivedVersions?: BackupReceivedVersion[];
  /** The office's receipts and rosters (schema 3), optional for the same reason as the two parts above. */
  receipts?: BackupReceipt[];
  rosters?: BackupRoster[];
}

/** Where a unit's file of one year stands with the collecting office (未报送 … 已审核), with its steps. */
export interface BackupReceipt extends Receipt {
  /** `${unitId}:${year}`: one per unit and year, with or without a report. */
  id: string;
  unitId: string;
  year: number;
  rev: number;
}

/** The units an area expects a report from in one year (报送名单). */
export interface BackupRoster {
  /** `${areaId}:${year}`. */
  id: string;
  areaId: string;
  year: number;
  unitIds: string[];
  updatedAt: number;
  rev: number;
}

/**
 * Settings that belong to this browser, never to the data: who is typing here, when this browser last made a
 * backup, under which rules its summaries were computed. They are neither written to a backup nor restored.
 */
export const LOCAL_SETTING_KEYS: readonly string[] = ['operatorName', 'lastBackupAt', 'summaryRulesFingerprint'];

export function reportKeyOf(unitId: string, year: number): string {
  return `${unitId}:${year}`;
}
