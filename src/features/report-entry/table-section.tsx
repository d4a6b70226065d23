/** One printed table under its heading, with the 本表空白填 0 button and the messages of what happened in it. */
import type { FieldKey, FormatDef, TableDef, Values } from '@/domain/format/types';
import type { Problem } from '@/domain/rules/problem';
import type { EditContext } from '@/widgets/entry-grid/commit-batch';
import type { CellAnnotation, Refusal } from '@/widgets/entry-grid/grid-row-data';
import { TableGrid, type LeaveSide, type TableGridHandle } from '@/widgets/entry-grid/table-grid';
import { NoticeList } from '@/widgets/shared/notice-list';

interface Props {
  format: FormatDef;
  table: TableDef;
  values: Values;
  problems: readonly Problem[];
  edit: EditContext;
  readOnly: boolean;
  blankCount: number;
  annotations: Readonly<Record<FieldKey, CellAnnotation>>;
  onRefusalsChange?: (refusals: Readonly<Record<FieldKey, Refusal>>) => void;
  onFocusField?: (field: FieldKey) => void;
  onLeave: (side: LeaveSide) => boolean;
  onFillZero: () => void;
  registerGrid: (handle: TableGridHandle | null) => void;
}

export function sectionId(tableKey: string): string {
  return `table-${tableKey}`;
}

export function TableSection({ registerGrid, ...p }: Props) {
  const note = p.format.notes?.[p.table.key];
  return (
    <section className="re-table" id={sectionId(p.table.key)} aria-labelledby={`${sectionId(p.table.key)}-h`}>
      <div className="re-table-head">
        <h3 id={`${sectionId(p.table.key)}-h`}>{p.table.heading}</h3>
        <button
          type="button"
          onClick={p.onFillZero}
          disabled={p.readOnly || p.blankCount === 0}
          title={p.blankCount === 0 ? '本表没有空白格' : `把本表 ${p.blankCount} 个空白格填为 0（可撤销）`}
        >
          本表空白填 0{p.blankCount > 0 ? `（${p.blankCount} 格）` : ''}
        </button>
      </div>
      <TableGrid
        ref={registerGrid}
        format={p.format}
        table={p.table}
        values={p.values}
        problems={p.problems}
        edit={p.edit}
        readOnly={p.readOnly}
        onLeave={p.onLeave}
        annotations={p.annotations}
        {...(p.onRefusalsChange ? { onRefusalsChange: p.onRefusalsChange } : {})}
        {...(p.onFocusField ? { onFocusField: p.onFocusField } : {})}
      />
      {note && p.table.headerRows === 0 && <p className="re-table-note">{note}</p>}
      <NoticeList place={p.table.key} />
    </section>
  );
}
