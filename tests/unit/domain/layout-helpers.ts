/** Reads a table definition the way the printed sheet is read: by A1 addresses and merged ranges. */
import type { FieldKey, FormatDef, LayoutCell, TableDef } from '@/domain/format/types';
import { checkReport, type CheckContext, type Problem } from '@/domain/rules/engine';
import type { Values } from '@/domain/format/types';

export function colLetter(c: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + c);
}

export function address(r: number, c: number): string {
  return `${colLetter(c)}${r + 1}`;
}

export function rangeOf(cell: LayoutCell): string {
  const last = address(cell.r + (cell.rowSpan ?? 1) - 1, cell.c + (cell.colSpan ?? 1) - 1);
  return `${address(cell.r, cell.c)}:${last}`;
}

/** Every merged range of the table, sorted, e.g. `A1:D1`. */
export function mergesOf(table: TableDef): string[] {
  return table.cells
    .filter((cell) => (cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1)
    .map(rangeOf)
    .sort();
}

export function cellAt(table: TableDef, a1: string): LayoutCell | undefined {
  return table.cells.find((cell) => address(cell.r, cell.c) === a1);
}

export function labelAt(table: TableDef, a1: string): string | undefined {
  return cellAt(table, a1)?.label;
}

export function fieldAt(table: TableDef, a1: string): FieldKey | undefined {
  return cellAt(table, a1)?.field;
}

export function tableOf(format: FormatDef, key: string): TableDef {
  const table = format.tables.find((t) => t.key === key);
  if (!table) throw new Error(`no table ${key} in ${format.id}`);
  return table;
}

/** Values with every input field set to `fill` (0 by default), then `overrides` on top. */
export function filled(format: FormatDef, overrides: Values = {}, fill = 0): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const f of format.fields) if (!f.sumOf) out[f.key] = fill;
  for (const [k, v] of Object.entries(overrides)) out[k] = v ?? null;
  return out;
}

export function problemsOf(format: FormatDef, values: Values, ruleId: string, ctx: CheckContext = {}): Problem[] {
  return checkReport(format, values, ctx).filter((p) => p.ruleId === ruleId);
}
