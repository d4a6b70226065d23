/**
 * Builds one report fixture (sheets + the answers an import must give) from a format and a few choices:
 * tidy or messy labels and values, one sheet or one per table, title/填报单位/signature lines, a 序号 column,
 * an extra provincial row. The expected values are derived from the same choices, never typed by hand.
 */
import type { FieldDef, FieldKey, FormatDef, LayoutCell } from '../../src/domain/format/types';
import { indexFormat } from '../../src/domain/format/format-index';
import { computeAll } from '../../src/domain/rules/compute';
import { appendBlock, emptyBlock, insertColumn, insertRow, lineBlock, type Block } from './block';
import { address, type FixtureCell, type FixtureSheet } from './mini-xlsx';
import { renderTable } from './render-table';
import { makeValues } from './report-values';

export interface ReportChoices {
  format: FormatDef;
  seed: number;
  messy: boolean;
  layout: 'oneSheet' | 'sheetPerTable';
  title?: string;
  unitLine?: string;
  signature?: boolean;
  serialColumn?: boolean;
  /** A provincial extra row after the row labelled `after`. */
  extraRow?: { after: string; label: string };
  /** Refused cells: field → the text typed there. */
  refuse?: Record<FieldKey, string>;
  /** A computed cell printed wrong (stated + 1), for the S rules. */
  wrongStated?: FieldKey;
}

export interface ExpectedReport {
  kind: 'report';
  formatId: string;
  values: Record<FieldKey, number>;
  stated: Record<FieldKey, number>;
  blanksReadAsZero: number;
  refused: { sheet: string; cell: string; field: FieldKey }[];
  /** Cells that must carry a note, and a word the note contains. */
  notes: { sheet: string; cell: string; field: FieldKey; contains: string }[];
  unplaced: { sheet: string; cell: string; label: string }[];
  /** Every field's cell, for error messages in the tests. */
  cells: Record<FieldKey, string>;
}

interface Written {
  text: FixtureCell;
  /** The value the import must produce; undefined when the cell must be refused. */
  expect: number | undefined;
  blank?: boolean;
  note?: string;
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

export function buildReport(choices: ReportChoices): { sheets: FixtureSheet[]; expected: ExpectedReport } {
  const { format } = choices;
  const intended = makeValues(format, choices.seed);
  const inputs = indexFormat(format).inputs;
  const written = new Map<FieldKey, Written>();
  inputs.forEach((f, i) => written.set(f.key, writeInput(f, intended[f.key] ?? 0, i, choices)));
  const expectedValues: Record<FieldKey, number> = {};
  for (const [key, w] of written) if (w.expect !== undefined) expectedValues[key] = w.expect;
  const printedTotals = computeAll(format, expectedValues);
  const stated: Record<FieldKey, number> = {};

  const valueOf = (f: FieldDef): FixtureCell => {
    if (!f.sumOf) return written.get(f.key)?.text ?? null;
    // Messy files leave the 总计 column blank on result rows, as many real ones do.
    if (choices.messy && f.table === 't3' && f.col === 'total' && f.rowLabels.length > 1 && f.row !== 'totalHandled') {
      return null;
    }
    const total = (printedTotals.get(f.key) ?? 0) + (choices.wrongStated === f.key ? 1 : 0);
    stated[f.key] = total;
    return total;
  };
  const labelOf = (text: string, cell: LayoutCell) => (choices.messy ? messyLabel(text, cell) : text);

  const blocks = format.tables.map((table) => {
    const block = renderTable(format, table, { label: labelOf, value: valueOf });
    if (choices.serialColumn) addSerialColumn(block);
    if (choices.extraRow) addExtraRow(block, choices.extraRow, choices.messy);
    return { table, block };
  });

  const sheets: { name: string; block: Block }[] = [];
  const head = (): Block => {
    const lines: FixtureCell[][] = [];
    if (choices.title) lines.push([choices.title]);
    if (choices.unitLine) lines.push([choices.unitLine]);
    return lineBlock(...lines);
  };
  const tail = () =>
    lineBlock(['单位负责人：张某某　　　　审核人：王某某　　　　填表人：李某某　　　　联系电话：0000-1234567']);
  if (choices.layout === 'oneSheet') {
    const sheet = head();
    for (const { table, block } of blocks) {
      if (format.tables.length > 1)
        appendBlock(sheet, lineBlock([choices.messy ? messyHeading(table.heading) : table.heading]), 1);
      appendBlock(sheet, block);
    }
    if (choices.signature) appendBlock(sheet, tail(), 1);
    sheets.push({ name: '统计表', block: sheet });
  } else {
    blocks.forEach(({ table, block }, i) => {
      const sheet = i === 0 ? head() : emptyBlock();
      appendBlock(sheet, lineBlock([table.heading]), 0);
      appendBlock(sheet, block);
      if (choices.signature && i === blocks.length - 1) appendBlock(sheet, tail(), 1);
      sheets.push({ name: `表${'二三四'[i] ?? i}`, block: sheet });
    });
  }

  const expected: ExpectedReport = {
    kind: 'report',
    formatId: format.id,
    values: expectedValues,
    stated,
    blanksReadAsZero: [...written.values()].filter((w) => w.blank).length,
    refused: [],
    notes: [],
    unplaced: [],
    cells: {},
  };
  for (const { name, block } of sheets) {
    for (const [key, pos] of block.fields) {
      const cell = address(pos.r, pos.c);
      expected.cells[key] = `${name}!${cell}`;
      const w = written.get(key);
      if (w?.expect === undefined && w) expected.refused.push({ sheet: name, cell, field: key });
      if (w?.note) expected.notes.push({ sheet: name, cell, field: key, contains: w.note });
    }
    const extra = choices.extraRow?.label;
    block.cells.forEach((row, r) => {
      const c = extra === undefined ? -1 : row.indexOf(extra);
      if (extra !== undefined && c >= 0) expected.unplaced.push({ sheet: name, cell: address(r, c), label: extra });
    });
  }
  return { sheets: sheets.map(({ name, block }) => ({ name, cells: block.cells, merges: block.merges })), expected };
}

/** How a messy file writes an input value: the styles cycle over the fields so every format gets each one. */
function writeInput(f: FieldDef, v: number, i: number, choices: ReportChoices): Written {
  const refused = choices.refuse?.[f.key];
  if (refused !== undefined) return { text: refused, expect: undefined };
  if (!choices.messy) return { text: v, expect: v };
  if (f.kind === 'money') {
    const yuan = Math.round(v * 10000);
    return { text: `${yuan}元`, expect: yuan / 10000, note: '万元' };
  }
  switch (i % 12) {
    case 1:
      return { text: String(v), expect: v };
    case 2:
      return {
        text: String(Math.abs(v)).replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d),
        expect: Math.abs(v),
      };
    case 3:
      return f.kind === 'count' ? { text: `${v}${f.unit ?? '件'}`, expect: v } : { text: String(v), expect: v };
    case 5:
      return { text: null, expect: 0, blank: true };
    case 7:
      return { text: '-', expect: 0, blank: true, note: '不适用' };
    case 8:
      return { text: ` ${v}\u3000`, expect: v };
    case 10:
      return { text: '无', expect: 0 };
    case 11:
      return f.kind === 'count' ? { text: `1,${String(100 + v)}`, expect: 1100 + v } : { text: v, expect: v };
    default:
      return { text: v, expect: v };
  }
}

