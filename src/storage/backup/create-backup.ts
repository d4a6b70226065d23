/** The whole workspace as one backup file's text; the time is recorded so the reminder can count from it. */
import { BACKUP_KIND, BACKUP_VERSION, LOCAL_SETTING_KEYS, type Backup } from '@/domain/backup/backup-shape';
import { backupFileName } from '@/domain/backup/backup-file-name';
import { ALL_TABLES, CURRENT_SCHEMA_VERSION, dbNameFor, type XxgkDb } from '../db';
import { runRead } from '../errors';
import { settingsRepo } from '../settings-repo';
import { reportToBackup, textToBackup, unitToBackup, versionToBackup } from './backup-rows';

export interface CreatedBackup {
  text: string;
  /** `政府信息公开年报_备份_YYYYMMDD-HHMM.json`. */
  fileName: string;
  createdAt: number;
  units: number;
  reports: number;
}

export async function createBackup(db: XxgkDb, now: number = Date.now()): Promise<CreatedBackup> {
  const backup = await runRead(db, () => db.transaction('r', [...ALL_TABLES], async () => await readBackup(db, now)));
  const text = JSON.stringify(backup);
  await settingsRepo(db).setLastBackupAt(now);
  return {
    text,
    fileName: backupFileName(new Date(now), backup.workspace),
    createdAt: now,
    units: backup.units.length,
    reports: backup.reports.length,
  };
}

async function readBackup(db: XxgkDb, now: number): Promise<Backup> {
  const [units, reports, cellHistory, comments, settings, reportTexts, receivedVersions, receipts, rosters] =
    await Promise.all([
      db.units.toArray(),
      db.reports.toArray(),
      db.cellHistory.toArray(),
      db.comments.toArray(),
      db.settings.toArray(),
      db.reportTexts.toArray(),
      db.receivedVersions.toArray(),
      db.receipts.toArray(),
      db.rosters.toArray(),
    ]);
  return {
    kind: BACKUP_KIND,
    version: BACKUP_VERSION,
    createdAt: now,
    app: { schema: CURRENT_SCHEMA_VERSION },
    workspace: db.name === dbNameFor('demo') ? 'demo' : 'main',
    units: units.map(unitToBackup),
    reports: reports.map(reportToBackup),
    cellHistory,
    comments,
    settings: settings.filter((s) => !LOCAL_SETTING_KEYS.includes(s.key)),
    // Always written, even empty: in a file of today an absent part never means "keep what is there".
    reportTexts: reportTexts.map(textToBackup),
    receivedVersions: receivedVersions.map(versionToBackup),
    receipts,
    rosters,
  };
}
