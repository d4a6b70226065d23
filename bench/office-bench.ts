/**
 * Figure 6 (and the units of figure 7): seeds the app's real database on this origin, which the app's office
 * page then reads. Rows are built here and stored in bulk; the summaries are then computed by the storage
 * layer's own refresh (the same code that keeps them after a rules change), so every row is as the app writes it.
 */
import { formatFor } from '@/domain/formats/registry';
import type { UnitKind } from '@/domain/format/types';
import { openWorkspaceDb, type ReportRow, type UnitRow } from '@/storage/db';
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
    db.reports.where('year').anyOf([year, year - 1]).toArray(),
  ]);
  return { ms: performance.now() - t0, rows: units.length + reports.length };
}

const bench: OfficeBench = { seed, seedUnits, readRaw };
(window as BenchWindow).bench = bench;
