/**
 * Units (the departments, 乡镇街道 and offices that file reports): identity, names and aliases, kind,
 * hierarchy, archive, soft delete and merge. Every function is one transaction and resolves after the commit.
 */
import type { UnitKind } from '@/domain/format/types';
import { creditCodeProblem, normalizeCreditCode } from './credit-code';
import type { UnitRow, XxgkDb } from './db';
import { nextStamp, refuseIfStale, revOf } from './edit-stamp';
import { RefusedError, runRead, runWrite } from './errors';
import { putWithSummaries, reportIdOf } from './report-summary';
import { settingsRepo } from './settings-repo';
import { newUuid } from './uuid';
import { cleanUnitName, normalizeUnitName, searchKeysOf } from './unit-name';

export interface NewUnit {
  name: string;
  kind: UnitKind;
  aliases?: readonly string[];
  parentId?: string;
  creditCode?: string;
  contactPerson?: string;
  contactPhone?: string;
}

export interface UnitContact {
  contactPerson?: string;
  contactPhone?: string;
}

export function unitsRepo(db: XxgkDb) {
  return {
    create: (input: NewUnit) => createUnit(db, input),
    get: (id: string) => runRead(db, () => db.units.get(id)),
    /** Units not deleted, by name; archived ones included (the list greys them). */
    list: (opts: { includeDeleted?: boolean } = {}) => runRead(db, () => listUnits(db, opts.includeDeleted ?? false)),
    rename: (id: string, newName: string) => renameUnit(db, id, newName),
    setAliases: (id: string, aliases: readonly string[]) =>
      updateUnit(db, id, async (u) => {
        const cleaned = [...new Set(aliases.map(cleanUnitName).filter((a) => a !== '' && a !== u.name))];
        await refuseTakenNames(db, cleaned, u.id);
        u.aliases = cleaned;
      }),
    setKind: (id: string, kind: UnitKind) => setKind(db, id, kind),
    setParent: (id: string, parentId: string | undefined) => setParent(db, id, parentId),
    setCreditCode: (id: string, code: string | undefined) =>
      updateUnit(db, id, (u) => {
        const trimmed = code?.trim() ?? '';
        if (trimmed === '') {
          delete u.creditCode;
          return;
        }
        const problem = creditCodeProblem(trimmed);
        if (problem) throw new RefusedError(problem);
        u.creditCode = normalizeCreditCode(trimmed);
      }),
    setContact: (id: string, contact: UnitContact) =>
      updateUnit(db, id, (u) => {
        setOptional(u, 'contactPerson', contact.contactPerson);
        setOptional(u, 'contactPhone', contact.contactPhone);
      }),
    archive: (id: string) => updateUnit(db, id, (u) => void (u.archived = true)),
    unarchive: (id: string) => updateUnit(db, id, (u) => void (u.archived = false)),
    softDelete: (id: string) => updateUnit(db, id, (u) => void (u.deletedAt = Date.now())),
    restore: (id: string) => restoreUnit(db, id),
    merge: (fromId: string, intoId: string) => mergeUnits(db, fromId, intoId),
    /**
     * Runs an edit form's setters as one transaction against the unit's version when the form opened
     * (`unitRev`): refused with a `StaleWriteError` when another window edited the unit since, and nothing saved.
     */
    editAt: (id: string, expectedRev: number, edit: () => Promise<unknown>) => editAt(db, id, expectedRev, edit),
    /** The live unit whose name or alias matches in any bracket/space style, or undefined. */
    findByName: (name: string) => runRead(db, () => findByName(db, name)),
  };
}

export type UnitsRepo = ReturnType<typeof unitsRepo>;

async function listUnits(db: XxgkDb, includeDeleted: boolean): Promise<UnitRow[]> {
  const all = await db.units.orderBy('name').toArray();
  return includeDeleted ? all : all.filter((u) => u.deletedAt === undefined);
}

async function findByName(db: XxgkDb, name: string, exceptId?: string): Promise<UnitRow | undefined> {
  const key = normalizeUnitName(name);
  if (key === '') return undefined;
  const hits = await db.units.where('searchKeys').equals(key).toArray();
  return hits.find((u) => u.deletedAt === undefined && u.id !== exceptId);
}

