/** What the home page shows, from stored units and report summaries (pure, so it is tested without a browser). */
import { indexFormat } from '@/domain/format/format-index';
import { formatById } from '@/domain/formats/registry';
import { unitStatus, type UnitStatus } from '@/domain/office/unit-status';
import type { UnitKind } from '@/domain/format/types';

export interface HomeReportInput {
  id: string;
  unitId: string;
  year: number;
  formatId: string;
  status: '草稿' | '已完成';
  summary: { blank: number; openErrors: number; openWarnings: number };
}

export interface HomeCell {
  reportId?: string;
  status: UnitStatus;
}

/** The default data year is the previous calendar year (reports are written in January–March). */
export function defaultDataYear(today: Date): number {
  return today.getFullYear() - 1;
}

/** The years shown as columns: the default year and two before it, plus any year that has a report. */
export function homeYears(stored: readonly number[], today: Date): number[] {
  const latest = defaultDataYear(today);
  const years = new Set([latest, latest - 1, latest - 2, ...stored]);
  return [...years].sort((a, b) => b - a);
}

/** Each report's status, keyed `${unitId}:${year}`; a unit/year without a report is 未开始. */
export function homeCells(reports: readonly HomeReportInput[]): Map<string, HomeCell> {
  const cells = new Map<string, HomeCell>();
  for (const r of reports) {
    const format = formatById(r.formatId);
    const inputs = format ? indexFormat(format).inputs.length : 0;
    const status = unitStatus({
      status: r.status,
      openErrors: r.summary.openErrors,
      openWarnings: r.summary.openWarnings,
      blank: r.summary.blank,
      touched: r.summary.blank < inputs,
    });
    cells.set(`${r.unitId}:${r.year}`, { reportId: r.id, status });
  }
  return cells;
}

export const KIND_ORDER: readonly UnitKind[] = [
  '区域汇总',
  '设区的市政府本级',
  '区县政府本级',
  '部门',
  '乡镇街道',
  '省级政府本级',
  '其他',
];
