/**
 * Everything the office's pages read for one area and year, live: units, every report of this year and last,
 * the deadline setting, the dashboard rows, the area total of both years and the cross-year findings.
 */
import { useMemo } from 'react';
import { LEGAL_DEADLINES, type DeadlineConfig } from '@/domain/office/deadlines';
import { priorValuesOn } from '@/domain/year-on-year/prior-values';
import type { FieldKey } from '@/domain/format/types';
import type { Problem } from '@/domain/rules/problem';
import type { ReportRow, RosterRow, UnitRow, XxgkDb } from '@/storage/db';
import { useDeadlineConfig, useReceiptsOfYear, useReportRowsOfYears, useRoster } from '@/storage/office/office-hooks';
import { useFormatVariant } from '@/storage/settings-hooks';
import { NATIONAL } from '@/domain/formats/registry';
import { areaTotal, type AreaTotal } from './area-total';
import { dashboardRows, filingUnits, type DashboardRow } from './dashboard-rows';
import { totalProblems, totalSharpChanges, unitFindings, type Finding, type PriorTotal } from './year-findings';

export interface OfficeData {
  units: UnitRow[];
  area: UnitRow;
  year: number;
  filing: UnitRow[];
  rows: DashboardRow[];
  reports: ReportRow[];
  deadlines: DeadlineConfig;
  /** The workspace's format variant: the area total and the blank templates take its format. */
  variant: string;
  /** The area's 报送名单 of the year, or null when none was set up (the dashboard then follows the hierarchy). */
  roster: RosterRow | null;
  total?: AreaTotal;
  priorTotal?: PriorTotal;
  /** Last year's total placed on this year's cells (for 显示上年数 and the charts). */
  priorOnCells?: Map<FieldKey, number>;
  totalProblems: Problem[];
  totalSharp: Problem[];
  carryOver: Finding[];
  sharp: Finding[];
}

export function useOfficeData(
  db: XxgkDb,
  units: UnitRow[] | undefined,
  areaId: string | undefined,
  year: number | undefined,
  today: string,
): OfficeData | undefined {
  const years = year === undefined ? [] : [year, year - 1];
  const reports = useReportRowsOfYears(db, years);
  const deadlines = useDeadlineConfig(db) ?? LEGAL_DEADLINES;
  const variant = useFormatVariant(db) ?? NATIONAL;
  const receipts = useReceiptsOfYear(db, year);
  const roster = useRoster(db, areaId, year);

  return useMemo((): OfficeData | undefined => {
    const area = units?.find((u) => u.id === areaId);
    if (!units || !reports || !area || year === undefined || !receipts || roster === undefined) return undefined;
    const filing = filingUnits(area.id, units);
    const rows = dashboardRows({
      areaId: area.id,
      units,
      reports,
      year,
      today,
      deadlines,
      receipts,
      rosterIds: roster?.unitIds,
    });
    const total = areaTotal(area.id, units, reports, year, variant);
    const before = areaTotal(area.id, units, reports, year - 1, variant);
    const priorTotal = before ? { format: before.format, values: before.values } : undefined;
    const priorOnCells = total && priorTotal ? priorValuesOn(total.format, priorTotal) : undefined;
    const findings = unitFindings(filing, reports, year);
    return {
      units,
      area,
      year,
      filing,
      rows,
      reports,
      deadlines,
      variant,
      roster,
      ...(total ? { total } : {}),
      ...(priorTotal ? { priorTotal } : {}),
      ...(priorOnCells ? { priorOnCells } : {}),
      totalProblems: total ? totalProblems(total, priorTotal) : [],
      totalSharp: total ? totalSharpChanges(total, priorTotal) : [],
      ...findings,
    };
  }, [units, reports, areaId, year, today, deadlines, variant, receipts, roster]);
}
