/**
 * Every value of many reports as one long CSV (one line per cell), for analysis in a spreadsheet or a statistics
 * program. Labels are the printed ones, so a reader needs no key table; the field key is kept in the last column
 * for joining years and formats. Written through `toCsv`, which neutralises text a spreadsheet would run.
 */
import { indexFormat } from '@/domain/format/format-index';
import { tableLayout } from '@/domain/format/table-layout';
import type { FieldDef, FormatDef, Values } from '@/domain/format/types';
import { computeAll, shownValue } from '@/domain/rules/compute';
import { toCsv, type CsvCell } from '@/io/export/csv';

export interface ValuesCsvRow {
  unitName: string;
  year: number;
  format: FormatDef;
  values: Values;
}

export const VALUES_CSV_HEADER = ['单位', '年度', '表', '行', '列', '类型', '值', '字段'] as const;
/** Joins the levels of a grouped label: `三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密`. */
export const LABEL_SEPARATOR = ' › ';

export function valuesCsv(rows: readonly ValuesCsvRow[]): string {
  const lines: CsvCell[][] = [[...VALUES_CSV_HEADER]];
  for (const row of rows) {
    const computed = computeAll(row.format, row.values);
    for (const field of fieldsInPrintedOrder(row.format)) {
      const table = row.format.tables.find((t) => t.key === field.table);
      lines.push([
        row.unitName,
        row.year,
        table?.heading ?? field.table,
        field.rowLabels.join(LABEL_SEPARATOR),
        field.colLabels.join(LABEL_SEPARATOR),
        field.sumOf ? '计算' : '填报',
        cellValue(row.format, row.values, computed, field),
        field.key,
      ]);
    }
  }
  return toCsv(lines);
}

/** Blank stays blank: an input left empty, or a total none of whose parts was filled (as the grid shows it). */
function cellValue(format: FormatDef, values: Values, computed: ReadonlyMap<string, number>, field: FieldDef) {
  return shownValue(format, values, computed, field.key);
}

const orderCache = new WeakMap<FormatDef, FieldDef[]>();

/** Table by table, top to bottom and left to right as printed; fields missing from the layout come last. */
function fieldsInPrintedOrder(format: FormatDef): FieldDef[] {
  const hit = orderCache.get(format);
  if (hit) return hit;
  const { field } = indexFormat(format);
  const ordered = new Set<FieldDef>();
  for (const table of format.tables) {
    for (const cell of tableLayout(table).valueCells) {
      const def = cell.field ? field.get(cell.field) : undefined;
      if (def) ordered.add(def);
    }
  }
  for (const def of format.fields) ordered.add(def);
  const list = [...ordered];
  orderCache.set(format, list);
  return list;
}
