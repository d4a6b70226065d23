import { readDeadlineConfig, resetDeadlineConfig, saveDeadlineConfig } from '@/storage/office/deadline-setting';
import { START_NEXT_YEAR_AUTHOR, startNextYear } from '@/storage/office/start-next-year';
import { LEGAL_DEADLINES } from '@/domain/office/deadlines';
import { RefusedError } from '@/storage/errors';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../storage/fresh-db';

const COLS = ['natural', 'business', 'research', 'publicInterest', 'legal', 'other'];

async function setup() {
  const db = freshDb();
  const units = unitsRepo(db);
  const reports = reportsRepo(db);
  const area = await units.create({ name: '示例区（全区）', kind: '区域汇总' });
  const a = await units.create({ name: '示例区教育局', kind: '部门', parentId: area.id });
  const b = await units.create({ name: '示例街道', kind: '乡镇街道', parentId: area.id });
  const archived = await units.create({ name: '示例区旧局', kind: '部门', parentId: area.id });
  await units.archive(archived.id);
  return { db, units, reports, area, a, b, archived };
}

describe('startNextYear', () => {
  it('creates next year with 二、上年结转 filled per column from 四、结转下年度', async () => {
    const { db, reports, a } = await setup();
    const r = await reports.getOrCreate(a.id, 2025);
    await reports.commitCells(
      r.id,
      COLS.map((col, i) => ({ field: `t3.carriedOut.${col}`, value: i + 1, expected: null })),
      '张三',
    );
    const result = await startNextYear(db, 2025, [a.id]);
    expect(result).toEqual({ created: 1, filled: 1, kept: 0, skipped: 0 });
    const next = await reports.getReport(`${a.id}:2026`);
    expect(next?.formatId).toBe('national-2021');
    for (const [i, col] of COLS.entries()) expect(next?.values[`t3.carriedIn.${col}`]).toBe(i + 1);
    // Only the carry-over was written: every other input stays blank.
    expect(Object.keys(next?.values ?? {})).toHaveLength(COLS.length);
    expect((await reports.history(`${a.id}:2026`, 't3.carriedIn.natural'))[0]?.who).toBe(START_NEXT_YEAR_AUTHOR);
    // X1 holds against the report it was filled from.
    expect((await reports.check(`${a.id}:2026`)).problems.filter((p) => p.ruleId === 'X1')).toEqual([]);
  });

  it('leaves a blank 结转 blank and still creates the report', async () => {
    const { db, reports, a } = await setup();
    const r = await reports.getOrCreate(a.id, 2025);
    await reports.commitCells(r.id, [{ field: 't3.carriedOut.natural', value: 0, expected: null }], '张三');
    const result = await startNextYear(db, 2025, [a.id]);
    expect(result.created).toBe(1);
    const next = await reports.getReport(`${a.id}:2026`);
    expect(next?.values).toEqual({ 't3.carriedIn.natural': 0 });
  });

  it('keeps an existing next-year report untouched and skips archived units', async () => {
    const { db, reports, a, b, archived } = await setup();
    const r = await reports.getOrCreate(a.id, 2025);
    await reports.commitCells(r.id, [{ field: 't3.carriedOut.natural', value: 5, expected: null }], '张三');
    const existing = await reports.getOrCreate(a.id, 2026);
    await reports.commitCells(existing.id, [{ field: 't3.carriedIn.natural', value: 7, expected: null }], '李四');
    const before = await reports.getReport(existing.id);
    await reports.getOrCreate(archived.id, 2025);

    const result = await startNextYear(db, 2025, [a.id, b.id, archived.id]);
    expect(result).toEqual({ created: 1, filled: 0, kept: 1, skipped: 1 });
    expect(await reports.getReport(existing.id)).toEqual(before);
    expect(await reports.getReport(`${archived.id}:2026`)).toBeUndefined();
    // A unit without a report this year still gets next year's, blank.
    expect((await reports.getReport(`${b.id}:2026`))?.values).toEqual({});
  });

  it('creates the next year in its own format and fills nothing from the legacy table', async () => {
    const { db, reports, a } = await setup();
    await reports.getOrCreate(a.id, 2018);
    const result = await startNextYear(db, 2018, [a.id]);
    expect(result).toEqual({ created: 1, filled: 0, kept: 0, skipped: 0 });
    expect((await reports.getReport(`${a.id}:2019`))?.formatId).toBe('national-2019');
  });

  it('writes nothing when one unit fails (one transaction)', async () => {
    const { db, reports, a, b } = await setup();
    const ra = await reports.getOrCreate(a.id, 2025);
    await reports.commitCells(ra.id, [{ field: 't3.carriedOut.natural', value: 3, expected: null }], '张三');
    const rb = await reports.getOrCreate(b.id, 2025);
    // A damaged stored value (not a number) makes the second unit's carry-over refuse.
    await db.reports.update(rb.id, { values: { 't3.carriedOut.natural': Number.NaN } });
    await expect(startNextYear(db, 2025, [a.id, b.id])).rejects.toBeInstanceOf(RefusedError);
    expect(await reports.getReport(`${a.id}:2026`)).toBeUndefined();
    expect(await db.reports.count()).toBe(2);
  });
});

describe('deadline setting', () => {
  it('defaults to the legal dates, stores the office dates and refuses an impossible one', async () => {
    const { db } = await setup();
    expect(await readDeadlineConfig(db)).toEqual(LEGAL_DEADLINES);
    const mine = { departments: { month: 1, day: 15 }, governments: { month: 2, day: 28 } };
    await saveDeadlineConfig(db, mine, 0);
    expect(await readDeadlineConfig(db)).toEqual(mine);
    await expect(
      saveDeadlineConfig(db, { departments: { month: 2, day: 30 }, governments: mine.governments }, 1),
    ).rejects.toThrow(/截止日期无效/);
    expect(await readDeadlineConfig(db)).toEqual(mine);
    await resetDeadlineConfig(db, 1);
    expect(await readDeadlineConfig(db)).toEqual(LEGAL_DEADLINES);
  });
});
