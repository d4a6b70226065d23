/**
 * The area total in the report page's grids, read-only and checked by the same rules (with last year's total
 * for X1), live as units change. Clicking a cell lists the units it is summed from; “显示上年数” puts last
 * year's figure beside each cell.
 */
import { useMemo, useState } from 'react';
import type { FieldKey } from '@/domain/format/types';
import { formatNumber } from '@/domain/values/money';
import type { CellAnnotation } from '@/widgets/entry-grid/grid-row-data';
import { TableGrid, type TableGridProps } from '@/widgets/entry-grid/table-grid';
import { useEditContext } from '@/widgets/entry-grid/use-edit-context';
import { tableGridModel } from '@/widgets/entry-grid/table-grid-model';
import { useSelectionStore } from '@/state/selection-store';
import { consolidatedUnitName } from '@/io/office/office-workbook';
import { DrillDown } from './drill-down';
import { ProblemList } from './problem-list';
import { SubtotalsTable } from './subtotals-table';
import { TotalExports } from './total-exports';
import type { OfficeData } from './use-office-data';

interface Props {
  data: OfficeData;
  reportHref: (reportId: string) => string;
}

const READ_ONLY = () => Promise.reject(new Error('汇总表由各单位数据自动相加，不能直接修改。请打开对应单位的报表修改。'));

export function ConsolidationView({ data, reportHref }: Props) {
  const { total, area, year } = data;
  const [showPrior, setShowPrior] = useState(false);
  const [selected, setSelected] = useState<FieldKey | undefined>(undefined);
  const scope = `office:${area.id}:${year}`;

  // The drill-down follows what the clerk clicks or moves to (mouse up, key up inside the grids), not every change
  // of the shared selection: a grid redrawn by 显示上年数 may move its focus, which must not lose the list.
  const pickFromSelection = () => {
    const block = useSelectionStore.getState().block;
    if (!total || !block || block.anchor.r !== block.end.r || block.anchor.c !== block.end.c) return;
    const table = total.format.tables.find((t) => t.key === block.table);
    const field = table ? tableGridModel(total.format, table).slotAt(block.anchor.r, block.anchor.c)?.field : undefined;
    if (field) setSelected(field.key);
  };
  // The grid reports some of its events after the browser's, so the selection is read once they have run.
  const pickSoon = () => void window.setTimeout(pickFromSelection, 0);

  const annotations = useMemo((): Readonly<Record<FieldKey, CellAnnotation>> => {
    if (!showPrior || !total) return {};
    const prior = data.priorOnCells;
    const out: Record<FieldKey, CellAnnotation> = {};
    for (const f of total.format.fields) {
      const v = prior?.get(f.key);
      const text = v === undefined ? '—' : formatNumber(v);
      out[f.key] = { beside: ` / ${text}` };
    }
    return out;
  }, [showPrior, total, data.priorOnCells]);

  if (!total) {
    return (
      <p className="of-empty">
        {area.name}的单位还没有{year}年度的数据，暂无汇总。单位填报后，汇总表会自动生成。
      </p>
    );
  }
  const problems = [...data.totalProblems, ...data.totalSharp];
  const whole = total.source === 'whole';
  return (
    <div className="of-total">
      <div className="of-total-head">
        <h3>
          {consolidatedUnitName(area.name)} {year} 年度
        </h3>
        <p className="of-hint">
          {whole
            ? `${year}年度没有各单位的数据，显示的是${area.name}报送的整体数字（${total.format.name}）。`
            : `由 ${total.parts.length} 个单位的报表相加而成（${total.format.name}），各单位修改后自动更新。`}
          {total.takenWhole.length > 0 && ` 其中 ${total.takenWhole.length} 个下级区域按其整体数字计入。`}
        </p>
        <label className="of-toggle">
          <input type="checkbox" checked={showPrior} onChange={(e) => setShowPrior(e.target.checked)} />
          显示上年数
        </label>
        <TotalExports areaName={area.name} total={total} problems={data.totalProblems} />
      </div>
      {showPrior && (
        <p className="of-hint">
          {data.priorOnCells
            ? `每格显示“本年 / 上年”（${year - 1}年度汇总；格式不同的年度按对应行比较，无对应行的显示“—”）。`
            : `${year - 1}年度没有可对照的汇总数据。`}
        </p>
      )}
      {total.unshared.length > 0 && (
        <p className="of-warning" role="alert">
          有 {total.unshared.length} 个单元格的数字因格式不同未能计入汇总（如省级版本特有的行），请核对相应单位的报表。
        </p>
      )}
      <ProblemList title="汇总表校验" problems={problems} />
      {!whole && <SubtotalsTable total={total} />}
      <div className="of-total-body">
        <div className="of-total-tables" onMouseUp={pickSoon} onKeyUp={pickSoon}>
          {total.format.tables.map((t) => (
            <section key={t.key} className="re-table of-grid">
              <h4>{t.heading}</h4>
              <TotalGrid
                format={total.format}
                table={t}
                values={total.values}
                problems={problems}
                scope={scope}
                annotations={annotations}
              />
            </section>
          ))}
        </div>
        {!whole && <DrillDown total={total} field={selected} reportHref={reportHref} />}
      </div>
    </div>
  );
}

/** One table of the total: the grid with an edit context whose every write is refused with the reason. */
function TotalGrid({ scope, ...p }: Omit<TableGridProps, 'edit' | 'readOnly'> & { scope: string }) {
  const edit = useEditContext(scope, p.format, p.values, READ_ONLY);
  return <TableGrid {...p} edit={edit} readOnly />;
}
