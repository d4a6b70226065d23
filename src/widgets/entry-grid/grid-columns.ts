/**
 * ag-grid column definitions for one printed table: one grid column per printed column, header rows as
 * nested column groups, merges as `colSpan` / `rowSpan`, and the cell marks as class rules. Pure: the
 * callbacks read only the row data and the grid context.
 */
import type { CellClassParams, ColDef, ColGroupDef } from 'ag-grid-community';
import type { Rect } from './grid-block';
import { inRect } from './grid-block';
import type { CellView, GridRow } from './grid-row-data';
import { colId, isValueSlot, type HeaderNode, type TableGridModel } from './table-grid-model';

/**
 * Per-grid state read by the grid's callbacks (class rules, editability) through `params.context`.
 * Changed by the grid's handlers and effects, never during render; the grid refreshes cells after a change.
 */
export class GridContext {
  readOnly = false;
  /** The selected block when it covers more than one cell, in printed positions. */
  block: Rect | null = null;

  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
  }

  setBlock(block: Rect | null): void {
    this.block = block;
  }
}

type Params = Pick<CellClassParams<GridRow>, 'data' | 'column' | 'context'>;

const viewOf = (p: Params): CellView | undefined => (p.data ? p.data.cells[p.column.getColId()] : undefined);

/** Class name → predicate; names are styled in `entry-grid.css`. */
export const CELL_CLASS_RULES: Record<string, (p: Params) => boolean> = {
  'eg-label': (p) => viewOf(p)?.slot.kind === 'label',
  'eg-header': (p) => viewOf(p)?.slot.kind === 'header',
  'eg-row-merged': (p) => (viewOf(p)?.slot.rowSpan ?? 1) > 1,
  'eg-input': (p) => viewOf(p)?.slot.kind === 'input',
  'eg-computed': (p) => viewOf(p)?.slot.kind === 'computed',
  'eg-error': (p) => viewOf(p)?.severity === 'error',
  'eg-warning': (p) => viewOf(p)?.severity === 'warning',
  'eg-refused': (p) => viewOf(p)?.refused === true,
  'eg-saving': (p) => viewOf(p)?.saving === true,
  'eg-annotated': (p) => viewOf(p)?.annotated === true,
  'eg-changed': (p) => viewOf(p)?.changed === true,
  'eg-selected': (p) => {
    const view = viewOf(p);
    const block = (p.context as GridContext | undefined)?.block;
    return !!view && !!block && isValueSlot(view.slot) && inRect(block, view.slot.r, view.slot.c);
  },
};

export function buildColumnDefs(model: TableGridModel): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const toDef = (node: HeaderNode): ColDef<GridRow> | ColGroupDef<GridRow> =>
    node.kind === 'group'
      ? {
          groupId: node.id,
          headerName: node.label,
          headerClass: 'eg-group-header',
          marryChildren: true,
          children: node.children.map(toDef),
        }
      : leafDef(model, node.c, node.label);
  return model.header.map(toDef);
}

/** Unnamed header columns next to each other blend into one; the last keeps its right border. */
function blankHeaderClass(model: TableGridModel, c: number): string {
  const next = model.header.flatMap(function leaves(n: HeaderNode): HeaderNode[] {
    return n.kind === 'group' ? n.children.flatMap(leaves) : [n];
  });
  const following = next.find((n) => n.kind === 'column' && n.c === c + 1);
  return following?.kind === 'column' && following.label === '' ? 'eg-blank-header' : 'eg-blank-header eg-blank-end';
}

function leafDef(model: TableGridModel, c: number, label: string): ColDef<GridRow> {
  const id = colId(c);
  const view = (data: GridRow | undefined) => data?.cells[id];
  const hasValues = model.valueSlots.some((s) => s.c === c);
  return {
    colId: id,
    headerName: label,
    headerClass: label ? 'eg-column-header' : blankHeaderClass(model, c),
    // Without a `field`, the grid reads the cell's text through this getter (also the editor's start text).
    valueGetter: (p) => view(p.data)?.text ?? '',
    editable: (p) => !(p.context as GridContext).readOnly && view(p.data)?.slot.kind === 'input',
    colSpan: (p) => view(p.data)?.slot.colSpan ?? 1,
    rowSpan: (p) => view(p.data)?.slot.rowSpan ?? 1,
    suppressNavigable: (p) => !isValueSlot(view(p.data)?.slot),
    tooltipValueGetter: (p) => view(p.data)?.title,
    cellClassRules: CELL_CLASS_RULES,
    flex: model.table.colWidths[c] ?? 8,
    minWidth: hasValues ? 56 : 40,
    sortable: false,
    resizable: false,
    suppressMovable: true,
    wrapHeaderText: true,
    autoHeaderHeight: true,
  };
}
