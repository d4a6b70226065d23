/**
 * Selection and keys of one table's grid, as in Excel: the focused cell, the block chosen with Shift+arrows or
 * a drag, the editor's mode (输入 after typing, 编辑 after F2 or a double click) and every key the grid handles
 * itself. Keys are caught on the grid's container in the capture phase, before the grid or its editor's input
 * sees them: an arrow in 输入 mode must commit and move, never move the caret.
 */
import type { CellFocusedEvent, CellMouseOverEvent, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref, type RefObject } from 'react';
import type { FieldKey } from '@/domain/format/types';
import { useSelectionStore, type CellPos } from '@/state/selection-store';
import { blockRect, type Rect } from './grid-block';
import { keyAction, startsTyping, type EditMode, type KeyAction } from './grid-keys';
import { focusOutside } from './focus-outside';
import {
  edgeInput,
  firstInput,
  lastInput,
  moveFrom,
  posOfCellElement,
  posOfGridCell,
  tabFrom,
} from './grid-navigation';
import type { GridRow } from './grid-row-data';
import { colId, isValueSlot, type TableGridModel } from './table-grid-model';

/** The key code browsers report while an input method is composing. */
const IME_KEY_CODE = 229;

export interface TableGridHandle {
  /** Scrolls to and focuses a value cell of this table; false when the field is not in it. */
  focusField: (field: FieldKey) => boolean;
  /** Focuses the table's first or last input cell (arriving from the table before or after it). */
  enter: (at: 'first' | 'last') => boolean;
}

/** Which way the focus leaves a table at its edge: to the table after it, or the one before. */
export type LeaveSide = 'next' | 'previous';

export interface ControllerInput {
  model: TableGridModel;
  readOnly: boolean;
  apiRef: RefObject<GridApi<GridRow> | null>;
  containerRef: RefObject<HTMLDivElement | null>;
  ref: Ref<TableGridHandle> | undefined;
  onFocusField: ((field: FieldKey) => void) | undefined;
  /** The focus goes past the table's edge; false when there is no table on that side. */
  onLeave: ((side: LeaveSide) => boolean) | undefined;
  /** Delete, Ctrl+Z, Ctrl+Y, Ctrl+X, Ctrl+S: carried out by the edit handler, the clipboard and the page. */
  onClear: (rect: Rect) => void;
  onUndo: () => void;
  onRedo: () => void;
  onCut: () => void;
  onSave: () => void;
}

