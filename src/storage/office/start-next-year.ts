/**
 * “开始下一年度”: creates next year's report of every given unit in its format, with 二、上年结转 filled from the
 * unit's 四、结转下年度继续办理, as one transaction (all reports are there, or none). A unit that already has a
 * report for next year keeps it untouched; archived and deleted units are skipped.
 */
import { carriedOver } from '@/domain/year-on-year/carry-over';
import type { ReportRow, XxgkDb } from '../db';
import { runWrite } from '../errors';
import { formatOf, reportIdOf } from '../report-summary';
import { reportsRepo, type CellChange } from '../reports-repo';

export interface StartNextYearResult {
  /** Reports created for next year. */
  created: number;
  /** Of those, reports whose 二、上年结转 was filled from this year's 四、结转下年度. */
  filled: number;
  /** Units that already had a report for next year (left as they were). */
  kept: number;
  /** Units skipped because they are archived, deleted or unknown. */
  skipped: number;
}

/** Author recorded in the cell history of the carried-over values. */
export const START_NEXT_YEAR_AUTHOR = '开始下一年度';

export async function startNextYear(
  db: XxgkDb,
  year: number,
  unitIds: readonly string[],
  who: string = START_NEXT_YEAR_AUTHOR,
): Promise<StartNextYearResult> {
  const next = year + 1;
  return runWrite(db, ['units', 'reports', 'cellHistory', 'settings'], async () => {
    const reports = reportsRepo(db);
    const result: StartNextYearResult = { created: 0, filled: 0, kept: 0, skipped: 0 };
    for (const unitId of new Set(unitIds)) {
      const unit = await db.units.get(unitId);
      if (!unit || unit.archived || unit.deletedAt !== undefined) {
        result.skipped += 1;
        continue;
      }
      if (await db.reports.get(reportIdOf(unitId, next))) {
        result.kept += 1;
        continue;
      }
      const created = await reports.getOrCreate(unitId, next);
      result.created += 1;
      const current = await db.reports.get(reportIdOf(unitId, year));
      const changes = current ? carryOverChanges(current, created) : [];
      if (changes.length > 0) {
        await reports.commitCells(created.id, changes, who.trim() || START_NEXT_YEAR_AUTHOR);
        result.filled += 1;
      }
    }
    return result;
  });
}

/** 二、上年结转 of `next`, per applicant column, from 四、结转下年度 of `current` where both formats have the rows. */
export function carryOverChanges(
  current: Pick<ReportRow, 'id' | 'formatId' | 'values'>,
  next: Pick<ReportRow, 'id' | 'formatId'>,
): CellChange[] {
  // A blank 结转 stays blank next year: the clerk has not said it is 0.
  return carriedOver(formatOf(next), { format: formatOf(current), values: current.values }, 'keepBlank').map(
    ({ field, value }) => ({ field, value, expected: null }),
  );
}
