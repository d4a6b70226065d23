/**
 * The grid's edit handler: reads a typed text with the domain's value reader when the editor closes, keeps
 * refused texts in their cells (never stored), and stores accepted values through the page's edit context,
 * against the value the cell showed when its editor opened.
 */
import type { CellEditingStartedEvent, CellEditRequestEvent } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import type { FieldKey } from '@/domain/format/types';
import { readValue } from '@/domain/values/read-value';
import { showNotice } from '@/state/notice-store';
import { applyChanges, type EditContext } from './commit-batch';
import { cellName } from './grid-block';
import { posOfGridCell } from './grid-navigation';
import type { GridRow, Refusal } from './grid-row-data';
import { isValueSlot, type TableGridModel } from './table-grid-model';

const READ_ONLY_MESSAGE = '本报表已标记为已完成，不能修改。如需修改，请先点“重新打开”。';

export function refuseReadOnly(place: string): void {
  showNotice({ tone: 'warning', title: READ_ONLY_MESSAGE, place });
}

export type Refusals = Readonly<Record<FieldKey, Refusal>>;

export function useCellEdit(model: TableGridModel, edit: EditContext, readOnly: boolean) {
  const place = model.table.key;
  const [refusals, setRefusals] = useState<Refusals>({});
  // The value a cell showed when its editor opened: another window may store a new one while the clerk types.
  const editStart = useRef<{ field: FieldKey; value: number | null } | null>(null);

  const dropRefusals = useCallback((fields: readonly FieldKey[]) => {
    setRefusals((old) => {
      if (!fields.some((f) => old[f])) return old;
      const next = { ...old };
      for (const f of fields) delete next[f];
      return next;
    });
  }, []);

  const addRefusals = useCallback((added: readonly { field: FieldKey; text: string; reason: string }[]) => {
    if (added.length === 0) return;
    setRefusals((old) => {
      const next = { ...old };
      for (const r of added) next[r.field] = { text: r.text, reason: r.reason };
      return next;
    });
  }, []);

  const slotOfEvent = (e: { data?: GridRow | undefined; column: unknown }) => {
    const pos = e.data ? posOfGridCell(model, model.bodyRows.indexOf(e.data.r), e.column) : undefined;
    return pos ? model.slotAt(pos.r, pos.c) : undefined;
  };

  const onCellEditingStarted = (e: CellEditingStartedEvent<GridRow>) => {
    const slot = slotOfEvent(e);
    editStart.current = isValueSlot(slot) ? { field: slot.field.key, value: edit.current(slot.field.key) } : null;
  };

  const onCellEditRequest = (e: CellEditRequestEvent<GridRow>) => {
    const slot = slotOfEvent(e);
    if (!isValueSlot(slot) || slot.kind !== 'input') return;
    if (readOnly) return refuseReadOnly(place);
    const field = slot.field;
    const start = editStart.current?.field === field.key ? editStart.current : null;
    editStart.current = null;
    const text = e.newValue === null || e.newValue === undefined ? '' : String(e.newValue);
    const read = readValue(text, field.kind, field.unit ? { unit: field.unit } : {});
    if (!read.ok) {
      addRefusals([{ field: field.key, text, reason: read.reason }]);
      return;
    }
    dropRefusals([field.key]);
    if (read.note) showNotice({ tone: 'info', title: `${cellName(slot)}：${read.note}`, place });
    // Stored against what the clerk saw when the editor opened, so a value another window stored meanwhile is
    // reported as a conflict instead of being overwritten silently.
    const change = { field: field.key, value: read.value, ...(start ? { before: start.value } : {}) };
    void applyChanges(edit, [change], `填写 ${cellName(slot)}`);
  };

  return { refusals, dropRefusals, addRefusals, onCellEditingStarted, onCellEditRequest };
}
