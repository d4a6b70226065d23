/** Helpers for the export tests: read an exported workbook back with SheetJS, independently of the writer. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { formatById } from '@/domain/formats/registry';
import type { FormatDef, Values } from '@/domain/format/types';

export interface Fixture {
  unitName: string;
  unitKind?: string;
  year: number;
  formatId: string;
  values: Values;
  format: FormatDef;
}

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/reports/', import.meta.url));

export function loadFixture(formatId: string): Fixture {
  const data = JSON.parse(readFileSync(`${FIXTURE_DIR}${formatId}.json`, 'utf8')) as Omit<Fixture, 'format'>;
  const format = formatById(data.formatId);
  if (!format) throw new Error(`fixture ${formatId}: unknown format`);
  return { ...data, format };
}

export function readSheet(bytes: Uint8Array): { workbook: XLSX.WorkBook; sheet: XLSX.WorkSheet } {
  const workbook = XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true, cellNF: true });
  const name = workbook.SheetNames[0];
  const sheet = name ? workbook.Sheets[name] : undefined;
  if (!sheet) throw new Error('no sheet');
  return { workbook, sheet };
}

export function cellAt(sheet: XLSX.WorkSheet, row: number, col: number): XLSX.CellObject | undefined {
  return sheet[XLSX.utils.encode_cell({ r: row - 1, c: col - 1 })] as XLSX.CellObject | undefined;
}

/** Sum of the cells a `SUM(...)` formula names, read from the sheet's stored values. */
export function evaluateSum(sheet: XLSX.WorkSheet, formula: string): number {
  const match = /^SUM\((.*)\)$/.exec(formula);
  if (!match?.[1]) throw new Error(`not a SUM formula: ${formula}`);
  let total = 0;
  for (const arg of match[1].split(',')) {
    const range = XLSX.utils.decode_range(arg.includes(':') ? arg : `${arg}:${arg}`);
    for (let r = range.s.r; r <= range.e.r; r += 1) {
      for (let c = range.s.c; c <= range.e.c; c += 1) {
        const v = (sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined)?.v;
        total += typeof v === 'number' ? v : 0;
      }
    }
  }
  return total;
}

/** All texts of the sheet's string cells. */
export function sheetTexts(sheet: XLSX.WorkSheet): string[] {
  return Object.entries(sheet)
    .filter(([k, c]) => !k.startsWith('!') && (c as XLSX.CellObject).t === 's')
    .map(([, c]) => String((c as XLSX.CellObject).v));
}

/** The text of one part of the package (the .xlsx is a zip), e.g. `xl/worksheets/sheet1.xml`. */
export function packagePart(bytes: Uint8Array, path: string): string {
  // SheetJS ships its zip reader as `XLSX.CFB` at run time; its type declarations do not list it.
  const { CFB } = XLSX as unknown as { CFB: ZipReader };
  const zip = CFB.read(bytes, { type: 'array' });
  const entry = CFB.find(zip, `/${path}`);
  if (!entry?.content) throw new Error(`no part ${path}`);
  return new TextDecoder().decode(Uint8Array.from(entry.content));
}

interface ZipReader {
  read(data: Uint8Array, options: { type: 'array' }): unknown;
  find(zip: unknown, path: string): { content?: Uint8Array | number[] } | null;
}
