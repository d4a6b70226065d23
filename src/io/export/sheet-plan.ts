/**
 * The official sheet as plain data: which text, number or formula goes where, with which merge, style and
 * size. Built only from the format's `TableDef` layout, so every format (and any provincial variant) is
 * exported by the same code; `official-sheet.ts` turns the plan into an .xlsx.
 */
import type { FieldKey, FormatDef, TableDef, ValueKind, Values } from '@/domain/format/types';
import { indexFormat } from '@/domain/format/format-index';
import { computeAll, shownValue } from '@/domain/rules/compute';
import { sumFormula, type CellRef } from './a1';
import { buildColumnGrid } from './column-grid';
import { tableLayout } from '@/domain/format/table-layout';
import { wrappedLines } from './text-width';

export type CellStyle = 'title' | 'heading' | 'line' | 'header' | 'label' | 'verticalLabel' | 'value';

export type CellContent =
  | { text: string }
  | { number: number | null; kind: ValueKind }
  | { formula: string; result: number | null; kind: ValueKind };

export interface PlannedCell {
  /** 1-based sheet row and column of the top-left cell. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  content: CellContent;
  style: CellStyle;
  /** The value field written here, for value cells. */
  field?: FieldKey;
}

export interface TablePlacement {
  key: string;
  /** Sheet row of the table's first layout row. */
  top: number;
  /** Sheet column (1-based) where each layout column starts, plus one past the last. */
  colStarts: number[];
}

export interface SheetPlan {
  title: string;
  landscape: boolean;
  columnWidths: number[];
  rowHeights: Map<number, number>;
  cells: PlannedCell[];
  tables: TablePlacement[];
  /** Rectangles drawn with a thin border on every cell (each table, including its empty slots). */
  borderedAreas: { top: number; left: number; bottom: number; right: number }[];
  /** Rows after which a printed page ends, so that a table and its heading start on a fresh page. */
  pageBreaks: number[];
  /** Where each field's value is written. */
  fieldCells: Map<FieldKey, CellRef>;
}

export interface SheetInput {
  format: FormatDef;
  values: Values;
  unitName: string;
  year: number;
  filledBy?: { person?: string; phone?: string; date?: string };
}

/** Column units per `colWidths` unit: the layout's widths are relative, this makes labels readable. */
const WIDTH_SCALE = 1.3;
const LINE_HEIGHT = 14;
const ROW_PADDING = 6;
const MIN_ROW_HEIGHT = 20;
const STANDALONE_TITLE = '政府信息公开情况统计表';

/**
 * What a sheet's layout is for a format, whatever the unit and values: the tables' cells (styles settled),
 * where each field sits, row heights and page breaks. Planned once per format (an office workbook writes
 * hundreds of sheets of one format); only the title, the lines and the values differ between sheets. The
 * heights stay valid because the title's row height is fixed and the lines' rows are one plain row each.
 */
interface FormatLayout {
  cells: readonly PlannedCell[];
  fieldCells: ReadonlyMap<FieldKey, CellRef>;
  placements: readonly TablePlacement[];
  blockStarts: readonly number[];
  fixedHeights: ReadonlyMap<number, number>;
  rowAfter: number;
  heights: ReadonlyMap<number, number>;
  pageBreaks: readonly number[];
}

const layoutCache = new WeakMap<FormatDef, FormatLayout>();

