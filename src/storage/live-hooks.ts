/**
 * React hooks that re-render when the data changes, in this tab or another (Dexie 4 broadcasts commits).
 * `undefined` always means "still loading"; a missing report is `null`.
 */
import { useLiveRead } from './use-live-read';
import type { ReportRow, UnitRow, XxgkDb } from './db';
import {
  readAllUnits,
  readReport,
  readReportsOfYear,
  readReportsOfYears,
  readUnit,
  readUnits,
  readYears,
} from './live-queries';
import type { ReportListItem } from './live-queries';

export function useReport(db: XxgkDb, id: string | undefined): ReportRow | null | undefined {
  return useLiveRead(() => (id === undefined ? null : readReport(db, id)), [db, id]);
}

export function useUnits(db: XxgkDb): UnitRow[] | undefined {
  return useLiveRead(() => readUnits(db), [db]);
}

/** One unit (null when missing or deleted), without reading the others. */
export function useUnit(db: XxgkDb, id: string | undefined): UnitRow | null | undefined {
  return useLiveRead(() => (id === undefined ? null : readUnit(db, id)), [db, id]);
}

/** Every unit, deleted ones included: for the units page, which can restore them. */
export function useAllUnits(db: XxgkDb): UnitRow[] | undefined {
  return useLiveRead(() => readAllUnits(db), [db]);
}

export function useReportsOfYear(db: XxgkDb, year: number): ReportListItem[] | undefined {
  return useLiveRead(() => readReportsOfYear(db, year), [db, year]);
}

export function useReportsOfYears(db: XxgkDb, years: readonly number[]): ReportListItem[] | undefined {
  const key = years.join(',');
  // Keyed by the years' contents, not the array's identity, so a new array of the same years does not re-query.
  return useLiveRead(() => readReportsOfYears(db, years), [db, key]);
}

export function useYears(db: XxgkDb): number[] | undefined {
  return useLiveRead(() => readYears(db), [db]);
}
