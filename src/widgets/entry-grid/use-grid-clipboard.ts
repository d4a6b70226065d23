/**
 * Copy, cut and paste of blocks, as Excel and WPS exchange them (tab-separated text). Cut copies the block and
 * clears its input cells at once, one undo step; computed cells are never changed. A paste into a larger
 * selection fills it with one value or tiles it with a block that divides it.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { indexFormat } from '@/domain/format/format-index';
import type { FieldKey, Values } from '@/domain/format/types';
import { computeAll, shownValue } from '@/domain/rules/compute';
import { readBlock } from '@/domain/values/read-value';
import { showNotice } from '@/state/notice-store';
import { useSelectionStore, type CellPos } from '@/state/selection-store';
import { applyChanges, type EditContext } from './commit-batch';
import { fitToSelection, planClear, planPaste, rectToTsv, type PlannedChange, type Rect } from './grid-block';
import type { GridRow } from './grid-row-data';
import { pasteNotice } from './paste-notice';
import { colId, type Slot, type TableGridModel } from './table-grid-model';
import { refuseReadOnly, type useCellEdit } from './use-cell-edit';

interface ClipboardInput {
  model: TableGridModel;
  containerRef: RefObject<HTMLDivElement | null>;
  edit: EditContext;
  readOnly: boolean;
  rowData: readonly GridRow[];
  focusRef: { current: CellPos | null };
  currentRect: () => Rect | null;
  isEditing: () => boolean;
  cellEdit: Pick<ReturnType<typeof useCellEdit>, 'dropRefusals' | 'addRefusals'>;
}

export function useGridClipboard(p: ClipboardInput) {
  const { model, edit, readOnly } = p;
  const place = model.table.key;
  // Set while Ctrl+X asks the browser for a copy event, so the copy handler clears what it copied.
  const cutting = useRef(false);

  const clear = (rect: Rect, label: (n: number) => string) => {
    if (readOnly) return refuseReadOnly(place);
    const changes = planClear(model, rect, edit.current);
    p.cellEdit.dropRefusals(changes.map((c) => c.field));
    void applyChanges(edit, changes, label(changes.length));
  };

  const onCopy = (e: ClipboardEvent) => {
    if (p.isEditing()) return;
    const rect = p.currentRect();
    if (!rect) return;
    const textOf = (slot: Slot) => p.rowData[model.bodyRows.indexOf(slot.r)]?.cells[colId(slot.c)]?.text ?? '';
    e.preventDefault();
    e.clipboardData?.setData('text/plain', rectToTsv(model, rect, textOf));
    if (cutting.current) {
      cutting.current = false;
      clear(rect, (n) => `剪切 ${n} 个单元格`);
    }
  };

  /** Ctrl+X: the browser gives a page outside an editable field no cut event, so a copy is asked for instead. */
  const cut = () => {
    cutting.current = true;
    // Runs `onCopy` synchronously, inside the key's user gesture (the only way to write the clipboard then).
    const fired = document.execCommand('copy');
    if (!fired || cutting.current) {
      cutting.current = false;
      showNotice({ tone: 'warning', title: '浏览器不允许本页写入剪贴板，未剪切。请用 Ctrl+C 复制后按 Delete 清除。', place });
    }
  };

  const onPaste = (e: ClipboardEvent) => {
    if (p.isEditing() || !p.focusRef.current) return;
    e.preventDefault();
    if (readOnly) return refuseReadOnly(place);
    const copied = readBlock(e.clipboardData?.getData('text/plain') ?? '');
    if (copied.length === 0) return;
    const rect = p.currentRect();
    const start = rect ? { r: rect.r0, c: rect.c0 } : p.focusRef.current;
    const fitted = rect ? fitToSelection(copied, rect) : { rows: copied, tiled: false };
    const plan = planPaste(model, start, fitted.rows, edit.current, fitted.tiled);
    p.cellEdit.dropRefusals(plan.changes.map((c) => c.field));
    p.cellEdit.addRefusals(plan.refused);
    useSelectionStore
      .getState()
      .select(model.table.key, { r: plan.rect.r0, c: plan.rect.c0 }, { r: plan.rect.r1, c: plan.rect.c1 });
    const notice = pasteNotice(plan, computedAfter(model, edit, plan.changes));
    if (notice) showNotice({ ...notice, place });
    void applyChanges(edit, plan.changes, `粘贴 ${plan.changes.length} 个单元格`);
  };

  // The browser sends copy and paste to the selection's node (the page's body here, the grid's cells are not
  // text), not to the focused cell: they are taken at the document while the focus is in this grid.
  const latest = useRef({ onCopy, onPaste });
  useEffect(() => {
    latest.current = { onCopy, onPaste };
  });
  const { containerRef } = p;
  useEffect(() => {
    const inGrid = () => !!containerRef.current?.contains(document.activeElement);
    const copy = (e: ClipboardEvent) => inGrid() && latest.current.onCopy(e);
    const paste = (e: ClipboardEvent) => inGrid() && latest.current.onPaste(e);
    document.addEventListener('copy', copy);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('paste', paste);
    };
  }, [containerRef]);

  return { cut, clear };
}

/** What each computed cell will show once `changes` are stored, as the grid shows it (blank while all parts are). */
function computedAfter(model: TableGridModel, edit: EditContext, changes: readonly PlannedChange[]) {
  const format = model.format;
  const after: Record<FieldKey, number | null> = {};
  for (const f of indexFormat(format).inputs) after[f.key] = edit.current(f.key);
  for (const c of changes) after[c.field] = c.value;
  const values: Values = after;
  const computed = computeAll(format, values);
  return (field: FieldKey) => shownValue(format, values, computed, field);
}