export function useGridController(input: ControllerInput) {
  const { model, readOnly, apiRef, containerRef, ref, onFocusField } = input;
  const table = model.table.key;
  const focusRef = useRef<CellPos | null>(null);
  // The column a run of ↑/↓ started in, and the column a run of Tab started in (Enter returns to it).
  const verticalColumn = useRef<number | null>(null);
  const tabRunColumn = useRef<number | null>(null);
  const dragging = useRef(false);
  // The open (or opening) editor's mode, set by the key or click that opens it: the grid reports the start of
  // editing a little later than the next key may arrive, so the key handler never waits for that event.
  const modeRef = useRef<Exclude<EditMode, 'ready'>>('edit');
  const [mode, setMode] = useState<EditMode>('ready');

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    // Capture phase: the grid may stop a mouseup from bubbling, and a drag must never outlive the button.
    document.addEventListener('mouseup', stop, true);
    return () => document.removeEventListener('mouseup', stop, true);
  }, []);

  const focusPos = useCallback(
    (pos: CellPos, keep: { column?: boolean; tabRun?: boolean } = {}) => {
      const api = apiRef.current;
      if (!api) return;
      if (!keep.column) verticalColumn.current = null;
      if (!keep.tabRun) tabRunColumn.current = null;
      focusRef.current = pos;
      api.setFocusedCell(pos.r - model.headerRows, colId(pos.c));
      reportFocus(model, pos, onFocusField);
    },
    [model, onFocusField, apiRef],
  );

  const focusAndSelect = useCallback(
    (pos: CellPos | undefined, scroll: boolean) => {
      if (!pos || !apiRef.current) return false;
      focusPos(pos);
      useSelectionStore.getState().select(table, pos);
      const active = document.activeElement;
      if (scroll && active instanceof HTMLElement && active.closest('.eg-grid')) {
        active.scrollIntoView({ block: 'nearest' });
      }
      return true;
    },
    [focusPos, table, apiRef],
  );

  useImperativeHandle(
    ref,
    () => ({
      focusField: (field) => {
        const slot = model.slotOf(field);
        if (!slot || !apiRef.current) return false;
        focusAndSelect({ r: slot.r, c: slot.c }, false);
        const active = document.activeElement;
        if (active instanceof HTMLElement && active.closest('.eg-grid')) active.scrollIntoView({ block: 'center' });
        return true;
      },
      enter: (at) => focusAndSelect(at === 'first' ? firstInput(model) : lastInput(model), true),
    }),
    [model, focusAndSelect, apiRef],
  );

  const currentRect = useCallback((): Rect | null => {
    const block = useSelectionStore.getState().block;
    if (block && block.table === table) return blockRect(model, block);
    const f = focusRef.current;
    return f ? blockRect(model, { anchor: f, end: f }) : null;
  }, [model, table]);

  // An editor of this grid is open when its input has the focus: read from the document, not from the grid's
  // list of editing cells, which lags behind a key typed at once after a click (the click's 编辑 mode then
  // survived into typing and the next arrow moved a caret instead of the focus).
  const isEditing = useCallback(() => {
    const active = document.activeElement;
    return isEditorInput(active) && containerRef.current?.contains(active) === true;
  }, [containerRef]);

  const leave = (side: LeaveSide, backwardsTab?: boolean) => {
    if (input.onLeave?.(side)) {
      // The grid may hand the focus back to the cell whose editor just closed, a moment later: take it on again.
      window.setTimeout(() => {
        if (containerRef.current?.contains(document.activeElement)) input.onLeave?.(side);
      }, 0);
      return;
    }
    if (backwardsTab !== undefined && containerRef.current) focusOutside(containerRef.current, backwardsTab);
  };

  const move = (action: Extract<KeyAction, { type: 'move' }>, focus: CellPos) => {
    const selection = useSelectionStore.getState();
    if (action.extend) {
      const end = selection.block?.table === table ? selection.block.end : focus;
      const next = moveFrom(model, end, action.direction);
      if (next) selection.extendTo(table, next);
      return;
    }
    const vertical = action.direction === 'up' || action.direction === 'down';
    // Enter after a run of Tab goes down from the column the run started in, as in Excel.
    const tabColumn = action.entry && action.direction === 'down' ? tabRunColumn.current : null;
    const column = tabColumn ?? (vertical ? (verticalColumn.current ?? focus.c) : focus.c);
    const next = moveFrom(model, focus, action.direction, column, action.entry === true);
    if (!next) {
      if (vertical) leave(action.direction === 'down' ? 'next' : 'previous');
      return;
    }
    focusPos(next, { column: vertical });
    if (vertical) verticalColumn.current = column;
    // A plain move starts a new block at the new focus, whatever order the grid's focus events come in.
    selection.select(table, next);
  };

  const runAction = (action: KeyAction) => {
    const api = apiRef.current;
    const focus = focusRef.current;
    if (!api) return;
    // Unconditional: an editor a key has just opened may not hold the focus yet, and stopping no editor is a no-op.
    const commitEditor = () => api.stopEditing();
    switch (action.type) {
      case 'move':
        commitEditor();
        if (focus) move(action, focus);
        return;
      case 'tab': {
        commitEditor();
        const next = focus ? tabFrom(model, focus, action.backwards) : undefined;
        if (!next) return leave(action.backwards ? 'previous' : 'next', action.backwards);
        const runColumn = tabRunColumn.current ?? focus?.c ?? null;
        focusPos(next);
        tabRunColumn.current = action.backwards ? null : runColumn;
        useSelectionStore.getState().select(table, next);
        return;
      }
      case 'edge':
        if (focus) focusAndSelect(edgeInput(model, focus, action.to), true);
        return;
      case 'clear': {
        const rect = currentRect();
        if (rect) input.onClear(rect);
        return;
      }
      case 'undo':
        return input.onUndo();
      case 'redo':
        return input.onRedo();
      case 'cut':
        return input.onCut();
      case 'save':
        commitEditor();
        return input.onSave();
      case 'toggleMode':
        modeRef.current = modeRef.current === 'enter' ? 'edit' : 'enter';
        setMode(modeRef.current);
        return;
      case 'selectAll': {
        const first = model.valueSlots[0];
        const last = model.valueSlots[model.valueSlots.length - 1];
        if (first && last) useSelectionStore.getState().select(table, first, last);
        return;
      }
      case 'caret':
        return;
    }
  };

  const startEditingFocused = () => {
    const f = focusRef.current;
    const slot = f ? model.slotAt(f.r, f.c) : undefined;
    if (!f || readOnly || slot?.kind !== 'input') return;
    modeRef.current = 'enter';
    apiRef.current?.startEditingCell({ rowIndex: f.r - model.headerRows, colKey: colId(f.c) });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys on the column headers keep the grid's own header navigation.
    const cellElement = e.target instanceof Element ? e.target.closest('.ag-cell') : null;
    if (!cellElement) return;
    // Keys act on the cell the browser has focused, whatever order the grid's focus events came in.
    const at = posOfCellElement(model, cellElement);
    if (at) focusRef.current = at;
    const editing = isEditing();
    const composing = e.isComposing || e.keyCode === IME_KEY_CODE || e.key === 'Process';
    if (composing) {
      // An input method (拼音 …) announces itself with this key; open the editor so it composes into it
      // (typing 无 for 0 must not be lost on a cell that is not yet being edited). While it composes, its
      // arrows and Enter choose characters: they are the input method's.
      if (!editing) startEditingFocused();
      return;
    }
    if (!editing) {
      if (startsTyping(e)) modeRef.current = 'enter';
      else if (e.key === 'F2') modeRef.current = 'edit';
      if (e.key === 'Escape') useSelectionStore.getState().clear();
    }
    const action = keyAction(e, editing ? modeRef.current : 'ready');
    if (!action) return;
    // Hidden from the grid; in 编辑 mode the caret keys still reach the input.
    e.stopPropagation();
    if (action.type === 'caret') return;
    e.preventDefault();
    runAction(action);
  };
  // The grid reports its mouse events a moment later (queued), after a key pressed at once may already have
  // acted: a click's 编辑 mode and its selection are taken here, from the browser's own mousedown, before any key.
  const onMouseDown = (e: MouseEvent) => {
    const cell = e.button === 0 && e.target instanceof Element ? e.target.closest('.ag-cell') : null;
    if (!cell) return;
    // A double click opens the editor in 编辑 mode.
    modeRef.current = 'edit';
    tabRunColumn.current = null;
    const pos = posOfCellElement(model, cell);
    if (!pos) return;
    const selection = useSelectionStore.getState();
    if (e.shiftKey) {
      selection.extendTo(table, pos);
      return;
    }
    dragging.current = true;
    selection.select(table, pos);
  };
  const keyHandler = useRef(onKeyDown);
  const mouseHandler = useRef(onMouseDown);
  useEffect(() => {
    keyHandler.current = onKeyDown;
    mouseHandler.current = onMouseDown;
  });
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const onKey = (e: KeyboardEvent) => keyHandler.current(e);
    const onMouse = (e: MouseEvent) => mouseHandler.current(e);
    element.addEventListener('keydown', onKey, true);
    element.addEventListener('mousedown', onMouse, true);
    return () => {
      element.removeEventListener('keydown', onKey, true);
      element.removeEventListener('mousedown', onMouse, true);
    };
  }, [containerRef]);

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    const pos = posOfGridCell(model, e.rowIndex, e.column);
    if (!pos) {
      // Focus that lands on a label (Tab into the table, a click on a label) goes on to the first input after it.
      const r = e.rowIndex === null ? undefined : model.bodyRows[e.rowIndex];
      const target = firstInput(model, r ?? 0) ?? firstInput(model);
      if (target) focusPos(target);
      return;
    }
    // Reported late, after a key has already moved the browser's focus on: the cell that has it is the truth.
    const active = document.activeElement instanceof Element ? document.activeElement.closest('.ag-cell') : null;
    const focused = active && containerRef.current?.contains(active) ? posOfCellElement(model, active) : undefined;
    if (focused && !samePos(focused, pos)) return;
    focusRef.current = pos;
    reportFocus(model, pos, onFocusField);
    // A click or a key has already chosen the block this focus belongs to; reported late, the focus must not
    // shrink a block that Shift+arrows grew from it in the meantime. Focus from elsewhere (Tab into the table)
    // starts a block of its own.
    const selection = useSelectionStore.getState();
    const block = selection.block?.table === table ? selection.block : null;
    if (block && (samePos(block.anchor, pos) || samePos(block.end, pos))) return;
    if (!dragging.current) selection.select(table, pos);
  };

  const onCellMouseOver = (e: CellMouseOverEvent<GridRow>) => {
    if (!dragging.current) return;
    const pos = posOfGridCell(model, e.rowIndex, e.column);
    if (pos) useSelectionStore.getState().extendTo(table, pos);
  };

  const handlers = {
    onCellFocused,
    onCellMouseOver,
    // Shown, not read by the keys: the grid's events may arrive late or out of order, the editor's state is current.
    // (The editor's input may take the focus after the start is reported: the grid's own list is asked here.)
    onCellEditingStarted: () => setMode(modeRef.current),
    onCellEditingStopped: () =>
      setMode((apiRef.current?.getEditingCells().length ?? 0) > 0 ? modeRef.current : 'ready'),
  };

  return { mode, focusRef, focusPos, currentRect, isEditing, handlers };
}

const samePos = (a: CellPos, b: CellPos) => a.r === b.r && a.c === b.c;

function reportFocus(model: TableGridModel, pos: CellPos, onFocusField: ((field: FieldKey) => void) | undefined) {
  const slot = onFocusField ? model.slotAt(pos.r, pos.c) : undefined;
  if (onFocusField && isValueSlot(slot)) onFocusField(slot.field.key);
}

/** A key pressed in an open cell editor (its input), as against on a cell that is only focused. */
function isEditorInput(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.closest('.ag-cell') !== null
  );
}
