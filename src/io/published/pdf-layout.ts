/**
 * A PDF page's positioned text and ruling lines turned into paragraphs and tables. Pure geometry, no PDF
 * library: the reader hands over text runs (baseline, x, width, size) and line segments in page space.
 *
 * Tables: ruling lines that touch form a table; the distinct x of its vertical lines are the column edges, the
 * distinct y of its horizontal lines the row edges, and two neighbouring grid slots with no line between them are
 * one merged cell, whose text (wrapped over several lines, vertically centred) goes to its top-left slot: the
 * grid a spreadsheet gives. Text outside tables: runs sharing a baseline make a line, a line that runs to the
 * right margin continues into the next (wrapped), anything else ends a paragraph.
 */
import type { CellValue } from '../import/workbook-data';
import { cleanText, type PublishedBlock } from './published-doc';

export interface TextRun {
  str: string;
  x: number;
  /** Baseline, PDF space (y grows upwards). */
  y: number;
  width: number;
  size: number;
}

export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageContent {
  runs: TextRun[];
  segments: Segment[];
  /** Page width: where the right margin is on a page of short lines. */
  width?: number;
}

/** Tables of a page with their top edge, and paragraphs' lines with theirs, in reading order. */
export interface LaidOutPage {
  blocks: (PublishedBlock & { top: number; columns?: number[] })[];
}

const EDGE = 1.5;
const TOUCH = 2.5;

interface Table {
  xs: number[];
  ys: number[];
  h: Segment[];
  v: Segment[];
}

export function layOutPage(page: PageContent, maxColumns: number, maxRows: number): LaidOutPage {
  const tables = findTables(page.segments).filter((t) => t.xs.length - 1 <= maxColumns && t.ys.length - 1 <= maxRows);
  const inTable: TextRun[][] = tables.map(() => []);
  const free: TextRun[] = [];
  for (const run of page.runs) {
    if (run.str.trim() === '') {
      free.push(run);
      continue;
    }
    const cx = run.x + run.width / 2;
    const cy = run.y + run.size * 0.35;
    const t = tables.findIndex((tb) => inside(tb, cx, cy));
    if (t >= 0) inTable[t]?.push(...splitAtSpaces(run));
    else free.push(run);
  }
  const blocks: LaidOutPage['blocks'] = tables.map((t, i) => ({
    kind: 'table',
    rows: tableGrid(t, inTable[i] ?? []),
    top: t.ys[0] ?? 0,
    columns: t.xs,
  }));
  for (const p of paragraphs(free, tables, page.width)) blocks.push({ kind: 'paragraph', text: p.text, top: p.top });
  blocks.sort((a, b) => b.top - a.top);
  return { blocks };
}

/**
 * One run may cross cells ("297 232 328" printed as one string over three columns): inside a table it is cut at
 * its spaces, each piece placed by its share of the characters.
 */
function splitAtSpaces(run: TextRun): TextRun[] {
  if (!/\S\s+\S/u.test(run.str)) return [run];
  const perChar = run.width / Math.max(1, run.str.length);
  const out: TextRun[] = [];
  for (const m of run.str.matchAll(/\S+/gu)) {
    out.push({ ...run, str: m[0], x: run.x + (m.index ?? 0) * perChar, width: m[0].length * perChar });
  }
  return out;
}

function inside(t: Table, x: number, y: number): boolean {
  const [left, right] = [t.xs[0] ?? 0, t.xs.at(-1) ?? 0];
  const [top, bottom] = [t.ys[0] ?? 0, t.ys.at(-1) ?? 0];
  return x > left && x < right && y < top && y > bottom;
}

const isH = (s: Segment) => Math.abs(s.y0 - s.y1) < 0.8 && Math.abs(s.x1 - s.x0) > 2;
const isV = (s: Segment) => Math.abs(s.x0 - s.x1) < 0.8 && Math.abs(s.y1 - s.y0) > 2;

