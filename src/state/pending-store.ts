/**
 * Cell values sent to storage and not yet confirmed, per scope (a report). Every grid of the report shows
 * them in a "saving" style until the commit resolves, so a value never looks saved before it is.
 */
import { create } from 'zustand';
import type { FieldKey } from '@/domain/format/types';

export interface PendingValue {
  value: number | null;
  /** `saving` until the commit resolves; `saved` until the stored values show it (live queries lag a little). */
  status: 'saving' | 'saved';
  /** Distinguishes two quick edits of the same cell: only the latest one's outcome counts. */
  seq: number;
}

type PendingMap = Readonly<Record<FieldKey, PendingValue>>;

interface PendingState {
  byScope: Readonly<Record<string, PendingMap>>;
  begin: (scope: string, changes: readonly { field: FieldKey; value: number | null }[]) => number;
  /**
   * The commit of `seq` resolved: cells whose stored value already shows it are dropped, the others wait
   * as `saved` for the next stored values (live queries may arrive before or after the commit resolves).
   */
  confirm: (scope: string, seq: number, stored: (field: FieldKey) => number | null) => void;
  /** The commit of `seq` failed, or the stored values caught up: its cells show the stored values again. */
  drop: (scope: string, seq: number) => void;
  /** New stored values arrived: every `saved` cell now shows the stored value (ours, or a newer one). */
  settle: (scope: string) => void;
}

let nextSeq = 1;

export const usePendingStore = create<PendingState>((set) => {
  const edit = (scope: string, change: (m: PendingMap) => PendingMap) =>
    set((s) => ({ byScope: { ...s.byScope, [scope]: change(s.byScope[scope] ?? {}) } }));
  const filter = (m: PendingMap, keep: (p: PendingValue) => boolean): PendingMap => {
    const out: Record<FieldKey, PendingValue> = {};
    let changed = false;
    for (const [field, p] of Object.entries(m)) {
      if (keep(p)) out[field] = p;
      else changed = true;
    }
    return changed ? out : m;
  };
  return {
    byScope: {},
    begin: (scope, changes) => {
      const seq = nextSeq++;
      edit(scope, (m) => {
        const out = { ...m };
        for (const c of changes) out[c.field] = { value: c.value, status: 'saving', seq };
        return out;
      });
      return seq;
    },
    confirm: (scope, seq, stored) =>
      edit(scope, (m) => {
        const out: Record<FieldKey, PendingValue> = {};
        for (const [field, p] of Object.entries(m)) {
          if (p.seq !== seq) out[field] = p;
          else if (stored(field) !== p.value) out[field] = { ...p, status: 'saved' };
        }
        return out;
      }),
    drop: (scope, seq) => edit(scope, (m) => filter(m, (p) => p.seq !== seq)),
    settle: (scope) => edit(scope, (m) => filter(m, (p) => p.status !== 'saved')),
  };
});

const NONE: PendingMap = {};

export function usePending(scope: string): PendingMap {
  return usePendingStore((s) => s.byScope[scope] ?? NONE);
}
