/**
 * Finds where each value of a format sits in a workbook, by the printed labels rather than by position: rows
 * by their row labels (with the enclosing groups to tell repeated labels apart), columns by the header labels
 * above. Works whether the tables share one sheet or have one each, with title rows, 填报单位 lines, a 序号
 * column or extra rows around them.
 */
import { tableLayout, type PlacedCell } from '@/domain/format/table-layout';
import type { FieldDef, FieldKey, FormatDef, TableDef } from '@/domain/format/types';
import { normaliseLabel } from './normalise-label';
import type { PreparedSheet } from './prepared-sheet';
import type { CellPos } from './workbook-data';

export interface TablePlacement {
  table: TableDef;
  /** Index of the sheet the table was found on. */
  sheet: number;
  /** Value cell of every field found. */
  cells: Map<FieldKey, CellPos>;
  /** Row-label cell of every field found by its row label. */
  labels: Map<FieldKey, CellPos>;
}

export interface FormatPlacement {
  format: FormatDef;
  /** Tables found, in the format's order; a table missing from the file is absent. */
  tables: TablePlacement[];
  /** Number of fields found, over all tables: the score that picks the format. */
  found: number;
}

/** Rows above a value row searched for its column labels, and above a header for its outer labels. */
const HEADER_REACH = 6;
const GROUP_REACH = 200;

interface FieldPlan {
  field: FieldDef;
  rowLabels: string[];
  colLabels: string[];
  /** Columns between the row label and the value, from the printed layout, when no column label applies. */
  offset: number;
}

interface TablePlan {
  table: TableDef;
  fields: FieldPlan[];
  /** Normalised labels used as enclosing groups at each depth: a group's competitors when scanning upwards. */
  groupsAtDepth: Set<string>[];
}

export function locateFormat(sheets: readonly PreparedSheet[], format: FormatDef): FormatPlacement {
  const tables: TablePlacement[] = [];
  for (const plan of plansOf(format)) {
    let best: TablePlacement | undefined;
    sheets.forEach((sheet, index) => {
      const placed = placeTable(sheet, index, plan);
      if (!best || placed.cells.size > best.cells.size) best = placed;
    });
    if (best && isTableFound(best, plan)) tables.push(best);
  }
  return { format, tables, found: tables.reduce((n, t) => n + t.cells.size, 0) };
}

/** A table counts as present when a fair share of its cells were found (a stray matching label is not enough). */
function isTableFound(placed: TablePlacement, plan: TablePlan): boolean {
  return placed.cells.size >= Math.max(2, Math.ceil(plan.fields.length * 0.2));
}

const planCache = new WeakMap<FormatDef, TablePlan[]>();

function plansOf(format: FormatDef): TablePlan[] {
  const hit = planCache.get(format);
  if (hit) return hit;
  const plans = format.tables.map((table) => {
    const fields = format.fields
      .filter((f) => f.table === table.key)
      .map((field): FieldPlan => {
        const rowLabels = field.rowLabels.map(normaliseLabel);
        const layout = layoutLabels(table, field);
        const colLabels = (field.colLabels.length > 0 ? field.colLabels : layout.header).map(normaliseLabel);
        return { field, rowLabels, colLabels, offset: layout.offset };
      });
    const groupsAtDepth: Set<string>[] = [];
    for (const f of fields) {
      f.rowLabels.slice(0, -1).forEach((label, depth) => {
        (groupsAtDepth[depth] ??= new Set()).add(label);
      });
    }
    return { table, fields, groupsAtDepth };
  });
  planCache.set(format, plans);
  return plans;
}

/** From the printed layout: a header label above the value cell, and the distance from the row label. */
function layoutLabels(table: TableDef, field: FieldDef): { header: string[]; offset: number } {
  const layout = tableLayout(table);
  const cell = layout.ofField(field.key);
  if (!cell) return { header: [], offset: 1 };
  const rowLabel = field.rowLabels.at(-1);
  const labelCell =
    rowLabel === undefined
      ? undefined
      : layout.rows[cell.r]?.find((run) => run.placed?.r === cell.r && run.placed.cell.label === rowLabel)?.placed;
  const offset = labelCell ? cell.c - labelCell.c : 1;
  let above: PlacedCell | undefined;
  for (let r = cell.r - 1; r >= 0 && !above; r -= 1) {
    const p = layout.at(r, cell.c);
    if (p?.kind === 'header' && p.text) above = p;
  }
  return { header: above ? [above.text] : [], offset };
}

function placeTable(sheet: PreparedSheet, index: number, plan: TablePlan): TablePlacement {
  const placement: TablePlacement = { table: plan.table, sheet: index, cells: new Map(), labels: new Map() };
  const taken = new Set<string>();
  const claim = (key: FieldKey, pos: CellPos) => {
    const id = `${pos.r}:${pos.c}`;
    if (taken.has(id)) return;
    taken.add(id);
    placement.cells.set(key, pos);
  };
  const rowless = plan.fields.filter((f) => f.rowLabels.length === 0);
  for (const f of plan.fields) {
    if (f.rowLabels.length === 0) continue;
    const label = findRowLabel(sheet, f, plan);
    if (!label) continue;
    const c = valueColumn(sheet, f, label);
    if (c === undefined) continue;
    placement.labels.set(f.field.key, label);
    claim(f.field.key, { r: label.r, c });
  }
  if (rowless.length > 0) placeRowless(sheet, rowless, claim);
  return placement;
}