function norm(s: Segment): Segment {
  return { x0: Math.min(s.x0, s.x1), x1: Math.max(s.x0, s.x1), y0: Math.min(s.y0, s.y1), y1: Math.max(s.y0, s.y1) };
}

/** Connected groups of horizontal and vertical rules with at least two of each: a table each. */
function findTables(segments: readonly Segment[]): Table[] {
  const h = segments.filter(isH).map(norm);
  const v = segments.filter(isV).map(norm);
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  h.forEach((a, i) => {
    v.forEach((b, j) => {
      const touches = b.x0 >= a.x0 - TOUCH && b.x0 <= a.x1 + TOUCH && a.y0 >= b.y0 - TOUCH && a.y0 <= b.y1 + TOUCH;
      if (touches) parent[find(i)] = find(h.length + j);
    });
  });
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  h.forEach((s, i) => (groups.get(find(i)) ?? setNew(groups, find(i))).h.push(s));
  v.forEach((s, j) => (groups.get(find(h.length + j)) ?? setNew(groups, find(h.length + j))).v.push(s));
  const out: Table[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const xs = distinct(g.v.map((s) => s.x0)).sort((a, b) => a - b);
    const ys = distinct(g.h.map((s) => s.y0)).sort((a, b) => b - a);
    if (xs.length >= 2 && ys.length >= 2) out.push({ xs, ys, h: g.h, v: g.v });
  }
  return out;
}

function setNew(groups: Map<number, { h: Segment[]; v: Segment[] }>, key: number) {
  const g = { h: [] as Segment[], v: [] as Segment[] };
  groups.set(key, g);
  return g;
}

function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - (out.at(-1) ?? 0) > EDGE) out.push(v);
  return out;
}

/** The grid: merged cells found by the rules missing between slots, each cell's text in its top-left slot. */
function tableGrid(t: Table, runs: readonly TextRun[]): CellValue[][] {
  const rows = t.ys.length - 1;
  const cols = t.xs.length - 1;
  const id = (i: number, j: number) => i * cols + j;
  const parent = Array.from({ length: rows * cols }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] ?? k] ?? k;
    return k;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    // The root is the smaller index: the top-left slot of the merged cell.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 0; i < rows; i += 1) {
    const midY = ((t.ys[i] ?? 0) + (t.ys[i + 1] ?? 0)) / 2;
    for (let j = 0; j < cols; j += 1) {
      const midX = ((t.xs[j] ?? 0) + (t.xs[j + 1] ?? 0)) / 2;
      const x = t.xs[j + 1] ?? 0;
      if (j + 1 < cols && !t.v.some((s) => Math.abs(s.x0 - x) <= EDGE && s.y0 - EDGE <= midY && midY <= s.y1 + EDGE)) {
        union(id(i, j), id(i, j + 1));
      }
      const y = t.ys[i + 1] ?? 0;
      if (i + 1 < rows && !t.h.some((s) => Math.abs(s.y0 - y) <= EDGE && s.x0 - EDGE <= midX && midX <= s.x1 + EDGE)) {
        union(id(i, j), id(i + 1, j));
      }
    }
  }
  const texts = new Map<number, TextRun[]>();
  for (const run of runs) {
    const cx = run.x + run.width / 2;
    const cy = run.y + run.size * 0.35;
    const j = t.xs.findIndex((x, k) => k < cols && cx >= x && cx < (t.xs[k + 1] ?? x));
    const i = t.ys.findIndex((y, k) => k < rows && cy <= y && cy > (t.ys[k + 1] ?? y));
    if (i < 0 || j < 0) continue;
    const root = find(id(i, j));
    texts.set(root, [...(texts.get(root) ?? []), run]);
  }
  const grid: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  for (const [root, list] of texts) {
    const row = grid[Math.floor(root / cols)];
    if (row) row[root % cols] = cleanText(joinCellLines(lines(list).map((l) => l.text)));
  }
  return grid;
}

