/**
 * The collecting office's dashboard for one area and year: where every unit stands, the 催报 list, a unit's
 * 退回修改 list, blank templates, the deadline setting, the charts and “开始下一年度”.
 */
import { useMemo, useState } from 'react';
import type { UnitKind } from '@/domain/format/types';
import { formatById, formatFor } from '@/domain/formats/registry';
import { RECEIPT_STATES, type ReceiptState } from '@/domain/office/receipt';
import { chaseListText, chaseOneText, returnListText, returnsText, type UnitStatus } from '@/domain/office/unit-status';
import { chineseDate } from '@/domain/office/deadlines';
import { exportReportXlsx, officialFileName } from '@/io/export';
import { showNotice } from '@/state/notice-store';
import type { XxgkDb } from '@/storage/db';
import { carryOverChanges } from '@/storage/office/start-next-year';
import { outcomeSeries, receiptSeries, yearOnYearSeries } from './chart-data';
import {
  filterRows,
  receiptCounts,
  rowsToReturn,
  STATUSES,
  statusCounts,
  type DashboardRow,
  type RowFilter,
} from './dashboard-rows';
import { ReturnPanel, useAccept } from './return-panel';
import { DeadlineForm } from './deadline-form';
import { FormatVariantForm } from './format-variant-form';
import { figuresBeside, type FigurePair } from './key-totals';
import { OfficeCharts } from './office-charts';
import { saveBytes } from '@/widgets/shared/save-file';
import { StartNextYear } from './start-next-year';
import { TextListBox } from './text-list-box';
import { blankProblem, openProblemsOf } from './unit-problems';
import { UnitTable } from './unit-table';
import type { OfficeData } from './use-office-data';

interface Props {
  db: XxgkDb;
  data: OfficeData;
  today: string;
  reportHref: (reportId: string) => string;
  onYear: (year: number) => void;
}

const FIGURE_LABELS = ['新收申请', '办理总计', '行政复议'];

/** Each unit's headline figures beside last year's, for 显示上年数. */
function unitFigures(data: OfficeData): Map<string, FigurePair[]> {
  const out = new Map<string, FigurePair[]>();
  const reportOf = (unitId: string, year: number) => {
    const r = data.reports.find((x) => x.unitId === unitId && x.year === year);
    const format = r ? formatById(r.formatId) : undefined;
    return r && format ? { format, values: r.values } : undefined;
  };
  for (const unit of data.filing) {
    const now = reportOf(unit.id, data.year);
    if (now) out.set(unit.id, figuresBeside(FIGURE_LABELS, now, reportOf(unit.id, data.year - 1)));
  }
  return out;
}

type Shown =
  | { kind: 'chase' }
  | { kind: 'chaseOne'; unitId: string }
  | { kind: 'returns' }
  | { kind: 'return'; unitId: string }
  | undefined;

