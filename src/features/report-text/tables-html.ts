/**
 * A format's tables as HTML (for the print view and for pasting into Word or WPS, which keep only inline
 * styles) and as tab-separated text (the plain alternative on the clipboard). Values are the computed ones,
 * so totals print as the tables show them.
 */
import type { FieldKey, FormatDef, TableDef, Values } from '@/domain/format/types';
import { buildPrintRows, type PrintCell } from '@/widgets/shared/print-rows';

const TABLE_STYLE =
  'border-collapse:collapse;width:100%;font-family:宋体,SimSun,serif;font-size:10.5pt;line-height:1.3;' +
  'margin:0 0 12pt 0';
const CELL_STYLE = 'border:1px solid #000;padding:2pt 4pt;vertical-align:middle';
const HEADING_STYLE = 'font-family:黑体,SimHei,sans-serif;font-size:16pt;font-weight:normal;margin:12pt 0 6pt 0';

/** A report's figures as the tables print them: stored inputs (blank stays blank) and computed totals. */
export interface TableFigures {
  format: FormatDef;
  values: Values;
  computed: ReadonlyMap<FieldKey, number>;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function cellHtml(cell: PrintCell): string {
  const span =
    (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') + (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
  const header = cell.kind === 'header';
  const align = header || cell.kind === 'value' || cell.kind === 'computed' ? 'text-align:center' : 'text-align:left';
  const tag = header ? 'th' : 'td';
  const style = `${CELL_STYLE};${align}${header ? ';font-weight:bold' : ''}`;
  return `<${tag}${span} style="${style}">${escapeHtml(cell.text)}</${tag}>`;
}

/** One table as an HTML `<table>` with its merges, every style inline (Word and WPS keep only inline styles). */
export function tableHtml(figures: TableFigures, table: TableDef): string {
  const rows = buildPrintRows(figures.format, table, figures.values, figures.computed);
  const body = rows.map((row) => `<tr>${row.map(cellHtml).join('')}</tr>`).join('');
  return `<table style="${TABLE_STYLE}"><tbody>${body}</tbody></table>`;
}

/** Every table under its heading, as one HTML fragment for the clipboard. */
export function tablesHtml(figures: TableFigures): string {
  return figures.format.tables
    .map((t) => `<p style="${HEADING_STYLE}">${escapeHtml(t.heading)}</p>${tableHtml(figures, t)}`)
    .join('');
}

/** The tables as tab-separated rows, each under its heading: what a plain-text paste receives. */
export function tablesPlainText(figures: TableFigures): string {
  return figures.format.tables
    .map((table) => {
      const lines = buildPrintRows(figures.format, table, figures.values, figures.computed).map((row) => {
        const slots = new Array<string>(table.colCount).fill('');
        for (const cell of row) slots[cell.c] = cell.text;
        return slots.join('\t');
      });
      return [table.heading, ...lines].join('\n');
    })
    .join('\n\n');
}

/** The numeral of a heading like `二、主动公开政府信息情况`, to place each table under its section. */
export function headingNumeral(heading: string): string | undefined {
  return /^\s*([一二三四五六七八九十]+)、/.exec(heading)?.[1];
}
