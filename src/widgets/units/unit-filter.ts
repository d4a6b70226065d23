/** Which units the list shows: by kind, with archived and deleted ones only when asked for. */
import type { UnitKind } from '@/domain/format/types';
import type { UnitRow } from '@/storage/db';

export interface UnitFilter {
  /** `all` or one kind. */
  kind: UnitKind | 'all';
  showArchived: boolean;
  showDeleted: boolean;
}

export const DEFAULT_FILTER: UnitFilter = { kind: 'all', showArchived: false, showDeleted: false };

/** Chinese names in the order clerks expect (pinyin), not by code point as the database returns them. */
const byName = new Intl.Collator('zh-CN').compare;

export function filterUnits(units: readonly UnitRow[], filter: UnitFilter): UnitRow[] {
  return sortByName(units.filter((u) => {
    if (filter.kind !== 'all' && u.kind !== filter.kind) return false;
    if (u.deletedAt !== undefined) return filter.showDeleted;
    if (u.archived) return filter.showArchived;
    return true;
  }));
}

export function sortByName(units: readonly UnitRow[]): UnitRow[] {
  return [...units].sort((a, b) => byName(a.name, b.name));
}

/** The state a row shows: 已删除 wins over 已归档 (a deleted unit keeps its archive flag for its restore). */
export function unitState(unit: UnitRow): '正常' | '已归档' | '已删除' {
  if (unit.deletedAt !== undefined) return '已删除';
  return unit.archived ? '已归档' : '正常';
}

/** Units a unit may be placed under: live, not itself, and not one of its own descendants (no loops). */
export function parentCandidates(units: readonly UnitRow[], unitId?: string): UnitRow[] {
  const live = units.filter((u) => u.deletedAt === undefined);
  if (unitId === undefined) return live;
  const below = new Set<string>([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of live) {
      if (u.parentId !== undefined && below.has(u.parentId) && !below.has(u.id)) {
        below.add(u.id);
        grew = true;
      }
    }
  }
  return live.filter((u) => !below.has(u.id));
}

/** Units another unit can be merged into: live ones other than itself. */
export function mergeTargets(units: readonly UnitRow[], fromId: string): UnitRow[] {
  return units.filter((u) => u.deletedAt === undefined && u.id !== fromId);
}
