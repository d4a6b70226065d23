/** One cell's history, newest first: when, who, and the value before → after (a blank cell reads 空白). */
import { useState } from 'react';
import type { FieldKey } from '@/domain/format/types';
import { useCellHistory } from '@/storage/cell-notes-hooks';
import type { XxgkDb } from '@/storage/db';
import { timeText, valueText } from './cell-text';

/** Rows shown before “显示全部”: a cell typed over all day can have hundreds. */
const FIRST_ROWS = 20;

interface Props {
  db: XxgkDb;
  reportId: string;
  field: FieldKey;
}

export function CellHistory({ db, reportId, field }: Props) {
  const rows = useCellHistory(db, reportId, field);
  const [all, setAll] = useState(false);
  if (rows === undefined) return <p className="re-cell-muted">正在读取修改记录…</p>;
  const newestFirst = [...rows].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, FIRST_ROWS);
  return (
    <div className="re-cell-block">
      <h4>修改记录（{rows.length}）</h4>
      {rows.length === 0 ? (
        <p className="re-cell-muted">还没有修改记录。</p>
      ) : (
        <table className="re-cell-history">
          <thead>
            <tr>
              <th>时间</th>
              <th>操作人</th>
              <th>原值 → 新值</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id ?? `${row.at}-${row.who}`}>
                <td>{timeText(row.at)}</td>
                <td>{row.who}</td>
                <td className="re-cell-change">
                  {valueText(row.old)} → {valueText(row.new)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!all && rows.length > FIRST_ROWS && (
        <button type="button" className="re-cell-more" onClick={() => setAll(true)}>
          显示全部 {rows.length} 条
        </button>
      )}
    </div>
  );
}
