/** A unit's differences as a clerk reads them: `名称：区教体局 → 区教育局`, `增加曾用名：区教委` … */
import type { UnitLike, UnitMatch } from './match-units';

export function unitChanges(
  before: UnitLike,
  after: UnitLike,
  all: readonly UnitLike[],
  matches: ReadonlyMap<string, UnitMatch>,
): string[] {
  const changes: string[] = [];
  if (before.name !== after.name) changes.push(`名称：${before.name} → ${after.name}`);
  const added = after.aliases.filter((a) => !before.aliases.includes(a) && a !== before.name);
  if (added.length > 0) changes.push(`增加曾用名：${added.join('、')}`);
  if (before.kind !== after.kind) changes.push(`单位类型：${before.kind} → ${after.kind}`);
  if (before.parentId !== after.parentId) {
    changes.push(`上级单位：${nameOf(before.parentId, all, matches)} → ${nameOf(after.parentId, all, matches)}`);
  }
  const labels = { creditCode: '统一社会信用代码', contactPerson: '联系人', contactPhone: '联系电话' } as const;
  for (const key of ['creditCode', 'contactPerson', 'contactPhone'] as const) {
    if (before[key] !== after[key])
      changes.push(`${labels[key]}：${before[key] ?? '（无）'} → ${after[key] ?? '（无）'}`);
  }
  if (before.archived !== after.archived) changes.push(after.archived ? '将归档' : '将取消归档');
  if ((before.deletedAt === undefined) !== (after.deletedAt === undefined)) {
    changes.push(after.deletedAt === undefined ? '将从已删除中恢复' : '将标记为已删除');
  }
  return changes;
}

function nameOf(id: string | undefined, all: readonly UnitLike[], matches: ReadonlyMap<string, UnitMatch>): string {
  if (id === undefined) return '（无）';
  return all.find((u) => u.id === id)?.name ?? matches.get(id)?.backup.name ?? '（未知单位）';
}
