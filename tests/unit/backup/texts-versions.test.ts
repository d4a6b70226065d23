// Report texts and received file versions in backups: written, restored exactly (replace), taken per report
// (merge), previewed, and never wiped by a file written before they were backed up.
import type { Backup } from '@/domain/backup/backup-shape';
import { parseBackup } from '@/domain/backup/parse-backup';
import { previewRestore } from '@/domain/backup/preview-restore';
import { extrasSummary, replaceExtrasNote } from '@/features/backup/extras-summary';
import { createBackup } from '@/storage/backup/create-backup';
import { readWorkspace } from '@/storage/backup/read-workspace';
import { restoreBackup } from '@/storage/backup/restore-backup';
import type { XxgkDb } from '@/storage/db';
import { textsRepo } from '@/storage/texts/texts-repo';
import { freshDb } from '../storage/fresh-db';
import { addVersion, saveText, smallWorkspace, snapshot } from './backup-helpers';

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.reasons.join('\n'));
  return result.backup;
}

/** The file as the program wrote it before texts and received versions were backed up. */
function withoutTextsAndVersions(text: string): string {
  const { reportTexts: _texts, receivedVersions: _versions, ...older } = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify(older);
}

async function workspaceWithTexts(db: XxgkDb) {
  const ws = await smallWorkspace(db);
  await saveText(db, ws.edu2025.id, '教育局的正文。');
  await saveText(db, ws.fin2025.id, '财政局的正文。', '李四');
  await addVersion(db, ws.edu2025.id, '教育局2025.xlsx', 1_000, 4);
  await addVersion(db, ws.edu2025.id, '教育局2025（改）.xlsx', 2_000, 6);
  await addVersion(db, ws.fin2025.id, '财政局2025.xlsx', 1_500);
  return ws;
}

const rows = async (db: XxgkDb) => {
  const all = await snapshot(db);
  return { reportTexts: all.reportTexts, receivedVersions: all.receivedVersions };
};

describe('backup of report texts and received versions (replace)', () => {
  it('round-trips into a fresh database with identical rows', async () => {
    const source = freshDb();
    await workspaceWithTexts(source);
    const made = await createBackup(source);
    const target = freshDb();
    const outcome = await restoreBackup(target, parsed(made.text), { mode: 'replace' }, made.fileName);
    const before = await rows(source);
    expect(before.reportTexts).toHaveLength(2);
    expect(before.receivedVersions).toHaveLength(3);
    expect(await rows(target)).toEqual(before);
    expect(outcome).toMatchObject({ texts: 2, receivedVersions: 3 });
  });

  it('puts back exactly what the file holds: later edits and later rows are replaced', async () => {
    const db = freshDb();
    const ws = await workspaceWithTexts(db);
    const made = await createBackup(db);
    const before = await rows(db);
    await saveText(db, ws.edu2025.id, '备份之后改过的正文。');
    await saveText(db, ws.edu2024.id, '备份之后才写的正文。');
    await addVersion(db, ws.fin2025.id, '财政局2025（再报）.xlsx', 9_000);
    await restoreBackup(db, parsed(made.text), { mode: 'replace' }, made.fileName);
    expect(await rows(db)).toEqual(before);
  });

  it('a file written before texts were backed up wipes no saved text or received version', async () => {
    const db = freshDb();
    const ws = await workspaceWithTexts(db);
    const old = parsed(withoutTextsAndVersions((await createBackup(db)).text));
    expect(old.reportTexts).toBeUndefined();
    expect(old.receivedVersions).toBeUndefined();
    await saveText(db, ws.edu2024.id, '备份之后才写的正文。');
    const before = await rows(db);

    const preview = previewRestore(await readWorkspace(db), old);
    expect(preview.texts).toEqual({ inFile: false, current: 3, changes: 0 });
    expect(preview.receivedVersions).toEqual({ inFile: false, current: 3, changes: 0 });
    expect(extrasSummary(preview).join('')).toContain('不会删除当前已保存的 3 份报告正文和 3 个收到的文件版本');
    expect(replaceExtrasNote(preview)).toContain('保留不动');

    await restoreBackup(db, old, { mode: 'replace' }, 'old.json');
    expect(await rows(db)).toEqual(before);
  });

  it('a file of today with no texts does clear them on replace (empty means none)', async () => {
    const empty = freshDb();
    await smallWorkspace(empty);
    const made = await createBackup(empty);
    expect(JSON.parse(made.text)).toMatchObject({ reportTexts: [], receivedVersions: [] });
    const db = freshDb();
    await workspaceWithTexts(db);
    const backup = parsed(made.text);
    expect(replaceExtrasNote(previewRestore(await readWorkspace(db), backup))).not.toContain('保留');
    await restoreBackup(db, backup, { mode: 'replace' }, made.fileName);
    expect(await rows(db)).toEqual({ reportTexts: [], receivedVersions: [] });
  });
});

