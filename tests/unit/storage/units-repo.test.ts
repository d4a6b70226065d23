import { creditCodeCheckChar, creditCodeProblem } from '@/storage/credit-code';
import { RefusedError } from '@/storage/errors';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { normalizeUnitName } from '@/storage/unit-name';
import { freshDb } from './fresh-db';

// The example printed in GB 32100-2015 itself.
const VALID_CODE = '91350100M000100Y43';

describe('units', () => {
  it('creates a unit with a stable id and finds it again', async () => {
    const db = freshDb();
    const units = unitsRepo(db);
    const unit = await units.create({ name: ' 湛河区教育局 ', kind: '部门' });
    expect(unit.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(unit.name).toBe('湛河区教育局');
    expect(unit.archived).toBe(false);
    expect(await units.get(unit.id)).toEqual(unit);
  });

  it('refuses a second unit with the same name in another bracket style', async () => {
    const units = unitsRepo(freshDb());
    await units.create({ name: '湛河区（全区）', kind: '区域汇总' });
    await expect(units.create({ name: '湛河区 (全区)', kind: '区域汇总' })).rejects.toThrow(
      /已被单位“湛河区（全区）”使用/,
    );
  });

  it('keeps the old name as an alias on rename, and finds by it with full-width brackets and spaces', async () => {
    const units = unitsRepo(freshDb());
    const unit = await units.create({ name: '湛河区食品药品监督管理局(筹)', kind: '部门' });
    const renamed = await units.rename(unit.id, '湛河区市场监督管理局');
    expect(renamed.name).toBe('湛河区市场监督管理局');
    expect(renamed.aliases).toEqual(['湛河区食品药品监督管理局(筹)']);
    expect((await units.findByName('湛河区 食品药品监督管理局（筹）'))?.id).toBe(unit.id);
    expect((await units.findByName('湛河区市场监督管理局'))?.id).toBe(unit.id);
    expect(await units.findByName('湛河区教育局')).toBeUndefined();
  });

  it('sets aliases, kind, parent and contact', async () => {
    const units = unitsRepo(freshDb());
    const area = await units.create({ name: '湛河区（全区）', kind: '区域汇总' });
    const unit = await units.create({ name: '曹镇乡人民政府', kind: '其他' });
    await units.setAliases(unit.id, ['曹镇乡', ' 曹镇乡 ', '']);
    await units.setKind(unit.id, '乡镇街道');
    await units.setParent(unit.id, area.id);
    const saved = await units.setContact(unit.id, { contactPerson: '王某', contactPhone: ' 0375-1234567 ' });
    expect(saved).toMatchObject({
      aliases: ['曹镇乡'],
      kind: '乡镇街道',
      parentId: area.id,
      contactPhone: '0375-1234567',
    });
    expect((await units.findByName('曹 镇 乡'))?.id).toBe(unit.id);
    await expect(units.setParent(area.id, unit.id)).rejects.toThrow(/下级/);
  });

  it('archives and unarchives', async () => {
    const units = unitsRepo(freshDb());
    const unit = await units.create({ name: '区财政局', kind: '部门' });
    expect((await units.archive(unit.id)).archived).toBe(true);
    expect((await units.unarchive(unit.id)).archived).toBe(false);
  });

  it('soft-deletes (hidden, name free for lookup) and restores with its reports', async () => {
    const db = freshDb();
    const units = unitsRepo(db);
    const unit = await units.create({ name: '区财政局', kind: '部门' });
    const report = await reportsRepo(db).getOrCreate(unit.id, 2025);
    await units.softDelete(unit.id);
    expect((await units.list()).map((u) => u.id)).not.toContain(unit.id);
    expect(await units.findByName('区财政局')).toBeUndefined();
    await expect(reportsRepo(db).getOrCreate(unit.id, 2024)).rejects.toThrow(/已被删除/);
    const restored = await units.restore(unit.id);
    expect(restored.deletedAt).toBeUndefined();
    expect((await units.list()).map((u) => u.id)).toContain(unit.id);
    expect(await reportsRepo(db).getReport(report.id)).toBeDefined();
  });

  it('validates the credit code with the GB 32100 check character', async () => {
    const units = unitsRepo(freshDb());
    expect(creditCodeProblem(VALID_CODE)).toBeUndefined();
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/校验位不对/);
    expect(creditCodeProblem('91350100M000100Y4')).toMatch(/应为 18 位/);
    expect(creditCodeProblem('91350100M000100I43')).toMatch(/不能出现“I”/);
    expect(creditCodeCheckChar(VALID_CODE.slice(0, 17))).toBe('3');
    const unit = await units.create({
      name: '区发展和改革委员会',
      kind: '部门',
      creditCode: '９１３５０１００m０００１００y４３',
    });
    expect(unit.creditCode).toBe(VALID_CODE);
    await expect(units.setCreditCode(unit.id, '91350100M000100Y44')).rejects.toBeInstanceOf(RefusedError);
    expect((await units.get(unit.id))?.creditCode).toBe(VALID_CODE);
    expect((await units.setCreditCode(unit.id, '')).creditCode).toBeUndefined();
  });

  it('normalises names across bracket and space styles', () => {
    expect(normalizeUnitName('湛河区（全区）')).toBe(normalizeUnitName(' 湛河区 (全区) '));
    expect(normalizeUnitName('湛河区【全区】')).toBe(normalizeUnitName('湛河区(全区)'));
    expect(normalizeUnitName('湛河区全区')).not.toBe(normalizeUnitName('湛河区(全区)'));
  });
});

