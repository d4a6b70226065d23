/**
 * Figure 4: edit-to-durable latency. The app's write path (`reportsRepo.commitCells`: conflict check, history
 * row, rule check for the summary, put) against a bare Dexie `put` of a row of the same shape into a
 * database opened with the same strict durability. Samples alternate so load from elsewhere hits both alike.
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
  constructor() {
    super('bench-write-raw', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ reports: 'id' });
  }
}

async function filledReport(): Promise<{ id: string; repo: ReturnType<typeof reportsRepo> }> {
  const db = createDb('bench-write-ours');
  const unit = await unitsRepo(db).create({ name: '写入测试单位', kind: '部门' });
  const repo = reportsRepo(db);
  const report = await repo.getOrCreate(unit.id, 2025);
  // A filled report, so the rule check inside the write runs on realistic data.
  const changes = NATIONAL_2021.fields
    .filter((f) => !f.sumOf)
    .map((f, i) => ({ field: f.key, value: i % 7, expected: null }));
  await repo.commitCells(report.id, changes, 'bench');
  return { id: report.id, repo };
}

async function run(samples: number): Promise<{ ours: number[]; raw: number[] }> {
  const { id, repo } = await filledReport();
  const rawDb = new RawDb();
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
