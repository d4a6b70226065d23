import type { FieldKey } from '@/domain/format/types';
import {
  applyChanges,
  redoLast,
  undoLast,
  type CellChange,
  type EditContext,
} from '@/widgets/entry-grid/commit-batch';
import { useNoticeStore } from '@/state/notice-store';
import { usePendingStore } from '@/state/pending-store';
import { useUndoStore } from '@/state/undo-store';

/** A store that honours `expected` as storage does: a cell changed elsewhere refuses the whole batch. */
class MemoryStore {
  values: Record<FieldKey, number | null> = {};
  commits = 0;
  commit = (changes: readonly CellChange[]): Promise<void> => {
    const stale = changes.filter((c) => (this.values[c.field] ?? null) !== c.expected);
    if (stale.length > 0) {
      const error = new Error('conflict') as Error & { cells: unknown[] };
      error.name = 'ConflictError';
      error.cells = stale.map((c) => ({ field: c.field, current: this.values[c.field] ?? null, attempted: c.value }));
      return Promise.reject(error);
    }
    for (const c of changes) this.values[c.field] = c.value;
    this.commits += 1;
    return Promise.resolve();
  };
}

function contextFor(store: MemoryStore, scope = 'report-1'): EditContext {
  return {
    scope,
    commit: store.commit,
    current: (f) => {
      const p = usePendingStore.getState().byScope[scope]?.[f];
      return p ? p.value : (store.values[f] ?? null);
    },
    stored: (f) => store.values[f] ?? null,
    nameOf: (f) => `格 ${f}`,
  };
}

beforeEach(() => {
  useUndoStore.setState({ histories: {} });
  usePendingStore.setState({ byScope: {} });
  useNoticeStore.setState({ notices: [] });
});

describe('edits, undo and redo', () => {
  it('a paste of several cells is one commit and one undo step', async () => {
    const store = new MemoryStore();
    const ctx = contextFor(store);
    await applyChanges(
      ctx,
      [
        { field: 'a', value: 1 },
        { field: 'b', value: 2 },
      ],
      '粘贴 2 个单元格',
    );
    expect(store.commits).toBe(1);
    expect(useUndoStore.getState().histories['report-1']?.undo).toHaveLength(1);

    expect(await undoLast(ctx)).toBe(true);
    expect(store.values).toEqual({ a: null, b: null });
    expect(store.commits).toBe(2);

    expect(await redoLast(ctx)).toBe(true);
    expect(store.values).toEqual({ a: 1, b: 2 });
  });

  it('a new action drops the redo side; refreshed values never clear the history', async () => {
    const store = new MemoryStore();
    const ctx = contextFor(store);
    await applyChanges(ctx, [{ field: 'a', value: 1 }], '填写');
    await applyChanges(ctx, [{ field: 'a', value: 2 }], '填写');
    await undoLast(ctx);
    expect(store.values.a).toBe(1);
    await applyChanges(ctx, [{ field: 'b', value: 9 }], '填写');
    expect(useUndoStore.getState().histories['report-1']?.redo).toHaveLength(0);
    usePendingStore.getState().settle('report-1');
    expect(useUndoStore.getState().histories['report-1']?.undo).toHaveLength(2);
  });

  it('a conflict with another window writes nothing, keeps the step for later and lists the cell', async () => {
    const store = new MemoryStore();
    const ctx = contextFor(store);
    await applyChanges(ctx, [{ field: 'a', value: 1 }], '填写');
    store.values.a = 5; // another window
    expect(await undoLast(ctx)).toBe(false);
    expect(store.values.a).toBe(5);
    expect(useUndoStore.getState().histories['report-1']?.undo).toHaveLength(1);
    const notice = useNoticeStore.getState().notices[0];
    expect(notice?.title).toContain('另一窗口已修改了以下单元格');
    expect(notice?.lines?.[0]).toContain('格 a：现为 5');
    expect(usePendingStore.getState().byScope['report-1']).toEqual({});
  });

  it('shows a cell as saving until the commit resolves, and drops it once stored', async () => {
    const store = new MemoryStore();
    const ctx = contextFor(store);
    let release: () => void = () => undefined;
    const slow: EditContext = {
      ...ctx,
      commit: (changes) =>
        new Promise<void>((resolve) => {
          release = () => void store.commit(changes).then(resolve);
        }),
    };
    const done = applyChanges(slow, [{ field: 'a', value: 3 }], '填写');
    expect(usePendingStore.getState().byScope['report-1']?.a).toMatchObject({ value: 3, status: 'saving' });
    release();
    await done;
    expect(usePendingStore.getState().byScope['report-1']?.a).toBeUndefined();
  });

  it('records nothing for an edit that changes nothing', async () => {
    const store = new MemoryStore();
    store.values.a = 4;
    const ctx = contextFor(store);
    await applyChanges(ctx, [{ field: 'a', value: 4 }], '填写');
    expect(store.commits).toBe(0);
    expect(useUndoStore.getState().histories['report-1']).toBeUndefined();
  });
});
