/**
 * Writes a report as the official .xlsx: one sheet, the tables laid out as printed, bordered and sized to
 * print on A4. The styled writer (exceljs) is imported inside the function so a bundler puts it in its own
 * chunk, loaded only when a user exports.
 */
import type * as ExcelJSNamespace from 'exceljs';
import { planSheet, type CellStyle, type PlannedCell, type SheetInput } from './sheet-plan';

type ExcelJS = typeof ExcelJSNamespace;
type Workbook = ExcelJSNamespace.Workbook;
type Worksheet = ExcelJSNamespace.Worksheet;
type Style = Partial<ExcelJSNamespace.Style>;

const FONT = '宋体';
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const NUMBER_FORMAT = { count: '0', signedCount: '0', money: '0.00##' } as const;

const STYLES: Record<CellStyle, Style> = {
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  heading: { font: { name: FONT, size: 12, bold: true }, alignment: { horizontal: 'left', vertical: 'middle' } },
  line: { font: { name: FONT, size: 11 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  header: {
    font: { name: FONT, size: 10, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
  },
  label: {
    font: { name: FONT, size: 10 },
    alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 },
    border: BORDER,
  },
  verticalLabel: {
    font: { name: FONT, size: 10 },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true, textRotation: 'vertical' },
    border: BORDER,
  },
  value: {
    font: { name: FONT, size: 10 },
    alignment: { horizontal: 'center', vertical: 'middle' },
    border: BORDER,
  },
};

export type ExportInput = SheetInput;

export async function exportReportXlsx(input: ExportInput): Promise<Uint8Array> {
  const excel = await loadExcel();
  const workbook = newOfficialWorkbook(excel);
  addOfficialSheet(workbook, '统计表', input);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export const WORKBOOK_CREATOR = '政府信息公开年报统计表填报工具';

/** Every workbook of ours asks to be recalculated on opening: a total of blank parts carries no cached value. */
export function newOfficialWorkbook(excel: ExcelJS): Workbook {
  const workbook = new excel.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

/** The styled writer, imported on first use so a bundler puts it in its own chunk. */
export async function loadExcel(): Promise<ExcelJS> {
  const mod = await import('exceljs');
  // The Node build is CommonJS (namespace under `default`); the browser build may expose it either way.
  return (mod as { default?: ExcelJS }).default ?? mod;
}

/** One report as one sheet of `workbook`: every workbook that holds official sheets goes through here. */
export function addOfficialSheet(workbook: ExcelJSNamespace.Workbook, sheetName: string, input: ExportInput): void {
  const plan = planSheet(input);
  const sheet = workbook.addWorksheet(sheetName, {
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
  plan.columnWidths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  for (const [r, h] of plan.rowHeights) sheet.getRow(r).height = h;
  for (const area of plan.borderedAreas) {
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) sheet.getCell(r, c).style = BORDER_ONLY;
    }
  }
  for (const cell of plan.cells) writeCell(sheet, cell);
  for (const r of plan.pageBreaks) sheet.getRow(r).addPageBreak();
}

/**
 * `mergeCells` compares each new merge with every earlier one (quadratic: 193 merges a sheet made it a sixth of a
 * 300-unit export). The plan's merges never overlap, so each is applied against an empty merge list and then
 * added to the sheet's own. Falls back to the checked call if the writer's internals ever change shape.
 */
function mergeDisjoint(sheet: Worksheet, top: number, left: number, bottom: number, right: number): void {
  const internal = sheet as unknown as { _merges?: Record<string, unknown> };
  const merges = internal._merges;
  if (typeof merges !== 'object' || merges === null) {
    sheet.mergeCells(top, left, bottom, right);
    return;
  }
  internal._merges = {};
  try {
    sheet.mergeCells(top, left, bottom, right);
    Object.assign(merges, internal._merges);
  } finally {
    internal._merges = merges;
  }
}

function writeCell(sheet: Worksheet, cell: PlannedCell) {
  const style = STYLES[cell.style];
  const lastRow = cell.row + cell.rowSpan - 1;
  const lastCol = cell.col + cell.colSpan - 1;
  if (lastRow > cell.row || lastCol > cell.col) mergeDisjoint(sheet, cell.row, cell.col, lastRow, lastCol);
  // Every cell of a merge gets the border, or some programs draw only the top-left cell's edges.
  if (style.border) {
    for (let r = cell.row; r <= lastRow; r += 1) {
      for (let c = cell.col; c <= lastCol; c += 1) sheet.getCell(r, c).style = BORDER_ONLY;
    }
  }
  const target = sheet.getCell(cell.row, cell.col);
  target.style = sharedStyle(cell);
  const content = cell.content;
  // A string is always stored as text (exceljs writes formulas only from `{ formula }`), so `=…` stays text.
  if ('text' in content) target.value = content.text;
  else if ('formula' in content)
    target.value =
      content.result === null ? { formula: content.formula } : { formula: content.formula, result: content.result };
  else if (content.number !== null) target.value = content.number;
}

/**
 * Cells share style objects instead of each getting its own: exceljs recognises an object it has seen and reuses
 * its style id, where a fresh object per cell is serialised and compared again (most of a 300-sheet export's
 * time). Never mutate a cell's style in place (`cell.border = …`): that would change every cell sharing it.
 */
export const BORDER_ONLY: Style = { border: BORDER };
const SHARED_STYLES = new Map<string, Style>();

export function sharedStyle(cell: PlannedCell): Style {
  const c = cell.content;
  const numFmt = 'kind' in c ? NUMBER_FORMAT[c.kind] : undefined;
  const key = `${cell.style}|${numFmt ?? ''}`;
  let style = SHARED_STYLES.get(key);
  if (!style) {
    style = { ...STYLES[cell.style], ...(numFmt ? { numFmt } : {}) };
    SHARED_STYLES.set(key, style);
  }
  return style;
}
