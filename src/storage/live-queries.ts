/**
 * The reads behind the live hooks, kept free of React so they can be tested and reused (e.g. with Dexie's
 * `liveQuery` outside components). Each one only reads, so Dexie can re-run it when the tables change.
 */
import type { ReportRow, ReportStatus, ReportSummary, UnitRow, XxgkDb } from './db';

/** A report as the lists show it: no values, only its summary. */
export interface ReportListItem {
  id: string;
  unitId: string;
  year: number;
  formatId: string;
  status: ReportStatus;
  summary: ReportSummary;
  rev: number;
}

/** The report, or null when it does not exist (undefined is kept for "still loading" in the hooks). */
export async function readReport(db: XxgkDb, id: string): Promise<ReportRow | null> {
  return (await db.reports.get(id)) ?? null;
}

/** How many units the workspace holds, deleted ones included (0 = a workspace never used). */
export async function countUnits(db: XxgkDb): Promise<number> {
  return db.units.count();
}

/** Units not deleted, ordered by name. */
export async function readUnits(db: XxgkDb): Promise<UnitRow[]> {
  return (await db.units.orderBy('name').toArray()).filter((u) => u.deletedAt === undefined);
}

/** One unit by id, or null when it does not exist or was deleted: a page about one report reads only its unit. */
export async function readUnit(db: XxgkDb, id: string): Promise<UnitRow | null> {
  const unit = await db.units.get(id);
  return unit && unit.deletedAt === undefined ? unit : null;
}

/** Every unit, deleted ones included (the units page can show and restore them), ordered by name. */
export async function readAllUnits(db: XxgkDb): Promise<UnitRow[]> {
  return db.units.orderBy('name').toArray();
}

export async function readReportsOfYear(db: XxgkDb, year: number): Promise<ReportListItem[]> {
  return readReportsOfYears(db, [year]);
}

/**
 * Whole report rows (values included) of the given years, by year then id. One `equals` read per year rather
 * than `anyOf`: Dexie serves `equals(…).toArray()` with one `getAll` on the index, which its live-query cache
 * can also answer when a page asks again, where `anyOf` walks a cursor row by row. Not in an explicit
 * transaction, which would bypass that cache; a change between the two reads re-runs the live read anyway.
 */
export async function readReportRowsOfYears(db: XxgkDb, years: readonly number[]): Promise<ReportRow[]> {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return (await Promise.all(sorted.map((y) => db.reports.where('year').equals(y).toArray()))).flat();
}

/** Summaries of every report of the given years, in one read (the home page and the dashboard show several). */
export async function readReportsOfYears(db: XxgkDb, years: readonly number[]): Promise<ReportListItem[]> {
  const rows = await readReportRowsOfYears(db, years);
  return rows.map(({ id, unitId, year: y, formatId, status, summary, rev }) => ({
    id,
    unitId,
    year: y,
    formatId,
    status,
    summary,
    rev,
  }));
}

/** Years that have at least one report, newest first. */
export async function readYears(db: XxgkDb): Promise<number[]> {
  const years = (await db.reports.orderBy('year').uniqueKeys()) as number[];
  return [...years].reverse();
}
