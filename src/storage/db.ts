/**
 * The browser database (IndexedDB through Dexie): row types, schema versions and one cached connection per
 * workspace. Features never touch it directly; they call the repositories beside this file.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { FieldKey, UnitKind, Values } from '@/domain/format/types';
import type { Receipt } from '@/domain/office/receipt';
import type { EditStamp } from './edit-stamp';
import { NewerVersionError } from './newer-version';

export type Workspace = 'main' | 'demo';

export interface UnitRow {
  /** Stable uuid: survives renames and merges of other units. */
  id: string;
  name: string;
  /** Former and alternative names (an old name is kept here on rename and merge). */
  aliases: string[];
  /** Normalised name and aliases, indexed so a name typed or imported in any bracket/space style is found. */
  searchKeys: string[];
  kind: UnitKind;
  parentId?: string;
  /** 统一社会信用代码 (GB 32100), stored upper-case. */
  creditCode?: string;
  contactPerson?: string;
  contactPhone?: string;
  archived: boolean;
  /** Soft delete: the unit is hidden but restorable with its reports. */
  deletedAt?: number;
  createdAt: number;
  updatedAt: number;
  /** The version of the last edit (absent before the first versioned edit): a stale edit form is refused. */
  stamp?: EditStamp;
}

export type ReportStatus = '草稿' | '已完成';

/** Counts of the rule check kept with every write, so a list of hundreds of reports loads without rules. */
export interface ReportSummary {
  errors: number;
  warnings: number;
  /** Input cells still blank. */
  blank: number;
  /** Errors neither fixed nor (where allowed) explained. */
  openErrors: number;
  openWarnings: number;
  updatedAt: number;
}

export interface ReportRow {
  /** `${unitId}:${year}`. */
  id: string;
  unitId: string;
  year: number;
  formatId: string;
  /** Input values only; a blank cell is absent or null, distinct from 0. */
  values: Record<FieldKey, number | null>;
  /** Figures an imported file printed in computed cells (turns on S1–S3 for them). */
  stated?: Values;
  /** Problem key → the clerk's note. */
  explanations: Record<string, string>;
  /** Problem key → the version of its note (absent before the first versioned write). */
  explanationStamps?: Record<string, EditStamp>;
  /** Notes replaced by a later save, newest last (capped), so overwriting another window's note loses nothing. */
  explanationHistory?: ReplacedText[];
  status: ReportStatus;
  summary: ReportSummary;
  /** Bumped by every write, so an editor can tell its copy is stale. */
  rev: number;
}

/** One cell's change within a history row that lists many (an import's). */
export interface CellChangeRecord {
  field: FieldKey;
  old: number | null;
  new: number | null;
}

/**
 * One change of one cell, or (with `changes`, `field` empty, `old`/`new` null) every cell one import changed;
 * read it through `history-rows.ts`, which gives one entry per cell either way.
 */
export interface CellHistoryRow {
  id?: number;
  reportId: string;
  field: FieldKey;
  at: number;
  who: string;
  old: number | null;
  new: number | null;
  changes?: CellChangeRecord[];
}

export interface CommentRow {
  id?: number;
  reportId: string;
  field: FieldKey;
  at: number;
  who: string;
  text: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
  /** The version of the last versioned write (settings edited on a page: deadlines). */
  stamp?: EditStamp;
}

/** An earlier text that a save replaced: the text and the stamp it had. */
export interface ReplacedText {
  /** The section number or the problem key. */
  key: string;
  text: string;
  stamp?: EditStamp;
  replacedAt: number;
}

/** One section of the published annual report (一、总体情况 …); the legacy format keeps the whole text as 0. */
export interface ReportTextSection {
  number: number;
  heading: string;
  text: string;
}

/** The annual report's prose as the clerk saved it; a section not saved yet is absent (the page drafts it). */
export interface ReportTextRow {
  reportId: string;
  sections: ReportTextSection[];
  updatedAt: number;
  who: string;
  /** Section number → version of its last save or reset; kept after a reset so a stale window is still refused. */
  stamps?: Record<number, EditStamp>;
  /** Section texts replaced by a later save or reset, newest last (capped). */
  history?: ReplacedText[];
}

