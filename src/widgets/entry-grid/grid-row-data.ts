/**
 * The grid's rows: one per printed body row, holding what each printed cell shows and how it is marked
 * (computed, error, warning, refused input, saving, note). Pure; rebuilt on every change of values, problems
 * or pending saves, and cheap (a table has at most a few hundred cells).
 */
import { computeAll, shownValue } from '@/domain/rules/compute';
import type { FieldKey, Values } from '@/domain/format/types';
import type { Problem } from '@/domain/rules/problem';
import { formatNumber } from '@/domain/values/money';
import { colId, isValueSlot, labelWithUnit, rowId, type Slot, type TableGridModel } from './table-grid-model';

/** Text the clerk typed that could not be read as a value: shown in the cell, never stored. */
export interface Refusal {
  text: string;
  reason: string;
}

/** Marks a cell can carry besides its value: a comment, or a note that the value was changed. */
export interface CellAnnotation {
  comment?: string;
  history?: string;
  /** Text shown after the value, e.g. last year's figure (` / 12`) on the office's read-only total. */
  beside?: string;
}

export interface CellView {
  slot: Slot;
  text: string;
  severity?: 'error' | 'warning';
  refused?: boolean;
  saving?: boolean;
  /** The cell has a comment (marked in its corner). */
  annotated?: boolean;
  /** The cell's value was changed after it was first filled (marked apart from comments). */
  changed?: boolean;
  /** Shown as the cell's tooltip: the reason of a refusal, the problems, the comment. */
  title?: string;
}

export interface GridRow {
  id: string;
  r: number;
  /** Keyed by column id; only the printed cell's first position has an entry (merged positions have none). */
  cells: Readonly<Record<string, CellView>>;
}

export interface RowDataInput {
  values: Values;
  problems: readonly Problem[];
  refusals?: Readonly<Record<FieldKey, Refusal>>;
  /** Values sent to storage and not yet shown by `values`. */
  pending?: Readonly<Record<FieldKey, { value: number | null; status: 'saving' | 'saved' }>>;
  annotations?: Readonly<Record<FieldKey, CellAnnotation>>;
}

export function buildRowData(model: TableGridModel, input: RowDataInput): GridRow[] {
  const shown = overlayPending(input.values, input.pending);
  const computed = computeAll(model.format, shown);
  const problemsOf = problemsByField(input.problems);
  return model.bodyRows.map((r) => {
    const cells: Record<string, CellView> = {};
    for (let c = 0; c < model.table.colCount; c += 1) {
      const slot = model.slotAt(r, c);
      if (!slot || slot.r !== r || slot.c !== c) continue;
      cells[colId(c)] = isValueSlot(slot)
        ? valueView(model, slot, shown, computed, problemsOf.get(slot.field.key) ?? [], input)
        : { slot, text: labelWithUnit(model, slot) };
    }
    return { id: rowId(r), r, cells };
  });
}

function valueView(
  model: TableGridModel,
  slot: Slot & { field: NonNullable<Slot['field']> },
  shown: Values,
  computed: ReadonlyMap<FieldKey, number>,
  problems: readonly Problem[],
  input: RowDataInput,
): CellView {
  const key = slot.field.key;
  const refusal = input.refusals?.[key];
  const pending = input.pending?.[key];
  const note = input.annotations?.[key];
  let text: string;
  if (refusal) text = refusal.text;
  else text = fmt(shownValue(model.format, shown, computed, key));
  if (note?.beside) text = `${text}${note.beside}`;
  const severity = problems.some((p) => p.severity === 'error') ? 'error' : problems.length > 0 ? 'warning' : undefined;
  const titleLines = [
    ...(refusal ? [`未保存：${refusal.reason}。请改正，或按 Delete 清除。`] : []),
    ...(pending?.status === 'saving' ? ['正在保存…'] : []),
    ...(slot.kind === 'computed' ? ['自动计算，不能填写'] : []),
    ...problems.map((p) => `${p.severity === 'error' ? '错误' : '警告'}：${p.message}`),
    ...(note?.comment ? [`批注：${note.comment}`] : []),
    ...(note?.history ? [note.history] : []),
  ];
  return {
    slot,
    text,
    ...(severity ? { severity } : {}),
    ...(refusal ? { refused: true } : {}),
    ...(pending?.status === 'saving' ? { saving: true } : {}),
    ...(note?.comment ? { annotated: true } : {}),
    ...(note?.history ? { changed: true } : {}),
    ...(titleLines.length > 0 ? { title: titleLines.join('\n') } : {}),
  };
}

function fmt(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : formatNumber(n);
}

export function overlayPending(values: Values, pending: RowDataInput['pending']): Values {
  if (!pending || Object.keys(pending).length === 0) return values;
  const out: Record<FieldKey, number | null | undefined> = { ...values };
  for (const [field, p] of Object.entries(pending)) out[field] = p.value;
  return out;
}

function problemsByField(problems: readonly Problem[]): Map<FieldKey, Problem[]> {
  const out = new Map<FieldKey, Problem[]>();
  for (const p of problems) {
    for (const cell of p.cells) {
      const list = out.get(cell);
      if (list) list.push(p);
      else out.set(cell, [p]);
    }
  }
  return out;
}
