/**
 * The report texts, received file versions, receipts and rosters of a restore. A replace puts the file's back
 * exactly; a part the file does not carry (written before the part existed) leaves the workspace's rows
 * untouched. A merge takes the text and the new received versions of each taken report only (receipts and
 * rosters in a merge: `restore-office.ts`).
 */
import type { Backup } from '@/domain/backup/backup-shape';
import { receivedVersionKey } from '@/domain/backup/preview-extras';
import { ALL_TABLES, type XxgkDb } from '../db';
import { textFromBackup, versionFromBackup } from './backup-rows';

export interface ExtrasWritten {
  texts: number;
  receivedVersions: number;
}

/**
 * The tables a replace clears: every table, except a part the file was written without (texts and versions
 * before schema 2, receipts and rosters before schema 3): the workspace keeps its own of those.
 */
export function tablesClearedByReplace(backup: Backup): (typeof ALL_TABLES)[number][] {
  return ALL_TABLES.filter(
    (table) =>
      (table !== 'receipts' || backup.receipts !== undefined) &&
      (table !== 'rosters' || backup.rosters !== undefined) &&
      (table !== 'reportTexts' || backup.reportTexts !== undefined) &&
      (table !== 'receivedVersions' || backup.receivedVersions !== undefined),
  );
}

/** A replace, after `tablesClearedByReplace` were cleared: the file's rows under their own ids. */
export async function putAllExtras(db: XxgkDb, backup: Backup): Promise<ExtrasWritten> {
  const texts = (backup.reportTexts ?? []).map((t) => textFromBackup(t, t.reportId));
  const versions = (backup.receivedVersions ?? []).map((v) => versionFromBackup(v, v.reportId, true));
  await db.reportTexts.bulkAdd(texts);
  await db.receivedVersions.bulkAdd(versions);
  await db.receipts.bulkAdd(backup.receipts ?? []);
  await db.rosters.bulkAdd(backup.rosters ?? []);
  return { texts: texts.length, receivedVersions: versions.length };
}

/**
 * A merge of the file's report `backupId` into the workspace's `targetId`: the file's text (when it has one)
 * replaces ours, and each received version the workspace does not already have (same report, time and file
 * name) is added. Texts and versions of other reports are not touched.
 */
export async function takeExtras(
  db: XxgkDb,
  backup: Backup,
  backupId: string,
  targetId: string,
): Promise<ExtrasWritten> {
  let texts = 0;
  const text = backup.reportTexts?.find((t) => t.reportId === backupId);
  if (text) {
    await db.reportTexts.put(textFromBackup(text, targetId));
    texts = 1;
  }
  const have = new Set(
    (await db.receivedVersions.where('reportId').equals(targetId).toArray()).map((v) =>
      receivedVersionKey(targetId, v),
    ),
  );
  const versions = (backup.receivedVersions ?? [])
    .filter((v) => v.reportId === backupId)
    .sort((a, b) => a.receivedAt - b.receivedAt)
    .map((v) => versionFromBackup(v, targetId, false))
    .filter((v) => {
      const key = receivedVersionKey(targetId, v);
      if (have.has(key)) return false;
      have.add(key); // the same version twice in the file is added once
      return true;
    });
  await db.receivedVersions.bulkAdd(versions);
  return { texts, receivedVersions: versions.length };
}
