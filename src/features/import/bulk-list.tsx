/**
 * One row per chosen file: status, what was recognised, the unit (matched by name or alias, or a per-row
 * choice), and what still needs a person. Rows are memoised: a file finishing re-renders its row only.
 */
import { memo } from 'react';
import type { UnitRow } from '@/storage/db';
import { STATUS_NAMES, type ImportRow, type UnitChoice } from '@/state/import-queue-store';
import { UnitSelect } from './unit-select';

interface Props {
  rows: readonly ImportRow[];
  units: readonly UnitRow[];
  duplicates: ReadonlySet<number>;
  selectedId: number | undefined;
  onPreview: (id: number) => void;
  onChooseUnit: (id: number, unit: UnitChoice | undefined) => void;
  reportHref: (reportId: string) => string;
}

export function BulkList(p: Props) {
  return (
    <table className="im-list">
      <thead>
        <tr>
          <th>文件</th>
          <th>状态</th>
          <th>年度</th>
          <th>单位</th>
          <th>检查结果</th>
          <th>操作</th>
        </tr>
      </thead>
      <tbody>
        {p.rows.map((row) => (
          <Row
            key={row.id}
            row={row}
            units={p.units}
            duplicate={p.duplicates.has(row.id)}
            selected={p.selectedId === row.id}
            onPreview={p.onPreview}
            onChooseUnit={p.onChooseUnit}
            reportHref={p.reportHref}
          />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  row: ImportRow;
  units: readonly UnitRow[];
  duplicate: boolean;
  selected: boolean;
  onPreview: (id: number) => void;
  onChooseUnit: (id: number, unit: UnitChoice | undefined) => void;
  reportHref: (reportId: string) => string;
}

const Row = memo(function Row({ row, units, duplicate, selected, onPreview, onChooseUnit, reportHref }: RowProps) {
  const status = row.status;
  const canPreview = row.parsed !== undefined && status !== 'importing';
  return (
    <tr className={`im-row im-st-${status} ${selected ? 'im-selected' : ''}`} data-file={row.fileName}>
      <td className="im-file" title={row.fileName}>
        {row.fileName}
      </td>
      <td className="im-status">
        <span className={`im-badge im-badge-${status}`}>{STATUS_NAMES[status]}</span>
        {row.reason && (status === 'refused' || status === 'failed') && <div className="im-reason">{row.reason}</div>}
      </td>
      <td>{row.year ?? (row.parsed ? '—' : '')}</td>
      <td>
        {row.parsed && status !== 'imported' && status !== 'importing' ? (
          <UnitSelect
            units={units}
            choice={row.unit}
            {...(row.parsed.unitName ? { guess: row.parsed.unitName.value } : {})}
            compact
            onChange={(unit) => onChooseUnit(row.id, unit)}
          />
        ) : (
          (row.check?.unitName ?? '')
        )}
      </td>
      <td className="im-issues">
        <RowFindings row={row} duplicate={duplicate} />
      </td>
      <td className="im-actions">
        {canPreview && (
          <button type="button" onClick={() => onPreview(row.id)}>
            {status === 'imported' ? '查看' : '预览'}
          </button>
        )}
        {row.reportId && <a href={reportHref(row.reportId)}>打开报表</a>}
      </td>
    </tr>
  );
});

function RowFindings({ row, duplicate }: { row: ImportRow; duplicate: boolean }) {
  if (row.status === 'imported') {
    return (
      <span className="im-ok">
        {row.changed ? `已写入 ${row.changed} 个单元格` : '数据与原有一致，已记录收到的文件'}
      </span>
    );
  }
  if (row.status !== 'pending' && row.status !== 'failed') return null;
  if (!row.check) return <span>正在核对…</span>;
  const issues = [
    ...row.check.issues,
    ...(duplicate ? ['本次选择了同一单位同一年度的多个文件，请逐个预览后导入'] : []),
  ];
  if (issues.length === 0) {
    return (
      <span className="im-ok">{row.check.differences === null ? '可导入（新报表）' : '可导入（与现有数据一致）'}</span>
    );
  }
  return (
    <ul className="im-issue-list">
      {issues.map((issue) => (
        <li key={issue}>{issue}</li>
      ))}
    </ul>
  );
}