export function planSheet(input: SheetInput): SheetPlan {
  const { format, unitName, year } = input;
  const tables = format.tables;
  // A format with one table (the legacy 统计表) prints as that table alone; the others as the report's tables.
  const standalone = tables.length === 1;
  const totalWidth = Math.max(...tables.map((t) => t.colWidths.reduce((a, b) => a + b, 0))) * WIDTH_SCALE;
  const grid = buildColumnGrid(tables, Math.round(totalWidth));
  const lastCol = grid.widths.length;
  const cells: PlannedCell[] = [];
  const fieldCells = new Map<FieldKey, CellRef>();
  const placements: TablePlacement[] = [];
  const fixedHeights = new Map<number, number>();
  const fullRow = (row: number, text: string, style: CellStyle) =>
    cells.push({ row, col: 1, rowSpan: 1, colSpan: lastCol, content: { text }, style });

  let row = 1;
  /** First row of each printed block: the title, then each table with its heading; the lines join the last. */
  const blockStarts: number[] = [];
  const title = standalone
    ? `${tables[0]?.heading.includes('统计表') ? tables[0].heading : STANDALONE_TITLE}（${year}年度）`
    : `${unitName}${year}年度政府信息公开工作年度报告统计表`;
  fullRow(row, title, 'title');
  fixedHeights.set(row, 36);
  row += 1;
  if (standalone) {
    fullRow(row, `填报单位：${unitName}`, 'line');
    row += 1;
  }

  const cached = layoutCache.get(format);
  const firstTableCell = cells.length;
  if (cached) {
    for (const cell of cached.cells) cells.push({ ...cell });
    for (const [key, ref] of cached.fieldCells) fieldCells.set(key, ref);
    placements.push(...cached.placements);
    blockStarts.push(...cached.blockStarts);
    for (const [r, h] of cached.fixedHeights) fixedHeights.set(r, h);
    row = cached.rowAfter;
  }
  for (const [t, table] of cached ? [] : tables.entries()) {
    if (!standalone) {
      row += 1;
      if (t > 0) blockStarts.push(row);
      fullRow(row, table.heading, 'heading');
      fixedHeights.set(row, 26);
      row += 1;
    }
    const colStarts = (grid.edges[t] ?? []).map((e) => e + 1);
    placements.push({ key: table.key, top: row, colStarts });
    placeTable(table, row, colStarts, cells, fieldCells);
    row += table.rowCount;
  }
  const tableCells = cells.slice(firstTableCell);
  const rowAfter = row;

  const computed = computeAll(format, input.values);
  for (const cell of cells) fillValue(cell, format, input.values, computed, fieldCells);

  row += 1;
  const by = input.filledBy ?? {};
  const signature = [`单位负责人：`, `填报人：${by.person ?? ''}`, `联系电话：${by.phone ?? ''}`];
  const lines: string[][] = standalone
    ? [...signature, `填报日期：${by.date ?? ''}`].map((text) => [text])
    : [
        [`填报单位（盖章）：${unitName}`, ...signature.slice(0, 1)],
        [...signature.slice(1), `填报日期：${by.date ?? ''}`],
      ];
  for (const texts of lines) {
    placeSegments(row, texts, grid.widths, cells);
    row += 1;
  }

  const heights = cached?.heights ?? rowHeights(cells, grid.widths, fixedHeights);
  const landscape = tables.some((t) => t.landscape);
  const breaks = cached?.pageBreaks ?? pageBreaks(blockStarts, row, heights, grid.widths, landscape);
  if (!cached) {
    const layout = {
      cells: tableCells.map((c) => ({ ...c })),
      fieldCells,
      placements,
      blockStarts,
      fixedHeights,
      rowAfter,
      heights,
    };
    layoutCache.set(format, { ...layout, pageBreaks: breaks });
  }
  return {
    title,
    landscape,
    columnWidths: grid.widths,
    rowHeights: new Map(heights),
    pageBreaks: [...breaks],
    cells,
    tables: placements,
    borderedAreas: placements.map((p, t) => ({
      top: p.top,
      left: 1,
      bottom: p.top + (tables[t]?.rowCount ?? 1) - 1,
      right: (p.colStarts[p.colStarts.length - 1] ?? 2) - 1,
    })),
    fieldCells,
  };
}

function placeTable(
  table: TableDef,
  top: number,
  colStarts: readonly number[],
  cells: PlannedCell[],
  fieldCells: Map<FieldKey, CellRef>,
) {
  for (const p of tableLayout(table).placed) {
    const col = colStarts[p.c] ?? 1;
    const colEnd = colStarts[p.c + p.colSpan] ?? col + 1;
    const placed = { row: top + p.r, col, rowSpan: p.rowSpan, colSpan: colEnd - col };
    if (p.field) {
      fieldCells.set(p.field, { row: placed.row, col });
      cells.push({ ...placed, content: { number: null, kind: 'count' }, style: 'value', field: p.field });
    } else {
      const style = p.kind === 'header' ? 'header' : p.vertical ? 'verticalLabel' : 'label';
      cells.push({ ...placed, content: { text: p.text }, style });
    }
  }
}

/**
 * Inputs as numbers (blank stays empty), computed cells as `SUM` of their parts with the value cached as the one
 * display rule shows it: no cached value while every part is blank, so a reader that does not recalculate sees a
 * blank there as the grid, print page and .docx do (a spreadsheet that recalculates shows its own 0).
 */
