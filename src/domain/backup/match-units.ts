/**
 * Which unit of the workspace a backup's unit is: the same id first (a file made from this workspace, or from
 * a colleague's copy of it), then the same name or alias in any bracket/space style (a colleague who created the
 * unit on their own). One matching serves the preview and the restore, so both always agree.
 */
import { normalizeUnitName } from '../units/unit-name';
import type { BackupUnit } from './backup-shape';

/** The fields of a stored unit that a backup compares and restores: the file's unit less its timestamps. */
export type UnitLike = Omit<BackupUnit, 'aliases' | 'createdAt' | 'updatedAt'> & { aliases: readonly string[] };

export interface UnitMatch<U extends UnitLike = UnitLike> {
  backup: BackupUnit;
  /** The workspace's unit it corresponds to, if any. */
  current?: U;
  by?: 'id' | 'name';
}

/** One entry per backup unit, keyed by the backup unit's id. */
export function matchUnits<U extends UnitLike>(
  current: readonly U[],
  backupUnits: readonly BackupUnit[],
): Map<string, UnitMatch<U>> {
  const byId = new Map(current.map((u) => [u.id, u]));
  const claimed = new Set<string>();
  const matches = new Map<string, UnitMatch<U>>();
  for (const unit of backupUnits) {
    const same = byId.get(unit.id);
    if (same) {
      matches.set(unit.id, { backup: unit, current: same, by: 'id' });
      claimed.add(same.id);
    }
  }
  const byName = nameIndex(current);
  for (const unit of backupUnits) {
    if (matches.has(unit.id)) continue;
    // A deleted unit of the file is history, not a claim on a live name.
    const hit =
      unit.deletedAt === undefined
        ? [unit.name, ...unit.aliases]
            .map((n) => byName.get(normalizeUnitName(n)))
            .find((u) => u !== undefined && !claimed.has(u.id))
        : undefined;
    if (hit) {
      claimed.add(hit.id);
      matches.set(unit.id, { backup: unit, current: hit, by: 'name' });
    } else {
      matches.set(unit.id, { backup: unit });
    }
  }
  return matches;
}

/** Live units by normalised name, a unit's own name taking precedence over another's alias. */
function nameIndex<U extends UnitLike>(current: readonly U[]): Map<string, U> {
  const index = new Map<string, U>();
  const live = current.filter((u) => u.deletedAt === undefined);
  for (const u of live) index.set(normalizeUnitName(u.name), u);
  for (const u of live) {
    for (const alias of u.aliases) {
      const key = normalizeUnitName(alias);
      if (!index.has(key)) index.set(key, u);
    }
  }
  return index;
}

/** Where a backup unit's rows go: the matched unit's id, else its own id (it will be created). */
export function targetUnitId(match: UnitMatch | undefined, backupUnitId: string): string {
  return match?.current?.id ?? backupUnitId;
}

/**
 * The workspace's unit after taking the backup's version of it: the backup's name and attributes, every name
 * either side ever had kept as an alias (files still carry old names), and the parent mapped to this workspace.
 */
export function mergedUnit<U extends UnitLike>(current: U, backup: BackupUnit, parentId: string | undefined): U {
  const names = [current.name, ...current.aliases, ...backup.aliases];
  const aliases = [...new Set(names)].filter((a) => normalizeUnitName(a) !== normalizeUnitName(backup.name));
  const merged: U = { ...current, name: backup.name, aliases, kind: backup.kind, archived: backup.archived };
  for (const key of ['creditCode', 'contactPerson', 'contactPhone'] as const) {
    const value = backup[key];
    if (value !== undefined) merged[key] = value;
  }
  if (parentId !== undefined) merged.parentId = parentId;
  if (backup.deletedAt === undefined) delete merged.deletedAt;
  else merged.deletedAt = backup.deletedAt;
  return merged;
}

/** The backup's parent as an id of this workspace, when the parent exists here or is being created. */
export function mappedParentId(
  backup: BackupUnit,
  matches: ReadonlyMap<string, UnitMatch>,
  created: ReadonlySet<string> = new Set(),
): string | undefined {
  if (backup.parentId === undefined) return undefined;
  const parent = matches.get(backup.parentId);
  if (parent?.current) return parent.current.id;
  return created.has(backup.parentId) ? backup.parentId : undefined;
}
