/**
 * The undo/redo history of cell edits, one history per scope (a report). Ours, not the grid's: the grid's own
 * undo is cleared by every live-query refresh and never sees pastes. An entry is one user action (a typed
 * value, a paste, a cleared block, 本表空白填 0), undone and redone as a whole.
 */
import { create } from 'zustand';
import type { FieldKey } from '@/domain/format/types';

export interface CellEdit {
  field: FieldKey;
  before: number | null;
  after: number | null;
}

export interface EditBatch {
  edits: readonly CellEdit[];
  /** What the action was, for the 撤销/恢复 button titles, e.g. `粘贴 12 个单元格`. */
  label: string;
}

interface History {
  undo: readonly EditBatch[];
  redo: readonly EditBatch[];
}

/** Long sessions must not grow without bound; 200 actions is far more than anyone undoes. */
export const UNDO_LIMIT = 200;

interface UndoState {
  histories: Readonly<Record<string, History>>;
  /** A new action: pushed on the undo side; the redo side is dropped, as in every editor. */
  record: (scope: string, batch: EditBatch) => void;
  /** Takes the latest action off the undo side (the caller replays it, then calls `pushRedo`). */
  takeUndo: (scope: string) => EditBatch | undefined;
  takeRedo: (scope: string) => EditBatch | undefined;
  /** Puts a replayed action on the other side, or back where it was when replaying failed. */
  pushUndo: (scope: string, batch: EditBatch) => void;
  pushRedo: (scope: string, batch: EditBatch) => void;
  clear: (scope: string) => void;
}

const EMPTY: History = { undo: [], redo: [] };

export const useUndoStore = create<UndoState>((set, get) => {
  const update = (scope: string, change: (h: History) => History) =>
    set((s) => ({ histories: { ...s.histories, [scope]: change(s.histories[scope] ?? EMPTY) } }));
  const take = (scope: string, side: 'undo' | 'redo'): EditBatch | undefined => {
    const list = get().histories[scope]?.[side] ?? [];
    const last = list[list.length - 1];
    if (last) update(scope, (h) => ({ ...h, [side]: h[side].slice(0, -1) }));
    return last;
  };
  return {
    histories: {},
    record: (scope, batch) => {
      if (batch.edits.length === 0) return;
      update(scope, (h) => ({ undo: [...h.undo, batch].slice(-UNDO_LIMIT), redo: [] }));
    },
    takeUndo: (scope) => take(scope, 'undo'),
    takeRedo: (scope) => take(scope, 'redo'),
    pushUndo: (scope, batch) => update(scope, (h) => ({ ...h, undo: [...h.undo, batch].slice(-UNDO_LIMIT) })),
    pushRedo: (scope, batch) => update(scope, (h) => ({ ...h, redo: [...h.redo, batch].slice(-UNDO_LIMIT) })),
    clear: (scope) =>
      set((s) => {
        const rest = { ...s.histories };
        delete rest[scope];
        return { histories: rest };
      }),
  };
});

/** For buttons: the next action that 撤销 / 恢复 would replay in `scope`. */
export function useNextUndo(scope: string): { undo?: EditBatch; redo?: EditBatch } {
  const history = useUndoStore((s) => s.histories[scope]);
  return { undo: history?.undo[history.undo.length - 1], redo: history?.redo[history.redo.length - 1] };
}
