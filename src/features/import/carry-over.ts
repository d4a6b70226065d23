/** The carry-over applied to a stored report (the pure rule is `@/domain/year-on-year/carry-over`). */
import { formatById } from '@/domain/formats/registry';
import { carryOverCells } from '@/domain/year-on-year/carry-over';
import type { XxgkDb } from '@/storage/db';
import { RefusedError } from '@/storage/errors';
import { readImportTarget } from '@/storage/import/import-target';
import { reportsRepo } from '@/storage/reports-repo';

/**
 * Applies the carry-over to a stored report as one batch with history (refused, like any edit, when the report
 * is 已完成 or another window changed those cells). Returns the number of cells written.
 */
export async function applyCarryOver(db: XxgkDb, reportId: string, who: string): Promise<number> {
  const repo = reportsRepo(db);
  const report = await repo.getReport(reportId);
  if (!report) throw new RefusedError('找不到这份报表，可能已被合并或删除。请返回列表重新打开。');
  const format = formatById(report.formatId);
  const { prior } = await readImportTarget(db, report.unitId, report.year);
  const priorFormat = prior ? formatById(prior.formatId) : undefined;
  if (!format || !prior || !priorFormat) {
    throw new RefusedError(`没有找到该单位 ${report.year - 1} 年的报表，无法填入上年结转。`);
  }
  const cells = carryOverCells(format, report.values, {
    format: priorFormat,
    values: prior.values,
  });
  if (cells.length === 0) return 0;
  const changes = cells.map((c) => ({
    field: c.field,
    value: c.prior,
    expected: c.current,
  }));
  const { changed } = await repo.commitCells(reportId, changes, who);
  return changed;
}