describe('merging units', () => {
  it('moves reports, history and comments, keeps the names as aliases and deletes the source', async () => {
    const db = freshDb();
    const units = unitsRepo(db);
    const reports = reportsRepo(db);
    const keep = await units.create({ name: '湛河区人力资源和社会保障局', kind: '部门' });
    const dup = await units.create({ name: '湛河区人社局', kind: '部门', aliases: ['区人社局'] });
    const r2024 = await reports.getOrCreate(dup.id, 2024);
    await reports.getOrCreate(keep.id, 2025);
    await reports.commitCells(r2024.id, [{ field: 't3.received.natural', value: 3, expected: null }], '张三');
    await db.comments.add({ reportId: r2024.id, field: 't3.received.natural', at: 1, who: '李四', text: '核对' });

    const merged = await units.merge(dup.id, keep.id);
    expect(merged.aliases).toEqual(['湛河区人社局', '区人社局']);
    expect(await units.get(dup.id)).toBeUndefined();
    expect(await reports.getReport(r2024.id)).toBeUndefined();
    const moved = await reports.getReport(`${keep.id}:2024`);
    expect(moved).toMatchObject({ unitId: keep.id, year: 2024, values: { 't3.received.natural': 3 } });
    expect(await reports.history(`${keep.id}:2024`, 't3.received.natural')).toHaveLength(1);
    expect(await db.comments.where('reportId').equals(`${keep.id}:2024`).count()).toBe(1);
    expect((await units.findByName('区人社局'))?.id).toBe(keep.id);
  });

  it('refuses as a whole when both units have a report for the same year, naming the year', async () => {
    const db = freshDb();
    const units = unitsRepo(db);
    const reports = reportsRepo(db);
    const a = await units.create({ name: '区公安分局', kind: '部门' });
    const b = await units.create({ name: '湛河公安分局', kind: '部门' });
    await reports.getOrCreate(a.id, 2023);
    await reports.getOrCreate(a.id, 2024);
    await reports.getOrCreate(b.id, 2024);
    await expect(units.merge(a.id, b.id)).rejects.toThrow(/都有 2024 年的报表/);
    expect(await units.get(a.id)).toBeDefined();
    expect(await reports.getReport(`${a.id}:2023`)).toBeDefined();
    expect(await reports.getReport(`${b.id}:2023`)).toBeUndefined();
  });
});
