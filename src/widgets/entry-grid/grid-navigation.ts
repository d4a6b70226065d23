/**
 * Keyboard movement over the printed table, as in Excel: arrows and Enter go to the next value cell in that
 * direction, skipping labels and section rows; a merged value cell is one stop; Tab walks the value cells
 * in reading order. Pure, over printed positions.
 */
import type { CellPos } from '@/state/selection-store';
import { colIndexOf, isValueSlot, rowIndexOf, type Slot, type TableGridModel } from './table-grid-model';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The ends Home/End (and with Ctrl, the table's) go to. */
export type Edge = 'rowStart' | 'rowEnd' | 'tableStart' | 'tableEnd';

/**
 * The value cell next to `from` in `direction`, or undefined at the table's edge. `column` keeps the column
 * a vertical move started in, so going down through a merged B:D cell from C comes back out in C.
 */
export function moveFrom(
  model: TableGridModel,
  from: CellPos,
  direction: Direction,
  column: number = from.c,
  inputsOnly = false,
): CellPos | undefined {
  const stop = (slot: Slot | undefined): slot is Slot => isValueSlot(slot) && (!inputsOnly || slot.kind === 'input');
  const start = model.slotAt(from.r, from.c);
  const first = model.headerRows;
  const last = model.table.rowCount - 1;
  if (direction === 'up' || direction === 'down') {
    const step = direction === 'down' ? 1 : -1;
    let r = direction === 'down' && start ? start.r + start.rowSpan : from.r + step;
    if (direction === 'up' && start) r = start.r - 1;
    for (; r >= first && r <= last; r += step) {
      const slot = model.slotAt(r, column);
      if (stop(slot)) return { r: slot.r, c: slot.c };
    }
    return undefined;
  }
  const step = direction === 'right' ? 1 : -1;
  let c = direction === 'right' && start ? start.c + start.colSpan : from.c + step;
  if (direction === 'left' && start) c = start.c - 1;
  for (; c >= 0 && c < model.table.colCount; c += step) {
    const slot = model.slotAt(from.r, c);
    if (stop(slot)) return { r: slot.r, c: slot.c };
  }
  return undefined;
}

/**
 * Tab / Shift+Tab: the next or previous input cell in reading order, wrapping to the next row; computed cells
 * are passed over (nothing can be typed there), as Excel does on a protected sheet.
 */
export function tabFrom(model: TableGridModel, from: CellPos, backwards: boolean): CellPos | undefined {
  const slots = model.valueSlots;
  const start = model.slotAt(from.r, from.c);
  let at = start ? slots.indexOf(start) : -1;
  if (at < 0) return firstInput(model);
  for (at += backwards ? -1 : 1; at >= 0 && at < slots.length; at += backwards ? -1 : 1) {
    const next = slots[at];
    if (next?.kind === 'input') return { r: next.r, c: next.c };
  }
  return undefined;
}

/** The first input cell at or after printed row `fromRow`, in reading order (where focus lands on entry). */
export function firstInput(model: TableGridModel, fromRow = 0): CellPos | undefined {
  const slot = model.valueSlots.find((s) => s.kind === 'input' && s.r >= fromRow);
  return slot ? { r: slot.r, c: slot.c } : undefined;
}

/** The last input cell of the table, in reading order (where Shift+Tab or ↑ from the next table lands). */
export function lastInput(model: TableGridModel): CellPos | undefined {
  const inputs = model.valueSlots.filter((s) => s.kind === 'input');
  const slot = inputs[inputs.length - 1];
  return slot ? { r: slot.r, c: slot.c } : undefined;
}

/** Home / End: first or last input of the focused row; Ctrl+Home / Ctrl+End: of the table. */
export function edgeInput(model: TableGridModel, from: CellPos, to: Edge): CellPos | undefined {
  if (to === 'tableStart') return firstInput(model);
  if (to === 'tableEnd') return lastInput(model);
  const row = model.valueSlots.filter((s) => s.kind === 'input' && s.r <= from.r && from.r < s.r + s.rowSpan);
  const slot = to === 'rowStart' ? row[0] : row[row.length - 1];
  return slot ? { r: slot.r, c: slot.c } : undefined;
}

/** The printed cell of one of the grid's cells (grid row index, column or column id), normalised to its origin. */
export function posOfGridCell(model: TableGridModel, rowIndex: number | null, column: unknown): CellPos | undefined {
  if (rowIndex === null || rowIndex < 0) return undefined;
  const id = typeof column === 'string' ? column : (column as { getColId?: () => string } | null)?.getColId?.();
  const r = model.bodyRows[rowIndex];
  if (id === undefined || r === undefined) return undefined;
  return originOf(model, { r, c: colIndexOf(id) });
}

/** The cell a mouse or a focus event landed on, normalised to its printed cell's first position. */
export function originOf(model: TableGridModel, pos: CellPos): CellPos | undefined {
  const slot = model.slotAt(pos.r, pos.c);
  return isValueSlot(slot) ? { r: slot.r, c: slot.c } : undefined;
}

/** The printed cell of one of the grid's cell elements (its `row-id` and `col-id`), normalised to its origin. */
export function posOfCellElement(model: TableGridModel, cell: Element): CellPos | undefined {
  const row = cell.closest('[row-id]')?.getAttribute('row-id');
  const col = cell.getAttribute('col-id');
  if (!row || !col) return undefined;
  return originOf(model, { r: rowIndexOf(row), c: colIndexOf(col) });
}