/** A cell's lines: a number wrapped in a narrow cell ("73.865" over "5") is joined back without a break. */
function joinCellLines(texts: readonly string[]): string {
  return texts.reduce(
    (acc, t) => (acc === '' ? t : /[\d.]$/u.test(acc) && /^[\d.]/u.test(t) ? acc + t : `${acc}\n${t}`),
    '',
  );
}

interface Line {
  text: string;
  top: number;
  left: number;
  right: number;
  size: number;
}

/** Runs sharing a baseline, left to right; LibreOffice's spaces between Chinese and Latin runs dropped. */
function lines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: { runs: TextRun[]; y: number }[] = [];
  for (const run of sorted) {
    const line = out.find((l) => Math.abs(l.y - run.y) <= Math.max(1, run.size * 0.3));
    if (line) line.runs.push(run);
    else out.push({ runs: [run], y: run.y });
  }
  return out
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const parts = l.runs.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const p of parts) {
        if (text !== '' && p.x - end > p.size * 0.8 && !text.endsWith(' ')) text += ' ';
        text += p.str;
        end = Math.max(end, p.x + p.width);
      }
      const size = Math.max(...parts.map((p) => p.size));
      return { text: tightenSpacing(text), top: l.y, left: parts[0]?.x ?? 0, right: end, size };
    })
    .filter((l) => l.text.trim() !== '');
}

const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const AUTO_SPACE = new RegExp(`(?<=${CJK}) +(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]) +(?=${CJK})`, 'gu');

/** Word processors space Chinese from Latin and digits when printing; the text as typed has no such space. */
export function tightenSpacing(text: string): string {
  return text.replace(AUTO_SPACE, '');
}

const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/共]\s*\d+\s*页?)?[-—–\s]*$/u;
const NEW_PARAGRAPH = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])/u;

/** Lines outside tables into paragraphs: a line reaching the right margin runs on into the next one. */
function paragraphs(runs: readonly TextRun[], tables: readonly Table[], width = 0): { text: string; top: number }[] {
  const all = lines(runs).filter((l) => !PAGE_NUMBER.test(l.text));
  if (all.length === 0) return [];
  // Assume margins alike left and right when no line on the page is long enough to show the right one.
  const margin = Math.max(...all.map((l) => l.right), width - Math.min(...all.map((l) => l.left)));
  const out: { text: string; top: number }[] = [];
  let open: { text: string; top: number; runsOn: boolean; bottom: number } | undefined;
  for (const l of all) {
    const tableBetween =
      open !== undefined && tables.some((t) => (t.ys[0] ?? 0) < open!.bottom && (t.ys[0] ?? 0) > l.top);
    if (open && open.runsOn && !tableBetween && !NEW_PARAGRAPH.test(l.text)) {
      open.text += l.text;
    } else {
      if (open) out.push({ text: open.text, top: open.top });
      open = { text: l.text, top: l.top, runsOn: false, bottom: l.top };
    }
    open.runsOn = l.right >= margin - l.size * 1.5;
    open.bottom = l.top;
  }
  if (open) out.push({ text: open.text, top: open.top });
  return out;
}

/**
 * The pages' blocks in one list. A table at the head of a page whose outer edges are those of the table ending
 * the page before is its continuation: both parts are laid on the union of their column edges (a part may lack
 * some inner rules: a header row of merged cells) and the rows appended.
 */
export function joinPages(pages: readonly LaidOutPage[]): PublishedBlock[] {
  const out: (PublishedBlock & { columns?: number[] })[] = [];
  for (const page of pages) {
    page.blocks.forEach((b, index) => {
      const last = out.at(-1);
      if (index === 0 && b.kind === 'table' && last?.kind === 'table' && sameEdges(last.columns, b.columns)) {
        const columns = distinct([...(last.columns ?? []), ...(b.columns ?? [])]).sort((x, y) => x - y);
        last.rows = remap(last.rows, last.columns ?? [], columns);
        appendRows(last.rows, remap(b.rows, b.columns ?? [], columns));
        last.columns = columns;
        return;
      }
      out.push(
        b.kind === 'table'
          ? { kind: 'table', rows: b.rows, columns: b.columns ?? [] }
          : { kind: 'paragraph', text: b.text },
      );
    });
  }
  return out.map((b) => (b.kind === 'table' ? { kind: 'table', rows: b.rows } : b));
}

