/**
 * Receipts and rosters in real IndexedDB: an import receives the file, puts a new unit under the area being
 * collected and on its roster; a return needs reasons and the rev it was decided on; a pasted list creates the
 * units once; the roster is carried to the next year; a version 2 database gets a receipt for every file it has.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile } from '@/io/import/import-file';
import { SCHEMA_VERSIONS } from '@/storage/db';
import { dumpDb, loadDump, type DbDump } from '@/storage/db-dump';
import { RefusedError } from '@/storage/errors';
import { commitImport } from '@/storage/import/commit-import';
import { receiptsRepo, RECEIPT_CHANGED_MESSAGE } from '@/storage/office/receipts-repo';
import { rosterRepo } from '@/storage/office/roster-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../storage/fresh-db';

const FILE = fileURLToPath(new URL('../../fixtures/import/2021-tidy-one-sheet.xlsx', import.meta.url));

async function parsed() {
  const result = await importFile(new Uint8Array(readFileSync(FILE)), '2021-tidy-one-sheet.xlsx');
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('receipts and rosters', () => {
  it('an import for the area being collected creates the unit under it, on its roster, as 已报送', async () => {
    const db = freshDb();
    const area = await unitsRepo(db).create({ name: '湛河区（全区）', kind: '区域汇总' });
    const file = await parsed();
    const done = await commitImport(db, {
      unit: { kind: 'new', name: '湛河区民政局', unitKind: '部门' },
      year: 2025,
      formatId: file.format.id,
      values: file.values,
      fileName: '湛河区民政局2025年度统计表.xlsx',
      who: '王晓',
      receivedAt: 1000,
      collect: { areaId: area.id, year: 2025 },
    });
    expect((await db.units.get(done.unitId))?.parentId).toBe(area.id);
    expect((await rosterRepo(db).get(area.id, 2025))?.unitIds).toEqual([done.unitId]);
    const receipt = await receiptsRepo(db).get(done.unitId, 2025);
    expect(receipt).toMatchObject({
      state: '已报送',
      receivedAt: 1000,
      fileName: '湛河区民政局2025年度统计表.xlsx',
      rev: 1,
    });

    // 退回 needs reasons and the rev the office saw; then a new file is 已报送 again, then 已审核.
    const repo = receiptsRepo(db);
    await expect(repo.returnUnit(done.unitId, 2025, '  ', 1)).rejects.toThrow('请写明退回修改的原因');
    await expect(repo.accept(done.unitId, 2025, 0)).rejects.toThrow(RECEIPT_CHANGED_MESSAGE);
    const returned = await repo.returnUnit(done.unitId, 2025, '表三不平衡', 1, '王晓');
    expect(returned).toMatchObject({ state: '已退回', reasons: '表三不平衡', rev: 2 });
    await expect(repo.accept(done.unitId, 2025, 2)).rejects.toBeInstanceOf(RefusedError);
    await commitImport(db, {
      unit: { kind: 'existing', unitId: done.unitId },
      year: 2025,
      formatId: file.format.id,
      values: file.values,
      fileName: '湛河区民政局2025年度统计表（修改）.xlsx',
      who: '王晓',
      receivedAt: 2000,
    });
    const again = await repo.get(done.unitId, 2025);
    expect(again).toMatchObject({ state: '已报送', receivedAt: 2000, rev: 3 });
    const accepted = await repo.accept(done.unitId, 2025, 3);
    expect(accepted.state).toBe('已审核');
    expect(accepted.steps.map((s) => s.state)).toEqual(['已报送', '已退回', '已报送', '已审核']);
    await db.delete();
  });

  it('a pasted list creates each unit once with its inferred kind, sets parents in one go, carries to next year', async () => {
    const db = freshDb();
    const units = unitsRepo(db);
    const area = await units.create({ name: '湛河区（全区）', kind: '区域汇总' });
    const sub = await units.create({ name: '湛河区教育系统', kind: '区域汇总', parentId: area.id });
    const existing = await units.create({ name: '湛河区民政局', kind: '部门' });
    const roster = rosterRepo(db);
    const added = await roster.addNames(area.id, 2025, [
      { name: '湛河区\u200d民政局', kind: '部门' },
      { name: '马庄街道', kind: '乡镇街道' },
      { name: '湛河区教育局', kind: '部门' },
    ]);
    expect(added).toMatchObject({ created: 2, matched: 1 });
    expect(added.unitIds[0]).toBe(existing.id);
    const street = await db.units.get(added.unitIds[1]!);
    expect(street).toMatchObject({ name: '马庄街道', kind: '乡镇街道', parentId: area.id });

    await roster.setParentOfMany(added.unitIds.slice(1), sub.id);
    for (const id of added.unitIds.slice(1)) expect((await db.units.get(id))?.parentId).toBe(sub.id);
    await expect(roster.setParentOfMany([sub.id], added.unitIds[1])).rejects.toThrow('不能把单位设为');

    const row = await roster.get(area.id, 2025);
    await roster.remove(area.id, 2025, [existing.id], row!.rev);
    await expect(roster.remove(area.id, 2025, [existing.id], row!.rev)).rejects.toThrow('其他窗口');
    expect(await roster.carryToNextYear(area.id, 2025)).toBe(2);
    expect((await roster.get(area.id, 2026))?.unitIds).toEqual(added.unitIds.slice(1));
    await expect(roster.carryToNextYear(area.id, 2030)).rejects.toThrow('报送名单是空的');
    await db.delete();
  });

  it('upgrading a version 2 database gives every received file a 已报送 receipt', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({ name: '湛河区财政局', kind: '部门' });
    const reportId = `${unit.id}:2024`;
    await db.receivedVersions.bulkAdd([
      { reportId, receivedAt: 5, fileName: '旧.xlsx', values: {} },
      { reportId, receivedAt: 9, fileName: '新.xlsx', values: {} },
    ]);
    const dump = await dumpDb(db);
    // The same rows as a version 2 database: the receipts and rosters tables did not exist.
    const { receipts: _r, rosters: _s, ...tables } = dump.tables;
    const v2: DbDump = {
      ...dump,
      schemaVersion: 2,
      stores: { ...SCHEMA_VERSIONS[1]!.stores },
      tables: tables as DbDump['tables'],
    };
    const upgraded = await loadDump(`v2-${crypto.randomUUID()}`, v2);
    expect(await upgraded.receipts.toArray()).toEqual([
      {
        id: reportId,
        unitId: unit.id,
        year: 2024,
        state: '已报送',
        receivedAt: 9,
        fileName: '新.xlsx',
        steps: [{ state: '已报送', at: 9, fileName: '新.xlsx' }],
        rev: 1,
      },
    ]);
    await upgraded.delete();
    await db.delete();
  });
});
