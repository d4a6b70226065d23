/**
 * CSV for spreadsheet programs: UTF-8 with a byte-order mark (Excel otherwise reads Chinese as GBK), CRLF
 * line ends, RFC 4180 quoting. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a
 * leading tab / carriage return) gets a leading `'` so it opens as text; numbers are written as numbers.
 */
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | null;

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
