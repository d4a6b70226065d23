/**
 * The edit context shared by a report's grids and its page buttons (本表空白填 0, 撤销, 恢复): the same scope,
 * the same commit, and reads of the latest stored and pending values at the moment of each action.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { indexFormat } from '@/domain/format/format-index';
import type { FormatDef, Values } from '@/domain/format/types';
import { usePendingStore } from '@/state/pending-store';
import type { CommitFn, EditContext } from './commit-batch';
import { cellName } from './grid-block';
import { tableGridModel } from './table-grid-model';

export function useEditContext(scope: string, format: FormatDef, values: Values, onCommit: CommitFn): EditContext {
  const latest = useRef({ values, onCommit });
  useLayoutEffect(() => {
    latest.current = { values, onCommit };
  }, [values, onCommit]);
  return useMemo(() => {
    const nameOf = (field: string) => {
      const def = indexFormat(format).field.get(field);
      const table = def ? format.tables.find((t) => t.key === def.table) : undefined;
      const slot = table ? tableGridModel(format, table).slotOf(field) : undefined;
      return slot ? cellName(slot) : (def?.short ?? field);
    };
    return {
      scope,
      commit: (changes) => latest.current.onCommit(changes),
      current: (field) => {
        const p = usePendingStore.getState().byScope[scope]?.[field];
        return p ? p.value : (latest.current.values[field] ?? null);
      },
      stored: (field) => latest.current.values[field] ?? null,
      nameOf,
    };
  }, [scope, format]);
}

/** 本表空白填 0: every blank input cell of a table set to 0, as one change list (one undo step). */
export function blanksToZero(format: FormatDef, tableKey: string, current: EditContext['current']) {
  return indexFormat(format)
    .inputs.filter((f) => f.table === tableKey && current(f.key) === null)
    .map((f) => ({ field: f.key, value: 0 }));
}