async function refuseTakenNames(db: XxgkDb, names: readonly string[], exceptId?: string): Promise<void> {
  // Every name looked up at once; the first one taken, in the order given, is the one named.
  const others = await Promise.all(names.map((name) => findByName(db, name, exceptId)));
  for (const [i, name] of names.entries()) {
    const other = others[i];
    if (other) {
      throw new RefusedError(
        `名称“${name}”已被单位“${other.name}”使用（名称或曾用名），请换一个名称或先合并这两个单位。`,
      );
    }
  }
}

function setOptional(u: UnitRow, key: 'contactPerson' | 'contactPhone', value: string | undefined): void {
  const v = value?.trim() ?? '';
  if (v === '') delete u[key];
  else u[key] = v;
}

function requireName(name: string): string {
  const cleaned = cleanUnitName(name);
  if (cleaned === '') throw new RefusedError('单位名称不能为空，请填写单位全称。');
  return cleaned;
}

async function createUnit(db: XxgkDb, input: NewUnit): Promise<UnitRow> {
  return runWrite(db, ['units'], async () => {
    const row = await checkedNewUnit(db, input);
    await db.units.add(row);
    return row;
  });
}

/**
 * A new unit's row once every check has passed (name and aliases free, parent present, credit code valid), not
 * yet stored: an import adds it together with the rest of its writes. Call inside a transaction on `units`.
 */
export async function checkedNewUnit(db: XxgkDb, input: NewUnit): Promise<UnitRow> {
  const row = newUnitRow(input);
  await refuseNewUnitClashes(db, row);
  return row;
}

/** A new unit's row from what was typed or read, checked in itself (name, credit code); nothing is read. */
export function newUnitRow(input: NewUnit): UnitRow {
  const name = requireName(input.name);
  const aliases = [...new Set((input.aliases ?? []).map(cleanUnitName).filter((a) => a !== '' && a !== name))];
  let creditCode: string | undefined;
  if (input.creditCode?.trim()) {
    const problem = creditCodeProblem(input.creditCode);
    if (problem) throw new RefusedError(problem);
    creditCode = normalizeCreditCode(input.creditCode);
  }
  const now = Date.now();
  const row: UnitRow = {
    id: newUuid(),
    name,
    aliases,
    searchKeys: searchKeysOf(name, aliases),
    kind: input.kind,
    archived: false,
    createdAt: now,
    updatedAt: now,
    ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
    ...(creditCode ? { creditCode } : {}),
  };
  setOptional(row, 'contactPerson', input.contactPerson);
  setOptional(row, 'contactPhone', input.contactPhone);
  return row;
}

/** What a new unit's row must not meet in the store: its name or an alias already used, a missing parent. */
export async function refuseNewUnitClashes(db: XxgkDb, row: UnitRow): Promise<void> {
  const [, parent] = await Promise.all([
    refuseTakenNames(db, [row.name, ...row.aliases]),
    row.parentId !== undefined ? db.units.get(row.parentId) : undefined,
  ]);
  if (row.parentId !== undefined && !parent) throw new RefusedError('所选的上级单位不存在，请重新选择。');
}

async function mustGetUnit(db: XxgkDb, id: string): Promise<UnitRow> {
  const unit = await db.units.get(id);
  if (!unit) throw new RefusedError('找不到这个单位，可能已被合并。请刷新单位列表。');
  return unit;
}

/** Loads the unit, lets `change` edit it, refreshes its search keys and stores it. */
async function updateUnit(db: XxgkDb, id: string, change: (u: UnitRow) => void | Promise<void>): Promise<UnitRow> {
  return runWrite(db, ['units', 'reports'], async () => {
    const unit = await mustGetUnit(db, id);
    await change(unit);
    unit.searchKeys = searchKeysOf(unit.name, unit.aliases);
    unit.updatedAt = Date.now();
    await db.units.put(unit);
    return unit;
  });
}

/** The version of a unit as stored (0 before its first edit through a form). */
export function unitRev(unit: Pick<UnitRow, 'stamp'>): number {
  return revOf(unit.stamp);
}

async function editAt(db: XxgkDb, id: string, expectedRev: number, edit: () => Promise<unknown>): Promise<UnitRow> {
  return runWrite(db, ['units', 'reports', 'settings'], async () => {
    const before = await mustGetUnit(db, id);
    refuseIfStale(`单位“${before.name}”的信息`, before.stamp, expectedRev, before);
    // The setters join this transaction: a refusal of any of them stores none.
    await edit();
    const after = await mustGetUnit(db, id);
    // Signed with this browser's operator name, as cell edits are.
    after.stamp = nextStamp(before.stamp, (await settingsRepo(db).operatorName()) ?? '');
    await db.units.put(after);
    return after;
  });
}

