/**
 * A parsed workbook as plain data: what the label-based reader works on. Keeping this independent of SheetJS
 * lets the mapping run and be tested anywhere, and keeps parser objects out of everything after the parse.
 */
export type CellValue = string | number | null;

export interface SheetData {
  name: string;
  /** Row-major; rows may be ragged and missing cells are null. A merged area's value sits in its top-left cell. */
  cells: CellValue[][];
}

export interface WorkbookData {
  sheets: SheetData[];
}

/** A 0-based cell position within one sheet. */
export interface CellPos {
  r: number;
  c: number;
}

/** `{ r: 6, c: 1 }` → `B7`, the address a clerk sees in Excel or WPS. */
export function cellAddress(pos: CellPos): string {
  let n = pos.c + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${pos.r + 1}`;
}
