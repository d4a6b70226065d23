/**
 * A format's table as Word builds tables: row by row, each row a run of cells that together cover every grid
 * column. A layout cell spanning columns becomes one cell with `gridSpan`; one spanning rows becomes a cell
 * that starts a vertical merge plus a "continue" cell of the same width in each row below. Grid slots no
 * layout cell covers are filled with empty cells so every row has the full width.
 */
import type { FieldKey, LayoutCell, TableDef } from '@/domain/format/types';

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
  const owner: (LayoutCell | undefined)[][] = Array.from({ length: table.rowCount }, () =>
    new Array<LayoutCell | undefined>(table.colCount).fill(undefined),
  );
  for (const cell of table.cells) {
    for (let r = cell.r; r < cell.r + (cell.rowSpan ?? 1); r += 1) {
      for (let c = cell.c; c < cell.c + (cell.colSpan ?? 1); c += 1) {
        const row = owner[r];
        if (row && c < table.colCount) row[c] = cell;
      }
    }
  }
  const rows: WordCell[][] = owner.map((slots, r) => {
    const cells: WordCell[] = [];
    let c = 0;
    while (c < table.colCount) {
      const lc = slots[c];
      if (!lc) {
        cells.push({ col: c, colSpan: 1, role: 'empty' });
        c += 1;
        continue;
      }
      // A cell that starts left of here belongs to an earlier slot of this row; width is what lies ahead of c.
      const colSpan = Math.min(lc.c + (lc.colSpan ?? 1), table.colCount) - c;
      const rowSpan = lc.rowSpan ?? 1;
      if (lc.r < r) cells.push({ col: c, colSpan, vMerge: 'continue', role: roleOf(lc) });
      else cells.push({ col: c, colSpan, ...(rowSpan > 1 ? { vMerge: 'restart' as const } : {}), ...content(lc) });
      c += colSpan;
    }
    return cells;
  });
  return { rows, columnWidths: scaleWidths(table.colWidths, table.colCount, widthTwips), headerRows: table.headerRows };
}

function roleOf(lc: LayoutCell): WordCellRole {
  if (lc.field) return 'value';
  return lc.header ? 'header' : 'label';
}

function content(lc: LayoutCell): Pick<WordCell, 'role' | 'text' | 'field'> {
  if (lc.field) return { role: 'value', field: lc.field };
  return { role: roleOf(lc), text: lc.label ?? '' };
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
