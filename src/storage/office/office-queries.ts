/** Reads for the collecting office: whole report rows (values included) of the years it consolidates. */
import type { ReportRow, XxgkDb } from '../db';

export async function readReportRowsOfYears(db: XxgkDb, years: readonly number[]): Promise<ReportRow[]> {
  return db.reports
    .where('year')
    .anyOf([...years])
    .toArray();
}
