import { parseBackup } from '@/domain/backup/parse-backup';
import type { Backup } from '@/domain/backup/backup-shape';
import { createBackup } from '@/storage/backup/create-backup';
import { restoreBackup } from '@/storage/backup/restore-backup';
import { commentsRepo } from '@/storage/comments-repo';
import { seedDemoIfEmpty } from '@/storage/demo-seed';
import { reportsRepo } from '@/storage/reports-repo';
import { settingsRepo } from '@/storage/settings-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../storage/fresh-db';
import { FEES, REGULATIONS, REPEALED, smallWorkspace, snapshot } from './backup-helpers';

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.reasons.join('\n'));
  expect(result.dropped).toEqual([]);
  return result.backup;
}

describe('createBackup → parseBackup → restore (replace)', () => {
  it('gives a fresh database identical units, reports, comments and history, and records the backup time', async () => {
    const source = freshDb();
    await seedDemoIfEmpty(source);
    const { edu2025 } = await smallWorkspace(source);
    await commentsRepo(source).add(edu2025.id, FEES, '单位是万元', '张三');
    await settingsRepo(source).setOperatorName('王晓');
    const made = await createBackup(source, Date.UTC(2026, 0, 26, 1, 30));
    expect(made.fileName).toMatch(/^政府信息公开年报_备份_20260126-\d{4}\.json$/);
    expect(await settingsRepo(source).lastBackupAt()).toBe(Date.UTC(2026, 0, 26, 1, 30));

    const target = freshDb();
    const outcome = await restoreBackup(target, parsed(made.text), { mode: 'replace' }, made.fileName);
    const before = await snapshot(source);
    const after = await snapshot(target);
    expect(after.units).toEqual(before.units);
    expect(after.reports).toEqual(before.reports);
    expect(after.comments).toEqual(before.comments);
    // The file's history comes back as it was, followed by one row per cell the restore filled in.
    expect(after.cellHistory.slice(0, before.cellHistory.length)).toEqual(before.cellHistory);
    const restoreRows = after.cellHistory.slice(before.cellHistory.length) as { who: string }[];
    expect(restoreRows).toHaveLength(outcome.changedCells);
    expect(new Set(restoreRows.map((r) => r.who))).toEqual(new Set([`恢复备份（${made.fileName}）`]));
    // This browser's own settings are not carried over.
    expect(await settingsRepo(target).operatorName()).toBeUndefined();
    expect(outcome.reports).toBe(before.reports.length);
  });

  it('replaces a changed workspace with the backup: old values back, later units gone, file named', async () => {
    const db = freshDb();
    const { edu2025 } = await smallWorkspace(db);
    const made = await createBackup(db);
    const reports = reportsRepo(db);
    await reports.commitCells(edu2025.id, [{ field: REGULATIONS, value: 99, expected: 5 }], '张三');
    await unitsRepo(db).create({ name: '后来新建的单位', kind: '部门' });
    await settingsRepo(db).setOperatorName('王晓');
    const revBefore = (await reports.getReport(edu2025.id))?.rev ?? 0;

    await restoreBackup(db, parsed(made.text), { mode: 'replace' }, 'a.json');
    const restored = await reports.getReport(edu2025.id);
    expect(restored?.values[REGULATIONS]).toBe(5);
    expect(restored?.rev).toBeGreaterThan(revBefore);
    expect(await unitsRepo(db).findByName('后来新建的单位')).toBeUndefined();
    const history = await reports.history(edu2025.id, REGULATIONS);
    expect(history.at(-1)).toMatchObject({ who: '恢复备份（a.json）', old: 99, new: 5 });
    expect(await settingsRepo(db).operatorName()).toBe('王晓');
  });
});

