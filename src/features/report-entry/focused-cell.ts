/**
 * The value cell the clerk is on, told by the report's grids on every focus move (click, keyboard, a problem's
 * link). A tiny store per report page, read with `useSyncExternalStore`, so a move re-renders the cell panel
 * alone, not the page and its grids. A click on a label or Esc keeps the last cell: the panel stays readable.
 */
import { useState, useSyncExternalStore } from 'react';
import type { FieldKey } from '@/domain/format/types';

export interface FocusedCell {
  get: () => FieldKey | null;
  /** Stable: handed to every grid as `onFocusField`. */
  set: (field: FieldKey) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createFocusedCell(): FocusedCell {
  let current: FieldKey | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (field) => {
      if (field === current) return;
      current = field;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useFocusedField(store: FocusedCell): FieldKey | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** The page's store, new for each report, so another report opens with no cell chosen. */
export function useFocusedCellOf(reportId: string): FocusedCell {
  const [held, setHeld] = useState(() => ({ reportId, store: createFocusedCell() }));
  if (held.reportId !== reportId) {
    const next = { reportId, store: createFocusedCell() };
    setHeld(next);
    return next.store;
  }
  return held.store;
}
