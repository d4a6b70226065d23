/**
 * One printed table of a report as an editable grid with Excel habits: typing, Enter/Tab/arrows, F2, Delete,
 * Esc, Shift+arrows and drag to select a block, paste and copy of blocks, Ctrl+Z / Ctrl+Y. Storage-agnostic:
 * it shows `values` and writes through `onCommit`; undo history and pending saves live in `src/state`.
 */
import type {
  CellEditingStartedEvent,
  CellEditRequestEvent,
  CellFocusedEvent,
  CellMouseDownEvent,
  CellMouseOverEvent,
  GridApi,
  GridReadyEvent,
} from 'ag-grid-community';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { FieldKey, FormatDef, TableDef, Values } from '@/domain/format/types';
import type { Problem } from '@/domain/rules/problem';
import { readBlock, readValue } from '@/domain/values/read-value';
import { showNotice } from '@/state/notice-store';
import { usePending, usePendingStore } from '@/state/pending-store';
import { useSelectionStore, type CellPos } from '@/state/selection-store';
import { applyChanges, redoLast, undoLast, type CommitFn } from './commit-batch';
import { blockRect, cellName, planClear, planPaste, rectToTsv, valueSlotsIn, type Rect } from './grid-block';
import { buildColumnDefs, GridContext } from './grid-columns';
import { keyAction, startsTyping, type KeyAction } from './grid-keys';
import { focusOutside } from './focus-outside';
import { firstInput, moveFrom, originOf, tabFrom } from './grid-navigation';
import { buildRowData, type CellAnnotation, type GridRow, type Refusal } from './grid-row-data';
import { GridHost } from './grid-host';
import { gridTheme, registerGridModules } from './grid-setup';
import { pasteNotice } from './paste-notice';
import { RefusalList } from './refusal-list';
import { colId, colIndexOf, isValueSlot, tableGridModel, type TableGridModel } from './table-grid-model';
import { useEditContext } from './use-edit-context';
import './entry-grid.css';

registerGridModules();

export interface TableGridHandle {
  /** Scrolls to and focuses a value cell of this table; false when the field is not in it. */
  focusField: (field: FieldKey) => boolean;
}

export interface TableGridProps {
  format: FormatDef;
  table: TableDef;
  /** Stored input values (blank = null or absent); a new object on every live-query refresh. */
  values: Values;
  problems: readonly Problem[];
  /** Undo history and pending saves are kept per scope: use the report id. */
  scope: string;
  /** Writes one action's cells; rejects (nothing written) with an error whose message the clerk can read. */
  onCommit: CommitFn;
  /** A completed report: shown, copied, never edited. */
  readOnly?: boolean;
  annotations?: Readonly<Record<FieldKey, CellAnnotation>>;
  /** Told whenever the typed texts that could not be saved change (the page's cell panel shows them). */
  onRefusalsChange?: (refusals: Readonly<Record<FieldKey, Refusal>>) => void;
  /** Told the value cell that gets the focus, by click, keyboard or `focusField` (the page's cell panel). */
  onFocusField?: (field: FieldKey) => void;
  ref?: Ref<TableGridHandle>;
}

/** The key code browsers report while an input method is composing. */
const IME_KEY_CODE = 229;

const READ_ONLY_MESSAGE = '本报表已标记为已完成，不能修改。如需修改，请先点“重新打开”。';