/** A file the collecting office received for a report, kept as a dated version beside the current figures. */
export interface ReceivedVersionRow {
  id?: number;
  reportId: string;
  receivedAt: number;
  fileName: string;
  values: Record<FieldKey, number | null>;
  stated?: Values;
}

/** Where a unit's file of one year stands with the collecting office (see `domain/office/receipt.ts`). */
export interface ReceiptRow extends Receipt {
  /** The report id, `${unitId}:${year}`: one receipt per unit and year, with or without a report. */
  id: string;
  unitId: string;
  year: number;
  /** Bumped by every write, so a step taken from a stale screen is refused. */
  rev: number;
}

/** The units an area expects a report from in one year (报送名单). */
export interface RosterRow {
  /** `${areaId}:${year}`. */
  id: string;
  areaId: string;
  year: number;
  unitIds: string[];
  updatedAt: number;
  rev: number;
}

/**
 * Every schema version, oldest first. A released version is never edited: a change is a new entry with an
 * `upgrade` that migrates the rows (and a test against the committed fixture of the previous version).
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Readonly<Record<string, string>> }[] = [
  {
    version: 1,
    stores: {
      units: 'id, name, *aliases, *searchKeys, kind, parentId',
      reports: 'id, [year+unitId], unitId, year, status',
      cellHistory: '++id, [reportId+field], reportId',
      comments: '++id, [reportId+field], reportId',
      settings: 'key',
    },
  },
  {
    // Adds the report's prose and the versions received from units; no existing row changes.
    version: 2,
    stores: {
      units: 'id, name, *aliases, *searchKeys, kind, parentId',
      reports: 'id, [year+unitId], unitId, year, status',
      cellHistory: '++id, [reportId+field], reportId',
      comments: '++id, [reportId+field], reportId',
      settings: 'key',
      reportTexts: 'reportId',
      receivedVersions: '++id, reportId',
    },
  },
  {
    // Adds the office's receipts (未报送/已报送/已退回/已审核) and rosters; files already received become 已报送.
    version: 3,
    stores: {
      units: 'id, name, *aliases, *searchKeys, kind, parentId',
      reports: 'id, [year+unitId], unitId, year, status',
      cellHistory: '++id, [reportId+field], reportId',
      comments: '++id, [reportId+field], reportId',
      settings: 'key',
      reportTexts: 'reportId',
      receivedVersions: '++id, reportId',
      receipts: 'id, year, unitId, state',
      rosters: 'id, [areaId+year], areaId',
    },
  },
];

/** Receipts of files received before version 3: the latest file of each report, as 已报送. */
export function receiptsFromReceivedVersions(versions: readonly ReceivedVersionRow[]): ReceiptRow[] {
  const latest = new Map<string, ReceivedVersionRow>();
  for (const v of versions) {
    const seen = latest.get(v.reportId);
    if (!seen || v.receivedAt >= seen.receivedAt) latest.set(v.reportId, v);
  }
  return [...latest.values()].map((v) => {
    const cut = v.reportId.lastIndexOf(':');
    return {
      id: v.reportId,
      unitId: v.reportId.slice(0, cut),
      year: Number(v.reportId.slice(cut + 1)),
      state: '已报送' as const,
      receivedAt: v.receivedAt,
      fileName: v.fileName,
      steps: [{ state: '已报送' as const, at: v.receivedAt, fileName: v.fileName }],
      rev: 1,
    };
  });
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export class XxgkDb extends Dexie {
  units!: EntityTable<UnitRow, 'id'>;
  reports!: EntityTable<ReportRow, 'id'>;
  cellHistory!: EntityTable<CellHistoryRow, 'id'>;
  comments!: EntityTable<CommentRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  reportTexts!: EntityTable<ReportTextRow, 'reportId'>;
  receivedVersions!: EntityTable<ReceivedVersionRow, 'id'>;
  receipts!: EntityTable<ReceiptRow, 'id'>;
  rosters!: EntityTable<RosterRow, 'id'>;
  /** Callbacks told when another tab upgrades or deletes this database and this connection is closed. */
  readonly upgradeListeners = new Set<() => void>();
  /**
   * Set once another tab has upgraded or deleted the database. Dexie 4 would silently reopen against the new
   * schema; this code may not understand it, so the connection stays closed until the page is reloaded.
   */
  upgradedElsewhere = false;
  /**
   * Set by `openUnlessNewer` when the database on disk carries a higher schema version than this release knows
   * (an old cached page meets data a newer release wrote); every read and write is then refused.
   */
  savedByNewerVersion = false;

  constructor(name: string) {
    // 'strict' makes Chrome flush to disk before reporting a commit: an edit shown as saved survives a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (version === 3) {
        declared.upgrade(async (tx) => {
          const versions = await tx.table<ReceivedVersionRow>('receivedVersions').toArray();
          await tx.table<ReceiptRow>('receipts').bulkPut(receiptsFromReceivedVersions(versions));
        });
      }
    }
    // A transaction in flight commits before the other tab's upgrade proceeds; later writes are refused
    // (see `runWrite`) and the UI, told here, asks the user to reload.
    this.on('versionchange', () => {
      this.upgradedElsewhere = true;
      this.close({ disableAutoOpen: true });
      for (const listener of this.upgradeListeners) listener();
    });
  }
}

