/**
 * A format's tables as HTML (for the print view and for pasting into Word or WPS, which keep only inline
 * styles) and as tab-separated text (the plain alternative on the clipboard). Values are the computed ones,
 * so totals print as the tables show them.
 */
import type { LayoutCell, TableDef } from '@/domain/format/types';
import { formatNumber } from '@/domain/values/money';

const TABLE_STYLE =
  'border-collapse:collapse;width:100%;font-family:宋体,SimSun,serif;font-size:10.5pt;line-height:1.3;' +
  'margin:0 0 12pt 0';
const CELL_STYLE = 'border:1px solid #000;padding:2pt 4pt;vertical-align:middle';
const HEADING_STYLE = 'font-family:黑体,SimHei,sans-serif;font-size:16pt;font-weight:normal;margin:12pt 0 6pt 0';

/** Each grid slot's owning layout cell (undefined where the layout leaves a slot empty). */
function owners(table: TableDef): (LayoutCell | undefined)[][] {
  const grid = Array.from({ length: table.rowCount }, () =>
    new Array<LayoutCell | undefined>(table.colCount).fill(undefined),
  );
  for (const cell of table.cells) {
    for (let r = cell.r; r < Math.min(cell.r + (cell.rowSpan ?? 1), table.rowCount); r += 1) {
      for (let c = cell.c; c < Math.min(cell.c + (cell.colSpan ?? 1), table.colCount); c += 1) {
        const row = grid[r];
        if (row) row[c] = cell;
      }
    }
  }
  return grid;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function cellText(cell: LayoutCell, values: ReadonlyMap<string, number>): string {
  if (cell.field) return formatNumber(values.get(cell.field) ?? 0);
  return cell.label ?? '';
}

/** One table as an HTML `<table>` with its merges, every style inline. */
export function tableHtml(table: TableDef, values: ReadonlyMap<string, number>): string {
  const rows = owners(table).map((slots, r) => {
    const cells: string[] = [];
    for (let c = 0; c < table.colCount; c += 1) {
      const cell = slots[c];
      if (!cell) {
        cells.push(`<td style="${CELL_STYLE}"></td>`);
        continue;
      }
      if (cell.r !== r || cell.c !== c) continue; // covered by a merge that starts elsewhere
      const span =
        (cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
        (cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
      const align = cell.field || cell.header ? 'text-align:center' : 'text-align:left';
      const weight = cell.header ? ';font-weight:bold' : '';
      const tag = cell.header ? 'th' : 'td';
      cells.push(`<${tag}${span} style="${CELL_STYLE};${align}${weight}">${escapeHtml(cellText(cell, values))}</${tag}>`);
    }
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table style="${TABLE_STYLE}"><tbody>${rows.join('')}</tbody></table>`;
}

/** Every table under its heading, as one HTML fragment for the clipboard. */
export function tablesHtml(tables: readonly TableDef[], values: ReadonlyMap<string, number>): string {
  return tables
    .map((t) => `<p style="${HEADING_STYLE}">${escapeHtml(t.heading)}</p>${tableHtml(t, values)}`)
    .join('');
}

/** The tables as tab-separated rows, each under its heading: what a plain-text paste receives. */
export function tablesPlainText(tables: readonly TableDef[], values: ReadonlyMap<string, number>): string {
  return tables
    .map((table) => {
      const lines = owners(table).map((slots, r) =>
        slots
          .map((cell, c) => (cell && cell.r === r && cell.c === c ? cellText(cell, values) : ''))
          .join('\t'),
      );
      return [table.heading, ...lines].join('\n');
    })
    .join('\n\n');
}

/** The numeral of a heading like `二、主动公开政府信息情况`, to place each table under its section. */
export function headingNumeral(heading: string): string | undefined {
  return /^\s*([一二三四五六七八九十]+)、/.exec(heading)?.[1];
}
