/**
 * A table's printed layout placed once: which layout cell covers each position, every cell's kind, text and
 * label direction, the value cells in reading order, and each printed row as runs that cover every column once.
 * Built from the `TableDef` alone and cached per table, like the format index. The grid, the print page, the
 * exported sheet, the .docx, the values CSV and the importer's label search all read this, and keep only their
 * own styling; none walks `table.cells` itself.
 */
import { isVerticalLabel } from './label-layout';
import type { FieldKey, LayoutCell, TableDef } from './types';

export type PlacedKind = 'header' | 'label' | 'value';

/** One layout cell with its merge settled (a span of 1 where the definition leaves it out). */
export interface PlacedCell {
  cell: LayoutCell;
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  kind: PlacedKind;
  /** The printed label ('' for value cells). */
  text: string;
  field?: FieldKey;
  /** A tall, narrow label (三、本年度办理结果) written top to bottom, as on the official sheet. */
  vertical: boolean;
}

/**
 * A stretch of one printed row: the cell over it (`continued` when that cell began on a row above), or a gap no
 * layout cell covers, one column wide.
 */
export interface RowRun {
  c: number;
  colSpan: number;
  placed?: PlacedCell;
  continued: boolean;
}

export interface TableLayout {
  table: TableDef;
  /** Every layout cell once, in the definition's order. */
  placed: readonly PlacedCell[];
  /** Value cells left to right, top to bottom: the order of Tab, of the printed reading and of the CSV. */
  valueCells: readonly PlacedCell[];
  /** Printed row `r` from left to right, covering every column once. */
  rows: readonly (readonly RowRun[])[];
  /** The cell covering a position (inside a merge: the merge's cell); undefined outside the table or in a gap. */
  at(r: number, c: number): PlacedCell | undefined;
  ofField(field: FieldKey): PlacedCell | undefined;
  /** What is wrong with the definition (a cell outside the table, two cells on one position, a field twice). */
  faults: readonly string[];
}

const cache = new WeakMap<TableDef, TableLayout>();

export function tableLayout(table: TableDef): TableLayout {
  const hit = cache.get(table);
  if (hit) return hit;
  const layout = buildLayout(table);
  cache.set(table, layout);
  return layout;
}

function buildLayout(table: TableDef): TableLayout {
  const { rowCount, colCount } = table;
  const owner = new Array<PlacedCell | undefined>(rowCount * colCount);
  const byField = new Map<FieldKey, PlacedCell>();
  const faults: string[] = [];
  const where = (r: number, c: number) => `第 ${r + 1} 行第 ${c + 1} 列`;
  const placed = table.cells.map((cell) => {
    const p: PlacedCell = {
      cell,
      r: cell.r,
      c: cell.c,
      rowSpan: cell.rowSpan ?? 1,
      colSpan: cell.colSpan ?? 1,
      kind: cell.field ? 'value' : cell.header ? 'header' : 'label',
      text: cell.field ? '' : (cell.label ?? ''),
      ...(cell.field ? { field: cell.field } : {}),
      vertical: isVerticalLabel(table, cell),
    };
    if (p.r < 0 || p.c < 0 || p.r + p.rowSpan > rowCount || p.c + p.colSpan > colCount) {
      faults.push(`${where(p.r, p.c)}的单元格超出表的 ${rowCount} 行 ${colCount} 列`);
    }
    for (let r = Math.max(0, p.r); r < Math.min(rowCount, p.r + p.rowSpan); r += 1) {
      for (let c = Math.max(0, p.c); c < Math.min(colCount, p.c + p.colSpan); c += 1) {
        if (owner[r * colCount + c]) faults.push(`${where(r, c)}被两个单元格占用`);
        owner[r * colCount + c] = p;
      }
    }
    if (p.field && byField.has(p.field)) faults.push(`单元格 ${p.field} 出现两次`);
    if (p.field) byField.set(p.field, p);
    return p;
  });
  const at = (r: number, c: number) =>
    r < 0 || c < 0 || r >= rowCount || c >= colCount ? undefined : owner[r * colCount + c];
  const rows = Array.from({ length: rowCount }, (_, r) => rowRuns(r, colCount, at));
  const valueCells = placed.filter((p) => p.field).sort((a, b) => a.r - b.r || a.c - b.c);
  return { table, placed, valueCells, rows, at, ofField: (field) => byField.get(field), faults };
}

function rowRuns(r: number, colCount: number, at: TableLayout['at']): RowRun[] {
  const runs: RowRun[] = [];
  let c = 0;
  while (c < colCount) {
    const p = at(r, c);
    // Only what lies from c onward counts: a merge cannot begin left of c on this row unless cells overlap.
    const colSpan = p ? Math.min(p.c + p.colSpan, colCount) - c : 1;
    runs.push({ c, colSpan, ...(p ? { placed: p } : {}), continued: p !== undefined && p.r < r });
    c += colSpan;
  }
  return runs;
}
