/**
 * `export-300`: the collecting office's workbook (area total + 300 unit sheets) in Node, through the app's own
 * `exportOfficeWorkbook`, against the writer's floor: exceljs writing the same cells, styles, merges, widths,
 * heights, page set-up and page breaks from plans prepared before its clock starts (so it times only exceljs).
 * For context, the same cells written by exceljs without any styling, and by SheetJS (values, merges, widths).
 */
import type * as ExcelJSNamespace from 'exceljs';
import * as XLSX from 'xlsx';
import { consolidate } from '../../src/domain/consolidate/consolidate';
import { NATIONAL_2021 } from '../../src/domain/formats/national-2021';
import { BORDER_ONLY, loadExcel, sharedStyle, WORKBOOK_CREATOR } from '../../src/io/export/official-sheet';
import { planSheet, type PlannedCell, type SheetPlan } from '../../src/io/export/sheet-plan';
import { exportOfficeWorkbook, type OfficeUnitReport } from '../../src/io/office/office-workbook';
import { syntheticReport } from './domain-bench';
import { type Figure, median, samplesNote, timeMedianAsync, timePairs } from './measure';

const UNITS = 300;
const EXPORT_PAIRS = 9;
const YEAR = 2025;

type Excel = typeof ExcelJSNamespace;
type Value = string | number | { formula: string; result?: number } | null;

function rawValue(cell: PlannedCell): string | number | null {
  const c = cell.content;
  if ('text' in c) return c.text;
  if ('formula' in c) return c.result;
  return c.number;
}

function styledValue(cell: PlannedCell): Value {
  const c = cell.content;
  if ('text' in c) return c.text;
  if ('formula' in c) return c.result === null ? { formula: c.formula } : { formula: c.formula, result: c.result };
  return c.number;
}

/** Everything the writer is told, decided beforehand: no planning left inside the timed write. */
interface Prepared {
  plan: SheetPlan;
  borders: [number, number][];
  cells: { cell: PlannedCell; style: ReturnType<typeof sharedStyle>; value: Value }[];
}

function prepare(plan: SheetPlan): Prepared {
  const borders: [number, number][] = [];
  for (const a of plan.borderedAreas) {
    for (let r = a.top; r <= a.bottom; r += 1) for (let c = a.left; c <= a.right; c += 1) borders.push([r, c]);
  }
  for (const cell of plan.cells) {
    if (cell.style === 'title' || cell.style === 'heading' || cell.style === 'line') continue;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c += 1) borders.push([r, c]);
    }
  }
  return {
    plan,
    borders,
    cells: plan.cells.map((cell) => ({ cell, style: sharedStyle(cell), value: styledValue(cell) })),
  };
}

/** Merges known not to overlap, each applied against an empty list (exceljs otherwise compares all earlier ones). */
function merge(sheet: ExcelJSNamespace.Worksheet, c: PlannedCell): void {
  const internal = sheet as unknown as { _merges: Record<string, unknown> };
  const all = internal._merges;
  internal._merges = {};
  sheet.mergeCells(c.row, c.col, c.row + c.rowSpan - 1, c.col + c.colSpan - 1);
  Object.assign(all, internal._merges);
  internal._merges = all;
}