describe('restore (merge)', () => {
  it('takes only the chosen reports and units, keeps everything else, and recomputes summaries', async () => {
    const colleague = freshDb();
    const theirs = await smallWorkspace(colleague);
    const creport = reportsRepo(colleague);
    await creport.commitCells(theirs.edu2025.id, [{ field: REGULATIONS, value: 8, expected: 5 }], '李四');
    await creport.commitCells(theirs.fin2025.id, [{ field: REPEALED, value: 7, expected: 2 }], '李四');
    const newcomer = await unitsRepo(colleague).create({ name: '区卫健委', kind: '部门' });
    const health = await creport.getOrCreate(newcomer.id, 2025);
    await creport.commitCells(health.id, [{ field: REGULATIONS, value: 4, expected: null }], '李四');
    await commentsRepo(colleague).add(theirs.edu2025.id, REGULATIONS, '卫健委核对过', '李四');
    const backup = parsed((await createBackup(colleague)).text);

    // My workspace knows the same units under other ids (created on my own), matched by name.
    const mine = freshDb();
    const ours = await smallWorkspace(mine);
    const take = new Set([theirs.edu2025.id, health.id]);
    const outcome = await restoreBackup(
      mine,
      backup,
      { mode: 'merge', take, takeUnits: new Set([newcomer.id]) },
      'b.json',
    );
    expect(outcome).toEqual({ units: 1, reports: 2, changedCells: 2, texts: 0, receivedVersions: 0 });

    const reports = reportsRepo(mine);
    expect((await reports.getReport(ours.edu2025.id))?.values[REGULATIONS]).toBe(8);
    expect((await reports.getReport(ours.fin2025.id))?.values[REPEALED]).toBe(2);
    expect((await reports.getReport(ours.edu2024.id))?.values[REGULATIONS]).toBe(3);
    const created = await unitsRepo(mine).findByName('区卫健委');
    expect((await reports.getReport(`${created?.id}:2025`))?.values[REGULATIONS]).toBe(4);
    const taken = await reports.getReport(ours.edu2025.id);
    expect(taken?.summary).toEqual({
      ...(await creport.getReport(theirs.edu2025.id))?.summary,
      updatedAt: taken?.summary.updatedAt,
    });
    expect((await reports.history(ours.edu2025.id, REGULATIONS)).at(-1)).toMatchObject({
      who: '恢复备份（b.json）',
      old: 5,
      new: 8,
    });
    // The colleague's comments come along; taking the same report again adds no duplicates.
    const texts = async () => (await commentsRepo(mine).ofReport(ours.edu2025.id)).map((c) => c.text);
    expect(await texts()).toContain('卫健委核对过');
    const count = (await texts()).length;
    await restoreBackup(mine, backup, { mode: 'merge', take, takeUnits: new Set([newcomer.id]) }, 'b.json');
    expect(await texts()).toHaveLength(count);
  });

  it('renames a matched unit when it is taken, keeping the old name as an alias', async () => {
    const colleague = freshDb();
    const theirs = await smallWorkspace(colleague);
    await unitsRepo(colleague).rename(theirs.education.id, '区教育体育局');
    const backup = parsed((await createBackup(colleague)).text);
    const mine = freshDb();
    const ours = await smallWorkspace(mine);
    await restoreBackup(
      mine,
      backup,
      { mode: 'merge', take: new Set(), takeUnits: new Set([theirs.education.id]) },
      'c.json',
    );
    const unit = await unitsRepo(mine).get(ours.education.id);
    expect(unit?.name).toBe('区教育体育局');
    expect(unit?.aliases).toEqual(expect.arrayContaining(['区教育局', '区教体局']));
    expect(await unitsRepo(mine).findByName('区教育局')).toMatchObject({ id: ours.education.id });
  });

  it('changes nothing when it fails: a chosen report whose unit is neither here nor chosen', async () => {
    const colleague = freshDb();
    await smallWorkspace(colleague);
    const newcomer = await unitsRepo(colleague).create({ name: '区卫健委', kind: '部门' });
    const health = await reportsRepo(colleague).getOrCreate(newcomer.id, 2025);
    const backup = parsed((await createBackup(colleague)).text);
    const edu = backup.reports.find((r) => r.values[REGULATIONS] === 5);

    const mine = freshDb();
    await smallWorkspace(mine);
    await unitsRepo(mine).rename((await unitsRepo(mine).findByName('区教育局'))?.id ?? '', '区教育局（新）');
    const before = await snapshot(mine);
    const take = new Set([edu?.id ?? '', health.id]);
    await expect(restoreBackup(mine, backup, { mode: 'merge', take, takeUnits: new Set() }, 'd.json')).rejects.toThrow(
      /区卫健委.*未勾选导入/,
    );
    expect(await snapshot(mine)).toEqual(before);
  });

  it('refuses a merge that would give two units the same name, changing nothing', async () => {
    // My workspace started as a copy of the colleague's (same ids), then I added 区档案馆 on my own.
    const colleague = freshDb();
    const theirs = await smallWorkspace(colleague);
    const mine = freshDb();
    await restoreBackup(mine, parsed((await createBackup(colleague)).text), { mode: 'replace' }, 'f.json');
    await unitsRepo(mine).create({ name: '区档案馆', kind: '部门' });
    // The colleague renamed the education bureau to that very name.
    await unitsRepo(colleague).rename(theirs.education.id, '区档案馆');
    const backup = parsed((await createBackup(colleague)).text);
    const before = await snapshot(mine);
    const choice = { mode: 'merge' as const, take: new Set<string>(), takeUnits: new Set([theirs.education.id]) };
    await expect(restoreBackup(mine, backup, choice, 'e.json')).rejects.toThrow(/名称（或曾用名）会相同/);
    expect(await snapshot(mine)).toEqual(before);
  });
});