/** The row label of a field: the best-matching cell whose enclosing groups, read upwards, are the field's. */
function findRowLabel(sheet: PreparedSheet, f: FieldPlan, plan: TablePlan): CellPos | undefined {
  const own = f.rowLabels.at(-1) ?? '';
  let best: { pos: CellPos; score: number } | undefined;
  for (const hit of sheet.find(own)) {
    let score = hit.level * 10;
    for (let depth = 0; depth < f.rowLabels.length - 1; depth += 1) {
      score += groupScore(sheet, hit, plan.groupsAtDepth[depth], f.rowLabels[depth] ?? '');
    }
    if (!best || score > best.score) best = { pos: hit, score };
  }
  return best?.pos;
}

/**
 * Reads upwards (this row leftwards, then the rows above from the label's column leftwards) for the nearest
 * group label of this depth: +3 when it is the field's group, −20 when it is another group, 0 when none.
 */
function groupScore(sheet: PreparedSheet, from: CellPos, groups: Set<string> | undefined, want: string): number {
  if (!groups) return 0;
  for (let r = from.r; r >= Math.max(0, from.r - GROUP_REACH); r -= 1) {
    const start = r === from.r ? from.c - 1 : from.c;
    for (let c = Math.min(start, sheet.width(r) - 1); c >= 0; c -= 1) {
      const pos = { r, c };
      if (sheet.label(pos) === '') continue;
      if (sheet.labelIs(pos, want)) return 3;
      for (const other of groups) if (sheet.labelIs(pos, other)) return -20;
    }
  }
  return 0;
}

/** The value's column: under its column label nearest above the row (outer headers decide between repeats). */
function valueColumn(sheet: PreparedSheet, f: FieldPlan, label: CellPos): number | undefined {
  const own = f.colLabels.at(-1);
  if (own === undefined) return label.c + f.offset;
  let best: { c: number; score: number } | undefined;
  for (const hit of sheet.find(own, 2)) {
    if (hit.r >= label.r || hit.c <= label.c) continue;
    const outer = outerColumnScore(sheet, hit, f.colLabels.slice(0, -1));
    // Matching outer headers matter most; among equals the nearest header row wins.
    const score = outer * 100_000 + hit.r;
    if (!best || score > best.score) best = { c: hit.c, score };
  }
  return best?.c;
}

/** How many of the outer column labels stand above the header cell (at or left of its column, as merges print). */
function outerColumnScore(sheet: PreparedSheet, header: CellPos, outer: readonly string[]): number {
  let score = 0;
  for (const want of outer) {
    for (let r = header.r - 1; r >= Math.max(0, header.r - HEADER_REACH); r -= 1) {
      const c = nearestFilledAtOrLeft(sheet, r, header.c);
      if (c !== undefined && sheet.labelIs({ r, c }, want)) {
        score += 1;
        break;
      }
    }
  }
  return score;
}

function nearestFilledAtOrLeft(sheet: PreparedSheet, r: number, from: number): number | undefined {
  for (let c = Math.min(from, sheet.width(r) - 1); c >= 0; c -= 1) if (!sheet.isEmpty({ r, c })) return c;
  return undefined;
}

/**
 * A table without row labels (Table 四): each column by its header labels, the value row just below the
 * lowest header cell of the table (blank rows between tolerated).
 */
function placeRowless(
  sheet: PreparedSheet,
  fields: readonly FieldPlan[],
  claim: (key: FieldKey, pos: CellPos) => void,
): void {
  const headers = new Map<FieldKey, CellPos>();
  for (const f of fields) {
    const own = f.colLabels.at(-1);
    if (own === undefined) continue;
    const outer = f.colLabels.slice(0, -1);
    let best: { pos: CellPos; score: number } | undefined;
    for (const hit of sheet.find(own, 2)) {
      const score = outerColumnScore(sheet, hit, outer);
      if (!best || score > best.score) best = { pos: hit, score };
    }
    // Without its outer headers a bare `总计` or `结果维持` could be anything: require all of them.
    if (best && best.score === outer.length) headers.set(f.field.key, best.pos);
  }
  if (headers.size === 0) return;
  const lowest = Math.max(...[...headers.values()].map((p) => p.r));
  const columns = [...headers.values()].map((p) => p.c);
  let valueRow = lowest + 1;
  for (let r = lowest + 1; r <= lowest + 3 && r < sheet.rowCount; r += 1) {
    if (columns.some((c) => !sheet.isEmpty({ r, c }))) {
      valueRow = r;
      break;
    }
  }
  for (const [key, pos] of headers) claim(key, { r: valueRow, c: pos.c });
}
