/**
 * A web page (a saved portal page, or the `text/html` of a copied report) as paragraphs and tables. Parsed with
 * parse5, which builds a plain tree and nothing else: no script runs, no image, stylesheet or link is fetched,
 * here or in Node alike. A table holding other tables is page layout and is walked into; a table without nested
 * tables is data, its rowspan/colspan laid on the grid, `<br>` and paragraphs inside a cell kept as line breaks.
 */
import { parse } from 'parse5';
import { IMPORT_LIMITS } from '../import/limits';
import { cleanText, layOutSpans, type PublishedBlock, type PublishedDoc, type SpanCell } from './published-doc';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  /** `<template>` keeps its children here. */
  content?: Node;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'select', 'textarea']);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'center',
  'table',
  'tr',
  'title',
  'dd',
  'dt',
  'form',
  'main',
  'nav',
  'aside',
  'hr',
]);

export function readHtml(html: string): PublishedDoc {
  const root = parse(html) as unknown as Node;
  const blocks: PublishedBlock[] = [];
  let line = '';
  const flush = () => {
    const text = cleanText(line);
    if (text !== '') blocks.push({ kind: 'paragraph', text });
    line = '';
  };
  const walk = (node: Node) => {
    const name = node.nodeName;
    if (name === '#text') {
      line += node.value ?? '';
      return;
    }
    if (SKIP.has(name) || name === '#comment') return;
    if (name === 'br') {
      flush();
      return;
    }
    if (name === 'table' && !containsTable(node)) {
      flush();
      blocks.push({ kind: 'table', rows: layOutSpans(tableRows(node), IMPORT_LIMITS.maxColumns) });
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of node.childNodes ?? []) walk(child);
    if (block || name === 'td' || name === 'th') flush();
  };
  walk(root);
  flush();
  return { blocks };
}

function containsTable(node: Node): boolean {
  return (node.childNodes ?? []).some((c) => c.nodeName === 'table' || containsTable(c));
}

function tableRows(table: Node): SpanCell[][] {
  const rows: SpanCell[][] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes ?? []) {
      if (rows.length >= IMPORT_LIMITS.maxRowsPerSheet) return;
      if (child.nodeName === 'tr') rows.push(rowCells(child));
      else if (/^(thead|tbody|tfoot)$/u.test(child.nodeName)) visit(child);
    }
  };
  visit(table);
  return rows;
}

function rowCells(tr: Node): SpanCell[] {
  return (tr.childNodes ?? [])
    .filter((c) => c.nodeName === 'td' || c.nodeName === 'th')
    .map((cell) => ({
      text: cleanText(cellText(cell)),
      rowSpan: span(cell, 'rowspan'),
      colSpan: span(cell, 'colspan'),
    }));
}

function cellText(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (SKIP.has(node.nodeName) || node.nodeName === '#comment') return '';
  if (node.nodeName === 'br') return '\n';
  const inner = (node.childNodes ?? []).map(cellText).join('');
  return BLOCK.has(node.nodeName) ? `\n${inner}\n` : inner;
}

function span(node: Node, name: string): number {
  const raw = node.attrs?.find((a) => a.name === name)?.value;
  const n = raw === undefined ? 1 : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
