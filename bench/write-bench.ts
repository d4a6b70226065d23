/**
 * `edit-p95` and `edit-p95-past-year`: edit-to-durable latency. The app's write path
 * (`reportsRepo.commitCells`: conflict check, history row, rule check for the summary, put, next year's summary)
 * against a bare Dexie `put` of a row of the same shape into a database opened with the same strict durability.
 * Samples alternate so load from elsewhere hits both alike. A third series, printed as context, issues the
 * requests an edit needs with nothing of ours: in one strict transaction over the app's stores, the unit and
 * the three years' reports read, one history row added and the row put (the floor of an edit that checks for
 * conflicts, keeps history and knows its neighbours). A fourth, also context, issues those four requests on the
 * browser's own IndexedDB API, which shows what Dexie's request layer adds to each.
 */
import { Dexie, type EntityTable } from 'dexie';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { createDb, type ReportRow, type XxgkDb } from '@/storage/db';
import { reportIdOf, reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import type { BenchWindow, WriteBench } from './bench-api';
import { nativeWrite } from './native-idb';

const FIELD = 't3.received.natural';

class RawDb extends Dexie {
  reports!: EntityTable<ReportRow, 'id'>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ reports: 'id' });
  }
}

let made = 0;

/** A unit with filled reports of 2024 and 2025, so the rule check and the cross-year checks run on real data. */
async function filledReports(): Promise<{
  ids: Record<'latest' | 'past', string>;
  repo: ReturnType<typeof reportsRepo>;
  db: XxgkDb;
}> {
  const db = createDb(`bench-write-ours-${(made += 1)}`);
  const unit = await unitsRepo(db).create({ name: '写入测试单位', kind: '部门' });
  const repo = reportsRepo(db);
  const changes = NATIONAL_2021.fields
    .filter((f) => !f.sumOf)
    .map((f, i) => ({ field: f.key, value: i % 7, expected: null }));
  const past = await repo.getOrCreate(unit.id, 2024);
  await repo.commitCells(past.id, changes, 'bench');
  const latest = await repo.getOrCreate(unit.id, 2025);
  await repo.commitCells(latest.id, changes, 'bench');
  return { ids: { latest: latest.id, past: past.id }, repo, db };
}

/** The ids that bound the key range of the row's unit's reports of last, this and next year. */
function threeYears(row: ReportRow): [string, string] {
  return [reportIdOf(row.unitId, row.year - 1), reportIdOf(row.unitId, row.year + 1)];
}

/** The edit's requests, bare: what `floor` measures. */
async function bareEditRequests(db: XxgkDb, row: ReportRow): Promise<void> {
  const [lower, upper] = threeYears(row);
  await db.transaction('rw', [db.units, db.reports, db.cellHistory], () =>
    Promise.all([
      db.units.get(row.unitId),
      db.reports.where(':id').between(lower, upper, true, true).toArray(),
      db.cellHistory.add({ reportId: row.id, field: FIELD, at: Date.now(), who: 'bench', old: null, new: 0 }),
      db.reports.put(row),
    ]),
  );
}

/** The same four requests without Dexie: what `native` measures. */
function nativeEditRequests(db: XxgkDb, row: ReportRow): Promise<void> {
  const [lower, upper] = threeYears(row);
  return nativeWrite(db, ['units', 'reports', 'cellHistory'], (tx) => {
    tx.objectStore('units').get(row.unitId);
    tx.objectStore('reports').getAll(IDBKeyRange.bound(lower, upper));
    tx.objectStore('cellHistory').add({
      reportId: row.id,
      field: FIELD,
      at: Date.now(),
      who: 'bench',
      old: null,
      new: 0,
    });
    tx.objectStore('reports').put(row);
  });
}

type Series = 'ours' | 'raw' | 'floor' | 'native';

async function run(samples: number, which: 'latest' | 'past'): Promise<Record<Series, number[]>> {
  const { ids, repo, db } = await filledReports();
  const id = ids[which];
  const rawDb = new RawDb(`bench-write-raw-${made}`);
  const template = await repo.getReport(id);
  if (!template) throw new Error('report not created');
  let current = template.values[FIELD] ?? null;
  const times: Record<Series, number[]> = { ours: [], raw: [], floor: [], native: [] };
  const warmup = 10;
  for (let i = 0; i < samples + warmup; i += 1) {
    const value = 1000 + i;
    let t0 = performance.now();
    await repo.commitCells(id, [{ field: FIELD, value, expected: current }], 'bench');
    const oursMs = performance.now() - t0;
    current = value;
    const row: ReportRow = { ...template, values: { ...template.values, [FIELD]: value }, rev: i };
    t0 = performance.now();
    await rawDb.reports.put(row);
    const rawMs = performance.now() - t0;
    // The floor writes the same value ours just wrote, so ours' next conflict check still holds.
    const stored = await repo.getReport(id);
    if (!stored) throw new Error('report not stored');
    t0 = performance.now();
    await bareEditRequests(db, stored);
    const floorMs = performance.now() - t0;
    t0 = performance.now();
    await nativeEditRequests(db, stored);
    const nativeMs = performance.now() - t0;
    if (i >= warmup) {
      times.ours.push(oursMs);
      times.raw.push(rawMs);
      times.floor.push(floorMs);
      times.native.push(nativeMs);
    }
  }
  rawDb.close();
  return times;
}

const bench: WriteBench = { run };
(window as BenchWindow).bench = bench;
