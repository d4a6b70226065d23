/**
 * How many lines a label needs in the sheet (its width from the layout's one `displayWidth`), to size rows so
 * every wrapped label shows without manual resizing.
 */
import { displayWidth } from '@/domain/format/label-layout';

/** Lines a label needs when wrapped in a cell `cellWidth` units wide (borders and the label indent take ~2.5). */
export function wrappedLines(text: string, cellWidth: number): number {
  const usable = Math.max(cellWidth - 2.5, 2);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
}