async function renameUnit(db: XxgkDb, id: string, newName: string): Promise<UnitRow> {
  return updateUnit(db, id, async (u) => {
    const name = requireName(newName);
    if (name === u.name) return;
    await refuseTakenNames(db, [name], u.id);
    // The old name stays findable: files and last year's reports still carry it.
    u.aliases = [...new Set([...u.aliases, u.name])].filter((a) => a !== name);
    u.name = name;
  });
}

async function setKind(db: XxgkDb, id: string, kind: UnitKind): Promise<UnitRow> {
  return updateUnit(db, id, async (u) => {
    u.kind = kind;
    // T3 reads the kind: the stored summaries of this unit's reports must follow.
    await db.units.put(u);
    const reports = await db.reports.where('unitId').equals(u.id).toArray();
    await putWithSummaries(db, reports, Date.now());
  });
}

async function setParent(db: XxgkDb, id: string, parentId: string | undefined): Promise<UnitRow> {
  return updateUnit(db, id, async (u) => {
    if (parentId === undefined) {
      delete u.parentId;
      return;
    }
    // Walk up from the new parent: reaching this unit would make a loop.
    let cursor: string | undefined = parentId;
    for (let depth = 0; cursor !== undefined && depth < 100; depth += 1) {
      if (cursor === u.id) throw new RefusedError('不能把单位设为自己下级单位的下级，请重新选择上级单位。');
      cursor = (await mustGetUnit(db, cursor)).parentId;
    }
    u.parentId = parentId;
  });
}

async function restoreUnit(db: XxgkDb, id: string): Promise<UnitRow> {
  return updateUnit(db, id, async (u) => {
    await refuseTakenNames(db, [u.name, ...u.aliases], u.id);
    delete u.deletedAt;
  });
}

/**
 * Merges a duplicate unit into another: its reports, history and comments move over, its names become
 * aliases, and it is deleted. Refused as a whole when both units have a report for the same year.
 */
async function mergeUnits(db: XxgkDb, fromId: string, intoId: string): Promise<UnitRow> {
  if (fromId === intoId) throw new RefusedError('不能把单位合并到它自己。');
  return runWrite(db, ['units', 'reports', 'cellHistory', 'comments'], async () => {
    const from = await mustGetUnit(db, fromId);
    const into = await mustGetUnit(db, intoId);
    const moving = await db.reports.where('unitId').equals(fromId).toArray();
    const clashes: number[] = [];
    for (const r of moving) if (await db.reports.get(reportIdOf(intoId, r.year))) clashes.push(r.year);
    if (clashes.length > 0) {
      const years = clashes
        .sort((a, b) => a - b)
        .map((y) => `${y} 年`)
        .join('、');
      throw new RefusedError(
        `“${from.name}”和“${into.name}”都有 ${years}的报表，无法合并。请先删除或导出其中一份后再合并。`,
      );
    }
    const moved = [];
    for (const r of moving) {
      const newId = reportIdOf(intoId, r.year);
      await db.reports.delete(r.id);
      await db.cellHistory.where('reportId').equals(r.id).modify({ reportId: newId });
      await db.comments.where('reportId').equals(r.id).modify({ reportId: newId });
      moved.push({ ...r, id: newId, unitId: intoId, rev: r.rev + 1 });
    }
    // The source's children now hang under the target; the target itself takes the source's parent.
    await db.units.where('parentId').equals(fromId).modify({ parentId: intoId });
    if (into.parentId === fromId) {
      if (from.parentId !== undefined && from.parentId !== intoId) into.parentId = from.parentId;
      else delete into.parentId;
    }
    into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((a) => a !== into.name);
    into.searchKeys = searchKeysOf(into.name, into.aliases);
    for (const key of ['creditCode', 'contactPerson', 'contactPhone'] as const) {
      const fallback = from[key];
      if (into[key] === undefined && fallback !== undefined) into[key] = fallback;
    }
    into.updatedAt = Date.now();
    await db.units.put(into);
    await db.units.delete(fromId);
    // Moved reports now read the target's kind and its neighbouring years.
    await putWithSummaries(db, moved, Date.now());
    return into;
  });
}
