/** What a restore would change: counts, then units and reports with checkboxes (for a merge) and cell diffs. */
import { useState } from 'react';
import type { ReportPreview, RestorePreview, UnitPreview } from '@/domain/backup/preview-restore';
import { CellDiffTable } from './cell-diff-table';
import { extrasSummary, officeSummary } from './extras-summary';
import { selectAll, toggleReport, toggleUnit, type Selection } from './restore-selection';

interface Props {
  preview: RestorePreview;
  selection: Selection;
  onSelect: (next: Selection) => void;
  /** Checkboxes only matter for a merge; a replace takes the whole file. */
  choosing: boolean;
}

const UNIT_STATUS: Record<UnitPreview['status'], string> = { new: '新单位', same: '相同', changed: '有变化' };
const REPORT_STATUS: Record<ReportPreview['status'], string> = {
  new: '新报表',
  identical: '完全相同',
  differs: '有差异',
  onlyInCurrent: '仅当前数据有',
};

export function RestorePreviewView({ preview, selection, onSelect, choosing }: Props) {
  const { units: u, reports: r } = preview.counts;
  // Hundreds of unchanged rows would bury the few that matter: they are shown on request.
  const [showSame, setShowSame] = useState(false);
  const sameCount = u.same + r.identical;
  const units = showSame ? preview.units : preview.units.filter((unit) => unit.status !== 'same');
  const reports = showSame ? preview.reports : preview.reports.filter((report) => report.status !== 'identical');
  return (
    <div className="bk-preview">
      <p className="bk-counts">
        单位：新增 {u.new} 个，有变化 {u.changed} 个，相同 {u.same} 个
        {preview.unitsOnlyInCurrent.length > 0 && `，仅当前数据有 ${preview.unitsOnlyInCurrent.length} 个`}。 报表：新增{' '}
        {r.new} 份，有差异 {r.differs} 份，完全相同 {r.identical} 份，仅当前数据有 {r.onlyInCurrent} 份。
      </p>
      {[...extrasSummary(preview), officeSummary(preview)].map((line) => (
        <p key={line} className="bk-counts">
          {line}
        </p>
      ))}
      {sameCount > 0 && (
        <label className="bk-show-same">
          <input type="checkbox" checked={showSame} onChange={(e) => setShowSame(e.target.checked)} />
          显示相同的 {u.same} 个单位和 {r.identical} 份报表
        </label>
      )}
      {choosing && (
        <p className="bk-select-all">
          <button type="button" onClick={() => onSelect(selectAll(preview, true))}>
            全选
          </button>
          <button type="button" onClick={() => onSelect(selectAll(preview, false))}>
            全不选
          </button>
        </p>
      )}
      <h4>单位</h4>
      {units.length + preview.unitsOnlyInCurrent.length === 0 && <p className="bk-note">没有新增或有变化的单位。</p>}
      <ul className="bk-list">
        {units.map((unit) => (
          <li key={unit.key} className={`bk-row bk-${unit.status}`}>
            <label>
              {choosing && (
                <input
                  type="checkbox"
                  checked={selection.units.has(unit.key)}
                  onChange={() => onSelect(toggleUnit(preview, selection, unit.key))}
                />
              )}
              <span className="bk-name">{unit.name}</span>
              <span className="bk-tag">{UNIT_STATUS[unit.status]}</span>
              {unit.current?.by === 'name' && (
                <span className="bk-note">（按名称对应当前的“{unit.current.name}”）</span>
              )}
            </label>
            {unit.changes.length > 0 && <div className="bk-changes">{unit.changes.join('；')}</div>}
          </li>
        ))}
        {preview.unitsOnlyInCurrent.map((unit) => (
          <li key={unit.id} className="bk-row bk-onlyInCurrent">
            <span className="bk-name">{unit.name}</span>
            <span className="bk-tag">仅当前数据有（合并时保留，全部替换时删除）</span>
          </li>
        ))}
      </ul>
      <h4>报表</h4>
      {reports.length === 0 && <p className="bk-note">没有新增或有差异的报表。</p>}
      <ul className="bk-list">
        {reports.map((report) => (
          <ReportRowView
            key={`${report.status}-${report.key}`}
            report={report}
            checked={selection.reports.has(report.key)}
            choosing={choosing}
            onToggle={() => onSelect(toggleReport(preview, selection, report.key))}
          />
        ))}
      </ul>
    </div>
  );
}

function ReportRowView(props: { report: ReportPreview; checked: boolean; choosing: boolean; onToggle: () => void }) {
  const { report, checked, choosing, onToggle } = props;
  const selectable = choosing && report.status !== 'onlyInCurrent';
  return (
    <li className={`bk-row bk-${report.status}`}>
      <label>
        {selectable && <input type="checkbox" checked={checked} onChange={onToggle} />}
        <span className="bk-name">
          {report.unitName} {report.year} 年
        </span>
        <span className="bk-tag">{REPORT_STATUS[report.status]}</span>
      </label>
      {report.other.length > 0 && <div className="bk-changes">{report.other.join('；')}</div>}
      {report.cells.length > 0 && (
        <details>
          <summary>
            {report.status === 'new'
              ? `备份中已填 ${report.cells.length} 个单元格`
              : `${report.cells.length} 个单元格不同`}
          </summary>
          <CellDiffTable cells={report.cells} />
        </details>
      )}
    </li>
  );
}
