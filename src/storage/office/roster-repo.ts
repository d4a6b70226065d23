/**
 * The 报送名单 of an area and year: the units expected to report. Set up by pasting names (new units are created
 * with the kind their name suggests, under the area), edited in place, carried to the next year in one action.
 * Each function is one transaction.
 */
import type { UnitKind } from '@/domain/format/types';
import type { RosterRow, XxgkDb } from '../db';
import { RefusedError, runRead, runWrite } from '../errors';
import { unitsRepo } from '../units-repo';

export const rosterIdOf = (areaId: string, year: number) => `${areaId}:${year}`;

export interface RosterEntry {
  name: string;
  kind: UnitKind;
}

export interface RosterAdded {
  created: number;
  /** Names that matched a unit already stored (by name or alias, in any bracket or space style). */
  matched: number;
  unitIds: string[];
}

export function rosterRepo(db: XxgkDb) {
  return {
    get: (areaId: string, year: number) => runRead(db, () => db.rosters.get(rosterIdOf(areaId, year))),
    /** Pasted names: existing units are taken as they are, new ones created under `parentId` (the area by default). */
    addNames: (areaId: string, year: number, entries: readonly RosterEntry[], parentId: string = areaId) =>
      runWrite(db, ['units', 'reports', 'rosters'], async (): Promise<RosterAdded> => {
        const units = unitsRepo(db);
        const ids: string[] = [];
        let created = 0;
        for (const entry of entries) {
          const found = await units.findByName(entry.name);
          if (found) ids.push(found.id);
          else {
            ids.push((await units.create({ name: entry.name, kind: entry.kind, parentId })).id);
            created += 1;
          }
        }
        await addToRoster(db, areaId, year, ids);
        return { created, matched: ids.length - created, unitIds: ids };
      }),
    addUnits: (areaId: string, year: number, unitIds: readonly string[]) =>
      runWrite(db, ['rosters'], () => addToRoster(db, areaId, year, unitIds)),
    remove: (areaId: string, year: number, unitIds: readonly string[], expectedRev: number) =>
      runWrite(db, ['rosters'], async () => {
        const row = await mustGet(db, areaId, year, expectedRev);
        await db.rosters.put({
          ...row,
          unitIds: row.unitIds.filter((id) => !unitIds.includes(id)),
          updatedAt: Date.now(),
          rev: row.rev + 1,
        });
      }),
    /** 上级单位 of many units at once (each checked against loops as one edit would be). */
    setParentOfMany: (unitIds: readonly string[], parentId: string | undefined) =>
      runWrite(db, ['units', 'reports'], async () => {
        for (const id of unitIds) await unitsRepo(db).setParent(id, parentId);
      }),
    /** The next year's roster takes every unit of this year's still in use (added to any it already has). */
    carryToNextYear: (areaId: string, year: number) =>
      runWrite(db, ['units', 'rosters'], async () => {
        const row = await db.rosters.get(rosterIdOf(areaId, year));
        if (!row || row.unitIds.length === 0)
          throw new RefusedError(`${year} 年度的报送名单是空的，没有可带入下一年度的单位。`);
        const live = (await db.units.bulkGet(row.unitIds)).filter((u) => u && u.deletedAt === undefined && !u.archived);
        await addToRoster(
          db,
          areaId,
          year + 1,
          live.flatMap((u) => (u ? [u.id] : [])),
        );
        return live.length;
      }),
  };
}

async function mustGet(db: XxgkDb, areaId: string, year: number, expectedRev: number): Promise<RosterRow> {
  const row = await db.rosters.get(rosterIdOf(areaId, year));
  if (!row || row.rev !== expectedRev) {
    throw new RefusedError('报送名单已在其他窗口被修改，本次操作未保存。请核对最新名单后再操作。');
  }
  return row;
}

/** Adds units to a roster (created when absent); inside the caller's transaction. */
export async function addToRoster(db: XxgkDb, areaId: string, year: number, unitIds: readonly string[]): Promise<void> {
  const id = rosterIdOf(areaId, year);
  const row = await db.rosters.get(id);
  const merged = [...new Set([...(row?.unitIds ?? []), ...unitIds])];
  if (row && merged.length === row.unitIds.length) return;
  await db.rosters.put({ id, areaId, year, unitIds: merged, updatedAt: Date.now(), rev: (row?.rev ?? 0) + 1 });
}
