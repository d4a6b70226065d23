/** The read-only parts of the import preview: what the file holds and what it would change. */
import { indexFormat } from '@/domain/format/format-index';
import { cellName } from '@/domain/format/cell-name';
import type { FormatDef } from '@/domain/format/types';
import type { Problem } from '@/domain/rules/engine';
import { formatNumber } from '@/domain/values/money';
import type { ParsedFile } from '@/state/import-queue-store';
import type { CellDifference, PreviewTable } from './preview-model';

const shown = (v: number | null | undefined) => (v === null || v === undefined ? '（空白）' : formatNumber(v));
const where = (sheet: string, cell: string) => (cell ? `工作表“${sheet}” ${cell}` : sheet ? `工作表“${sheet}”` : '');

/** Notes of the reading: unit conversions, not-applicable marks, blanks read as 0, missing rows and tables. */
export function ReadingNotes({ parsed }: { parsed: ParsedFile }) {
  const lines = [
    ...parsed.parseNotes,
    ...(parsed.blanksReadAsZero > 0 ? [`有 ${parsed.blanksReadAsZero} 个空白格按 0 读入。`] : []),
    ...parsed.notes.map((n) => `${where(n.sheet, n.cell)}${n.cell || n.sheet ? '：' : ''}${n.message}`),
  ];
  if (lines.length === 0) return <p className="im-ok">读取时没有需要说明的情况。</p>;
  return (
    <ul className="im-notes">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export function RefusedCells({ parsed }: { parsed: ParsedFile }) {
  const { field } = indexFormat(parsed.format);
  if (parsed.refused.length === 0 && parsed.unplaced.length === 0) return null;
  return (
    <section className="im-block im-block-warn">
      {parsed.refused.length > 0 && (
        <>
          <h4>未能读取的值（{parsed.refused.length} 个，导入后这些单元格为空白，请导入后补填）</h4>
          <table className="im-small">
            <thead>
              <tr>
                <th>位置</th>
                <th>单元格</th>
                <th>文件中的内容</th>
                <th>原因</th>
              </tr>
            </thead>
            <tbody>
              {parsed.refused.map((r) => {
                const def = field.get(r.field);
                return (
                  <tr key={`${r.sheet}!${r.cell}`}>
                    <td>{where(r.sheet, r.cell)}</td>
                    <td>{def ? cellName(def) : r.field}</td>
                    <td>{r.raw}</td>
                    <td>{r.reason}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {parsed.unplaced.length > 0 && (
        <>
          <h4>表中有数字但不属于本格式的行（{parsed.unplaced.length} 行，未导入）</h4>
          <ul>
            {parsed.unplaced.map((u) => (
              <li key={`${u.sheet}!${u.cell}`}>
                {where(u.sheet, u.cell)}：“{u.label}”
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ValueTables({ tables }: { tables: readonly PreviewTable[] }) {
  return (
    <>
      {tables.map((t) => (
        <details key={t.key} className="im-values" open={tables.length === 1}>
          <summary>{t.heading}</summary>
          <table className="im-small im-matrix">
            <thead>
              <tr>
                <th />
                {t.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r) => (
                <tr key={r.title + r.label}>
                  <th title={r.title}>{r.label}</th>
                  {r.cells.map((c, i) => (
                    <td key={i} className={c?.computed ? 'im-computed' : undefined}>
                      {c ? shown(c.value) : ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </>
  );
}

export function Differences({ cells, limit = 200 }: { cells: readonly CellDifference[]; limit?: number }) {
  if (cells.length === 0) return <p className="im-ok">与现有数据一致。</p>;
  return (
    <>
      <p>有 {cells.length} 个单元格与现有数据不同，确认导入后将改为文件中的数值：</p>
      <div className="im-scroll">
        <table className="im-small im-diff">
          <thead>
            <tr>
              <th>单元格</th>
              <th>现有数据</th>
              <th>文件中的数据</th>
            </tr>
          </thead>
          <tbody>
            {cells.slice(0, limit).map((c) => (
              <tr key={c.field}>
                <td>{c.name}</td>
                <td className="im-num">{shown(c.old)}</td>
                <td className="im-num">{shown(c.new)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cells.length > limit && <p>另有 {cells.length - limit} 个单元格不同。</p>}
    </>
  );
}

export function PreviewProblems({ problems, format }: { problems: readonly Problem[]; format: FormatDef }) {
  if (problems.length === 0) return <p className="im-ok">导入后{format.name}的全部检查规则均通过。</p>;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <>
      <p>
        导入后将有 {errors} 个错误、{problems.length - errors} 个警告（导入后可在报表中修改或说明）：
      </p>
      <ul className="im-problems im-scroll">
        {problems.map((p) => (
          <li key={p.key} className={p.severity === 'error' ? 'im-error' : 'im-warn'}>
            <strong>
              {p.severity === 'error' ? '错误' : '警告'} {p.ruleId}
            </strong>{' '}
            {p.message}
          </li>
        ))}
      </ul>
    </>
  );
}
