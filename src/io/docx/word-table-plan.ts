/**
 * A format's table as Word builds tables: row by row (the runs of `tableLayout`), each row a run of cells that
 * together cover every grid column. A layout cell spanning columns becomes one cell with `gridSpan`; one spanning rows becomes a cell
 * that starts a vertical merge plus a "continue" cell of the same width in each row below. Grid slots no
 * layout cell covers are filled with empty cells so every row has the full width.
 */
import { tableLayout } from '@/domain/format/table-layout';
import type { FieldKey, TableDef } from '@/domain/format/types';

export type WordCellRole = 'header' | 'label' | 'value' | 'empty';

export interface WordCell {
  /** 0-based first grid column and the number of grid columns covered. */
  col: number;
  colSpan: number;
  /** `restart` opens a vertical merge, `continue` is covered by the cell above. */
  vMerge?: 'restart' | 'continue';
  role: WordCellRole;
  /** Label text for label and header cells; the field for value cells. Continue cells carry nothing. */
  text?: string;
  field?: FieldKey;
}

export interface WordTablePlan {
  rows: WordCell[][];
  /** Width of each grid column in twips, summing to the table width. */
  columnWidths: number[];
  headerRows: number;
}

export function planWordTable(table: TableDef, widthTwips: number): WordTablePlan {
  const rows: WordCell[][] = tableLayout(table).rows.map((runs) =>
    runs.map(({ c, colSpan, placed, continued }): WordCell => {
      if (!placed) return { col: c, colSpan, role: 'empty' };
      if (continued) return { col: c, colSpan, vMerge: 'continue', role: placed.kind };
      const merge = placed.rowSpan > 1 ? { vMerge: 'restart' as const } : {};
      return placed.field
        ? { col: c, colSpan, ...merge, role: 'value', field: placed.field }
        : { col: c, colSpan, ...merge, role: placed.kind, text: placed.text };
    }),
  );
  return { rows, columnWidths: scaleWidths(table.colWidths, table.colCount, widthTwips), headerRows: table.headerRows };
}

/** Relative widths to whole twips that add up exactly to `total` (the rounding remainder goes to the widest). */
function scaleWidths(relative: readonly number[], count: number, total: number): number[] {
  const parts = Array.from({ length: count }, (_, i) => relative[i] ?? 1);
  const sum = parts.reduce((a, b) => a + b, 0) || 1;
  const widths = parts.map((p) => Math.floor((p * total) / sum));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
