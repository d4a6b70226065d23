/**
 * How a table's labels take their room, decided once from the definition for the grid's print page and the
 * exported sheet alike: how wide a text is, and which labels are written top to bottom.
 */
import type { LayoutCell, TableDef } from './types';

/** Width in the layout's column units: a CJK character or full-width mark takes two, as in a spreadsheet. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}

/** The layout width of the columns a cell spans. */
export function spannedWidth(table: TableDef, cell: LayoutCell): number {
  return table.colWidths.slice(cell.c, cell.c + (cell.colSpan ?? 1)).reduce((a, b) => a + b, 0);
}

/**
 * A row label spanning four rows or more in columns too narrow for it (三、本年度办理结果) is written top to
 * bottom, one character per line, as on the official sheet.
 */
export function isVerticalLabel(table: TableDef, cell: LayoutCell): boolean {
  if (cell.field || cell.header || (cell.rowSpan ?? 1) < 4) return false;
  return displayWidth(cell.label ?? '') > spannedWidth(table, cell) * 2;
}