/** Punctuation and spacing as real files vary it (spec §5); the words stay the official ones. */
function messyLabel(text: string, cell: LayoutCell): string {
  if (text === '规章') return '规章（设区的市、自治州人民政府应提供相关数据）';
  if (text.startsWith('（二）部分公开')) return '(二)部分公开';
  let s = text
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/^(\d+)\./, '$1、');
  if (s.startsWith('第二十条第')) s = s.replace('第二十条第', '第二十条 第');
  if (cell.header && !s.includes('(') && s.length >= 4 && !s.startsWith('第')) {
    s = `${s.slice(0, Math.ceil(s.length / 2))}\n${s.slice(Math.ceil(s.length / 2))}`;
  }
  if (/^\d/.test(s) && cell.c === 2) s = `\u3000${s}`;
  if (s.startsWith('其中：')) s = s.replace('其中：', '其中:');
  return s;
}

function messyHeading(text: string): string {
  return text.replace('、', '．');
}

function addSerialColumn(block: Block): void {
  let n = 0;
  const numbered = new Set([...block.fields.values()].map((p) => p.r));
  insertColumn(block, 0, (r) => (r === 0 ? '序号' : numbered.has(r) ? ++n : null));
}

function addExtraRow(block: Block, extra: { after: string; label: string }, messy: boolean): void {
  const r = block.cells.findIndex((row) =>
    row.some((v) => typeof v === 'string' && v.replace(/[（(].*$/, '') === extra.after),
  );
  if (r < 0) return;
  const row: FixtureCell[] = Array.from({ length: block.cells[r]?.length ?? 1 }, () => null);
  const labelCol = block.cells[r]?.findIndex((v) => typeof v === 'string') ?? 0;
  row[labelCol] = extra.label;
  const valueCols = [...block.fields.values()].filter((p) => p.r === r).map((p) => p.c);
  valueCols.forEach((c, i) => (row[c] = messy ? String(7 + i) : 7 + i));
  insertRow(block, r + 1, row);
}
