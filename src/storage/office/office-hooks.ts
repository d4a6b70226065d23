/** Live reads for the collecting office's pages: they re-render when any unit's report changes, in any tab. */
import { useLiveRead } from '../use-live-read';
import type { DeadlineConfig } from '@/domain/office/deadlines';
import type { ReceiptRow, ReportRow, RosterRow, XxgkDb } from '../db';
import { rosterIdOf } from './roster-repo';
import { readDeadlineConfig, readDeadlineSetting } from './deadline-setting';
import { readReportRowsOfYears } from '../live-queries';

/** Whole report rows of the given years; undefined while loading. */
export function useReportRowsOfYears(db: XxgkDb, years: readonly number[]): ReportRow[] | undefined {
  const key = years.join(',');
  // Keyed by the years' contents, not the array's identity.
  return useLiveRead(() => readReportRowsOfYears(db, years), [db, key]);
}

export function useDeadlineConfig(db: XxgkDb): DeadlineConfig | undefined {
  return useLiveRead(() => readDeadlineConfig(db), [db]);
}

/** The receipts of one year, live (an import in another tab shows at once). */
export function useReceiptsOfYear(db: XxgkDb, year: number | undefined): ReceiptRow[] | undefined {
  return useLiveRead(() => (year === undefined ? [] : db.receipts.where('year').equals(year).toArray()), [db, year]);
}

/** The roster of an area and year: null when none was set up, undefined while loading. */
export function useRoster(
  db: XxgkDb,
  areaId: string | undefined,
  year: number | undefined,
): RosterRow | null | undefined {
  return useLiveRead(
    async () =>
      areaId === undefined || year === undefined ? null : ((await db.rosters.get(rosterIdOf(areaId, year))) ?? null),
    [db, areaId, year],
  );
}

/** The deadlines with their version, for the form that edits them; undefined while loading. */
export function useDeadlineSetting(db: XxgkDb): { config: DeadlineConfig; rev: number } | undefined {
  return useLiveRead(() => readDeadlineSetting(db), [db]);
}
