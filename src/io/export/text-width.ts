/**
 * How wide a label prints, in sheet column units (about one Latin digit each). A CJK character or full-width
 * punctuation mark takes two units. Used to size rows so every wrapped label shows without manual resizing.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}

/** Lines a label needs when wrapped in a cell `cellWidth` units wide (borders and the label indent take ~2.5). */
export function wrappedLines(text: string, cellWidth: number): number {
  const usable = Math.max(cellWidth - 2.5, 2);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
}
