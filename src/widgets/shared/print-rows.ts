/**
 * A table's printed layout (`tableLayout`) as HTML rows: every layout cell once, with its merge as
 * rowSpan/colSpan, value cells filled by the one display rule, and the gaps no layout cell covers as empty
 * cells so the grid stays rectangular. Pure: the print page, the report text (print view and clipboard) and the tests
 * share it, so a table cannot look different in two places.
 */
import { isComputed } from '@/domain/format/format-index';
import { tableLayout, type PlacedCell } from '@/domain/format/table-layout';
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

/** Rows of cells in reading order; row `r` holds the cells that start on it and the gaps no cell covers. */
export function buildPrintRows(
  format: FormatDef,
  table: TableDef,
  values: Values,
  computed: ReadonlyMap<FieldKey, number>,
): PrintCell[][] {
  return tableLayout(table).rows.map((runs, r) => {
    const row: PrintCell[] = [];
    for (const run of runs) {
      const p = run.placed;
      if (!p) row.push({ r, c: run.c, rowSpan: 1, colSpan: 1, text: '', kind: 'empty', vertical: false });
      else if (!run.continued && p.c === run.c) row.push(printCell(format, p, values, computed));
    }
    return row;
  });
}

function printCell(
  format: FormatDef,
  p: PlacedCell,
  values: Values,
  computed: ReadonlyMap<FieldKey, number>,
): PrintCell {
  const base = { r: p.r, c: p.c, rowSpan: p.rowSpan, colSpan: p.colSpan, vertical: p.vertical };
  if (!p.field) return { ...base, kind: p.kind === 'header' ? 'header' : 'label', text: p.text };
  const kind = isComputed(format, p.field) ? 'computed' : 'value';
  return { ...base, kind, field: p.field, text: valueText(format, values, computed, p.field) };
}

/** Column widths as percentages of the table, so the printed proportions follow the official sheet. */
export function columnPercents(table: TableDef): number[] {
  const total = table.colWidths.reduce((a, b) => a + b, 0) || 1;
  return table.colWidths.map((w) => Math.round((w / total) * 10000) / 100);
}
