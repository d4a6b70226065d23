/**
 * What the collecting office's dashboard lists for one area and year: every unit that files into the area,
 * with its status, counts, last change, contact and deadline. Pure, so it is tested without a browser.
 */
import { indexFormat } from '@/domain/format/format-index';
import type { UnitKind } from '@/domain/format/types';
import { chooseContributors } from '@/domain/consolidate/contributors';
import { formatById } from '@/domain/formats/registry';
import type { DeadlineConfig } from '@/domain/office/deadlines';
import { RECEIPT_STATES, type ReceiptState } from '@/domain/office/receipt';
import { unitRows, type ReportState, type UnitRow, type UnitStatus } from '@/domain/office/unit-status';
import type { ReceiptRow, ReportSummary } from '@/storage/db';

export interface DashboardUnit {
  id: string;
  name: string;
  kind: UnitKind;
  parentId?: string | undefined;
  archived?: boolean | undefined;
  contactPerson?: string | undefined;
  contactPhone?: string | undefined;
}

export interface DashboardReport {
  id: string;
  unitId: string;
  year: number;
  formatId: string;
  status: '草稿' | '已完成';
  summary: ReportSummary;
}

export interface DashboardRow extends UnitRow {
  reportId?: string;
  errors: number;
  warnings: number;
  /** Milliseconds since 1970 of the report's last write. */
  updatedAt?: number;
  /** The stored receipt (absent: 未报送, rev 0). */
  receiptRow?: ReceiptRow;
}

export const KIND_ORDER: readonly UnitKind[] = [
  '区县政府本级',
  '设区的市政府本级',
  '省级政府本级',
  '部门',
  '乡镇街道',
  '区域汇总',
  '其他',
];

/**
 * The units that file into the area: its units and, through sub-areas, theirs (archived ones left out),
 * 本级 first, then departments, then 乡镇街道, each by name.
 */
export function filingUnits<U extends DashboardUnit>(areaId: string, units: readonly U[]): U[] {
  const ids = new Set(chooseContributors(areaId, units, () => false).unitIds);
  return units
    .filter((u) => ids.has(u.id))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh'));
}

export function reportStateOf(report: DashboardReport): ReportState {
  const format = formatById(report.formatId);
  const inputs = format ? indexFormat(format).inputs.length : 0;
  return {
    status: report.status,
    openErrors: report.summary.openErrors,
    openWarnings: report.summary.openWarnings,
    blank: report.summary.blank,
    touched: report.summary.blank < inputs,
  };
}

/**
 * The units the dashboard follows: the area's roster of that year when it has one, else every unit filing into
 * the area (a district that never set up a roster still sees its units).
 */
export function expectedUnits<U extends DashboardUnit & { deletedAt?: number | undefined }>(
  areaId: string,
  units: readonly U[],
  rosterIds: readonly string[] | undefined,
): U[] {
  if (!rosterIds) return filingUnits(areaId, units);
  const ids = new Set(rosterIds);
  return units
    .filter((u) => ids.has(u.id) && u.deletedAt === undefined && !u.archived)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh'));
}

export function dashboardRows(input: {
  areaId: string;
  units: readonly DashboardUnit[];
  reports: readonly DashboardReport[];
  year: number;
  today: string;
  deadlines: DeadlineConfig;
  receipts?: readonly ReceiptRow[];
  rosterIds?: readonly string[] | undefined;
}): DashboardRow[] {
  const units = expectedUnits(input.areaId, input.units, input.rosterIds);
  const byUnit = new Map(input.reports.filter((r) => r.year === input.year).map((r) => [r.unitId, r]));
  const receipts = new Map((input.receipts ?? []).filter((r) => r.year === input.year).map((r) => [r.unitId, r]));
  const base = unitRows(
    units,
    (unitId) => {
      const report = byUnit.get(unitId);
      return report ? reportStateOf(report) : undefined;
    },
    input.year,
    input.today,
    input.deadlines,
    (unitId) => receipts.get(unitId)?.state ?? '未报送',
  );
  return base.map((row) => {
    const report = byUnit.get(row.unit.id);
    const receiptRow = receipts.get(row.unit.id);
    return {
      ...row,
      ...(receiptRow ? { receiptRow } : {}),
      errors: report?.summary.openErrors ?? 0,
      warnings: report?.summary.openWarnings ?? 0,
      ...(report ? { reportId: report.id, updatedAt: report.summary.updatedAt } : {}),
    };
  });
}

export interface RowFilter {
  status?: UnitStatus | ReceiptState | '逾期';
  kind?: UnitKind;
}

const matchesStatus = (r: DashboardRow, status: NonNullable<RowFilter['status']>) =>
  status === '逾期'
    ? r.overdue
    : (RECEIPT_STATES as readonly string[]).includes(status)
      ? r.receipt === status
      : r.status === status;

export function filterRows(rows: readonly DashboardRow[], filter: RowFilter): DashboardRow[] {
  return rows.filter(
    (r) =>
      (filter.kind === undefined || r.unit.kind === filter.kind) &&
      (filter.status === undefined || matchesStatus(r, filter.status)),
  );
}

export function receiptCounts(rows: readonly DashboardRow[]): Record<ReceiptState, number> {
  const counts = Object.fromEntries(RECEIPT_STATES.map((s) => [s, 0])) as Record<ReceiptState, number>;
  for (const r of rows) counts[r.receipt] += 1;
  return counts;
}

/** 退回修改 candidates: a received file with open errors (not yet returned), and units already returned. */
export function rowsToReturn(rows: readonly DashboardRow[]): DashboardRow[] {
  return rows.filter((r) => r.receipt === '已退回' || (r.receipt === '已报送' && r.errors > 0));
}

export const STATUSES: readonly UnitStatus[] = ['未开始', '草稿', '有错误', '有警告', '已完成'];

export function statusCounts(rows: readonly DashboardRow[]): Record<UnitStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<UnitStatus, number>;
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

/** The year shown first: the latest year any filing unit has a report for, else last calendar year. */
export function defaultOfficeYear(reportYears: readonly number[], today: string): number {
  const latest = Math.max(...reportYears);
  return Number.isFinite(latest) ? latest : Number(today.slice(0, 4)) - 1;
}
