/**
 * Which reports make up an area's total, so that nothing is counted twice: the area's own office (本级) counts
 * as a unit like any other; a sub-area (a district inside a city) counts either through its own received total
 * or through its units, never both.
 */
import type { UnitKind } from '../format/types';

export interface UnitNode {
  id: string;
  kind: UnitKind;
  parentId?: string | undefined;
  archived?: boolean | undefined;
}

export interface ContributorChoice {
  /** Unit ids whose reports are summed. */
  unitIds: string[];
  /** Sub-areas taken as a whole (their received total) although they also have units of their own. */
  takenWhole: string[];
}

/**
 * `hasFigures(unitId)` says whether a unit has a report with figures for the year. A sub-area with its own
 * figures is taken whole when `preferWhole` includes it, or when none of its units has figures.
 */
export function chooseContributors(
  areaId: string,
  units: readonly UnitNode[],
  hasFigures: (unitId: string) => boolean,
  preferWhole: ReadonlySet<string> = new Set(),
): ContributorChoice {
  const children = new Map<string, UnitNode[]>();
  for (const u of units) {
    if (u.archived || !u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const choice: ContributorChoice = { unitIds: [], takenWhole: [] };
  const visit = (parentId: string, seen: Set<string>) => {
    for (const u of children.get(parentId) ?? []) {
      if (seen.has(u.id)) continue; // a parent cycle in bad data must not loop forever
      seen.add(u.id);
      if (u.kind !== '区域汇总') {
        choice.unitIds.push(u.id);
        continue;
      }
      const subUnitsHaveFigures = anyWithFigures(u.id, children, hasFigures, new Set());
      if (hasFigures(u.id) && (preferWhole.has(u.id) || !subUnitsHaveFigures)) {
        choice.unitIds.push(u.id);
        if (subUnitsHaveFigures) choice.takenWhole.push(u.id);
      } else {
        visit(u.id, seen);
      }
    }
  };
  visit(areaId, new Set([areaId]));
  return choice;
}

function anyWithFigures(
  id: string,
  children: ReadonlyMap<string, UnitNode[]>,
  hasFigures: (unitId: string) => boolean,
  seen: Set<string>,
): boolean {
  for (const u of children.get(id) ?? []) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    if (hasFigures(u.id) || anyWithFigures(u.id, children, hasFigures, seen)) return true;
  }
  return false;
}
