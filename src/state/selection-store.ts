/**
 * The block of cells selected with Shift+arrows or a mouse drag (community ag-grid has no range selection).
 * Positions are printed-table coordinates (row, column of the table's layout); one block on the page at a time.
 */
import { create } from 'zustand';

export interface CellPos {
  r: number;
  c: number;
}

export interface Block {
  table: string;
  /** Where the selection started (the focused cell stays here, as in Excel). */
  anchor: CellPos;
  /** The corner that Shift+arrows and the drag move. */
  end: CellPos;
}

interface SelectionState {
  block: Block | null;
  select: (table: string, anchor: CellPos, end?: CellPos) => void;
  extendTo: (table: string, end: CellPos) => void;
  clear: () => void;
}

export const useSelectionStore = create<SelectionState>((set) => ({
  block: null,
  select: (table, anchor, end = anchor) => set({ block: { table, anchor, end } }),
  extendTo: (table, end) =>
    set((s) =>
      s.block && s.block.table === table ? { block: { ...s.block, end } } : { block: { table, anchor: end, end } },
    ),
  clear: () => set({ block: null }),
}));
