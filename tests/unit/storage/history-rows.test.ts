/**
 * An import keeps its history as one stored row listing every cell it changed; every reader sees one entry per
 * cell, in order with the edits around it, and a backup carries the row through a restore and a merge.
 */
import { parseBackup } from '@/domain/backup/parse-backup';
import type { Backup } from '@/domain/backup/backup-shape';
import { createBackup } from '@/storage/backup/create-backup';
import { restoreBackup } from '@/storage/backup/restore-backup';
import { readCellHistory, readHistoryCounts } from '@/storage/history-rows';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import type { XxgkDb } from '@/storage/db';
import { freshDb } from './fresh-db';

const NATURAL = 't3.received.natural';
const BUSINESS = 't3.received.business';
const ISSUED = 't2.regulations.issued';

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.reasons.join('\n'));
  return result.backup;
}

/** An edit, an import over it, and an edit after: the history of each cell across both ways of storing. */
async function editImportEdit(db: XxgkDb) {
  const unit = await unitsRepo(db).create({ name: '湛河区教育局', kind: '部门' });
  const reports = reportsRepo(db);
  const report = await reports.getOrCreate(unit.id, 2025);
  await reports.commitCells(report.id, [{ field: NATURAL, value: 15, expected: null }], '张三');
  await reports.importValues(
    report.id,
    { values: { [NATURAL]: 20, [BUSINESS]: 3, [ISSUED]: 1 } },
    '导入（教育局.xlsx）',
  );
  await reports.commitCells(report.id, [{ field: NATURAL, value: 21, expected: 20 }], '李四');
  return report.id;
}

const entries = async (db: XxgkDb, reportId: string, field: string) =>
  (await readCellHistory(db, reportId, field)).map((h) => [h.who, h.old, h.new]);

describe('history of an import', () => {
  it('is one stored row, read as one entry per cell in order with the edits around it', async () => {
    const db = freshDb();
    const id = await editImportEdit(db);
    expect(await db.cellHistory.where('reportId').equals(id).count()).toBe(3);
    expect(await entries(db, id, NATURAL)).toEqual([
      ['张三', null, 15],
      ['导入（教育局.xlsx）', 15, 20],
      ['李四', 20, 21],
    ]);
    expect(await entries(db, id, BUSINESS)).toEqual([['导入（教育局.xlsx）', null, 3]]);
    expect(await reportsRepo(db).history(id, ISSUED)).toMatchObject([{ old: null, new: 1 }]);
    expect(await readHistoryCounts(db, id)).toEqual({ [NATURAL]: 3, [BUSINESS]: 1, [ISSUED]: 1 });
  });

  it('comes back whole from a backup restored in place of the workspace', async () => {
    const source = freshDb();
    const id = await editImportEdit(source);
    const made = await createBackup(source);
    const target = freshDb();
    await restoreBackup(target, parsed(made.text), { mode: 'replace' }, made.fileName);
    for (const field of [NATURAL, BUSINESS, ISSUED]) {
      // The file's history as it was, then the restore's own entry for the cell it filled in.
      const before = await entries(source, id, field);
      const after = await entries(target, id, field);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.slice(before.length).map((e) => e[0])).toEqual([`恢复备份（${made.fileName}）`]);
    }
  });

  it('is merged cell by cell: taken once into another workspace, and not again', async () => {
    const colleague = freshDb();
    const id = await editImportEdit(colleague);
    const backup = parsed((await createBackup(colleague)).text);
    const unitId = (await reportsRepo(colleague).getReport(id))?.unitId ?? '';
    const choice = { mode: 'merge', take: new Set([id]), takeUnits: new Set([unitId]) } as const;
    const mine = freshDb();
    await restoreBackup(mine, backup, choice, 'a.json');
    const taken = (await unitsRepo(mine).findByName('湛河区教育局'))?.id;
    const mineId = `${taken}:2025`;
    const once = await entries(mine, mineId, NATURAL);
    expect(once.slice(0, 3)).toEqual(await entries(colleague, id, NATURAL));
    const counts = await readHistoryCounts(mine, mineId);
    await restoreBackup(mine, backup, choice, 'a.json');
    expect(await entries(mine, mineId, NATURAL)).toEqual(once);
    expect(await readHistoryCounts(mine, mineId)).toEqual(counts);
  });

  it('refuses a backup whose row of changes is malformed, and reads it when whole', async () => {
    const db = freshDb();
    await editImportEdit(db);
    const doc = JSON.parse((await createBackup(db)).text) as { cellHistory: { changes?: { new: unknown }[] }[] };
    expect(parseBackup(JSON.stringify(doc)).ok).toBe(true);
    const listing = doc.cellHistory.find((h) => h.changes);
    if (!listing?.changes?.[0]) throw new Error('the import row is missing from the backup');
    listing.changes[0].new = 'x';
    const result = parseBackup(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons.join('')).toContain('修改记录');
  });
});
