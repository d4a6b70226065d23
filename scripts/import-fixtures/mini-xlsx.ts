/**
 * Writes a plain .xlsx (inline strings, numbers, merges, no styles) for test fixtures, so the fixtures say
 * exactly what real files contain: text where a clerk typed text, numbers where Excel stored numbers.
 */
import { writeZip, type ZipInput } from './zip-writer';

export type FixtureCell = string | number | null;

export interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FixtureSheet {
  name: string;
  cells: FixtureCell[][];
  merges?: Merge[];
}

const enc = (s: string) => new TextEncoder().encode(s);

export function colName(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function address(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 0x20 || ch === '\t' || ch === '\n' || ch === '\r')
    .join('');
}

export function sheetXml(sheet: FixtureSheet): string {
  const rows = sheet.cells
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          if (v === null || v === '') return '';
          const ref = address(r, c);
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
        })
        .join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges
        .map((m) => `<mergeCell ref="${address(m.r0, m.c0)}:${address(m.r1, m.c1)}"/>`)
        .join('')}</mergeCells>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows}</sheetData>${merges}</worksheet>`
  );
}

/** The parts of a workbook around its sheets; `sheetBodies` lets hostile fixtures supply their own XML. */
export function xlsxEntries(names: readonly string[], sheetBodies: readonly (string | Uint8Array)[]): ZipInput[] {
  const ns = 'http://schemas.openxmlformats.org/';
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const rel = `${ns}officeDocument/2006/relationships`;
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<Types xmlns="${ns}package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    names
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`)
      .join('') +
    '</Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<Relationships xmlns="${ns}package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>';
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<workbook xmlns="${ns}spreadsheetml/2006/main" xmlns:r="${ns}officeDocument/2006/relationships"><sheets>` +
    names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const workbookRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<Relationships xmlns="${ns}package/2006/relationships">` +
    names
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('') +
    '</Relationships>';
  return [
    { name: '[Content_Types].xml', data: enc(contentTypes) },
    { name: '_rels/.rels', data: enc(rels) },
    { name: 'xl/workbook.xml', data: enc(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: enc(workbookRels) },
    ...sheetBodies.map((body, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: typeof body === 'string' ? enc(body) : body,
    })),
  ];
}

export function writeXlsx(sheets: readonly FixtureSheet[]): Uint8Array {
  return writeZip(
    xlsxEntries(
      sheets.map((s) => s.name),
      sheets.map(sheetXml),
    ),
  );
}
