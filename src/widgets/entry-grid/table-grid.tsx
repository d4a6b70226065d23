/**
 * One printed table of a report as an editable grid with Excel habits. This file puts the parts together:
 * `use-grid-controller` (selection, keys, 输入/编辑 mode), `use-cell-edit` (typed values read, refused or stored),
 * `use-grid-clipboard` (copy, cut, paste). Storage-agnostic: it shows `values` and writes through the page's
 * edit context (`use-edit-context`), shared by every grid and button of the report; undo history and pending
 * saves live in `src/state`.
 */
import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { FieldKey, FormatDef, TableDef, Values } from '@/domain/format/types';
import type { Problem } from '@/domain/rules/problem';
import { usePending, usePendingStore } from '@/state/pending-store';
import { useSelectionStore } from '@/state/selection-store';
import { redoLast, undoLast, type EditContext } from './commit-batch';
import { blockRect, valueSlotsIn, type Rect } from './grid-block';
import { buildColumnDefs, GridContext } from './grid-columns';
import { MODE_LABEL } from './grid-keys';
import { buildRowData, type CellAnnotation, type GridRow, type Refusal } from './grid-row-data';
import { GridHost } from './grid-host';
import { gridTheme, registerGridModules } from './grid-setup';
import { RefusalList } from './refusal-list';
import { announceAutomaticSaving } from './save-guard';
import { tableGridModel } from './table-grid-model';
import { refuseReadOnly, useCellEdit } from './use-cell-edit';
import { useGridClipboard } from './use-grid-clipboard';
import { useGridController, type LeaveSide, type TableGridHandle } from './use-grid-controller';
import './entry-grid.css';

registerGridModules();

export type { LeaveSide, TableGridHandle };

export interface TableGridProps {
  format: FormatDef;
  table: TableDef;
  /** Stored input values (blank = null or absent); a new object on every live-query refresh. */
  values: Values;
  problems: readonly Problem[];
  /** The page's edit context: scope (undo history, pending saves), commit, current values. */
  edit: EditContext;
  /** A completed report: shown, copied, never edited. */
  readOnly?: boolean;
  annotations?: Readonly<Record<FieldKey, CellAnnotation>>;
  /** Told whenever the typed texts that could not be saved change (the page's cell panel shows them). */
  onRefusalsChange?: (refusals: Readonly<Record<FieldKey, Refusal>>) => void;
  /** Told the value cell that gets the focus, by click, keyboard or `focusField` (the page's cell panel). */
  onFocusField?: (field: FieldKey) => void;
  /** ↓, Enter or Tab past the table's edge: the page moves on to the next table; false when there is none. */
  onLeave?: (side: LeaveSide) => boolean;
  ref?: Ref<TableGridHandle>;
}

export function TableGrid(props: TableGridProps) {
  const { format, table, values, problems, edit, readOnly = false, annotations, ref } = props;
  const { onRefusalsChange, onFocusField, onLeave } = props;
  const model = useMemo(() => tableGridModel(format, table), [format, table]);
  const scope = edit.scope;
  const pending = usePending(scope);
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  // Read by the grid's callbacks (class rules, editability); changed only in effects and handlers.
  const [context] = useState(() => new GridContext());

  const cellEdit = useCellEdit(model, edit, readOnly);
  const { refusals } = cellEdit;
  useEffect(() => onRefusalsChange?.(refusals), [refusals, onRefusalsChange]);

  // A live-query refresh shows the stored values: saved cells stop overriding them.
  useEffect(() => usePendingStore.getState().settle(scope), [values, scope]);

  const rowData = useMemo(
    () => buildRowData(model, { values, problems, refusals, pending, ...(annotations ? { annotations } : {}) }),
    [model, values, problems, refusals, pending, annotations],
  );

  // The clipboard needs the controller's focus and the controller needs the clipboard's cut: joined by a ref.
  const clipboardRef = useRef<ReturnType<typeof useGridClipboard> | null>(null);
  const controller = useGridController({
    model,
    readOnly,
    apiRef,
    containerRef,
    ref,
    onFocusField,
    onLeave,
    onClear: (rect) => clipboardRef.current?.clear(rect, (n) => (n > 1 ? `清除 ${n} 个单元格` : '清除单元格')),
    onUndo: () => (readOnly ? refuseReadOnly(table.key) : void undoLast(edit)),
    onRedo: () => (readOnly ? refuseReadOnly(table.key) : void redoLast(edit)),
    onCut: () => clipboardRef.current?.cut(),
    onSave: () => announceAutomaticSaving(scope, table.key),
  });
  const clipboard = useGridClipboard({
    model,
    containerRef,
    edit,
    readOnly,
    rowData,
    focusRef: controller.focusRef,
    currentRect: controller.currentRect,
    isEditing: controller.isEditing,
    cellEdit,
  });
  useEffect(() => {
    clipboardRef.current = clipboard;
  });

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

  const columnDefs = useMemo(() => buildColumnDefs(model), [model]);
  const { handlers } = controller;

  const hasHeader = model.headerRows > 0;
  return (
    <div
      ref={containerRef}
      className={hasHeader ? 'eg-grid' : 'eg-grid eg-no-header'}
      data-table={table.key}
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
          onGridReady: (e: GridReadyEvent<GridRow>) => {
            apiRef.current = e.api;
          },
          onCellFocused: handlers.onCellFocused,
          onCellMouseOver: handlers.onCellMouseOver,
          onCellEditingStarted: (e) => {
            handlers.onCellEditingStarted();
            cellEdit.onCellEditingStarted(e);
          },
          onCellEditingStopped: handlers.onCellEditingStopped,
          onCellEditRequest: cellEdit.onCellEditRequest,
        }}
      />
      {controller.mode !== 'ready' && (
        <p className={`eg-mode eg-mode-${controller.mode}`} role="status">
          {MODE_LABEL[controller.mode]}
        </p>
      )}
      <RefusalList
        model={model}
        refusals={refusals}
        onFocus={(field) => {
          const slot = model.slotOf(field);
          if (slot) controller.focusPos({ r: slot.r, c: slot.c });
        }}
      />
    </div>
  );
}
