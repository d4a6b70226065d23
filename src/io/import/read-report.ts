/**
 * Turns a parsed workbook (plain data) into a report: picks the format whose labels the file carries, reads
 * every value found with the same rules as the grid (spec §5), and lists what it could not use. Never throws
 * on bad content: every problem comes back as data, in Chinese, with the sheet and cell it concerns.
 */
import type { FieldDef, FieldKey, FormatDef } from '@/domain/format/types';
import { FORMATS } from '@/domain/formats/registry';
import { readValue } from '@/domain/values/read-value';
import { guessUnit, guessYear, type Guess } from './detect-meta';
import { notAReport, type NotAReport } from './not-a-report';
import { locateFormat, type FormatPlacement, type TablePlacement } from './locate-tables';
import { PreparedSheet } from './prepared-sheet';
import { cellAddress, type CellPos, type WorkbookData } from './workbook-data';

export interface ImportNote {
  sheet: string;
  /** `B7`, or '' when the note concerns a whole table or row. */
  cell: string;
  message: string;
  field?: FieldKey;
}

export interface RefusedCell {
  sheet: string;
  cell: string;
  raw: string;
  reason: string;
  field: FieldKey;
}

export interface UnplacedCell {
  sheet: string;
  cell: string;
  label: string;
}

export interface ImportedReport {
  ok: true;
  format: FormatDef;
  year?: Guess<number>;
  unitName?: Guess<string>;
  /** Input fields read from the file; blank cells are 0 here (counted in `blanksReadAsZero`). */
  values: Record<FieldKey, number | null>;
  /** The figures the file printed in computed cells (总计), for the S1–S3 checks. */
  stated: Record<FieldKey, number>;
  blanksReadAsZero: number;
  notes: ImportNote[];
  refused: RefusedCell[];
  /** Rows of a found table that carry numbers under a label no field has (e.g. a provincial extra row). */
  unplaced: UnplacedCell[];
  /** Where each field was read from. */
  sources: Record<FieldKey, { sheet: string; cell: string }>;
  /** Headings of the format's tables that the file does not contain. */
  missingTables: string[];
}

export type ReadReportResult = ImportedReport | NotAReport | { ok: false; reason: string };

export interface ReadReportOptions {
  fileName?: string;
  /** Formats to try; all known formats by default. */
  formats?: readonly FormatDef[];
}

/** A format must account for at least this many cells before a file is taken as a report. */
const MIN_FOUND = 3;

export { NOT_A_REPORT } from './not-a-report';

export function readReport(book: WorkbookData, options: ReadReportOptions = {}): ReadReportResult {
  const sheets = book.sheets.map((s) => new PreparedSheet(s));
  if (sheets.length === 0) return { ok: false, reason: '文件中没有任何工作表，请确认选择的是年报统计表文件。' };
  const year = guessYear(sheets, options.fileName);
  const formats = options.formats ?? FORMATS;
  const chosen = chooseFormat(sheets, formats, year?.value);
  if (!chosen) return notAReport(sheets, formats, year?.value);
  const report = readValues(sheets, chosen);
  const unitName = guessUnit(sheets, options.fileName);
  if (year) report.year = year;
  if (unitName) report.unitName = unitName;
  const { from, to } = chosen.format.years;
  if (year && (year.value < from || (to !== undefined && year.value > to))) {
    report.notes.unshift({
      sheet: year.sheet ?? '',
      cell: year.cell ?? '',
      message:
        `文件的表格样式是${chosen.format.name}（适用于 ${from}${to ? `–${to}` : ' 年起'}${to ? ' 年' : ''}的数据），` +
        `但${year.source === 'fileName' ? '文件名' : '标题'}中的年份是 ${year.value} 年，请核对年份。`,
    });
  }
  return report;
}

/**
 * The format whose labels account for the most cells; on a tie, the one that covers the file's year. The
 * formats of the detected year are tried first, and a format with no more fields than the best count so far
 * cannot beat it (at best a tie, which the year's format wins), so it is not located at all: a file of the
 * year's format is located once instead of once per known format.
 */
function chooseFormat(
  sheets: readonly PreparedSheet[],
  formats: readonly FormatDef[],
  year: number | undefined,
): FormatPlacement | undefined {
  const covers = (f: FormatDef) =>
    year !== undefined && year >= f.years.from && (f.years.to === undefined || year <= f.years.to);
  const ordered = [...formats.filter(covers), ...formats.filter((f) => !covers(f))];
  let best: FormatPlacement | undefined;
  for (const format of ordered) {
    if (format.fields.length === 0) continue;
    if (best && covers(best.format) && format.fields.length <= best.found) continue;
    const placed = locateFormat(sheets, format);
    if (placed.tables.length === 0 || placed.found < MIN_FOUND) continue;
    if (!best || placed.found > best.found || (placed.found === best.found && covers(format) && !covers(best.format))) {
      best = placed;
    }
  }
  return best;
}

