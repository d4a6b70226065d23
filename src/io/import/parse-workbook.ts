/**
 * Parses a prechecked file with SheetJS into plain workbook data, within bounds: rows per sheet, columns per
 * row and sheets per workbook are capped, formulas are not read (their cached values are), and text files are
 * decoded as UTF-8 when they are valid UTF-8 and as GB18030 (Chinese Excel's "CSV") otherwise.
 */
import * as XLSX from 'xlsx';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import { DAMAGED_MESSAGE, ENCRYPTED_MESSAGE, type FileKind } from './precheck';
import type { CellValue, SheetData, WorkbookData } from './workbook-data';

export type ParseResult = { ok: true; book: WorkbookData; notes: string[] } | { ok: false; reason: string };

let codepagesLoaded = false;

/** Old .xls files store text in the writer's code page (936 for Chinese Excel); the tables load only when needed. */
async function loadCodepages(): Promise<void> {
  if (codepagesLoaded) return;
  const cptable = await import('xlsx/dist/cpexcel.full.mjs');
  XLSX.set_cptable(cptable);
  codepagesLoaded = true;
}

export async function parseWorkbook(
  bytes: Uint8Array,
  kind: FileKind,
  limits: Readonly<ImportLimits> = IMPORT_LIMITS,
): Promise<ParseResult> {
  const notes: string[] = [];
  let wb: XLSX.WorkBook;
  try {
    const common: XLSX.ParsingOptions = {
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellDates: false,
      sheetRows: limits.maxRowsPerSheet,
    };
    if (kind === 'xls') await loadCodepages();
    if (kind === 'text') {
      const text = decodeText(bytes, notes);
      // The cut sheet then fills the row bound, which the note below reports.
      wb = XLSX.read(firstLines(text, limits.maxRowsPerSheet), { ...common, type: 'string', raw: true });
    } else {
      wb = withoutFormatWarnings(() => XLSX.read(bytes, { ...common, type: 'array' }));
    }
  } catch (e) {
    return { ok: false, reason: parseErrorReason(e) };
  }
  if (wb.SheetNames.length > limits.maxSheets) {
    return {
      ok: false,
      reason: `文件包含 ${wb.SheetNames.length} 个工作表，超过上限 ${limits.maxSheets} 个，不像年报统计表，已拒绝读取。`,
    };
  }
  const sheets: SheetData[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const cells = sheetCells(ws, limits.maxColumns);
    sheets.push({ name, cells });
    // SheetJS marks the cut only when the sheet declares its size; a sheet that filled the bound was cut too.
    if (isTruncated(ws, limits.maxRowsPerSheet) || cells.length >= limits.maxRowsPerSheet) {
      notes.push(`工作表“${name}”超过 ${limits.maxRowsPerSheet} 行，只读取了前 ${limits.maxRowsPerSheet} 行。`);
    }
  }
  return { ok: true, book: { sheets }, notes };
}

/**
 * SheetJS prints a console line for every ODS number style it cannot translate to Excel's (LibreOffice's
 * `#,##0;[Red]-#,##0;"-"` gives three per cell style). Only values are read, never number formats, so those
 * lines say nothing about the import and would bury the command line's output; other messages pass through.
 */
const FORMAT_WARNING = /\b(ODS|ODF)\b.*\bformat\b|^ODS has no equivalent|^Unsupported ODS Style Map/;

function withoutFormatWarnings<T>(read: () => T): T {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && FORMAT_WARNING.test(args[0])) return;
    original(...args);
  };
  try {
    return read();
  } finally {
    console.error = original;
  }
}

function sheetCells(ws: XLSX.WorkSheet, maxColumns: number): CellValue[][] {
  const data = (ws as XLSX.DenseWorkSheet)['!data'] ?? [];
  const rows: CellValue[][] = [];
  for (let r = 0; r < data.length; r += 1) {
    const row = data[r];
    const out: CellValue[] = [];
    if (row) {
      for (let c = 0; c < Math.min(row.length, maxColumns); c += 1) out.push(cellValue(row[c]));
    }
    rows.push(out);
  }
  return rows;
}

function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' ? cell.v : null;
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#错误';
    case 'd':
      return cell.w ?? String(cell.v);
    default:
      return null;
  }
}

function isTruncated(ws: XLSX.WorkSheet, maxRows: number): boolean {
  const full: unknown = ws['!fullref'];
  if (typeof full !== 'string') return false;
  return XLSX.utils.decode_range(full).e.r + 1 > maxRows;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, UTF-16 when a BOM says so, else GB18030. */
export function decodeText(bytes: Uint8Array, notes: string[] = []): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    notes.push('文件不是 UTF-8 编码，已按 GBK（GB18030）编码读取。');
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Cuts a text file after `max` lines, so a million-row CSV costs no more than a short one. */
function firstLines(text: string, max: number): string {
  let p = -1;
  for (let i = 0; i < max; i += 1) {
    p = text.indexOf('\n', p + 1);
    if (p < 0) return text;
  }
  return text.slice(0, p + 1);
}

function parseErrorReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/password|encrypt|decrypt/iu.test(message)) return ENCRYPTED_MESSAGE;
  if (/unsupported|not supported/iu.test(message)) {
    return '无法读取此文件格式。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。';
  }
  return `${DAMAGED_MESSAGE}（技术信息：${message.slice(0, 120)}）`;
}
