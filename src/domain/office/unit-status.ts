/**
 * Where each unit stands for a year, as the collecting office's dashboard shows it, and the lists it sends:
 * the 催报 list of units whose file has not come in and the 退回修改 list of problems.
 */
import type { UnitKind } from '../format/types';
import type { Problem } from '../rules/problem';
import { chineseDate, deadlineFor, type DeadlineConfig, LEGAL_DEADLINES } from './deadlines';
import type { ReceiptState } from './receipt';

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
  receipt: ReceiptState;
  /**
   * The office holds the unit's figures: a file was received (in any later state) or the report was completed
   * here. Only a unit not in hand is chased.
   */
  inHand: boolean;
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
  receiptOf: (unitId: string) => ReceiptState = () => '未报送',
): UnitRow[] {
  return units.map((unit) => {
    const status = unitStatus(reportOf(unit.id));
    const receipt = receiptOf(unit.id);
    const deadline = deadlineFor(unit.kind, dataYear, config);
    const inHand = receipt !== '未报送' || status === '已完成';
    return { unit, status, receipt, inHand, deadline, overdue: !inHand && today > deadline };
  });
}

const contactOf = (unit: OfficeUnit) => [unit.contactPerson, unit.contactPhone].filter(Boolean).join('，');

/**
 * The 催报 list: units whose file has not come in, the overdue ones first, each with its deadline and contact.
 * Plain text the office can paste into a message or a notice.
 */
export function chaseListText(rows: readonly UnitRow[], dataYear: number): string {
  const missing = rows.filter((r) => !r.inHand);
  if (missing.length === 0) return `${dataYear}年度政府信息公开年报统计表：所有单位均已报送。`;
  const late = missing.filter((r) => r.overdue);
  const notYet = missing.filter((r) => !r.overdue);
  const line = (r: UnitRow, i: number) => {
    const contact = contactOf(r.unit);
    return `${i + 1}. ${r.unit.name}（截止${chineseDate(r.deadline)}${contact ? `；联系人：${contact}` : ''}）`;
  };
  return [
    ...(late.length > 0
      ? [`以下单位的${dataYear}年度政府信息公开年报统计表逾期未报送，请尽快报送：`, ...late.map(line)]
      : []),
    ...(late.length > 0 && notYet.length > 0 ? [''] : []),
    ...(notYet.length > 0 ? [`以下单位尚未报送（未到截止日期）：`, ...notYet.map(line)] : []),
  ].join('\n');
}

/** The one-unit 催报 message. */
export function chaseOneText(row: UnitRow, dataYear: number): string {
  const late = row.overdue ? '已逾期，' : '';
  return `${row.unit.name}：贵单位${dataYear}年度政府信息公开年报统计表尚未报送（截止${chineseDate(row.deadline)}），${late}请尽快报送。`;
}

/** The 退回修改 list: every open problem of a unit's report, numbered, errors first. */
export function returnListText(unitName: string, dataYear: number, problems: readonly Problem[]): string {
  const ordered = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (ordered.length === 0) return `${unitName}${dataYear}年度统计表未发现问题。`;
  const lines = ordered.map((p, i) => `${i + 1}. 【${p.severity === 'error' ? '错误' : '请核实'}】${p.message}`);
  return [`${unitName}：${dataYear}年度政府信息公开年报统计表需修改后重新报送，问题如下：`, ...lines].join('\n');
}

export interface ReturnItem {
  unitName: string;
  receipt: ReceiptState;
  /** The reasons already sent (已退回), or the open problems' list of a received file. */
  text: string;
}

/** The 退回修改 list of all units at once: units whose received file has errors, and units already returned. */
export function returnsText(items: readonly ReturnItem[], dataYear: number): string {
  if (items.length === 0) return `${dataYear}年度政府信息公开年报统计表：没有需要退回修改的单位。`;
  const blocks = items.map(
    (item, i) =>
      `${i + 1}. ${item.unitName}（${item.receipt === '已退回' ? '已退回，待重新报送' : '已报送，有错误'}）\n${item.text}`,
  );
  return [`${dataYear}年度政府信息公开年报统计表退回修改名单（共 ${items.length} 个单位）：`, ...blocks].join('\n\n');
}
