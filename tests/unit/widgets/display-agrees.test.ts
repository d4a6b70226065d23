/**
 * One report with blank parts shown six ways: the grid, the print page, the .docx, the .xlsx's cached values, the
 * office's CSV and the import preview give every value cell of Tables 二–四 the same text. A total whose parts are all blank is blank everywhere, never 0.
 */
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import type { FieldKey, Values } from '@/domain/format/types';
import { computeAll } from '@/domain/rules/compute';
import { exportReportDocx } from '@/io/docx/report-docx';
import { exportReportXlsx } from '@/io/export/official-sheet';
import { planSheet } from '@/io/export/sheet-plan';
import { valuesCsv } from '@/io/office/values-csv';
import { buildRowData } from '@/widgets/entry-grid/grid-row-data';
import { colId, tableGridModel } from '@/widgets/entry-grid/table-grid-model';
import { previewTables } from '@/widgets/import-preview/preview-model';
import { buildPrintRows } from '@/widgets/shared/print-rows';
import { cellAt, packagePart, readSheet } from '../io/read-back';

const format = NATIONAL_2021;
// Some parts filled, whole rows and a whole table (四) left blank, one input typed as 0.
const values: Values = {
  't2.normativeDocs.issued': 2,
  't3.received.natural': 3,
  't3.received.business': 0,
  't3.disclosed.natural': 3,
};

function gridTexts(): Map<FieldKey, string> {
  const out = new Map<FieldKey, string>();
  for (const table of format.tables) {
    const model = tableGridModel(format, table);
    const rows = buildRowData(model, { values, problems: [] });
    for (const slot of model.valueSlots) {
      if (!slot.field) continue;
      const row = rows.find((x) => x.r === slot.r);
      out.set(slot.field.key, row?.cells[colId(slot.c)]?.text ?? '(none)');
    }
  }
  return out;
}

function printTexts(): Map<FieldKey, string> {
  const computed = computeAll(format, values);
  const out = new Map<FieldKey, string>();
  for (const table of format.tables)
    for (const row of buildPrintRows(format, table, values, computed))
      for (const cell of row) if (cell.field) out.set(cell.field, cell.text);
  return out;
}

/** Value cells of the .docx tables, in the same reading order as the format's cells. */
async function docxTexts(): Promise<Map<FieldKey, string>> {
  const bytes = await exportReportDocx({
    title: '示例局2025年政府信息公开工作年度报告',
    unitName: '示例局',
    year: 2025,
    sections: [],
    format,
    values,
  });
  const xml = packagePart(bytes, 'word/document.xml');
  const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) =>
    [...t[1]!.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => ({
        span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c[1]!)?.[1] ?? 1),
        text: [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      })),
    ),
  );
  const out = new Map<FieldKey, string>();
  format.tables.forEach((table, t) => {
    for (const lc of table.cells) {
      if (!lc.field) continue;
      let col = 0;
      const cell = tables[t]?.[lc.r]?.find((x) => {
        const here = col === lc.c;
        col += x.span;
        return here;
      });
      out.set(lc.field, cell?.text ?? '(none)');
    }
  });
  return out;
}

/** The cached value of each value cell of the exported sheet, as a reader that does not recalculate sees it. */
async function xlsxTexts(): Promise<Map<FieldKey, string>> {
  const input = { format, values, unitName: '示例局', year: 2025 };
  const { sheet } = readSheet(await exportReportXlsx(input));
  const out = new Map<FieldKey, string>();
  for (const [key, ref] of planSheet(input).fieldCells) {
    const cell = cellAt(sheet, ref.row, ref.col);
    // SheetJS reads a styled cell with no value as a stub (`t: 'z'`).
    out.set(key, cell === undefined || cell.t === 'z' ? '' : String(cell.v));
  }
  return out;
}

/** The import preview's matrix: a number, or blank (the preview prints （空白） where the others print nothing). */
function previewTexts(): Map<FieldKey, string> {
  const out = new Map<FieldKey, string>();
  for (const table of previewTables(format, values))
    for (const row of table.rows)
      for (const cell of row.cells) if (cell) out.set(cell.field, cell.value === null ? '' : String(cell.value));
  return out;
}

function csvTexts(): Map<FieldKey, string> {
  const lines = valuesCsv([{ unitName: '示例局', year: 2025, format, values }])
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .slice(1);
  // The value is the 7th column and the key the last; neither holds a comma.
  return new Map(lines.map((l) => l.split(',')).map((cols) => [cols.at(-1)!, cols.at(-2)!]));
}

describe('one display rule', () => {
  it('gives every value cell the same text in the grid, print, the .docx, the .xlsx, the CSV and the preview', async () => {
    const grid = gridTexts();
    const print = printTexts();
    const docx = await docxTexts();
    const csv = csvTexts();
    const preview = previewTexts();
    const xlsx = await xlsxTexts();
    expect(grid.size).toBe(format.fields.length);
    for (const f of format.fields) {
      const where = f.key;
      expect(print.get(f.key), where).toBe(grid.get(f.key));
      expect(docx.get(f.key), where).toBe(grid.get(f.key));
      expect(csv.get(f.key), where).toBe(grid.get(f.key));
      expect(preview.get(f.key), where).toBe(grid.get(f.key));
      expect(xlsx.get(f.key), where).toBe(grid.get(f.key));
    }
    // The rule itself, on cells whose answer is known.
    expect(grid.get('t3.received.total')).toBe('3');
    expect(grid.get('t3.received.business')).toBe('0');
    expect(grid.get('t3.carriedIn.total')).toBe('');
    expect(grid.get('t4.review.total')).toBe('');
    expect(grid.get('t3.received.legal')).toBe('');
  });
});
