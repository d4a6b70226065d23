/**
 * Where each unit stands for a year, as the collecting office's dashboard shows it, and the lists it sends:
 * the 催报 list of late units and a unit's 退回修改 list of problems.
 */
import type { UnitKind } from '../format/types';
import type { Problem } from '../rules/problem';
import { chineseDate, deadlineFor, type DeadlineConfig, LEGAL_DEADLINES } from './deadlines';

export type UnitStatus = '未开始' | '草稿' | '有错误' | '有警告' | '已完成';

export interface ReportState {
  status: '草稿' | '已完成';
  /** Open (unexplained) errors and warnings. */
  openErrors: number;
  openWarnings: number;
  /** Input cells left blank. */
  blank: number;
  /** Whether any value has been entered at all. */
  touched: boolean;
}

export function unitStatus(report: ReportState | undefined): UnitStatus {
  if (!report || !report.touched) return '未开始';
  if (report.status === '已完成') return '已完成';
  if (report.openErrors > 0) return '有错误';
  if (report.openWarnings > 0) return '有警告';
  return '草稿';
}

export interface OfficeUnit {
  id: string;
  name: string;
  kind: UnitKind;
  contactPerson?: string | undefined;
  contactPhone?: string | undefined;
}

export interface UnitRow {
  unit: OfficeUnit;
  status: UnitStatus;
  deadline: string;
  overdue: boolean;
}

/** `today` is passed in (ISO date) so the same call gives the same answer in a test and on any machine. */
export function unitRows(
  units: readonly OfficeUnit[],
  reportOf: (unitId: string) => ReportState | undefined,
  dataYear: number,
  today: string,
  config: DeadlineConfig = LEGAL_DEADLINES,
): UnitRow[] {
  return units.map((unit) => {
    const status = unitStatus(reportOf(unit.id));
    const deadline = deadlineFor(unit.kind, dataYear, config);
    return { unit, status, deadline, overdue: status !== '已完成' && today > deadline };
  });
}

/** Plain text the office can paste into a message or a notice. */
export function chaseListText(rows: readonly UnitRow[], dataYear: number): string {
  const late = rows.filter((r) => r.overdue);
  if (late.length === 0) return `${dataYear}年度政府信息公开年报统计表：没有逾期未完成的单位。`;
  const lines = late.map((r, i) => {
    const contact = [r.unit.contactPerson, r.unit.contactPhone].filter(Boolean).join('，');
    return `${i + 1}. ${r.unit.name}（${r.status}，截止${chineseDate(r.deadline)}${contact ? `；联系人：${contact}` : ''}）`;
  });
  return [`以下单位的${dataYear}年度政府信息公开年报统计表逾期未完成，请尽快报送：`, ...lines].join('\n');
}

/** The 退回修改 list: every open problem of a unit's report, numbered, errors first. */
export function returnListText(unitName: string, dataYear: number, problems: readonly Problem[]): string {
  const ordered = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (ordered.length === 0) return `${unitName}${dataYear}年度统计表未发现问题。`;
  const lines = ordered.map((p, i) => `${i + 1}. 【${p.severity === 'error' ? '错误' : '请核实'}】${p.message}`);
  return [`${unitName}：${dataYear}年度政府信息公开年报统计表需修改后重新报送，问题如下：`, ...lines].join('\n');
}
