// The office's receipts and rosters in backups: written, restored exactly (replace), taken where missing
// (merge), and never wiped by a file written before they were backed up.
import type { Backup } from '@/domain/backup/backup-shape';
import { parseBackup } from '@/domain/backup/parse-backup';
import { previewRestore } from '@/domain/backup/preview-restore';
import { officeSummary } from '@/features/backup/extras-summary';
import { readWorkspace } from '@/storage/backup/read-workspace';
import { createBackup } from '@/storage/backup/create-backup';
import { restoreBackup } from '@/storage/backup/restore-backup';
import type { XxgkDb } from '@/storage/db';
import { receiptsRepo } from '@/storage/office/receipts-repo';
import { rosterRepo } from '@/storage/office/roster-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../storage/fresh-db';
import { smallWorkspace } from './backup-helpers';

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.reasons.join('\n'));
  return result.backup;
}

async function officeWorkspace(db: XxgkDb) {
  const ws = await smallWorkspace(db);
  const area = await unitsRepo(db).create({ name: '湛河区', kind: '区县政府本级' });
  await rosterRepo(db).addUnits(area.id, 2025, [ws.education.id, ws.finance.id]);
  const receipts = receiptsRepo(db);
  await receipts.receive(ws.education.id, 2025, '教育局2025.xlsx', 1_000, '审核员');
  await receipts.receive(ws.finance.id, 2025, '财政局2025.xlsx', 2_000, '审核员');
  const fin = await receipts.get(ws.finance.id, 2025);
  await receipts.returnUnit(ws.finance.id, 2025, '表三总计不平', fin?.rev ?? 0, '审核员');
  return { ...ws, area };
}

const office = async (db: XxgkDb) => ({
  receipts: (await db.receipts.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
  rosters: await db.rosters.toArray(),
});

describe('receipts and rosters in backups', () => {
  it('round-trip into a fresh database (replace) with identical rows', async () => {
    const source = freshDb();
    await officeWorkspace(source);
    const made = await createBackup(source);
    const target = freshDb();
    await restoreBackup(target, parsed(made.text), { mode: 'replace' }, made.fileName);
    const before = await office(source);
    expect(before.receipts.map((r) => r.state)).toEqual(expect.arrayContaining(['已报送', '已退回']));
    expect(before.rosters[0]?.unitIds).toHaveLength(2);
    expect(await office(target)).toEqual(before);
  });

  it('a replace puts back what the file holds, and a file without them keeps the office’s own', async () => {
    const db = freshDb();
    const ws = await officeWorkspace(db);
    const made = await createBackup(db);
    const before = await office(db);
    const fin = await receiptsRepo(db).get(ws.finance.id, 2025);
    await receiptsRepo(db).receive(ws.finance.id, 2025, '财政局2025（改）.xlsx', 3_000);
    expect(fin?.state).toBe('已退回');
    await restoreBackup(db, parsed(made.text), { mode: 'replace' }, made.fileName);
    expect(await office(db)).toEqual(before);

    // A file written before receipts and rosters were backed up: the office's records stay as they are.
    const { receipts: _r, rosters: _s, ...older } = JSON.parse(made.text) as Record<string, unknown>;
    const old = parsed(JSON.stringify(older));
    expect(old.receipts).toBeUndefined();
    expect(officeSummary(previewRestore(await readWorkspace(db), old))).toContain('不会改动当前的报送记录和报送名单');
    expect(officeSummary(previewRestore(await readWorkspace(db), parsed(made.text)))).toContain(
      '备份中有 2 条报送记录、1 份报送名单',
    );
    await receiptsRepo(db).receive(ws.finance.id, 2025, '财政局2025（再报）.xlsx', 4_000);
    const kept = await office(db);
    await restoreBackup(db, old, { mode: 'replace' }, 'old.json');
    expect(await office(db)).toEqual(kept);
  });

  it('a merge adds a receipt and a roster only where the workspace has none', async () => {
    const source = freshDb();
    const ws = await officeWorkspace(source);
    const backup = parsed((await createBackup(source)).text);
    const target = freshDb();
    const take = new Set(backup.reports.map((r) => r.id));
    const takeUnits = new Set(backup.units.map((u) => u.id));
    await restoreBackup(target, backup, { mode: 'merge', take, takeUnits }, 'b.json');
    expect(await office(target)).toEqual({
      receipts: (await office(source)).receipts.map((r) => ({ ...r, rev: 0 })),
      rosters: [{ ...(await office(source)).rosters[0], rev: 0, updatedAt: expect.any(Number) as number }],
    });
    // Merged again after the office accepted a file: its own record wins.
    const edu = await receiptsRepo(target).get(ws.education.id, 2025);
    await receiptsRepo(target).accept(ws.education.id, 2025, edu?.rev ?? 0);
    await restoreBackup(target, backup, { mode: 'merge', take, takeUnits }, 'b.json');
    expect((await receiptsRepo(target).get(ws.education.id, 2025))?.state).toBe('已审核');
  });

  it('a malformed receipt refuses the file; one of a unit not in the file is left out and said', () => {
    const base = {
      kind: 'xxgk-backup',
      version: 1,
      createdAt: 1,
      workspace: 'main',
      units: [{ id: 'u1', name: '区教育局', aliases: [], kind: '部门', archived: false, createdAt: 1, updatedAt: 1 }],
      reports: [],
      comments: [],
    };
    const broken = parseBackup(JSON.stringify({ ...base, receipts: [{ unitId: 'u1', year: 2025, state: '已收到' }] }));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.reasons.join('')).toContain('报送记录内容不完整');
    const orphan = parseBackup(
      JSON.stringify({
        ...base,
        receipts: [{ unitId: 'u9', year: 2025, state: '已报送', steps: [{ state: '已报送', at: 5 }], rev: 1 }],
        rosters: [{ areaId: 'u1', year: 2025, unitIds: ['u1', 'u9'], updatedAt: 1, rev: 1 }],
      }),
    );
    expect(orphan.ok).toBe(true);
    if (!orphan.ok) return;
    expect(orphan.backup.receipts).toEqual([]);
    expect(orphan.backup.rosters?.[0]?.unitIds).toEqual(['u1']);
    expect(orphan.notices.join('')).toContain('1 条报送记录所属的单位不在备份文件中');
  });
});
