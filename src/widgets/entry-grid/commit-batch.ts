/**
 * Every change of cell values goes through here: typed values, pastes, cleared blocks, 本表空白填 0, undo and
 * redo. One action is one commit (awaited before the cells stop showing "saving") and one undo step.
 * Storage is reached only through `commit`, so the grid works on any store that honours `expected`.
 */
import type { FieldKey } from '@/domain/format/types';
import type { CellChange } from '@/domain/values/cell-change';

export type { CellChange };
import { showNotice } from '@/state/notice-store';
import { usePendingStore } from '@/state/pending-store';
import { useUndoStore, type CellEdit, type EditBatch } from '@/state/undo-store';

export type CommitFn = (changes: readonly CellChange[]) => Promise<void>;

export interface EditContext {
  /** One report: its undo history and pending saves. */
  scope: string;
  commit: CommitFn;
  /** The value a cell shows now (stored, or pending), read at the moment of the action. */
  current: (field: FieldKey) => number | null;
  /** The stored value, to tell when a confirmed save has arrived. */
  stored: (field: FieldKey) => number | null;
  /** Printed name of a cell for messages. */
  nameOf: (field: FieldKey) => string;
}

/**
 * Applies `changes` as one action; resolves true once stored, false when refused (a notice says why).
 * `before` is what the clerk saw when starting to edit the cell; without it, the value shown now is used.
 */
export async function applyChanges(
  ctx: EditContext,
  changes: readonly { field: FieldKey; value: number | null; before?: number | null }[],
  label: string,
): Promise<boolean> {
  const edits: CellEdit[] = changes
    .map((c) => ({ field: c.field, before: c.before === undefined ? ctx.current(c.field) : c.before, after: c.value }))
    .filter((e) => e.before !== e.after);
  if (edits.length === 0) return true;
  const ok = await write(
    ctx,
    edits,
    (e) => e.after,
    (e) => e.before,
  );
  if (ok) useUndoStore.getState().record(ctx.scope, { edits, label });
  return ok;
}

/** Ctrl+Z: replays the latest action backwards; resolves false when there was none or it failed. */
export async function undoLast(ctx: EditContext): Promise<boolean> {
  const store = useUndoStore.getState();
  const batch = store.takeUndo(ctx.scope);
  if (!batch) return false;
  const ok = await write(
    ctx,
    batch.edits,
    (e) => e.before,
    (e) => e.after,
  );
  if (ok) useUndoStore.getState().pushRedo(ctx.scope, batch);
  else useUndoStore.getState().pushUndo(ctx.scope, batch);
  return ok;
}

/** Ctrl+Y / Ctrl+Shift+Z. */
export async function redoLast(ctx: EditContext): Promise<boolean> {
  const store = useUndoStore.getState();
  const batch = store.takeRedo(ctx.scope);
  if (!batch) return false;
  const ok = await write(
    ctx,
    batch.edits,
    (e) => e.after,
    (e) => e.before,
  );
  if (ok) useUndoStore.getState().pushUndo(ctx.scope, batch);
  else useUndoStore.getState().pushRedo(ctx.scope, batch);
  return ok;
}

async function write(
  ctx: EditContext,
  edits: readonly CellEdit[],
  target: (e: CellEdit) => number | null,
  expected: (e: CellEdit) => number | null,
): Promise<boolean> {
  const pending = usePendingStore.getState();
  const changes = edits.map((e) => ({ field: e.field, value: target(e), expected: expected(e) }));
  const seq = pending.begin(ctx.scope, changes);
  try {
    await ctx.commit(changes);
    usePendingStore.getState().confirm(ctx.scope, seq, ctx.stored);
    return true;
  } catch (error) {
    usePendingStore.getState().drop(ctx.scope, seq);
    showNotice(failureNotice(error, ctx));
    return false;
  }
}

interface ConflictLike {
  cells: readonly { field: FieldKey; current: number | null; attempted: number | null }[];
}

function isConflict(error: unknown): error is Error & ConflictLike {
  return (
    error instanceof Error && error.name === 'ConflictError' && Array.isArray((error as Partial<ConflictLike>).cells)
  );
}

/** A conflict lists the cells another window changed; any other failure shows the store's own message. */
export function failureNotice(error: unknown, ctx: Pick<EditContext, 'nameOf'>) {
  const show = (n: number | null) => (n === null ? '空白' : String(n));
  if (isConflict(error)) {
    return {
      tone: 'error' as const,
      title: '另一窗口已修改了以下单元格，本次修改未保存。表格已显示保存的数值，请核对后重新填写：',
      lines: error.cells.map((c) => `${ctx.nameOf(c.field)}：现为 ${show(c.current)}（本次要填 ${show(c.attempted)}）`),
    };
  }
  const message = error instanceof Error && error.message ? error.message : '保存失败，本次修改未保存。请重试。';
  return { tone: 'error' as const, title: message };
}

export type { CellEdit, EditBatch };