function readValues(sheets: readonly PreparedSheet[], placed: FormatPlacement): ImportedReport {
  const report: ImportedReport = {
    ok: true,
    format: placed.format,
    values: {},
    stated: {},
    blanksReadAsZero: 0,
    notes: [],
    refused: [],
    unplaced: [],
    sources: {},
    missingTables: [],
  };
  const foundTables = new Set(placed.tables.map((t) => t.table.key));
  for (const table of placed.format.tables) {
    if (foundTables.has(table.key)) continue;
    report.missingTables.push(table.heading);
    report.notes.push({ sheet: '', cell: '', message: `文件中没有找到“${table.heading}”表，该表未导入，保持空白。` });
  }
  for (const t of placed.tables) {
    const sheet = sheets[t.sheet];
    if (!sheet) continue;
    const fields = placed.format.fields.filter((f) => f.table === t.table.key);
    for (const field of fields) {
      const pos = t.cells.get(field.key);
      if (pos) readField(report, sheet, field, pos);
    }
    noteMissingRows(report, sheet, t, fields);
    report.unplaced.push(...unplacedRows(sheet, t));
  }
  return report;
}

function readField(report: ImportedReport, sheet: PreparedSheet, field: FieldDef, pos: CellPos): void {
  const cell = cellAddress(pos);
  report.sources[field.key] = { sheet: sheet.name, cell };
  const raw = settleFloat(sheet.value(pos), field);
  const read = readValue(raw, field.kind, field.unit ? { unit: field.unit } : {});
  if (!read.ok) {
    report.refused.push({ sheet: sheet.name, cell, raw: String(raw), reason: read.reason, field: field.key });
    return;
  }
  if (read.note) {
    const asZero = read.value === null && !field.sumOf ? '，导入时按 0 计' : '';
    report.notes.push({ sheet: sheet.name, cell, message: `${field.short}：${read.note}${asZero}`, field: field.key });
  }
  if (field.sumOf) {
    // A blank printed 总计 states nothing; the rules then leave it alone.
    if (read.value !== null) report.stated[field.key] = read.value;
    return;
  }
  if (read.value === null) {
    report.values[field.key] = 0;
    report.blanksReadAsZero += 1;
  } else {
    report.values[field.key] = read.value;
  }
}

/** Excel stores formula results as doubles (3.0000000000000004); a count that is an integer but for noise is one. */
function settleFloat(raw: string | number | null, field: FieldDef): string | number | null {
  if (typeof raw !== 'number' || field.kind === 'money') return raw;
  const rounded = Math.round(raw);
  return Math.abs(raw - rounded) < 1e-9 ? rounded : raw;
}

/** One note per row of a found table that the file lacks, naming the row by its printed labels. */
function noteMissingRows(
  report: ImportedReport,
  sheet: PreparedSheet,
  t: TablePlacement,
  fields: readonly FieldDef[],
): void {
  const missing = new Map<string, FieldDef[]>();
  for (const f of fields) {
    if (t.cells.has(f.key) || f.sumOf) continue;
    const name = f.rowLabels.length > 0 ? f.rowLabels.join(' › ') : f.colLabels.join(' › ');
    missing.set(name, [...(missing.get(name) ?? []), f]);
  }
  for (const [name, list] of missing) {
    report.notes.push({
      sheet: sheet.name,
      cell: '',
      message: `在“${t.table.heading}”中没有找到“${name}”${list.length > 1 ? `（${list.length} 个单元格）` : ''}，未导入，保持空白。`,
    });
  }
}

/** Rows inside a found table with a label and numbers that no field took. */
function unplacedRows(sheet: PreparedSheet, t: TablePlacement): UnplacedCell[] {
  const cells = [...t.cells.values()];
  if (cells.length === 0) return [];
  const placedRows = new Set(cells.map((p) => p.r));
  const valueCols = [...new Set(cells.map((p) => p.c))];
  const firstValueCol = Math.min(...valueCols);
  const top = Math.min(...placedRows);
  const bottom = Math.max(...placedRows);
  const out: UnplacedCell[] = [];
  for (let r = top + 1; r < bottom; r += 1) {
    if (placedRows.has(r)) continue;
    const hasNumber = valueCols.some((c) => {
      const read = readValue(sheet.value({ r, c }), 'signedCount');
      return read.ok && read.value !== null;
    });
    if (!hasNumber) continue;
    for (let c = 0; c < firstValueCol; c += 1) {
      const v = sheet.value({ r, c });
      if (typeof v === 'string' && v.trim() !== '') {
        out.push({ sheet: sheet.name, cell: cellAddress({ r, c }), label: v.trim() });
        break;
      }
    }
  }
  return out;
}
