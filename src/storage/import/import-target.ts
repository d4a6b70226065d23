/**
 * What an import preview compares a file with: the unit's stored report of that year (for the differences,
 * its status and rev) and of the year before (for X1/X2 and the carry-over offer). Reads only.
 */
import type { ReportRow, UnitRow, XxgkDb } from '../db';
import { runRead } from '../errors';
import { reportIdOf } from '../report-summary';

export interface ImportTarget {
  unit?: UnitRow;
  /** The stored report of the unit for the file's year. */
  report?: ReportRow;
  /** The stored report of the year before. */
  prior?: ReportRow;
}

export async function readImportTarget(db: XxgkDb, unitId: string | undefined, year: number): Promise<ImportTarget> {
  if (unitId === undefined) return {};
  return runRead(db, async () => {
    const [unit, report, prior] = await Promise.all([
      db.units.get(unitId),
      db.reports.get(reportIdOf(unitId, year)),
      db.reports.get(reportIdOf(unitId, year - 1)),
    ]);
    return {
      ...(unit ? { unit } : {}),
      ...(report ? { report } : {}),
      ...(prior ? { prior } : {}),
    };
  });
}