describe('backup of report texts and received versions (merge)', () => {
  it("takes the chosen report's text and new versions only, and adds no version twice", async () => {
    const colleague = freshDb();
    const theirs = await workspaceWithTexts(colleague);
    const backup = parsed((await createBackup(colleague)).text);
    // My workspace: the same units created on my own (other ids), my own texts, one version received too.
    const mine = freshDb();
    const ours = await smallWorkspace(mine);
    await saveText(mine, ours.edu2025.id, '我写的教育局正文。');
    await saveText(mine, ours.fin2025.id, '我写的财政局正文。');
    await addVersion(mine, ours.edu2025.id, '教育局2025.xlsx', 1_000, 4);

    const preview = previewRestore(await readWorkspace(mine), backup);
    const edu = preview.reports.find((r) => r.key === theirs.edu2025.id);
    expect(edu?.status).toBe('differs');
    expect(edu?.other).toEqual(['正文不同', '备份中有 1 个收到的文件版本是当前数据没有的']);
    expect(preview.reports.find((r) => r.key === theirs.fin2025.id)?.other).toEqual([
      '正文不同',
      '备份中有 1 个收到的文件版本是当前数据没有的',
    ]);
    expect(preview.texts).toEqual({ inFile: true, current: 2, changes: 2 });
    expect(preview.receivedVersions).toEqual({ inFile: true, current: 1, changes: 2 });

    const choice = { mode: 'merge' as const, take: new Set([theirs.edu2025.id]), takeUnits: new Set<string>() };
    const outcome = await restoreBackup(mine, backup, choice, 'b.json');
    expect(outcome).toMatchObject({ reports: 1, texts: 1, receivedVersions: 1 });
    const texts = textsRepo(mine);
    expect((await texts.get(ours.edu2025.id))?.sections.map((s) => s.text)).toEqual(['教育局的正文。']);
    expect((await texts.get(ours.fin2025.id))?.sections.map((s) => s.text)).toEqual(['我写的财政局正文。']);
    const versionsOf = async (reportId: string) =>
      (await mine.receivedVersions.where('reportId').equals(reportId).toArray()).map((v) => v.fileName).sort();
    expect(await versionsOf(ours.edu2025.id)).toEqual(['教育局2025.xlsx', '教育局2025（改）.xlsx']);
    expect(await versionsOf(ours.fin2025.id)).toEqual([]);
    const revised = (await mine.receivedVersions.toArray()).find((v) => v.fileName === '教育局2025（改）.xlsx');
    expect(revised).toMatchObject({ receivedAt: 2_000, stated: { 't3.received.total': 6 } });

    // Taking the same report again changes nothing more.
    const after = await rows(mine);
    const again = await restoreBackup(mine, backup, choice, 'b.json');
    expect(again.receivedVersions).toBe(0);
    expect(await rows(mine)).toEqual(after);
    const previewAgain = previewRestore(await readWorkspace(mine), backup);
    expect(previewAgain.reports.find((r) => r.key === theirs.edu2025.id)?.status).toBe('identical');
  });

  it('keeps my text of a taken report when the file has none for it', async () => {
    const colleague = freshDb();
    const theirs = await smallWorkspace(colleague);
    const backup = parsed((await createBackup(colleague)).text);
    const mine = freshDb();
    const ours = await smallWorkspace(mine);
    await saveText(mine, ours.edu2025.id, '我写的教育局正文。');
    const preview = previewRestore(await readWorkspace(mine), backup);
    expect(preview.reports.find((r) => r.key === theirs.edu2025.id)?.other).toEqual([
      '当前数据有正文、备份中没有（合并时保留，全部替换时删除）',
    ]);
    const choice = { mode: 'merge' as const, take: new Set([theirs.edu2025.id]), takeUnits: new Set<string>() };
    await restoreBackup(mine, backup, choice, 'c.json');
    expect((await textsRepo(mine).get(ours.edu2025.id))?.sections.map((s) => s.text)).toEqual(['我写的教育局正文。']);
  });
});
