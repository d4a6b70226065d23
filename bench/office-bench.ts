/**
 * Figure 6 (and the units of figure 7): seeds the app's real database on this origin, which the app's office
 * page then reads. Rows are built here and stored in bulk; the summaries are then computed by the storage
 * layer's own refresh (the same code that keeps them after a rules change), so every row is as the app writes it.
 */
import { formatFor } from '@/domain/formats/registry';
import type { UnitKind } from '@/domain/format/types';
import { areaTotal } from '@/features/office/area-total';
import { createDb, openWorkspaceDb, type ReportRow, type UnitRow, type XxgkDb } from '@/storage/db';
import { readReportRowsOfYears } from '@/storage/live-queries';
import { reportsRepo } from '@/storage/reports-repo';
import { reportIdOf } from '@/storage/report-summary';
import { refreshSummariesIfRulesChanged } from '@/storage/summary-refresh';
import { searchKeysOf } from '@/storage/unit-name';
import { newUuid } from '@/storage/uuid';
import type { BenchWindow, OfficeBench } from './bench-api';
import { syntheticValues } from './synthetic';

const db = openWorkspaceDb('main');

function unitRow(name: string, kind: UnitKind, parentId?: string): UnitRow {
  const now = Date.now();
  return {
    id: newUuid(),
    name,
    aliases: [],
    searchKeys: searchKeysOf(name, []),
    kind,
    archived: false,
    createdAt: now,
    updatedAt: now,
    ...(parentId ? { parentId } : {}),
  };
}

function reportRow(unitId: string, year: number, seed: number): ReportRow {
  const format = formatFor(year);
  if (!format) throw new Error(`no format for ${year}`);
  return {
    id: reportIdOf(unitId, year),
    unitId,
    year,
    formatId: format.id,
    values: syntheticValues(format, seed),
    explanations: {},
    // Most units done, some still drafting: the dashboard shows both.
    status: seed % 5 === 0 ? '草稿' : '已完成',
    summary: { errors: 0, warnings: 0, blank: 0, openErrors: 0, openWarnings: 0, updatedAt: 0 },
    rev: 1,
  };
}

async function seed(units: number, years: number, lastYear: number): Promise<{ units: number; reports: number }> {
  const area = unitRow('示例区（全区）', '区域汇总');
  const members = Array.from({ length: units }, (_, i) =>
    unitRow(`示例区第${String(i + 1).padStart(3, '0')}单位`, i % 3 === 0 ? '乡镇街道' : '部门', area.id),
  );
  const reports = members.flatMap((u, i) =>
    Array.from({ length: years }, (_, y) => reportRow(u.id, lastYear - years + 1 + y, i * 10 + y + 1)),
  );
  await db.transaction('rw', db.units, db.reports, async () => {
    await db.units.bulkPut([area, ...members]);
    await db.reports.bulkPut(reports);
  });
  // Forces the storage layer to compute every summary, as after a release that changed the rules.
  await db.settings.delete('summaryRulesFingerprint');
  await refreshSummariesIfRulesChanged(db);
  return { units: await db.units.count(), reports: await db.reports.count() };
}

async function seedUnits(names: readonly string[]): Promise<number> {
  await db.units.bulkPut(names.map((name) => unitRow(name, '部门')));
  return db.units.count();
}

async function readRaw(year: number): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  const [units, reports] = await Promise.all([
    db.units.toArray(),
    db.reports
      .where('year')
      .anyOf([year, year - 1])
      .toArray(),
  ]);
  return { ms: performance.now() - t0, rows: units.length + reports.length };
}

/** Unit 1 gets filled reports of 2024 and 2025 through the app's own repository; the others are just there. */
async function seedReportUnits(units: number): Promise<string> {
  const rows = Array.from({ length: units }, (_, i) =>
    unitRow(`示例区第${String(i + 1).padStart(4, '0')}单位`, '部门'),
  );
  await db.units.bulkPut(rows);
  const first = rows[0];
  if (!first) throw new Error('no unit');
  const repo = reportsRepo(db);
  let id = '';
  for (const year of [2024, 2025]) {
    const report = await repo.getOrCreate(first.id, year);
    const format = formatFor(year);
    if (!format) throw new Error(`no format for ${year}`);
    const values = syntheticValues(format, year);
    const changes = Object.entries(values).map(([field, value]) => ({ field, value, expected: null }));
    await repo.commitCells(report.id, changes, 'bench');
    id = report.id;
  }
  return id;
}

const areaDbs = new Map<string, { db: XxgkDb; areaId: string }>();

async function seedArea(dbName: string, units: number): Promise<void> {
  const own = createDb(dbName);
  const area = unitRow('示例区（全区）', '区域汇总');
  const members = Array.from({ length: units }, (_, i) =>
    unitRow(`示例区第${String(i + 1).padStart(4, '0')}单位`, i % 3 === 0 ? '乡镇街道' : '部门', area.id),
  );
  await own.transaction('rw', own.units, own.reports, async () => {
    await own.units.bulkPut([area, ...members]);
    await own.reports.bulkPut(members.map((u, i) => reportRow(u.id, 2025, i + 1)));
  });
  areaDbs.set(dbName, { db: own, areaId: area.id });
}

/** What the office page's 汇总表 computes for an area: units and both years' rows read, the total summed. */
async function consolidateArea(dbName: string): Promise<{ ms: number; parts: number }> {
  const seeded = areaDbs.get(dbName);
  if (!seeded) throw new Error(`${dbName} not seeded`);
  const t0 = performance.now();
  const [units, reports] = await Promise.all([
    seeded.db.units.toArray(),
    readReportRowsOfYears(seeded.db, [2025, 2024]),
  ]);
  const total = areaTotal(seeded.areaId, units, reports, 2025);
  return { ms: performance.now() - t0, parts: total?.parts.length ?? 0 };
}

const bench: OfficeBench = { seed, seedUnits, readRaw, seedReportUnits, seedArea, consolidateArea };
(window as BenchWindow).bench = bench;
