/**
 * A Word .docx as paragraphs and tables: `word/document.xml` only, after the same central-directory checks as a
 * workbook and a measured inflate (a bomb is refused before its bytes exist). Tables are `w:tbl/w:tr/w:tc`;
 * `w:gridSpan` spans columns and `w:vMerge` rows, laid on the same grid as HTML spans. A table nested in a cell
 * adds its text to that cell. Deleted text (`w:delText`) and field codes are not text.
 */
import { inflateZip } from '../import/inflate-zip';
import type { ImportLimits } from '../import/limits';
import { DAMAGED_MESSAGE, zipEntriesProblem } from '../import/precheck';
import { readZipDirectory } from '../import/zip-directory';
import { cleanText, layOutSpans, type PublishedBlock, type PublishedDoc, type SpanCell } from './published-doc';
import { xmlTokens } from './xml-tokens';

export type DocxResult = { ok: true; doc: PublishedDoc } | { ok: false; reason: string };

const BODY = 'word/document.xml';

export function readDocx(bytes: Uint8Array, limits: Readonly<ImportLimits>): DocxResult {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) return { ok: false, reason: DAMAGED_MESSAGE };
  const entry = dir.entries.find((e) => e.name === BODY);
  const problem = zipEntriesProblem(dir, limits, () =>
    entry ? undefined : '这个压缩文件不是 Word 文档（没有 word/document.xml），请选择 .docx、.pdf 或网页文件。',
  );
  if (problem) return { ok: false, reason: problem };
  const inflated = inflateZip(bytes, limits);
  if (!inflated.ok) return inflated;
  const body = inflated.entries.find((e) => e.entry.name === BODY)?.data;
  if (!body) return { ok: false, reason: DAMAGED_MESSAGE };
  return { ok: true, doc: readDocumentXml(new TextDecoder('utf-8').decode(body), limits) };
}

interface Cell {
  text: string;
  colSpan: number;
  vMerge: 'none' | 'restart' | 'continue';
}

/** The body's paragraphs and tables in order. Exported for tests of tricky markup. */
export function readDocumentXml(xml: string, limits: Readonly<ImportLimits>): PublishedDoc {
  const blocks: PublishedBlock[] = [];
  let paragraph = '';
  let tableDepth = 0;
  let rows: Cell[][] = [];
  let cell: Cell | undefined;
  let inText = false;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'text') {
      if (!inText) continue;
      if (cell) cell.text += t.text;
      else paragraph += t.text;
      continue;
    }
    const { name, closing, selfClosing, attrs } = t;
    if (name === 'w:t') inText = !closing && !selfClosing;
    else if (name === 'w:tab' || name === 'w:br' || name === 'w:cr') {
      const sep = name === 'w:tab' ? ' ' : '\n';
      if (cell) cell.text += sep;
      else paragraph += sep;
    } else if (name === 'w:p' && (closing || selfClosing)) {
      if (cell) cell.text += '\n';
      else if (tableDepth === 0) {
        const text = cleanText(paragraph);
        if (text !== '') blocks.push({ kind: 'paragraph', text });
        paragraph = '';
      }
    } else if (name === 'w:tbl') {
      if (!closing) {
        tableDepth += 1;
        if (tableDepth === 1) rows = [];
      } else {
        tableDepth -= 1;
        if (tableDepth === 0) blocks.push({ kind: 'table', rows: layOutSpans(spanRows(rows), limits.maxColumns) });
      }
    } else if (tableDepth === 1 && name === 'w:tr' && !closing) {
      if (rows.length < limits.maxRowsPerSheet) rows.push([]);
    } else if (tableDepth === 1 && name === 'w:tc') {
      if (!closing) {
        cell = { text: '', colSpan: 1, vMerge: 'none' };
        rows.at(-1)?.push(cell);
      } else cell = undefined;
    } else if (tableDepth === 1 && cell && name === 'w:gridSpan') {
      cell.colSpan = Math.max(1, Number.parseInt(attrs['w:val'] ?? '1', 10) || 1);
    } else if (tableDepth === 1 && cell && name === 'w:vMerge') {
      cell.vMerge = attrs['w:val'] === 'restart' ? 'restart' : 'continue';
    }
  }
  return { blocks };
}

/** Word marks a vertical merge on every row it covers; as spans, the first cell gets the height, the rest go. */
function spanRows(rows: readonly Cell[][]): SpanCell[][] {
  const columnsOf = rows.map((row) => {
    let c = 0;
    return row.map((cell) => {
      const at = c;
      c += cell.colSpan;
      return at;
    });
  });
  return rows.map((row, r) =>
    row.flatMap((cell, i): SpanCell[] => {
      if (cell.vMerge === 'continue') return [];
      let rowSpan = 1;
      if (cell.vMerge === 'restart') {
        const col = columnsOf[r]?.[i];
        for (let below = r + 1; below < rows.length; below += 1) {
          const j = columnsOf[below]?.indexOf(col ?? -1) ?? -1;
          if (j < 0 || rows[below]?.[j]?.vMerge !== 'continue') break;
          rowSpan += 1;
        }
      }
      return [{ text: cleanText(cell.text), rowSpan, colSpan: cell.colSpan }];
    }),
  );
}
