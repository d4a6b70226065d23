/**
 * A merge: the chosen units of the file are created (new) or updated (matched by id or name), the chosen
 * reports written over the workspace's report of the same unit and year (with their text and received file
 * versions), everything else kept. Runs inside the
 * transaction of `restoreBackup`; any refusal aborts it whole.
 */
import type { Backup, BackupUnit } from '@/domain/backup/backup-shape';
import { reportKeyOf } from '@/domain/backup/backup-shape';
import { mappedParentId, matchUnits, mergedUnit, type UnitMatch } from '@/domain/backup/match-units';
import { normalizeUnitName, searchKeysOf } from '@/domain/units/unit-name';
import type { CellHistoryRow, CommentRow, ReportRow, UnitRow, XxgkDb } from '../db';
import { RefusedError } from '../errors';
import { putWithSummaries } from '../report-summary';
import { perCell } from '../history-rows';
import { commentFromBackup, historyFromBackup, reportFromBackup, restoreHistory, unitFromBackup } from './backup-rows';
import type { RestoreChoice, RestoreOutcome } from './restore-types';
import { takeExtras } from './restore-extras';
import { receiptsById, takeReceipt, takeRosters } from './restore-office';

type Merge = Extract<RestoreChoice, { mode: 'merge' }>;

export async function mergeBackup(db: XxgkDb, backup: Backup, choice: Merge, who: string): Promise<RestoreOutcome> {
  const now = Date.now();
  const currentUnits = await db.units.toArray();
  const matches = matchUnits(currentUnits, backup.units);
  const units = await writeUnits(db, backup, choice.takeUnits, matches, currentUnits, now);
  const written: ReportRow[] = [];
  let changedCells = 0;
  const extras = { texts: 0, receivedVersions: 0 };
  const byId = new Map(backup.reports.map((r) => [r.id, r]));
  const receipts = receiptsById(backup);
  for (const key of choice.take) {
    const report = byId.get(key);
    if (!report) throw new RefusedError('所选的报表不在这个备份文件中，请重新选择备份文件。未导入任何数据。');
    const match = matches.get(report.unitId);
    const unitId = match?.current?.id ?? (choice.takeUnits.has(report.unitId) ? report.unitId : undefined);
    if (unitId === undefined) {
      const name = match?.backup.name ?? report.unitId;
      throw new RefusedError(
        `报表“${name} ${report.year} 年”所属的单位“${name}”不在当前数据中，也未勾选导入。` +
          '请同时勾选该单位，或取消勾选这份报表。未导入任何数据。',
      );
    }
    const id = reportKeyOf(unitId, report.year);
    const existing = await db.reports.get(id);
    const row = reportFromBackup(report, { id, unitId }, existing, now);
    await addMissing(db, backup, report.id, id);
    const taken = await takeExtras(db, backup, report.id, id);
    await takeReceipt(db, receipts, report.id, { id, unitId });
    extras.texts += taken.texts;
    extras.receivedVersions += taken.receivedVersions;
    const history = restoreHistory(existing, row, who, now);
    await db.cellHistory.bulkAdd(history);
    changedCells += history.length;
    written.push(row);
  }
  // A roster names units by id: the file's ids mapped to the workspace's, and only units it now holds.
  const present = new Set((await db.units.toArray()).map((u) => u.id));
  const unitIdOf = (key: string) => {
    const id = matches.get(key)?.current?.id ?? key;
    return present.has(id) ? id : undefined;
  };
  await takeRosters(db, backup, unitIdOf, now);
  // A unit's kind is read by T3: its other reports' summaries follow the restored kind.
  const writtenIds = new Set(written.map((r) => r.id));
  const others = (
    await db.reports
      .where('unitId')
      .anyOf(units.map((u) => u.id))
      .toArray()
  ).filter((r) => !writtenIds.has(r.id));
  await putWithSummaries(db, [...written, ...others], now);
  return { units: units.length, reports: written.length, changedCells, ...extras };
}

async function writeUnits(
  db: XxgkDb,
  backup: Backup,
  takeUnits: ReadonlySet<string>,
  matches: ReadonlyMap<string, UnitMatch<UnitRow>>,
  currentUnits: readonly UnitRow[],
  now: number,
): Promise<UnitRow[]> {
  const byId = new Map(backup.units.map((u) => [u.id, u]));
  const created = new Set([...takeUnits].filter((key) => !matches.get(key)?.current));
  const rows: UnitRow[] = [];
  for (const key of takeUnits) {
    const unit: BackupUnit | undefined = byId.get(key);
    if (!unit) throw new RefusedError('所选的单位不在这个备份文件中，请重新选择备份文件。未导入任何数据。');
    const current = matches.get(key)?.current;
    const parentId = mappedParentId(unit, matches, created);
    if (current) {
      const merged = mergedUnit(current, unit, parentId);
      rows.push({ ...merged, searchKeys: searchKeysOf(merged.name, merged.aliases), updatedAt: now });
    } else {
      const row = unitFromBackup(unit);
      if (parentId === undefined) delete row.parentId;
      else row.parentId = parentId;
      rows.push(row);
    }
  }
  refuseNameClashes(currentUnits, rows);
  await db.units.bulkPut(rows);
  return rows;
}

/** After the merge, no two live units may answer to the same name (imports find units by name). */
function refuseNameClashes(currentUnits: readonly UnitRow[], writes: readonly UnitRow[]): void {
  const after = new Map(currentUnits.map((u) => [u.id, u]));
  for (const row of writes) after.set(row.id, row);
  const owner = new Map<string, UnitRow>();
  for (const unit of after.values()) {
    if (unit.deletedAt !== undefined) continue;
    for (const key of new Set([unit.name, ...unit.aliases].map(normalizeUnitName))) {
      const other = owner.get(key);
      if (other) {
        throw new RefusedError(
          `导入后单位“${other.name}”和“${unit.name}”的名称（或曾用名）会相同。` +
            '请先在单位列表中改名或合并，或不勾选其中一个单位。未导入任何数据。',
        );
      }
      owner.set(key, unit);
    }
  }
}

/** The file's history and comments of a taken report that the workspace does not already have. */
async function addMissing(db: XxgkDb, backup: Backup, backupId: string, targetId: string): Promise<void> {
  // Compared cell by cell: an import's one row of changes may be stored here and in the file differently.
  const have = perCell(await db.cellHistory.where('reportId').equals(targetId).toArray());
  const haveHistory = new Set(have.map(historySig));
  const taken = (backup.cellHistory ?? [])
    .filter((h) => h.reportId === backupId)
    .map((h) => historyFromBackup(h, targetId, false));
  const history = perCell(taken)
    .filter((h) => !haveHistory.has(historySig(h)))
    .sort((a, b) => a.at - b.at);
  await db.cellHistory.bulkAdd(history);
  const haveComments = new Set((await db.comments.where('reportId').equals(targetId).toArray()).map(commentSig));
  const comments = backup.comments
    .filter((c) => c.reportId === backupId)
    .map((c) => commentFromBackup(c, targetId, false))
    .filter((c) => !haveComments.has(commentSig(c)));
  await db.comments.bulkAdd(comments);
}

const historySig = (h: CellHistoryRow) => JSON.stringify([h.field, h.at, h.who, h.old, h.new]);
const commentSig = (c: CommentRow) => JSON.stringify([c.field, c.at, c.who, c.text]);