async function writeFloor(excel: Excel, sheets: readonly Prepared[]): Promise<number> {
  const workbook = new excel.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.calcProperties.fullCalcOnLoad = true;
  sheets.forEach(({ plan, borders, cells }, i) => {
    const sheet = workbook.addWorksheet(`S${i}`, {
      pageSetup: {
        paperSize: 9,
        orientation: plan.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      views: [{ showGridLines: false }],
    });
    plan.columnWidths.forEach((w, c) => (sheet.getColumn(c + 1).width = w));
    for (const [r, h] of plan.rowHeights) sheet.getRow(r).height = h;
    for (const [r, c] of borders) sheet.getCell(r, c).style = BORDER_ONLY;
    for (const { cell, style, value } of cells) {
      if (cell.rowSpan > 1 || cell.colSpan > 1) merge(sheet, cell);
      const target = sheet.getCell(cell.row, cell.col);
      target.style = style;
      if (value !== null) target.value = value;
    }
    for (const r of plan.pageBreaks) sheet.getRow(r).addPageBreak();
  });
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

async function writeUnstyled(excel: Excel, sheets: readonly Prepared[]): Promise<number> {
  const workbook = new excel.Workbook();
  sheets.forEach(({ plan }, i) => {
    const sheet = workbook.addWorksheet(`S${i}`);
    for (const cell of plan.cells) sheet.getCell(cell.row, cell.col).value = rawValue(cell);
  });
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

function writeSheetJs(sheets: readonly Prepared[]): number {
  const book = XLSX.utils.book_new();
  sheets.forEach(({ plan }, i) => {
    const rows: (string | number | null)[][] = [];
    for (const cell of plan.cells) (rows[cell.row - 1] ??= [])[cell.col - 1] = rawValue(cell);
    const sheet = XLSX.utils.aoa_to_sheet(Array.from(rows, (r) => r ?? []));
    sheet['!merges'] = plan.cells
      .filter((c) => c.rowSpan > 1 || c.colSpan > 1)
      .map((c) => ({ s: { r: c.row - 1, c: c.col - 1 }, e: { r: c.row + c.rowSpan - 2, c: c.col + c.colSpan - 2 } }));
    sheet['!cols'] = plan.columnWidths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(book, sheet, `S${i}`);
  });
  return (XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer).byteLength;
}

export async function exportFigures(): Promise<Figure[]> {
  const format = NATIONAL_2021;
  const units: OfficeUnitReport[] = Array.from({ length: UNITS }, (_, i) => ({
    name: `示例区第${i + 1}单位`,
    format,
    values: syntheticReport(format, i + 7),
  }));
  const consolidated = consolidate(
    format,
    units.map((u, i) => ({ unitId: `u${i}`, format, values: u.values })),
  ).values;
  const input = { areaName: '示例区', year: YEAR, format, consolidated, units };
  const prepared = [
    prepare(planSheet({ format, values: consolidated, unitName: '示例区（汇总）', year: YEAR })),
    ...units.map((u) => prepare(planSheet({ format, values: u.values, unitName: u.name, year: YEAR }))),
  ];
  const excel = await loadExcel();
  let bytes = 0;
  // Alternating runs after one warm-up each, nine pairs as every figure: one run writes 301 sheets in a second or two,
  // and the machine's load moves single runs by half (a 1.2 s and a 2.5 s run of ours in one five-pair series).
  const [ours, floor] = await timePairs(
    async () => {
      bytes += (await exportOfficeWorkbook(input)).byteLength;
    },
    async () => {
      bytes += await writeFloor(excel, prepared);
    },
    EXPORT_PAIRS,
  );
  const unstyled = await timeMedianAsync(async () => {
    bytes += await writeUnstyled(excel, prepared);
  }, 1);
  const sheetJs = await timeMedianAsync(async () => {
    bytes += writeSheetJs(prepared);
    await Promise.resolve();
  }, 1);
  if (bytes < 0) console.log(bytes);
  const cellsPerSheet = prepared[1]?.cells.length ?? 0;
  return [
    {
      id: `export-${UNITS}`,
      name: `导出汇总工作簿（${UNITS} 个单位 + 汇总，共 ${UNITS + 1} 张表）`,
      ms: median(ours),
      baselineName: 'exceljs 按预先排好的版面写同样的单元格、样式、合并、列宽和页面设置',
      baselineMs: median(floor),
      targetRatio: 1.2,
      note:
        `${cellsPerSheet} planned cells a sheet; ${EXPORT_PAIRS} pairs; context (one run each): exceljs, same cells unstyled ${unstyled.toFixed(0)} ms; ` +
        `SheetJS, same values with merges and widths (no styles) ${sheetJs.toFixed(0)} ms; ${samplesNote(ours, floor)}`,
    },
  ];
}
