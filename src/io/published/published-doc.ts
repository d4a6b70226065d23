/**
 * A published report as the readers see it, whatever the file: paragraphs and tables in reading order. The
 * tables become the same workbook data a spreadsheet gives (one sheet, the title above the tables), so the one
 * label-based reader finds and reads them; the paragraphs become the text the text checks read.
 */
import type { CellValue, WorkbookData } from '../import/workbook-data';

export type PublishedBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: CellValue[][] };

export interface PublishedDoc {
  blocks: PublishedBlock[];
}

export const SHEET_NAME = '已发布年报';

const TITLE = /政府信息公开.{0,12}(?:年度报告|年报)/u;

/** The report's title: the first short paragraph naming a 政府信息公开…年度报告 with a year. */
export function reportTitle(doc: PublishedDoc): string | undefined {
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const flat = b.text.replace(/\s+/gu, '');
    if (flat.length <= 80 && TITLE.test(flat) && /(?:19|20)\d{2}/u.test(flat)) return flat;
  }
  return undefined;
}

/** The prose alone, one paragraph a line (tables left out: their labels are not sentences). */
export function docText(doc: PublishedDoc): string {
  return doc.blocks
    .filter((b): b is Extract<PublishedBlock, { kind: 'paragraph' }> => b.kind === 'paragraph')
    .map((b) => b.text.trim())
    .filter((t) => t !== '')
    .join('\n');
}

/** The title in the first row (where titles are looked for), then every table, a blank row between. */
export function docWorkbook(doc: PublishedDoc): WorkbookData {
  const cells: CellValue[][] = [];
  const title = reportTitle(doc);
  if (title) cells.push([title], []);
  for (const b of doc.blocks) {
    if (b.kind !== 'table') continue;
    cells.push(...b.rows, []);
  }
  return { sheets: [{ name: SHEET_NAME, cells }] };
}

/** One cell as a table prints it: its text and the grid slots it covers. */
export interface SpanCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/**
 * Rows of cells with row and column spans (HTML rowspan/colspan, Word gridSpan/vMerge) laid on a grid: each
 * cell's text in its top-left slot, the slots it covers null, a later cell of a row pushed right past slots a
 * span from above already holds. Spans are capped so a hostile `colspan="100000"` costs nothing.
 */
export function layOutSpans(rows: readonly (readonly SpanCell[])[], maxColumns: number): CellValue[][] {
  const grid: CellValue[][] = [];
  const covered = new Set<string>();
  rows.forEach((row, r) => {
    const out = (grid[r] ??= []);
    let c = 0;
    for (const cell of row) {
      while (covered.has(`${r}:${c}`)) c += 1;
      if (c >= maxColumns) break;
      const colSpan = Math.min(Math.max(cell.colSpan, 1), maxColumns - c);
      const rowSpan = Math.min(Math.max(cell.rowSpan, 1), rows.length - r);
      out[c] = cell.text;
      for (let dr = 0; dr < rowSpan; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) if (dr > 0 || dc > 0) covered.add(`${r + dr}:${c + dc}`);
      }
      c += colSpan;
    }
  });
  return grid.map((row) => Array.from(row, (v) => v ?? null));
}

/** Cell text as the reader wants it: non-breaking and odd spaces as spaces, runs of blanks folded, trimmed. */
export function cleanText(raw: string): string {
  return raw
    .replace(/[\u00a0\u2002\u2003\u2009\u200b\ufeff]/gu, ' ')
    .replace(/[ \t\r\f\v]+/gu, ' ')
    .replace(/ *\n */gu, '\n')
    .trim();
}
