/**
 * One row per chosen file: status, what was recognised, the unit (matched by name or alias, or a per-row
 * choice), and what still needs a person. Rows are memoised: a file finishing re-renders its row only.
 */
import { memo } from 'react';
import type { UnitRow } from '@/storage/db';
import { otherVersions } from './import-queue';
import { STATUS_NAMES, type ImportRow, type UnitChoice } from '@/state/import-queue-store';
import { UnitSelect } from './unit-select';

/** What a row's buttons do besides preview and unit choice: the answers to the row's questions. */
export interface RowActions {
  /** 是同一单位: the file's unit name becomes the near unit's alias. */
  onSameUnit: (id: number) => void;
  /** Keep the file's own year although another is being collected. */
  onConfirmYear: (id: number) => void;
  /** Store the file as the year being collected. */
  onUseYear: (id: number, year: number) => void;
  /** Of several versions of one unit's file, take this one. */
  onPick: (id: number) => void;
}

interface Props {
  /** Stable across renders (memoised by the page), so a finished file re-renders its row only. */
  actions: RowActions;
  rows: readonly ImportRow[];
  units: readonly UnitRow[];
  duplicates: ReadonlySet<number>;
  selectedId: number | undefined;
  collectingYear: number | undefined;
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
            versions={p.duplicates.has(row.id) ? versionsText(p.rows, row.id) : undefined}
            selected={p.selectedId === row.id}
            collectingYear={p.collectingYear}
            actions={p.actions}
            onPreview={p.onPreview}
            onChooseUnit={p.onChooseUnit}
            reportHref={p.reportHref}
          />
        ))}
      </tbody>
    </table>
  );
}

/** `收到 2 个版本` with how each other version differs from this one, or undefined for a single file. */
function versionsText(rows: readonly ImportRow[], id: number): string {
  const others = otherVersions(rows, id);
  const diffs = others.map((o) =>
    o.differences < 0
      ? `“${o.fileName}”格式不同`
      : o.differences === 0
        ? `与“${o.fileName}”相同`
        : `与“${o.fileName}”有 ${o.differences} 个单元格不同`,
  );
  return `收到 ${others.length + 1} 个版本：${diffs.join('；')}。请选用其中一个`;
}

interface RowProps {
  row: ImportRow;
  units: readonly UnitRow[];
  versions: string | undefined;
  selected: boolean;
  collectingYear: number | undefined;
  actions: RowActions;
  onPreview: (id: number) => void;
  onChooseUnit: (id: number, unit: UnitChoice | undefined) => void;
  reportHref: (reportId: string) => string;
}

const Row = memo(function Row(props: RowProps) {
  const { row, units, versions, selected, collectingYear, actions, onPreview, onChooseUnit, reportHref } = props;
  const status = row.status;
  const canPreview = row.parsed !== undefined && status !== 'importing';
  return (
    <tr className={`im-row im-st-${status} ${selected ? 'im-selected' : ''}`} data-file={row.fileName}>
      <td className="im-file" title={row.fileName}>
        {row.fileName}
      </td>
      <td className="im-status">
        <span className={`im-badge im-badge-${status}`}>{STATUS_NAMES[status]}</span>
        {row.reason && (status === 'refused' || status === 'failed' || status === 'skipped') && (
          <div className="im-reason">{row.reason}</div>
        )}
      </td>
      <td>
        {row.year ?? (row.parsed ? '—' : '')}
        {row.parsed?.year?.note && row.year === row.parsed.year.value && (
          <div className="im-year-note" role="note">
            {row.parsed.year.note}
          </div>
        )}
      </td>
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
        <RowFindings row={row} versions={versions} collectingYear={collectingYear} actions={actions} />
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

interface FindingsProps {
  row: ImportRow;
  versions: string | undefined;
  collectingYear: number | undefined;
  actions: RowActions;
}

function RowFindings({ row, versions, collectingYear, actions }: FindingsProps) {
  if (row.status === 'imported') {
    return (
      <span className="im-ok">
        {row.changed ? `已写入 ${row.changed} 个单元格` : '数据与原有一致，已记录收到的文件'}
      </span>
    );
  }
  if (row.status !== 'pending' && row.status !== 'failed') return null;
  const check = row.check;
  if (!check) return <span>正在核对…</span>;
  const issues = [...check.issues, ...(versions ? [versions] : [])];
  return (
    <>
      <CheckCounts row={row} />
      {issues.length === 0 ? (
        <span className="im-ok">{check.differences === null ? '可导入（新报表）' : '可导入（与现有数据一致）'}</span>
      ) : (
        <ul className="im-issue-list">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      <span className="im-row-questions">
        {check.near && (
          <span className="im-near">
            是否为同一单位？“{check.near.name}”
            <button type="button" onClick={() => actions.onSameUnit(row.id)} aria-label={`${row.fileName}：是同一单位`}>
              是同一单位
            </button>
          </span>
        )}
        {check.otherYear && row.year !== undefined && collectingYear !== undefined && (
          <>
            <button
              type="button"
              onClick={() => actions.onConfirmYear(row.id)}
              aria-label={`${row.fileName}：按 ${row.year} 年导入`}
            >
              按 {row.year} 年导入
            </button>
            <button
              type="button"
              onClick={() => actions.onUseYear(row.id, collectingYear)}
              aria-label={`${row.fileName}：改为 ${collectingYear} 年`}
            >
              改为 {collectingYear} 年
            </button>
          </>
        )}
        {versions && (
          <button type="button" onClick={() => actions.onPick(row.id)} aria-label={`选用${row.fileName}`}>
            选用此版本
          </button>
        )}
      </span>
    </>
  );
}

/** The file's rule check before it is stored: errors and warnings counted, the first one named. */
function CheckCounts({ row }: { row: ImportRow }) {
  const { errors = 0, warnings = 0, firstProblem } = row.check ?? {};
  if (errors === 0 && warnings === 0) return <div className="im-check im-check-clean">校验通过</div>;
  return (
    <div className={`im-check ${errors > 0 ? 'im-check-error' : 'im-check-warn'}`}>
      {errors > 0 ? `${errors} 个错误` : ''}
      {errors > 0 && warnings > 0 ? '，' : ''}
      {warnings > 0 ? `${warnings} 个警告` : ''}
      {firstProblem ? `：${firstProblem}` : ''}
    </div>
  );
}
