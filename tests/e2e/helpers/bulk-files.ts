/**
 * The files of a batch import: one fixture that names neither unit nor year, so each copy takes both from its
 * file name, and the same file with figures changed (a balance rule then fails) for the files with errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/import');
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 2021 format, one sheet per table, no title with a unit or year. */
export const PER_TABLE = readFileSync(path.join(FIXTURES, '2021-sheet-per-table.xlsx'));

export const bulkFileName = (unit: string, year: number) => `${unit}${year}年统计表.xlsx`;

export interface BulkFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function bulkFile(name: string, buffer: Buffer = PER_TABLE): BulkFile {
  return { name, mimeType: XLSX_TYPE, buffer };
}

/**
 * The fixture with 表三's 一、本年新收 of 自然人 raised by `by`: 一 + 二 no longer equals 三 + 四 in that column,
 * and the stated 总计 disagrees, so the file has errors.
 */
export function unbalancedFile(by = 1): Buffer {
  const book = XLSX.read(PER_TABLE);
  const sheet: XLSX.WorkSheet | undefined = book.Sheets['表三'];
  const cell = sheet?.D5 as XLSX.CellObject | undefined;
  if (!sheet || !cell || typeof cell.v !== 'number') throw new Error('fixture layout changed: 表三!D5');
  sheet.D5 = { t: 'n', v: cell.v + by };
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
