/**
 * Builder for a table printed as stacked sections (Table 二 of the 2019 and 2021 formats): each section is a
 * merged `第二十条第（N）项` row, a `信息内容` header row naming its columns, then its value rows.
 * Builders only turn a compact description into plain `TableDef` data; they hold no format knowledge.
 */
import { fieldKey } from '../format/field-key';
import type { FieldDef, LayoutCell, TableDef, ValueKind } from '../format/types';

export interface SectionColumn {
  key: string;
  label: string;
  kind?: ValueKind;
  /** Printed value columns this column covers (the section's spans add up to the table's value columns). */
  span?: number;
  unit?: string;
}

export interface SectionRow {
  key: string;
  label: string;
}

export interface Section {
  title: string;
  columns: readonly SectionColumn[];
  rows: readonly SectionRow[];
}

export interface SectionTableSpec {
  key: string;
  heading: string;
  /** Number of value columns to the right of the label column. */
  valueCols: number;
  sections: readonly Section[];
  colWidths: readonly number[];
}

export function buildSectionTable(spec: SectionTableSpec): { table: TableDef; fields: FieldDef[] } {
  const cells: LayoutCell[] = [];
  const fields: FieldDef[] = [];
  const width = spec.valueCols + 1;
  let r = 0;
  for (const section of spec.sections) {
    cells.push({ r, c: 0, colSpan: width, label: section.title, header: true });
    r += 1;
    cells.push({ r, c: 0, label: '信息内容', header: true });
    let c = 1;
    for (const col of section.columns) {
      cells.push({ r, c, colSpan: span(col), label: col.label, header: true });
      c += span(col);
    }
    r += 1;
    for (const row of section.rows) {
      cells.push({ r, c: 0, label: row.label });
      let vc = 1;
      for (const col of section.columns) {
        const key = fieldKey(spec.key, row.key, col.key);
        cells.push({ r, c: vc, colSpan: span(col), field: key });
        fields.push({
          key,
          table: spec.key,
          row: row.key,
          col: col.key,
          kind: col.kind ?? 'count',
          rowLabels: [section.title, row.label],
          colLabels: [col.label],
          short: `${row.label}${col.label}`,
          ...(col.unit ? { unit: col.unit } : {}),
        });
        vc += span(col);
      }
      r += 1;
    }
  }
  const table: TableDef = {
    key: spec.key,
    heading: spec.heading,
    rowCount: r,
    colCount: width,
    cells,
    colWidths: spec.colWidths,
    headerRows: 0,
    landscape: false,
  };
  return { table, fields };
}

function span(col: SectionColumn): number {
  return col.span ?? 1;
}
