/** Prints a table of a format into a fixture block from its layout, with a chosen text for every cell. */
import type { FieldDef, FormatDef, LayoutCell, TableDef } from '../../src/domain/format/types';
import { emptyBlock, setCell, type Block } from './block';
import type { FixtureCell } from './mini-xlsx';

export interface CellStyle {
  /** The printed text of a label cell (messy files vary punctuation, spaces, line breaks). */
  label: (text: string, cell: LayoutCell) => string;
  /** The content of a value cell. */
  value: (field: FieldDef) => FixtureCell;
}

export function renderTable(format: FormatDef, table: TableDef, style: CellStyle): Block {
  const block = emptyBlock();
  const fieldByKey = new Map(format.fields.map((f) => [f.key, f]));
  for (let r = 0; r < table.rowCount; r += 1) setCell(block, r, table.colCount - 1, null);
  for (const cell of table.cells) {
    if (cell.label !== undefined) setCell(block, cell.r, cell.c, style.label(cell.label, cell));
    if (cell.field !== undefined) {
      const field = fieldByKey.get(cell.field);
      if (!field) throw new Error(`layout names unknown field ${cell.field}`);
      setCell(block, cell.r, cell.c, style.value(field));
      block.fields.set(field.key, { r: cell.r, c: cell.c });
    }
    const rowSpan = cell.rowSpan ?? 1;
    const colSpan = cell.colSpan ?? 1;
    if (rowSpan > 1 || colSpan > 1) {
      block.merges.push({ r0: cell.r, c0: cell.c, r1: cell.r + rowSpan - 1, c1: cell.c + colSpan - 1 });
    }
  }
  return block;
}