export function TableGrid(props: TableGridProps) {
  const { format, table, values, problems, scope, onCommit, readOnly = false, annotations, ref } = props;
  const { onRefusalsChange, onFocusField } = props;
  const model = useMemo(() => tableGridModel(format, table), [format, table]);
  const pending = usePending(scope);
  const [refusals, setRefusals] = useState<Readonly<Record<FieldKey, Refusal>>>({});
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  // Read by the grid's callbacks (class rules, key suppression); changed only in effects and handlers.
  const [context] = useState(() => new GridContext());
  const focusRef = useRef<CellPos | null>(null);
  const verticalColumn = useRef<number | null>(null);
  const dragging = useRef(false);
  const shiftClick = useRef(false);
  // The value a cell showed when its editor opened: another window may store a new one while the clerk types.
  const editStart = useRef<{ field: FieldKey; value: number | null } | null>(null);

  const edit = useEditContext(scope, format, values, onCommit);

  useEffect(() => onRefusalsChange?.(refusals), [refusals, onRefusalsChange]);

  // A live-query refresh shows the stored values: saved cells stop overriding them.
  useEffect(() => usePendingStore.getState().settle(scope), [values, scope]);

  const rowData = useMemo(
    () => buildRowData(model, { values, problems, refusals, pending, ...(annotations ? { annotations } : {}) }),
    [model, values, problems, refusals, pending, annotations],
  );

  // The block selection is drawn with cell classes: recompute this table's rectangle and re-apply the rules.
  useEffect(() => {
    const apply = (block: ReturnType<typeof useSelectionStore.getState>['block']) => {
      let rect: Rect | null = null;
      if (block && block.table === table.key) {
        const r = blockRect(model, block);
        rect = valueSlotsIn(model, r).length > 1 ? r : null;
      }
      context.setBlock(rect);
      apiRef.current?.refreshCells();
    };
    apply(useSelectionStore.getState().block);
    return useSelectionStore.subscribe((s) => apply(s.block));
  }, [model, table.key, context]);

  useEffect(() => {
    context.setReadOnly(readOnly);
    apiRef.current?.refreshCells();
  }, [context, readOnly]);

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    // Capture phase: the grid may stop a mouseup from bubbling, and a drag must never outlive the button.
    document.addEventListener('mouseup', stop, true);
    return () => document.removeEventListener('mouseup', stop, true);
  }, []);

  const focusPos = useCallback(
    (pos: CellPos, keepColumn = false) => {
      const api = apiRef.current;
      if (!api) return;
      if (!keepColumn) verticalColumn.current = null;
      focusRef.current = pos;
      api.setFocusedCell(pos.r - model.headerRows, colId(pos.c));
      reportFocus(model, pos, onFocusField);
    },
    [model, onFocusField],
  );

  useImperativeHandle(
    ref,
    () => ({
      focusField: (field) => {
        const slot = model.slotOf(field);
        if (!slot || !apiRef.current) return false;
        focusPos({ r: slot.r, c: slot.c });
        useSelectionStore.getState().select(table.key, { r: slot.r, c: slot.c });
        const active = document.activeElement;
        if (active instanceof HTMLElement && active.closest('.eg-grid')) active.scrollIntoView({ block: 'center' });
        return true;
      },
    }),
    [model, focusPos, table.key],
  );

  const currentRect = useCallback((): Rect | null => {
    const block = useSelectionStore.getState().block;
    if (block && block.table === table.key) return blockRect(model, block);
    const f = focusRef.current;
    return f ? blockRect(model, { anchor: f, end: f }) : null;
  }, [model, table.key]);

  const dropRefusals = useCallback((fields: readonly FieldKey[]) => {
    setRefusals((old) => {
      if (!fields.some((f) => old[f])) return old;
      const next = { ...old };
      for (const f of fields) delete next[f];
      return next;
    });
  }, []);

  const refuseReadOnly = () => {
    showNotice({ tone: 'warning', title: READ_ONLY_MESSAGE });
  };

  const runAction = (action: KeyAction, editing: boolean) => {
    const api = apiRef.current;
    const focus = focusRef.current;
    if (!api) return;
    switch (action.type) {
      case 'move': {
        if (editing) api.stopEditing();
        if (!focus) return;
        const selection = useSelectionStore.getState();
        if (action.extend) {
          const end = selection.block?.table === table.key ? selection.block.end : focus;
          const next = moveFrom(model, end, action.direction);
          if (next) selection.extendTo(table.key, next);
          return;
        }
        const vertical = action.direction === 'up' || action.direction === 'down';
        const column = vertical ? (verticalColumn.current ?? focus.c) : focus.c;
        const next = moveFrom(model, focus, action.direction, column, action.entry === true);
        if (next) {
          focusPos(next, vertical);
          if (vertical) verticalColumn.current = column;
          // A plain move starts a new block at the new focus, whatever order the grid's focus events come in.
          selection.select(table.key, next);
        }
        return;
      }
      case 'tab': {
        if (editing) api.stopEditing();
        const next = focus ? tabFrom(model, focus, action.backwards) : undefined;
        if (next) {
          focusPos(next);
          useSelectionStore.getState().select(table.key, next);
        }
        else if (containerRef.current) focusOutside(containerRef.current, action.backwards);
        return;
      }
      case 'clear': {
        const rect = currentRect();
        if (!rect) return;
        if (readOnly) return refuseReadOnly();
        const slots = valueSlotsIn(model, rect);
        dropRefusals(slots.map((s) => s.field?.key ?? ''));
        const changes = planClear(model, rect, edit.current);
        void applyChanges(edit, changes, changes.length > 1 ? `清除 ${changes.length} 个单元格` : '清除单元格');
        return;
      }
      case 'undo':
      case 'redo':
        if (readOnly) return refuseReadOnly();
        void (action.type === 'undo' ? undoLast(edit) : redoLast(edit));
        return;
      case 'selectAll': {
        const first = model.valueSlots[0];
        const last = model.valueSlots[model.valueSlots.length - 1];
        if (first && last) useSelectionStore.getState().select(table.key, first, last);
        return;
      }
    }
  };

  const startEditingFocused = () => {
    const f = focusRef.current;
    const slot = f ? model.slotAt(f.r, f.c) : undefined;
    if (!f || readOnly || slot?.kind !== 'input') return;
    context.setTypedIntoCell(true);
    apiRef.current?.startEditingCell({ rowIndex: f.r - model.headerRows, colKey: colId(f.c) });
  };

  const isEditing = () => (apiRef.current?.getEditingCells().length ?? 0) > 0;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys on the column headers keep the grid's own header navigation.
    if (!(e.target instanceof Element) || !e.target.closest('.ag-cell')) return;
    const editing = isEditing();
    if (!editing && (e.key === 'Process' || e.nativeEvent.keyCode === IME_KEY_CODE)) {
      // An input method (拼音 …) announces itself with this key; open the editor so it composes into it
      // (typing 无 for 0 must not be lost on a cell that is not yet being edited).
      startEditingFocused();
      return;
    }
    if (!editing) {
      if (startsTyping(e.nativeEvent)) context.setTypedIntoCell(true);
      else if (e.key === 'F2') context.setTypedIntoCell(false);
      if (e.key === 'Escape') useSelectionStore.getState().clear();
    }
    const action = keyAction(e.nativeEvent, editing, context.typedIntoCell);
    if (!action) return;
    e.preventDefault();
    runAction(action, editing);
  };

  const columnDefs = useMemo(() => buildColumnDefs(model), [model]);

  const posOf = (rowIndex: number | null, column: unknown): CellPos | undefined => {
    if (rowIndex === null || rowIndex < 0) return undefined;
    const id = typeof column === 'string' ? column : (column as { getColId?: () => string } | null)?.getColId?.();
    const r = model.bodyRows[rowIndex];
    if (id === undefined || r === undefined) return undefined;
    return originOf(model, { r, c: colIndexOf(id) });
  };

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    const pos = posOf(e.rowIndex, e.column);
    if (!pos) {
      // Focus that lands on a label (Tab into the table, a click on a label) goes on to the first input after it.
      const r = e.rowIndex === null ? undefined : model.bodyRows[e.rowIndex];
      const target = firstInput(model, r ?? 0) ?? firstInput(model);
      if (target) focusPos(target);
      return;
    }
    focusRef.current = pos;
    reportFocus(model, pos, onFocusField);
    const selection = useSelectionStore.getState();
    if (shiftClick.current) {
      shiftClick.current = false;
      selection.extendTo(table.key, pos);
    } else if (!dragging.current) {
      selection.select(table.key, pos);
    }
  };

  const onCellMouseDown = (e: CellMouseDownEvent<GridRow>) => {
    const mouse = e.event as MouseEvent | null | undefined;
    const pos = posOf(e.rowIndex, e.column);
    if (!pos || !mouse || mouse.button !== 0) return;
    context.setTypedIntoCell(false);
    if (mouse.shiftKey) {
      shiftClick.current = true;
      useSelectionStore.getState().extendTo(table.key, pos);
      return;
    }
    dragging.current = true;
    useSelectionStore.getState().select(table.key, pos);
  };

  const onCellMouseOver = (e: CellMouseOverEvent<GridRow>) => {
    if (!dragging.current) return;
    const pos = posOf(e.rowIndex, e.column);
    if (pos) useSelectionStore.getState().extendTo(table.key, pos);
  };

  const onCellEditingStarted = (e: CellEditingStartedEvent<GridRow>) => {
    const pos = e.data ? posOf(model.bodyRows.indexOf(e.data.r), e.column) : undefined;
    const slot = pos ? model.slotAt(pos.r, pos.c) : undefined;
    editStart.current = isValueSlot(slot) ? { field: slot.field.key, value: edit.current(slot.field.key) } : null;
  };

  const onCellEditRequest = (e: CellEditRequestEvent<GridRow>) => {
    const pos = e.data ? posOf(model.bodyRows.indexOf(e.data.r), e.column) : undefined;
    const slot = pos ? model.slotAt(pos.r, pos.c) : undefined;
    if (!isValueSlot(slot) || slot.kind !== 'input') return;
    if (readOnly) return refuseReadOnly();
    const field = slot.field;
    const start = editStart.current?.field === field.key ? editStart.current : null;
    editStart.current = null;
    const text = e.newValue === null || e.newValue === undefined ? '' : String(e.newValue);
    const read = readValue(text, field.kind, field.unit ? { unit: field.unit } : {});
    if (!read.ok) {
      setRefusals((old) => ({ ...old, [field.key]: { text, reason: read.reason } }));
      return;
    }
    dropRefusals([field.key]);
    if (read.note) showNotice({ tone: 'info', title: `${cellName(slot)}：${read.note}` });
    // Stored against what the clerk saw when the editor opened, so a value another window stored meanwhile is
    // reported as a conflict instead of being overwritten silently.
    const change = { field: field.key, value: read.value, ...(start ? { before: start.value } : {}) };
    void applyChanges(edit, [change], `填写 ${cellName(slot)}`);
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (isEditing() || !focusRef.current) return;
    e.preventDefault();
    if (readOnly) return refuseReadOnly();
    const rows = readBlock(e.clipboardData.getData('text/plain'));
    if (rows.length === 0) return;
    const rect = currentRect();
    const start = rect ? { r: rect.r0, c: rect.c0 } : focusRef.current;
    const plan = planPaste(model, start, rows, edit.current);
    const refusedFields = plan.refused.map((r) => r.field);
    dropRefusals(plan.changes.map((c) => c.field));
    setRefusals((old) => {
      const next = { ...old };
      for (const r of plan.refused) next[r.field] = { text: r.text, reason: r.reason };
      return refusedFields.length > 0 ? next : old;
    });
    useSelectionStore
      .getState()
      .select(table.key, { r: plan.rect.r0, c: plan.rect.c0 }, { r: plan.rect.r1, c: plan.rect.c1 });
    const notice = pasteNotice(plan);
    if (notice) showNotice(notice);
    void applyChanges(edit, plan.changes, `粘贴 ${plan.changes.length} 个单元格`);
  };

  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (isEditing()) return;
    const rect = currentRect();
    if (!rect) return;
    const textOf = (slot: Parameters<Parameters<typeof rectToTsv>[2]>[0]) => {
      const row = rowData[model.bodyRows.indexOf(slot.r)];
      return row?.cells[colId(slot.c)]?.text ?? '';
    };
    e.preventDefault();
    e.clipboardData.setData('text/plain', rectToTsv(model, rect, textOf));
  };

  const onGridReady = (e: GridReadyEvent<GridRow>) => {
    apiRef.current = e.api;
  };

  const hasHeader = model.headerRows > 0;
  return (
    <div
      ref={containerRef}
      className={hasHeader ? 'eg-grid' : 'eg-grid eg-no-header'}
      data-table={table.key}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onCopy={onCopy}
    >
      <GridHost<GridRow>
        options={{
          theme: gridTheme,
          columnDefs,
          rowData,
          getRowId: (p) => p.data.id,
          context,
          domLayout: 'autoHeight',
          rowHeight: model.rowHeight,
          ...(hasHeader ? {} : { headerHeight: 0 }),
          suppressRowTransform: true,
          suppressColumnVirtualisation: true,
          suppressRowVirtualisation: true,
          readOnlyEdit: true,
          enableBrowserTooltips: true,
          suppressHeaderFocus: true,
          suppressDragLeaveHidesColumns: true,
          suppressMovableColumns: true,
          stopEditingWhenCellsLoseFocus: true,
          onGridReady,
          onCellFocused,
          onCellMouseDown,
          onCellMouseOver,
          onCellDoubleClicked: () => {
            context.setTypedIntoCell(false);
          },
          onCellEditingStarted,
          onCellEditRequest,
        }}
      />
      <RefusalList
        model={model}
        refusals={refusals}
        onFocus={(field) => {
          const slot = model.slotOf(field);
          if (slot) focusPos({ r: slot.r, c: slot.c });
        }}
      />
    </div>
  );
}

function reportFocus(model: TableGridModel, pos: CellPos, onFocusField: ((field: FieldKey) => void) | undefined) {
  const slot = onFocusField ? model.slotAt(pos.r, pos.c) : undefined;
  if (onFocusField && isValueSlot(slot)) onFocusField(slot.field.key);
}
