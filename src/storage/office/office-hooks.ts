/** Live reads for the collecting office's pages: they re-render when any unit's report changes, in any tab. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeadlineConfig } from '@/domain/office/deadlines';
import type { ReportRow, XxgkDb } from '../db';
import { readDeadlineConfig, readDeadlineSetting } from './deadline-setting';
import { readReportRowsOfYears } from './office-queries';

/** Whole report rows of the given years; undefined while loading. */
export function useReportRowsOfYears(db: XxgkDb, years: readonly number[]): ReportRow[] | undefined {
  const key = years.join(',');
  // Keyed by the years' contents, not the array's identity.
  return useLiveQuery(() => readReportRowsOfYears(db, years), [db, key]);
}

export function useDeadlineConfig(db: XxgkDb): DeadlineConfig | undefined {
  return useLiveQuery(() => readDeadlineConfig(db), [db]);
}

/** The deadlines with their version, for the form that edits them; undefined while loading. */
export function useDeadlineSetting(db: XxgkDb): { config: DeadlineConfig; rev: number } | undefined {
  return useLiveQuery(() => readDeadlineSetting(db), [db]);
}
