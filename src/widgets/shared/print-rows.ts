/**
 * A table's printed layout as HTML rows: every `LayoutCell` once, with its merge as rowSpan/colSpan, value
 * cells filled (inputs as stored, computed totals summed), and the slots no layout cell covers as empty cells
 * so the grid stays rectangular. Pure: the print page, the report text (print view and clipboard) and the tests
 * share it, so a table cannot look different in two places.
 */
import { indexFormat } from '@/domain/format/format-index';
import { isVerticalLabel } from '@/domain/format/label-layout';
import type { FieldKey, FormatDef, TableDef, Values } from '@/domain/format/types';
import { shownValue } from '@/domain/rules/compute';
import { formatNumber } from '@/domain/values/money';

export type PrintCellKind = 'header' | 'label' | 'value' | 'computed' | 'empty';

export interface PrintCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  kind: PrintCellKind;
  /** A tall, narrow label (三、本年度办理结果) printed top to bottom, as on the official sheet. */
  vertical: boolean;
  field?: FieldKey;
}

/** The printed text of a value cell: blank input stays blank; a total whose parts are all blank too. */
export function valueText(
  format: FormatDef,
  values: Values,
  computed: ReadonlyMap<FieldKey, number>,
  key: FieldKey,
): string {
  const v = shownValue(format, values, computed, key);
  return v === null ? '' : formatNumber(v);
}

/** Rows of cells in reading order; row `r` holds the cells that start on it. */
export function buildPrintRows(
  format: FormatDef,
  table: TableDef,
  values: Values,
  computed: ReadonlyMap<FieldKey, number>,
): PrintCell[][] {
  const covered = Array.from({ length: table.rowCount }, () => new Array<boolean>(table.colCount).fill(false));
  const rows: PrintCell[][] = Array.from({ length: table.rowCount }, () => []);
  const { field } = indexFormat(format);
  for (const lc of table.cells) {
    const rowSpan = lc.rowSpan ?? 1;
    const colSpan = lc.colSpan ?? 1;
    for (let r = lc.r; r < lc.r + rowSpan; r += 1) {
      for (let c = lc.c; c < lc.c + colSpan; c += 1) {
        const line = covered[r];
        if (line && c < line.length) line[c] = true;
      }
    }
    const base = { r: lc.r, c: lc.c, rowSpan, colSpan, vertical: false };
    if (lc.field) {
      const kind = field.get(lc.field)?.sumOf ? 'computed' : 'value';
      rows[lc.r]?.push({ ...base, kind, field: lc.field, text: valueText(format, values, computed, lc.field) });
    } else {
      const text = lc.label ?? '';
      const vertical = isVerticalLabel(table, lc);
      rows[lc.r]?.push({ ...base, kind: lc.header ? 'header' : 'label', text, vertical });
    }
  }
  covered.forEach((line, r) =>
    line.forEach((isCovered, c) => {
      if (!isCovered) rows[r]?.push({ r, c, rowSpan: 1, colSpan: 1, text: '', kind: 'empty', vertical: false });
    }),
  );
  for (const row of rows) row.sort((a, b) => a.c - b.c);
  return rows;
}

/** Column widths as percentages of the table, so the printed proportions follow the official sheet. */
export function columnPercents(table: TableDef): number[] {
  const total = table.colWidths.reduce((a, b) => a + b, 0) || 1;
  return table.colWidths.map((w) => Math.round((w / total) * 10000) / 100);
}
