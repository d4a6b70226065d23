/**
 * The office's receipts and rosters in a merge. The workspace's own record wins: a merge brings a unit's figures
 * in, it does not rewrite what this office received or expects. A receipt of a taken report is added where the
 * workspace has none; a roster is added for an area and year the workspace has none for, with the units mapped
 * to the workspace's and those not there left out.
 */
import type { Backup, BackupReceipt } from '@/domain/backup/backup-shape';
import { reportKeyOf } from '@/domain/backup/backup-shape';
import type { XxgkDb } from '../db';

/** The file's receipts by report id, looked up once per taken report. */
export function receiptsById(backup: Backup): ReadonlyMap<string, BackupReceipt> {
  return new Map((backup.receipts ?? []).map((r) => [r.id, r]));
}

export async function takeReceipt(
  db: XxgkDb,
  receipts: ReadonlyMap<string, BackupReceipt>,
  backupId: string,
  target: { id: string; unitId: string },
): Promise<void> {
  const receipt = receipts.get(backupId);
  if (!receipt || (await db.receipts.get(target.id))) return;
  await db.receipts.add({ ...receipt, ...target, rev: 0 });
}

/** `unitIdOf` maps a file's unit id to the workspace's (undefined: not in the workspace after the merge). */
export async function takeRosters(
  db: XxgkDb,
  backup: Backup,
  unitIdOf: (backupUnitId: string) => string | undefined,
  now: number,
): Promise<void> {
  for (const roster of backup.rosters ?? []) {
    const areaId = unitIdOf(roster.areaId);
    if (areaId === undefined) continue;
    const id = reportKeyOf(areaId, roster.year);
    if (await db.rosters.get(id)) continue;
    const unitIds = roster.unitIds.flatMap((u) => unitIdOf(u) ?? []);
    await db.rosters.add({ id, areaId, year: roster.year, unitIds, updatedAt: now, rev: 0 });
  }
}