function sameEdges(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return Math.abs((a[0] ?? 0) - (b[0] ?? 0)) <= 2 && Math.abs((a.at(-1) ?? 0) - (b.at(-1) ?? 0)) <= 2;
}

/** A grid laid on column edges `from` moved onto the finer edges `to`: each slot to the column its left edge starts. */
function remap(rows: readonly CellValue[][], from: readonly number[], to: readonly number[]): CellValue[][] {
  const target = from.slice(0, -1).map((x) => to.findIndex((y) => Math.abs(x - y) <= EDGE));
  return rows.map((row) => {
    const out = new Array<CellValue>(Math.max(0, to.length - 1)).fill(null);
    row.forEach((v, j) => {
      const k = target[j] ?? -1;
      if (k >= 0 && v !== null) out[k] = v;
    });
    return out;
  });
}

/**
 * A table continued on the next page. A row split by the page break arrives in two parts, joined slot by slot:
 * labels without numbers at the foot of one page and the rest at the head of the next; or the numbers with the
 * first line of a wrapped label at the foot (“6.属于四类过程性信”) and only the label's last line at the head
 * (“息”), in slots where the foot's row has label text.
 */
function appendRows(rows: CellValue[][], more: readonly CellValue[][]): void {
  const tail = rows.at(-1);
  const head = more[0];
  if (tail && head && (splitBeforeNumbers(tail, head) || labelRemainder(tail, head))) {
    rows[rows.length - 1] = tail.map((v, i) => {
      const next = head[i];
      if (v === null) return next ?? null;
      return next === null || next === undefined ? v : `${v}\n${next}`;
    });
    rows.push(...more.slice(1));
    return;
  }
  if (tail && head && !hasNumber(tail) && !hasNumber(head)) joinSplitHeaderCells(tail, head);
  rows.push(...more);
}

/**
 * A header row cut by the page break inside its cells: “结果” of a two-row cell ends one page, “维持” heads the
 * next, beside cells that really start there (under a wider “未经复议直接起诉”). A header cell one slot wide at
 * the page foot takes the text under it on the next page; a wider one (a parent of several columns) keeps its own.
 */
function joinSplitHeaderCells(tail: CellValue[], head: CellValue[]): void {
  const text = (v: CellValue | undefined) => typeof v === 'string' && v !== '';
  tail.forEach((v, j) => {
    const oneSlot = j + 1 === tail.length || tail[j + 1] !== null;
    if (text(v) && text(head[j]) && oneSlot) {
      tail[j] = `${String(v)}\n${String(head[j])}`;
      head[j] = null;
    }
  });
}

const isNumber = (v: CellValue | undefined) =>
  typeof v === 'number' || (typeof v === 'string' && /^\s*-?\d[\d,.]*\s*$/u.test(v));
const hasNumber = (row: readonly CellValue[]) => row.some(isNumber);

/** A header row ending a page (“本年收费金额” over the next page's 17.807) has text where the numbers go: not split. */
function splitBeforeNumbers(tail: readonly CellValue[], head: readonly CellValue[]): boolean {
  const numbersUnderEmpty = head.every((v, i) => !isNumber(v) || tail[i] === null || tail[i] === '');
  return !hasNumber(tail) && hasNumber(head) && numbersUnderEmpty && typeof tail[0] !== 'undefined';
}

function labelRemainder(tail: readonly CellValue[], head: readonly CellValue[]): boolean {
  if (!hasNumber(tail) || hasNumber(head)) return false;
  const filled = head.flatMap((v, i) => (v !== null && v !== '' ? [i] : []));
  return filled.length > 0 && filled.every((i) => typeof tail[i] === 'string' && tail[i] !== '' && !isNumber(tail[i]));
}
