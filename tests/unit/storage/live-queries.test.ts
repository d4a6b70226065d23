import { liveQuery } from 'dexie';
import { createDb } from '@/storage/db';
import { readReport, readReportsOfYear, readUnits, readYears } from '@/storage/live-queries';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from './fresh-db';

describe('live queries', () => {
  it('read units without deleted ones, years newest first, a missing report as null', async () => {
    const db = freshDb();
    const units = unitsRepo(db);
    const a = await units.create({ name: '区财政局', kind: '部门' });
    const b = await units.create({ name: '区教育局', kind: '部门' });
    await reportsRepo(db).getOrCreate(a.id, 2024);
    await reportsRepo(db).getOrCreate(b.id, 2025);
    await reportsRepo(db).getOrCreate(a.id, 2020);
    await units.softDelete(b.id);
    expect((await readUnits(db)).map((u) => u.name)).toEqual(['区财政局']);
    expect(await readYears(db)).toEqual([2025, 2024, 2020]);
    expect(await readReport(db, 'nobody:2025')).toBeNull();
    expect((await readReportsOfYear(db, 2024)).map((r) => r.id)).toEqual([`${a.id}:2024`]);
  });

  it('re-run when this or another connection commits a change', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({ name: '区财政局', kind: '部门' });
    const { id } = await reportsRepo(db).getOrCreate(unit.id, 2025);
    const seen: (number | null | undefined)[] = [];
    const waiters: { count: number; resolve: () => void }[] = [];
    const emissions = (count: number) =>
      new Promise<void>((resolve) => (seen.length >= count ? resolve() : waiters.push({ count, resolve })));
    const subscription = liveQuery(() => readReport(db, id)).subscribe((report) => {
      seen.push(report?.values['t3.received.natural']);
      for (const w of waiters.filter((x) => seen.length >= x.count)) w.resolve();
    });
    // Another tab: a second connection to the same database.
    const otherTab = createDb(db.name);
    try {
      await emissions(1);
      await reportsRepo(db).commitCells(id, [{ field: 't3.received.natural', value: 4, expected: null }], '张三');
      await emissions(2);
      await reportsRepo(otherTab).commitCells(id, [{ field: 't3.received.natural', value: 5, expected: 4 }], '李四');
      await emissions(3);
      expect(seen).toEqual([undefined, 4, 5]);
    } finally {
      subscription.unsubscribe();
      otherTab.close();
    }
  });
});
