/** The kinds of unit, in the order forms offer them, and how each is named on screen. */
import type { UnitKind } from '../format/types';

export const UNIT_KINDS: readonly UnitKind[] = [
  '部门',
  '乡镇街道',
  '区县政府本级',
  '设区的市政府本级',
  '省级政府本级',
  '区域汇总',
  '其他',
];

/** `区域汇总` is the area total a clerk knows as 全区 / 全市; the other kinds read as stored. */
export function kindLabel(kind: UnitKind): string {
  return kind === '区域汇总' ? '全区/全市汇总' : kind;
}

/** The area units (区域汇总) still in use: the areas an office collects, consolidates and sets as a parent. */
export function areaUnits<U extends { kind: UnitKind; archived?: boolean }>(units: readonly U[]): U[] {
  return units.filter((u) => u.kind === '区域汇总' && !u.archived);
}

export function isUnitKind(value: unknown): value is UnitKind {
  return typeof value === 'string' && (UNIT_KINDS as readonly string[]).includes(value);
}
