/**
 * The grid's marks from a report's comments and history: a comment marks its cell (its text becomes the
 * tooltip), and a cell whose value was changed after it was first filled gets the history mark. The first
 * entry is only the filling itself, so it does not count as a change.
 */
import type { FieldKey } from '@/domain/format/types';
import type { CellAnnotation } from '@/widgets/entry-grid/grid-row-data';

export interface MarkSource {
  comments: readonly { field: FieldKey; who: string; text: string }[];
  historyCounts: Readonly<Record<FieldKey, number>>;
}

export function buildCellMarks(source: MarkSource): Record<FieldKey, CellAnnotation> {
  const out: Record<FieldKey, CellAnnotation> = {};
  for (const row of source.comments) {
    const line = `${row.who}：${row.text}`;
    const before = out[row.field]?.comment;
    out[row.field] = { comment: before ? `${before}\n${line}` : line };
  }
  for (const [field, count] of Object.entries(source.historyCounts)) {
    if (count < 2) continue;
    out[field] = {
      ...out[field],
      history: `修改记录 ${count} 条（见右侧“单元格”栏）`,
    };
  }
  return out;
}
