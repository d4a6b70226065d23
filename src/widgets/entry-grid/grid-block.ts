/**
 * Block operations over the printed table, pure: the rectangle a selection covers, copying it as the
 * tab-separated text Excel and WPS paste, planning a paste (each value read by the same `readValue` as typed
 * input) and clearing a block.
 */
import type { FieldKey } from '@/domain/format/types';
import { readValue } from '@/domain/values/read-value';
import type { Block, CellPos } from '@/state/selection-store';
import { isValueSlot, type Slot, type TableGridModel } from './table-grid-model';

/** Inclusive printed rows and columns. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** The block's rectangle, grown to hold whole merged cells at its corners (as Excel does). */
export function blockRect(model: TableGridModel, block: Pick<Block, 'anchor' | 'end'>): Rect {
  let rect: Rect = {
    r0: Math.min(block.anchor.r, block.end.r),
    c0: Math.min(block.anchor.c, block.end.c),
    r1: Math.max(block.anchor.r, block.end.r),
    c1: Math.max(block.anchor.c, block.end.c),
  };
  // Grow until no merged cell sticks out; a table is small, so a few passes at most.
  for (let pass = 0; pass < 4; pass += 1) {
    const grown = { ...rect };
    for (let r = rect.r0; r <= rect.r1; r += 1) {
      for (let c = rect.c0; c <= rect.c1; c += 1) {
        const s = model.slotAt(r, c);
        if (!isValueSlot(s)) continue;
        grown.r0 = Math.min(grown.r0, s.r);
        grown.c0 = Math.min(grown.c0, s.c);
        grown.r1 = Math.max(grown.r1, s.r + s.rowSpan - 1);
        grown.c1 = Math.max(grown.c1, s.c + s.colSpan - 1);
      }
    }
    if (sameRect(grown, rect)) break;
    rect = grown;
  }
  return rect;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

export function inRect(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

/** Value cells whose first position lies in the rectangle, in reading order. */
export function valueSlotsIn(model: TableGridModel, rect: Rect): Slot[] {
  return model.valueSlots.filter((s) => inRect(rect, s.r, s.c));
}

/**
 * The rectangle as Excel's clipboard text: cells separated by tabs, rows by CRLF; merged positions and labels
 * come out blank (a merged value is copied once, at its first position).
 */
export function rectToTsv(model: TableGridModel, rect: Rect, textOf: (slot: Slot) => string): string {
  const lines: string[] = [];
  for (let r = rect.r0; r <= rect.r1; r += 1) {
    const cells: string[] = [];
    for (let c = rect.c0; c <= rect.c1; c += 1) {
      const s = model.slotAt(r, c);
      cells.push(s && isValueSlot(s) && s.r === r && s.c === c ? quote(textOf(s)) : '');
    }
    lines.push(cells.join('\t'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function quote(text: string): string {
  return /[\t\r\n"]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export interface PlannedChange {
  field: FieldKey;
  value: number | null;
}

export interface PasteRefusal {
  field: FieldKey;
  /** Printed name of the cell, for the message. */
  name: string;
  text: string;
  reason: string;
}

/** A pasted value that landed on a computed cell: kept out, but compared with what the program computes. */
export interface ComputedHit {
  field: FieldKey;
  name: string;
  text: string;
  /** The pasted text read as a number; undefined when it cannot be read. */
  value?: number | null;
}

export interface PastePlan {
  changes: PlannedChange[];
  refused: PasteRefusal[];
  /** Accepted with a note (元 converted to 万元, rounding, “-” read as blank). */
  notes: string[];
  /** Non-blank values that landed on computed cells. */
  computed: ComputedHit[];
  /** Non-blank values that landed on labels, merged positions or past the table's edge. */
  skippedOther: number;
  outside: number;
  /** The rectangle the paste covered, to select it afterwards. */
  rect: Rect;
}

/**
 * Excel's rule for a paste into a selected block: one copied value fills the whole block; a block whose height
 * and width divide the selection's is repeated to tile it. Any other shape is pasted once, from the block's
 * top-left cell. `tiled` says the rows were repeated (merged positions then take no value of their own).
 */
export function fitToSelection(
  rows: readonly (readonly string[])[],
  rect: Rect,
): { rows: readonly (readonly string[])[]; tiled: boolean } {
  const height = rows.length;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const selHeight = rect.r1 - rect.r0 + 1;
  const selWidth = rect.c1 - rect.c0 + 1;
  const larger = selHeight * selWidth > height * width;
  if (height === 0 || width === 0 || !larger || selHeight % height !== 0 || selWidth % width !== 0) {
    return { rows, tiled: false };
  }
  const tiled = Array.from({ length: selHeight }, (_, i) =>
    Array.from({ length: selWidth }, (_, j) => rows[i % height]?.[j % width] ?? ''),
  );
  return { rows: tiled, tiled: true };
}

/**
 * Places `rows` with their first cell at `start`, position for position as in Excel. Only input cells take
 * values; a blank pasted cell clears its target (as in Excel); unchanged values are left out of `changes`.
 * `tiled`: the rows repeat a smaller block over a selection, so positions inside a merged cell are passed over.
 */
export function planPaste(
  model: TableGridModel,
  start: CellPos,
  rows: readonly (readonly string[])[],
  current: (field: FieldKey) => number | null,
  tiled = false,
): PastePlan {
  const plan: PastePlan = {
    changes: [],
    refused: [],
    notes: [],
    computed: [],
    skippedOther: 0,
    outside: 0,
    rect: { r0: start.r, c0: start.c, r1: start.r, c1: start.c },
  };
  const { rowCount, colCount } = model.table;
  rows.forEach((row, i) => {
    row.forEach((text, j) => {
      const r = start.r + i;
      const c = start.c + j;
      const blank = text.trim() === '';
      if (r >= rowCount || c >= colCount) {
        if (!blank) plan.outside += 1;
        return;
      }
      plan.rect.r1 = Math.max(plan.rect.r1, r);
      plan.rect.c1 = Math.max(plan.rect.c1, c);
      const slot = model.slotAt(r, c);
      const origin = isValueSlot(slot) && slot.r === r && slot.c === c;
      if (blank || (tiled && isValueSlot(slot) && !origin)) {
        if (blank && origin && slot.kind === 'input' && current(slot.field.key) !== null) {
          plan.changes.push({ field: slot.field.key, value: null });
        }
        return;
      }
      if (!origin) {
        plan.skippedOther += 1;
        return;
      }
      const field = slot.field;
      const read = readValue(text, field.kind, field.unit ? { unit: field.unit } : {});
      if (slot.kind === 'computed') {
        plan.computed.push({ field: field.key, name: cellName(slot), text, ...(read.ok ? { value: read.value } : {}) });
        return;
      }
      if (!read.ok) {
        plan.refused.push({ field: field.key, name: cellName(slot), text, reason: read.reason });
        return;
      }
      if (read.note) plan.notes.push(`${cellName(slot)}：${read.note}`);
      if (read.value !== current(field.key)) plan.changes.push({ field: field.key, value: read.value });
    });
  });
  return plan;
}

/** Input cells of the rectangle that hold a value, set to blank. */
export function planClear(model: TableGridModel, rect: Rect, current: (field: FieldKey) => number | null) {
  return valueSlotsIn(model, rect)
    .filter((s) => s.kind === 'input' && current(s.field?.key ?? '') !== null)
    .map((s): PlannedChange => ({ field: s.field?.key ?? '', value: null }));
}

/** How a cell is named in messages: its printed row and column labels, e.g. `规章 / 本年制发件数`. */
export function cellName(slot: Slot): string {
  const f = slot.field;
  if (!f) return slot.label ?? '';
  const row = f.rowLabels[f.rowLabels.length - 1];
  const col = f.colLabels[f.colLabels.length - 1];
  return [row, col].filter(Boolean).join(' / ') || f.short;
}