/**
 * The schema version of the database on disk, 0 when there is none, read without creating or changing anything
 * (an open without a version; when nothing exists the creating upgrade is aborted, so nothing is left behind).
 */
export function installedSchemaVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = Dexie.dependencies.indexedDB.open(name);
    let absent = false;
    request.onupgradeneeded = () => {
      absent = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const { version } = request.result;
      request.result.close();
      // Dexie stores version n as 10n (and a schema patch as 10n + 1).
      resolve(Math.floor(version / 10));
    };
    request.onerror = (event) => {
      if (!absent) return reject(request.error ?? new Error('indexedDB.open failed'));
      event.preventDefault();
      resolve(0);
    };
  });
}

/**
 * Opens the database unless a newer release saved it: then nothing is opened or changed (Dexie 4 would adapt
 * the stored schema to ours) and every later read and write is refused with `NewerVersionError`.
 */
export async function openUnlessNewer(db: XxgkDb): Promise<void> {
  if ((await installedSchemaVersion(db.name)) > CURRENT_SCHEMA_VERSION) {
    db.savedByNewerVersion = true;
    // Not even a query that bypasses the repositories may open it now.
    db.close({ disableAutoOpen: true });
    throw new NewerVersionError();
  }
  await db.open();
}

export const ALL_TABLES = [
  'units',
  'reports',
  'cellHistory',
  'comments',
  'settings',
  'reportTexts',
  'receivedVersions',
  'receipts',
  'rosters',
] as const;

export function dbNameFor(workspace: Workspace): string {
  return `xxgk-${workspace}`;
}

const opened = new Map<Workspace, XxgkDb>();

/** The workspace's database, opened once and cached; the demo workspace never mixes with real data. */
export function openWorkspaceDb(workspace: Workspace): XxgkDb {
  let db = opened.get(workspace);
  if (!db) {
    db = new XxgkDb(dbNameFor(workspace));
    opened.set(workspace, db);
  }
  return db;
}

/** A database under any name (tests, the fixture script); not cached. */
export function createDb(name: string): XxgkDb {
  return new XxgkDb(name);
}

/** Registers a callback for an upgrade or deletion of the database in another tab; returns the unsubscribe. */
export function onUpgradeElsewhere(db: XxgkDb, callback: () => void): () => void {
  db.upgradeListeners.add(callback);
  return () => db.upgradeListeners.delete(callback);
}
