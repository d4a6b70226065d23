/** The units of a backup file: validated, defaults filled, names cleaned as the unit list stores them. */
import type { UnitKind } from '../format/types';
import { cleanUnitName, normalizeUnitName } from '../units/unit-name';
import type { BackupUnit } from './backup-shape';
import { isRecord, isTime, shown, text, type ParseIssues } from './parse-issues';
import { UNIT_KINDS } from '../units/unit-kinds';

export function parseUnits(raw: unknown, fileTime: number, issues: ParseIssues): BackupUnit[] {
  if (!Array.isArray(raw)) {
    issues.refuse('备份文件不完整或已损坏：缺少单位列表。');
    return [];
  }
  const units: BackupUnit[] = [];
  const ids = new Set<string>();
  raw.forEach((item, index) => {
    const unit = parseUnit(item, index, fileTime, issues);
    if (!unit) return;
    if (ids.has(unit.id)) {
      issues.refuse(`备份文件中单位“${unit.name}”的编号与另一个单位重复，文件可能已被改动。`);
      return;
    }
    ids.add(unit.id);
    units.push(unit);
  });
  for (const unit of units) {
    if (unit.parentId !== undefined && !ids.has(unit.parentId)) {
      issues.refuse(`单位“${unit.name}”的上级单位在备份文件中不存在，文件可能不完整。`);
    }
  }
  refuseSharedNames(units, issues);
  return units;
}

function parseUnit(item: unknown, index: number, fileTime: number, issues: ParseIssues): BackupUnit | undefined {
  const where = `第 ${index + 1} 个单位`;
  if (!isRecord(item)) {
    issues.refuse(`备份文件中${where}的内容不完整，文件可能已损坏。`);
    return undefined;
  }
  const id = text(item.id);
  const name = typeof item.name === 'string' ? cleanUnitName(item.name) : '';
  if (!id || name === '') {
    issues.refuse(`备份文件中${where}缺少编号或名称，文件可能已损坏。`);
    return undefined;
  }
  const kind = item.kind as UnitKind;
  if (!UNIT_KINDS.includes(kind)) {
    issues.refuse(`单位“${name}”的单位类型“${shown(item.kind)}”本工具不认识，请先更新本工具。`);
    return undefined;
  }
  const aliasesRaw: unknown[] = Array.isArray(item.aliases) ? (item.aliases as unknown[]) : [];
  const aliases = [
    ...new Set(aliasesRaw.map((a) => (typeof a === 'string' ? cleanUnitName(a) : '')).filter((a) => a && a !== name)),
  ];
  const createdAt = isTime(item.createdAt) ? item.createdAt : fileTime;
  const unit: BackupUnit = {
    id,
    name,
    aliases,
    kind,
    archived: item.archived === true,
    createdAt,
    updatedAt: isTime(item.updatedAt) ? item.updatedAt : createdAt,
  };
  for (const key of ['parentId', 'creditCode', 'contactPerson', 'contactPhone'] as const) {
    const value = text(item[key]);
    if (value !== undefined) unit[key] = key === 'creditCode' ? value.toUpperCase() : value;
  }
  if (isTime(item.deletedAt)) unit.deletedAt = item.deletedAt;
  return unit;
}

/** Two live units answering to one name would make every import and match ambiguous. */
function refuseSharedNames(units: readonly BackupUnit[], issues: ParseIssues): void {
  const owner = new Map<string, BackupUnit>();
  for (const unit of units) {
    if (unit.deletedAt !== undefined) continue;
    for (const name of new Set([unit.name, ...unit.aliases].map(normalizeUnitName))) {
      const other = owner.get(name);
      if (other && other !== unit) {
        issues.refuse(`备份文件中单位“${other.name}”和“${unit.name}”的名称（或曾用名）相同，文件可能已被改动。`);
      } else {
        owner.set(name, unit);
      }
    }
  }
}
