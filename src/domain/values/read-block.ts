/**
 * Splits a block copied from Excel or WPS (`text/plain` on the clipboard, or a TSV file) into rows of cells.
 * Excel separates cells with tabs and rows with CRLF, ends the block with a line break, and wraps a cell in
 * double quotes when it holds a line break, a tab or a quote (doubling the quotes inside).
 */
export function readBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;
  for (;;) {
    const { value, next } = readCell(text, i);
    row.push(value);
    i = next;
    if (i >= n) {
      rows.push(row);
      break;
    }
    const ch = text[i];
    if (ch === '\t') {
      i += 1;
      continue;
    }
    // A line break: \r\n, \n or a lone \r.
    i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    // The line break after the last row ends the block; it does not start an empty row.
    if (i >= n) break;
  }
  return rows;
}

const isBreak = (ch: string | undefined) => ch === '\t' || ch === '\n' || ch === '\r' || ch === undefined;

/** Reads one cell from `start`; returns its text and the index of the separator (or the end) after it. */
function readCell(text: string, start: number): { value: string; next: number } {
  if (text[start] === '"') {
    const quoted = readQuoted(text, start);
    if (quoted) return quoted;
  }
  let end = start;
  while (!isBreak(text[end])) end += 1;
  return { value: text.slice(start, end), next: end };
}

/**
 * A quoted cell, or undefined when the quotes do not close right before a separator: then the quote was part
 * of what the clerk typed (e.g. `"三安全一稳定"等` in a cell Excel did not wrap) and the cell is read as is.
 */
function readQuoted(text: string, start: number): { value: string; next: number } | undefined {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return isBreak(text[i + 1]) ? { value, next: i + 1 } : undefined;
    }
    value += ch;
    i += 1;
  }
  return undefined;
}