export function DashboardView({ db, data, today, reportHref, onYear }: Props) {
  const [filter, setFilter] = useState<RowFilter>({});
  const [shown, setShown] = useState<Shown>(undefined);
  const [showPrior, setShowPrior] = useState(false);
  const rows = useMemo(() => filterRows(data.rows, filter), [data.rows, filter]);
  const counts = statusCounts(data.rows);
  const receipts = receiptCounts(data.rows);
  const overdue = data.rows.filter((r) => r.overdue).length;
  const missing = data.rows.filter((r) => !r.inHand).length;
  const toReturn = rowsToReturn(data.rows);
  const kinds = [...new Set(data.rows.map((r) => r.unit.kind))];
  const { year } = data;
  const accept = useAccept(db, year);

  const returnText = (unitId: string) => {
    const unit = data.filing.find((u) => u.id === unitId);
    const report = data.reports.find((r) => r.unitId === unitId && r.year === year);
    const prior = data.reports.find((r) => r.unitId === unitId && r.year === year - 1);
    if (!unit || !report) return undefined;
    const open = openProblemsOf(report, prior, unit.kind);
    if (!open) return undefined;
    return { unit, text: returnListText(unit.name, year, [...blankProblem(open.blank), ...open.problems]) };
  };

  const downloadTemplate = async (row: DashboardRow) => {
    try {
      const format = formatFor(year, data.variant);
      if (!format) throw new Error(`${year} 年没有适用的统计表格式。`);
      const prior = data.reports.find((r) => r.unitId === row.unit.id && r.year === year - 1);
      const values = Object.fromEntries(
        (prior ? carryOverChanges(prior, { id: 'template', formatId: format.id }) : []).map((c) => [c.field, c.value]),
      );
      const bytes = await exportReportXlsx({ format, values, unitName: row.unit.name, year });
      saveBytes(officialFileName(year, row.unit.name), bytes);
    } catch (error) {
      showNotice({ tone: 'error', title: `空白表未生成：${error instanceof Error ? error.message : '请重试。'}` });
    }
  };

  const figures = useMemo(() => (showPrior ? unitFigures(data) : undefined), [showPrior, data]);
  const shownReturnRow = shown?.kind === 'return' ? data.rows.find((r) => r.unit.id === shown.unitId) : undefined;
  const shownChase = shown?.kind === 'chaseOne' ? data.rows.find((r) => r.unit.id === shown.unitId) : undefined;
  // The reasons already sent for a returned unit; the open problems for the others.
  const reasonsOf = (row: DashboardRow) =>
    row.receipt === '已退回' && row.receiptRow?.reasons
      ? row.receiptRow.reasons
      : (returnText(row.unit.id)?.text ?? '');
  const outcomes = data.total ? outcomeSeries(data.total.format, data.total.values) : { labels: [], values: [] };
  const yoy = data.total
    ? yearOnYearSeries(data.total.format, data.total.values, data.priorOnCells)
    : { labels: [], current: [], prior: [] };

  return (
    <div className="of-dashboard">
      <p className="of-summary" aria-live="polite">
        {data.area.name} {year} 年度{data.roster ? '报送名单' : ''}：共 {data.rows.length} 个填报单位；报送：
        {RECEIPT_STATES.map((s) => `${s} ${receipts[s]}`).join('，')}；填报：
        {STATUSES.map((s) => `${s} ${counts[s]}`).join('，')}；逾期未报送 {overdue} 个（以 {chineseDate(today)} 计）。
      </p>
      <div className="of-toolbar">
        <label>
          状态
          <select
            aria-label="按状态筛选"
            value={filter.status ?? ''}
            onChange={(e) => {
              const { status: _old, ...rest } = filter;
              setFilter(
                e.target.value ? { ...rest, status: e.target.value as UnitStatus | ReceiptState | '逾期' } : rest,
              );
            }}
          >
            <option value="">全部</option>
            {[...RECEIPT_STATES, ...STATUSES.filter((s) => s !== '未开始'), '未开始' as const, '逾期' as const].map(
              (s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ),
            )}
          </select>
        </label>
        <label>
          类型
          <select
            aria-label="按类型筛选"
            value={filter.kind ?? ''}
            onChange={(e) => {
              const { kind: _old, ...rest } = filter;
              setFilter(e.target.value ? { ...rest, kind: e.target.value as UnitKind } : rest);
            }}
          >
            <option value="">全部</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={showPrior} onChange={(e) => setShowPrior(e.target.checked)} />
          显示上年数
        </label>
        <button type="button" onClick={() => setShown({ kind: 'chase' })}>
          催报名单（未报送 {missing}，逾期 {overdue}）
        </button>
        <button type="button" onClick={() => setShown({ kind: 'returns' })}>
          退回修改名单（{toReturn.length}）
        </button>
        <StartNextYear db={db} year={year} unitIds={data.filing.map((u) => u.id)} onDone={() => onYear(year + 1)} />
      </div>
      {shown?.kind === 'chase' && (
        <TextListBox
          title="催报名单"
          text={chaseListText(data.rows, year)}
          fileName={`${year}年度_${data.area.name}_催报名单.txt`}
          onClose={() => setShown(undefined)}
        />
      )}
      {shownChase && (
        <TextListBox
          title={`催报：${shownChase.unit.name}`}
          text={chaseOneText(shownChase, year)}
          fileName={`${year}年度_${shownChase.unit.name}_催报.txt`}
          onClose={() => setShown(undefined)}
        />
      )}
      {shown?.kind === 'returns' && (
        <TextListBox
          title="退回修改名单"
          text={returnsText(
            toReturn.map((r) => ({ unitName: r.unit.name, receipt: r.receipt, text: reasonsOf(r) })),
            year,
          )}
          fileName={`${year}年度_${data.area.name}_退回修改名单.txt`}
          onClose={() => setShown(undefined)}
        />
      )}
      {shownReturnRow && (
        <ReturnPanel
          key={`${shownReturnRow.unit.id}:${shownReturnRow.receiptRow?.rev ?? 0}`}
          db={db}
          row={shownReturnRow}
          year={year}
          text={reasonsOf(shownReturnRow)}
          onClose={() => setShown(undefined)}
        />
      )}
      <UnitTable
        rows={rows}
        reportHref={reportHref}
        onReturnList={(row) => setShown({ kind: 'return', unitId: row.unit.id })}
        onChase={(row) => setShown({ kind: 'chaseOne', unitId: row.unit.id })}
        onAccept={(row) => void accept(row)}
        onTemplate={(row) => void downloadTemplate(row)}
        {...(figures ? { figures, figureLabels: FIGURE_LABELS } : {})}
      />
      <DeadlineForm key={year} db={db} year={year} config={data.deadlines} />
      <FormatVariantForm db={db} />
      <OfficeCharts year={year} status={receiptSeries(receipts)} outcomes={outcomes} yearOnYear={yoy} />
    </div>
  );
}
