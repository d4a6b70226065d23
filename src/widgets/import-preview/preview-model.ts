/**
 * What the import preview shows, computed from plain data: the file's values laid out per table, the cells
 * that differ from the stored report, whether the file's format fits the chosen year, and the rules that
 * would fail after the import.
 */
import { cellName } from '@/domain/format/cell-name';
import { indexFormat } from '@/domain/format/format-index';
import type { FieldDef, FieldKey, FormatDef, UnitKind, Values } from '@/domain/format/types';
import { NATIONAL, formatFor } from '@/domain/formats/registry';
import { computeAll, shownValue } from '@/domain/rules/compute';
import type { Problem } from '@/domain/rules/engine';
import { TABLE_PROBLEMS, problemsOf } from '@/domain/rules/problems-of';
import type { PriorReport } from '@/domain/year-on-year/carry-over';

export interface CellDifference {
  field: FieldKey;
  name: string;
  old: number | null;
  new: number | null;
}

/** Input cells whose stored value (blank = null) differs from the file's. */
export function valueDifferences(format: FormatDef, incoming: Values, stored: Values): CellDifference[] {
  const out: CellDifference[] = [];
  for (const f of indexFormat(format).inputs) {
    const was = stored[f.key] ?? null;
    const now = incoming[f.key] ?? null;
    if (was !== now) out.push({ field: f.key, name: cellName(f), old: was, new: now });
  }
  return out;
}

/** Number of differing input cells, without building the list (the bulk list's conflict flag). */
export function differenceCount(format: FormatDef, incoming: Values, stored: Values): number {
  let n = 0;
  for (const f of indexFormat(format).inputs) if ((stored[f.key] ?? null) !== (incoming[f.key] ?? null)) n += 1;
  return n;
}

/**
 * Why the file cannot go into that year's report, or undefined when it can: a stored report keeps its format, a
 * new one takes the workspace variant's (`variant`) format of the year.
 */
export function formatMismatch(
  file: FormatDef,
  year: number,
  storedFormatId?: string,
  variant: string = NATIONAL,
): string | undefined {
  const expected = formatFor(year, variant);
  if (!expected) return `${year} 年没有适用的统计表格式（本程序支持 2014 年及以后的数据），请核对年度。`;
  const fits = storedFormatId ?? expected.id;
  if (fits === file.id) return undefined;
  return `文件是${file.name}的统计表，而 ${year} 年的报表使用${storedFormatId ? '另一种格式' : expected.name}，不能导入。请核对年度。`;
}

export interface PreviewCell {
  field: FieldKey;
  value: number | null;
  computed: boolean;
}

export interface PreviewRow {
  label: string;
  title: string;
  cells: (PreviewCell | undefined)[];
}

export interface PreviewTable {
  key: string;
  heading: string;
  columns: string[];
  rows: PreviewRow[];
}

/** Each table as a compact matrix: its rows by their short names, its columns by their last printed label. */
export function previewTables(format: FormatDef, values: Values): PreviewTable[] {
  const all = computeAll(format, values);
  return format.tables.map((table) => {
    const fields = format.fields.filter((f) => f.table === table.key);
    const columns: string[] = [];
    const columnOf = (f: FieldDef) => f.colLabels[f.colLabels.length - 1] ?? '统计数';
    for (const f of fields) if (!columns.includes(columnOf(f))) columns.push(columnOf(f));
    const rows: PreviewRow[] = [];
    const rowIndex = new Map<string, PreviewRow>();
    for (const f of fields) {
      let row = rowIndex.get(f.row);
      if (!row) {
        row = {
          label: f.short,
          title: f.rowLabels.join(' / '),
          cells: columns.map(() => undefined),
        };
        rowIndex.set(f.row, row);
        rows.push(row);
      }
      const value = shownValue(format, values, all, f.key);
      row.cells[columns.indexOf(columnOf(f))] = {
        field: f.key,
        value,
        computed: f.sumOf !== undefined,
      };
    }
    return { key: table.key, heading: table.heading, columns, rows };
  });
}

/** The rules that would fail once the file is stored, with the same context the report page uses. */
export function previewProblems(
  format: FormatDef,
  values: Values,
  ctx: { unitKind?: UnitKind; prior?: PriorReport; stated?: Values },
): Problem[] {
  return problemsOf({ format, values, stated: ctx.stated }, ctx, TABLE_PROBLEMS);
}
