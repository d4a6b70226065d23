/**
 * The printed layout of one table (`tableLayout`) as the grid sees it: each layout cell as a "slot" with its
 * field's definition, the header rows as a tree of column groups, and the body rows. Pure: it reads only the format definition,
 * so the legacy, 2019 and 2021 tables (and any provincial variant) are drawn by the same code.
 */
import { indexFormat } from '@/domain/format/format-index';
import { tableLayout, type PlacedCell } from '@/domain/format/table-layout';
import type { FieldDef, FieldKey, FormatDef, TableDef } from '@/domain/format/types';

export type SlotKind = 'label' | 'header' | 'input' | 'computed';

/** One printed cell with its merge; positions inside a merge point to the same slot. */
export interface Slot {
  kind: SlotKind;
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  label?: string;
  field?: FieldDef;
}

export type HeaderNode =
  | { kind: 'column'; c: number; label: string }
  | { kind: 'group'; id: string; label: string; children: readonly HeaderNode[] };

export interface TableGridModel {
  format: FormatDef;
  table: TableDef;
  /** Printed rows drawn as the grid's column header; the others are the grid's rows. */
  headerRows: number;
  /** Printed row numbers of the grid's rows, top to bottom (grid row index i is `bodyRows[i]`). */
  bodyRows: readonly number[];
  header: readonly HeaderNode[];
  /** Value slots in reading order (left to right, top to bottom): the order of Tab. */
  valueSlots: readonly Slot[];
  /** One height for every body row: merged label cells span rows of equal height. */
  rowHeight: number;
  slotAt(r: number, c: number): Slot | undefined;
  slotOf(field: FieldKey): Slot | undefined;
}

const cache = new WeakMap<TableDef, TableGridModel>();

export function tableGridModel(format: FormatDef, table: TableDef): TableGridModel {
  const hit = cache.get(table);
  if (hit && hit.format === format) return hit;
  const model = buildModel(format, table);
  cache.set(table, model);
  return model;
}

function buildModel(format: FormatDef, table: TableDef): TableGridModel {
  const fields = indexFormat(format).field;
  const layout = tableLayout(table);
  const slots = new Map<PlacedCell, Slot>();
  const byField = new Map<FieldKey, Slot>();
  for (const p of layout.placed) {
    const field = p.field ? fields.get(p.field) : undefined;
    if (p.field && !field) throw new Error(`表 ${table.key} 引用了不存在的单元格 ${p.field}`);
    const kind: SlotKind = field ? (field.sumOf ? 'computed' : 'input') : p.kind === 'header' ? 'header' : 'label';
    const slot: Slot = {
      kind,
      r: p.r,
      c: p.c,
      rowSpan: p.rowSpan,
      colSpan: p.colSpan,
      ...(p.cell.label !== undefined ? { label: p.cell.label } : {}),
      ...(field ? { field } : {}),
    };
    slots.set(p, slot);
    if (field) byField.set(field.key, slot);
  }
  const slotOfPlaced = (p: PlacedCell | undefined) => (p ? slots.get(p) : undefined);
  const slotAt = (r: number, c: number) => slotOfPlaced(layout.at(r, c));
  const headerRows = table.headerRows;
  const bodyRows = Array.from({ length: table.rowCount - headerRows }, (_, i) => headerRows + i);
  const valueSlots = layout.valueCells.map(slotOfPlaced).filter((s): s is Slot => s !== undefined);
  const partial = { table, slotAt, headerRows };
  return {
    format,
    table,
    headerRows,
    bodyRows,
    header: headerNodes(partial, 0, 0, table.colCount),
    valueSlots,
    rowHeight: rowHeightFor(table, headerRows, slots),
    slotAt,
    slotOf: (field) => byField.get(field),
  };
}

type LayoutLookup = Pick<TableGridModel, 'table' | 'slotAt' | 'headerRows'>;

/** Column groups for printed header rows `level…` over columns `[from, to)`, following the merges. */
function headerNodes(m: LayoutLookup, level: number, from: number, to: number): HeaderNode[] {
  const nodes: HeaderNode[] = [];
  let c = from;
  while (c < to) {
    const slot = level < m.headerRows ? m.slotAt(level, c) : undefined;
    if (!slot || slot.r !== level) {
      nodes.push({ kind: 'column', c, label: '' });
      c += 1;
      continue;
    }
    const end = Math.min(to, slot.c + slot.colSpan);
    const label = labelWithUnit(m, slot);
    const below = level + slot.rowSpan;
    if (below >= m.headerRows && end - c === 1) {
      nodes.push({ kind: 'column', c, label });
    } else {
      // A merge over several columns (e.g. the 勾稽 note over the label columns) becomes a group whose
      // columns carry no name of their own.
      const children =
        below >= m.headerRows
          ? Array.from({ length: end - c }, (_, i): HeaderNode => ({ kind: 'column', c: c + i, label: '' }))
          : headerNodes(m, below, c, end);
      nodes.push({ kind: 'group', id: `g${level}_${c}`, label, children });
    }
    c = end;
  }
  return nodes;
}

/** A column label over money cells says 万元 even where the printed label does not (2019 采购总金额). */
export function labelWithUnit(m: Pick<TableGridModel, 'slotAt'>, slot: Slot): string {
  const label = slot.label ?? '';
  if (slot.kind !== 'header' || label.includes('万元')) return label;
  const belowRow = slot.r + slot.rowSpan;
  const below = new Set<Slot>();
  for (let c = slot.c; c < slot.c + slot.colSpan; c += 1) {
    const s = m.slotAt(belowRow, c);
    if (s) below.add(s);
  }
  const values = [...below].filter((s) => s.field);
  const allMoney = values.length > 0 && values.every((s) => s.field?.kind === 'money' && s.field.unit === '万元');
  return allMoney ? `${label}（万元）` : label;
}

/** Characters that fit one line of a column `width` characters wide (labels are CJK, one character each). */
const LINE_HEIGHT = 15;
const ROW_PADDING = 7;
const MAX_LINES = 3;

function rowHeightFor(table: TableDef, headerRows: number, slots: ReadonlyMap<PlacedCell, Slot>): number {
  let lines = 1;
  for (const slot of slots.values()) {
    if (!slot.label || slot.r < headerRows || slot.rowSpan > 1) continue;
    let width = 0;
    for (let k = slot.c; k < slot.c + slot.colSpan; k += 1) width += table.colWidths[k] ?? 8;
    lines = Math.max(lines, Math.ceil(slot.label.length / Math.max(1, width)));
  }
  return ROW_PADDING + LINE_HEIGHT * Math.min(MAX_LINES, lines);
}

/** Grid column id of printed column `c`. */
export const colId = (c: number) => `c${c}`;

export function colIndexOf(id: string): number {
  return Number(id.slice(1));
}

/** Grid row id of printed row `r`. */
export const rowId = (r: number) => `r${r}`;
/** The row index a row id names (the inverse of `rowId`). */
export const rowIndexOf = (id: string) => Number(id.slice(1));

export function isValueSlot(slot: Slot | undefined): slot is Slot & { field: FieldDef } {
  return slot !== undefined && (slot.kind === 'input' || slot.kind === 'computed');
}
