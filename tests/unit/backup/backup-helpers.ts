// Shared by the backup tests: a small workspace built through the repositories, and whole-database snapshots.
import { commentsRepo } from '@/storage/comments-repo';
import type { ReceivedVersionRow, XxgkDb } from '@/storage/db';
import { dumpDb } from '@/storage/db-dump';
import { reportsRepo } from '@/storage/reports-repo';
import { revOfSection, textsRepo } from '@/storage/texts/texts-repo';
import { unitsRepo } from '@/storage/units-repo';

export const REGULATIONS = 't2.regulations.issued';
export const REPEALED = 't2.regulations.repealed';
export const FEES = 't2.fees.amount';

export async function smallWorkspace(db: XxgkDb) {
  const units = unitsRepo(db);
  const reports = reportsRepo(db);
  const education = await units.create({ name: '区教育局', kind: '部门', aliases: ['区教体局'] });
  const finance = await units.create({ name: '区财政局', kind: '部门', contactPerson: '李四' });
  const edu2024 = await reportsRepo(db).getOrCreate(education.id, 2024);
  const edu2025 = await reports.getOrCreate(education.id, 2025);
  const fin2025 = await reports.getOrCreate(finance.id, 2025);
  const set = (id: string, field: string, value: number) =>
    reports.commitCells(id, [{ field, value, expected: null }], '张三');
  await set(edu2024.id, REGULATIONS, 3);
  await set(edu2025.id, REGULATIONS, 5);
  await set(edu2025.id, FEES, 1.25);
  await set(fin2025.id, REPEALED, 2);
  await reports.setExplanation(edu2025.id, 'X1', '上年数据有误', '张三', 0);
  await commentsRepo(db).add(edu2025.id, REGULATIONS, '请核实', '审核员');
  return { education, finance, edu2024, edu2025, fin2025 };
}

/** Every table's rows, with the time-stamped parts that a restore legitimately rewrites taken out. */
export async function snapshot(db: XxgkDb) {
  const { tables } = await dumpDb(db);
  return {
    ...tables,
    reports: tables.reports.map((r) => {
      const { summary, ...rest } = r as { summary: { updatedAt: number } };
      const { updatedAt: _time, ...counts } = summary;
      return { ...rest, summary: counts };
    }),
  };
}

/** One saved section of a report's text, through the texts repository (section 3 exists in every new format). */
export async function saveText(db: XxgkDb, reportId: string, text: string, who = '张三') {
  const heading = (await textsRepo(db).drafts(reportId)).find((d) => d.number === 3)?.heading ?? '';
  const rev = revOfSection(await textsRepo(db).get(reportId), 3);
  return textsRepo(db).saveSection(reportId, { number: 3, heading, text }, who, rev);
}

/** A received file kept as a version (as the import of a unit's file stores it). */
export async function addVersion(db: XxgkDb, reportId: string, fileName: string, receivedAt: number, issued = 1) {
  const row: ReceivedVersionRow = { reportId, receivedAt, fileName, values: { [REGULATIONS]: issued, [FEES]: null } };
  if (issued > 5) row.stated = { 't3.received.total': issued };
  return db.receivedVersions.add(row);
}