function fillValue(
  cell: PlannedCell,
  format: FormatDef,
  values: Values,
  computed: ReadonlyMap<FieldKey, number>,
  fieldCells: ReadonlyMap<FieldKey, CellRef>,
) {
  const def = cell.field ? indexFormat(format).field.get(cell.field) : undefined;
  if (!def) return;
  if (def.sumOf) {
    const parts = def.sumOf.map((p) => fieldCells.get(p)).filter((r): r is CellRef => r !== undefined);
    cell.content = {
      formula: sumFormula(parts),
      result: shownValue(format, values, computed, def.key),
      kind: def.kind,
    };
  } else {
    const v = values[def.key];
    cell.content = { number: typeof v === 'number' && Number.isFinite(v) ? v : null, kind: def.kind };
  }
}

/** Lines like `填报人：` share a row: the sheet's columns are split into equal groups, one per text. */
function placeSegments(row: number, texts: readonly string[], widths: readonly number[], cells: PlannedCell[]) {
  const cols = widths.length;
  let start = 1;
  texts.forEach((text, i) => {
    const end = Math.max(start, Math.round(((i + 1) * cols) / texts.length));
    cells.push({ row, col: start, rowSpan: 1, colSpan: end - start + 1, content: { text }, style: 'line' });
    start = end + 1;
  });
}

function spanWidth(cell: PlannedCell, widths: readonly number[]): number {
  return widths.slice(cell.col - 1, cell.col - 1 + cell.colSpan).reduce((a, b) => a + b, 0);
}

/**
 * Heights that show every label: a one-row cell sets its row's need; a merged cell that still lacks room
 * after that spreads the difference over its rows. Spreadsheet programs do not grow rows for wrapped text
 * on opening a file, so the sizes are written out.
 */
function rowHeights(cells: PlannedCell[], widths: readonly number[], fixed: ReadonlyMap<number, number>) {
  const heights = new Map<number, number>();
  const need = (cell: PlannedCell): number => {
    if (!('text' in cell.content) || cell.style === 'line') return MIN_ROW_HEIGHT;
    if (cell.style === 'verticalLabel') {
      return [...cell.content.text].length * LINE_HEIGHT + ROW_PADDING;
    }
    return wrappedLines(cell.content.text, spanWidth(cell, widths)) * LINE_HEIGHT + ROW_PADDING;
  };
  for (const cell of cells) {
    if (cell.rowSpan !== 1 || fixed.has(cell.row)) continue;
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? MIN_ROW_HEIGHT, need(cell)));
  }
  for (const cell of cells) {
    if (cell.rowSpan === 1) continue;
    const rows = Array.from({ length: cell.rowSpan }, (_, i) => cell.row + i);
    for (const r of rows) if (!heights.has(r)) heights.set(r, MIN_ROW_HEIGHT);
    const have = rows.reduce((s, r) => s + (heights.get(r) ?? MIN_ROW_HEIGHT), 0);
    const missing = need(cell) - have;
    if (missing > 0) for (const r of rows) heights.set(r, (heights.get(r) ?? 0) + missing / rows.length);
  }
  for (const [r, h] of fixed) heights.set(r, h);
  return new Map([...heights].map(([r, h]) => [r, Math.ceil(h)]));
}

/** A4 in points, less the margins the writer sets (0.5 in left/right, 0.6 in top/bottom). */
const PAGE = { width: 595 - 72, height: 842 - 86 };
/** Printed width of one column unit in points (default font), used to estimate the fit-to-width scale. */
const POINTS_PER_UNIT = 5.6;

/** Greedy page filling: a block that does not fit on the current page starts a new one. */
function pageBreaks(
  blockStarts: readonly number[],
  endRow: number,
  heights: ReadonlyMap<number, number>,
  widths: readonly number[],
  landscape: boolean,
): number[] {
  const page = landscape ? { width: PAGE.height, height: PAGE.width } : PAGE;
  const sheetWidth = widths.reduce((a, b) => a + b, 0) * POINTS_PER_UNIT;
  const scale = Math.min(1, page.width / sheetWidth);
  const starts = [1, ...blockStarts, endRow];
  const breaks: number[] = [];
  let used = 0;
  for (let b = 0; b + 1 < starts.length; b += 1) {
    let h = 0;
    for (let r = starts[b] ?? 1; r < (starts[b + 1] ?? 1); r += 1) h += (heights.get(r) ?? MIN_ROW_HEIGHT) * scale;
    if (used > 0 && used + h > page.height) {
      breaks.push((starts[b] ?? 1) - 1);
      used = 0;
    }
    used += h;
  }
  return breaks;
}
