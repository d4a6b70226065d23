/**
 * `edit-p95` and `edit-p95-past-year`: edit-to-durable latency. The app's write path
 * (`reportsRepo.commitCells`: conflict check, history row, rule check for the summary, put, next year's summary)
 * against a bare Dexie `put` of a row of the same shape into a database opened with the same strict durability.
 * Samples alternate so load from elsewhere hits both alike.
 */
import { Dexie, type EntityTable } from 'dexie';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { createDb, type ReportRow } from '@/storage/db';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import type { BenchWindow, WriteBench } from './bench-api';

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
  return { ids: { latest: latest.id, past: past.id }, repo };
}

async function run(samples: number, which: 'latest' | 'past'): Promise<{ ours: number[]; raw: number[] }> {
  const { ids, repo } = await filledReports();
  const id = ids[which];
  const rawDb = new RawDb(`bench-write-raw-${made}`);
  const template = await repo.getReport(id);
  if (!template) throw new Error('report not created');
  let current = template.values[FIELD] ?? null;
  const ours: number[] = [];
  const raw: number[] = [];
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
    if (i >= warmup) {
      ours.push(oursMs);
      raw.push(rawMs);
    }
  }
  rawDb.close();
  return { ours, raw };
}

const bench: WriteBench = { run };
(window as BenchWindow).bench = bench;
