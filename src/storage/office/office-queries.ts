/** Reads for the collecting office: whole report rows (values included) of the years it consolidates. */
import type { ReportRow, XxgkDb } from '../db';

/**
 * One `equals` read per year rather than `anyOf`: Dexie serves `equals(…).toArray()` with one `getAll` on the
 * index, where `anyOf` walks a cursor row by row (most of the office page's opening with 300 units). Rows come
 * in `anyOf`'s order: by year, then by id.
 */
export async function readReportRowsOfYears(db: XxgkDb, years: readonly number[]): Promise<ReportRow[]> {
  const perYear = await Promise.all(
    [...new Set(years)].sort((a, b) => a - b).map((y) => db.reports.where('year').equals(y).toArray()),
  );
  return perYear.flat();
}
