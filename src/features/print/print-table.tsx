/** One table as printed: its section heading and an HTML table with the official labels and merges. */
import type { FieldKey, FormatDef, TableDef, Values } from '@/domain/format/types';
import { buildPrintRows, columnPercents, type PrintCell } from '@/widgets/shared/print-rows';

interface Props {
  format: FormatDef;
  table: TableDef;
  values: Values;
  computed: ReadonlyMap<FieldKey, number>;
}

/** Rows that fit on one A4 page at the print size (Table 三 has 28, the legacy list 66). */
const ROWS_ON_ONE_PAGE = 40;

function cellClass(cell: PrintCell): string {
  return [`print-${cell.kind}`, cell.vertical ? 'print-vertical' : ''].filter(Boolean).join(' ');
}

/**
 * A vertical label as one character per line: `writing-mode` rotates punctuation differently per font (、 landed on
 * 三 in some CJK fonts), while stacked lines read the same in every font and come out in order as text.
 */
function VerticalText({ text }: { text: string }) {
  return (
    <span className="print-vertical-text">
      {[...text].map((ch, i) => (
        <span key={i} className="print-vertical-char">
          {ch}
        </span>
      ))}
    </span>
  );
}

export function PrintTable({ format, table, values, computed }: Props) {
  const rows = buildPrintRows(format, table, values, computed);
  const headerRows = rows.slice(0, table.headerRows);
  const bodyRows = rows.slice(table.headerRows);
  const renderRow = (row: PrintCell[], r: number) => (
    <tr key={r}>
      {row.map((cell) => (
        <td
          key={`${cell.r}-${cell.c}`}
          rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
          colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
          className={cellClass(cell)}
          data-field={cell.field}
        >
          {cell.vertical ? <VerticalText text={cell.text} /> : cell.text}
        </td>
      ))}
    </tr>
  );
  const keep = table.rowCount <= ROWS_ON_ONE_PAGE;
  return (
    <section className={keep ? 'print-block print-block-keep' : 'print-block'} aria-label={table.heading}>
      <h3 className="print-heading">{table.heading}</h3>
      <table className="print-table">
        <colgroup>
          {columnPercents(table).map((p, c) => (
            <col key={c} style={{ width: `${p}%` }} />
          ))}
        </colgroup>
        {/* Header rows repeat at the top of each printed page if a table ever has to break. */}
        {headerRows.length > 0 && <thead>{headerRows.map((row, r) => renderRow(row, r))}</thead>}
        <tbody>{bodyRows.map((row, r) => renderRow(row, r + table.headerRows))}</tbody>
      </table>
    </section>
  );
}
