/**
 * A PDF with a text layer as paragraphs and tables, read with PDF.js (its legacy build: it runs on the browser
 * floor and in Node alike). Evaluation is off, nothing is fetched but the character maps and standard fonts we
 * ship ourselves (`resources`), and PDF.js's own worker code runs in this realm: in the app this module runs
 * inside the import worker, which is the isolation. A page's text runs and ruling lines go to `layOutPage`.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ImportLimits } from '../import/limits';
import { joinPages, layOutPage, type LaidOutPage, type Segment, type TextRun } from './pdf-layout';
import type { PublishedDoc } from './published-doc';

export interface PdfResources {
  /** Folder (URL in the browser, path in Node) of PDF.js's packed character maps, ending in `/`. */
  cMapUrl: string;
  /** Folder of PDF.js's standard fonts, ending in `/`. */
  standardFontDataUrl: string;
}

export type PdfResult = { ok: true; doc: PublishedDoc; pages: number } | { ok: false; reason: string };

export const NO_TEXT_LAYER =
  '这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字和表格。请找到原始的 Word 文档或网页版年报再导入。';
const MAX_PAGES = 200;
const MAX_RUNS = 200_000;

type PdfJs = typeof PdfJsModule;
let loaded: Promise<PdfJs> | undefined;

/** PDF.js and its worker code, once: importing the worker module first makes PDF.js run it in this realm. */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

export async function readPdf(
  bytes: Uint8Array,
  limits: Readonly<ImportLimits>,
  resources: PdfResources,
): Promise<PdfResult> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: true,
    cMapUrl: resources.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: resources.standardFontDataUrl,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      if (name === 'PasswordException')
        return { ok: false, reason: '这个 PDF 设置了打开密码，无法读取。请取消密码后再导入。' };
      return { ok: false, reason: '这个 PDF 文件不完整或已损坏，无法读取。请重新下载后再导入。' };
    }
    if (doc.numPages > MAX_PAGES) {
      return {
        ok: false,
        reason: `这个 PDF 有 ${doc.numPages} 页，超过上限 ${MAX_PAGES} 页，不像政府信息公开年度报告。`,
      };
    }
    const pages: LaidOutPage[] = [];
    let runCount = 0;
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const runs = await pageRuns(page);
      runCount += runs.length;
      if (runCount > MAX_RUNS)
        return { ok: false, reason: '这个 PDF 的文字过多，不像政府信息公开年度报告，已停止读取。' };
      const segments = await pageSegments(pdfjs, page);
      const width = (page.view[2] ?? 0) - (page.view[0] ?? 0);
      pages.push(layOutPage({ runs, segments, width }, limits.maxColumns, limits.maxRowsPerSheet));
      page.cleanup();
    }
    if (!pages.some((p) => p.blocks.length > 0)) return { ok: false, reason: NO_TEXT_LAYER };
    return { ok: true, doc: { blocks: joinPages(pages) }, pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}

type Page = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

async function pageRuns(page: Page): Promise<TextRun[]> {
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    // Rotated text (a vertical 三、本年度办理结果) keeps its start point; its size is the glyph height.
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 10;
    runs.push({ str: item.str, x: e, y: f, width: item.width, size });
  }
  return runs;
}

type Matrix = [number, number, number, number, number, number];

/** Ruling lines: every stroked path's straight pieces, and filled rectangles thin enough to be a rule. */
async function pageSegments(pdfjs: PdfJs, page: Page): Promise<Segment[]> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList();
  const out: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const painting = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const strokes = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!painting.has(op) || !path) return;
      const pieces = pathPieces(path, ctm);
      if (strokes.has(op)) out.push(...pieces);
      else out.push(...thinRectangles(pieces));
    }
  });
  return out;
}

/** PDF.js draws paths as moveTo 0, lineTo 1, curveTo 2 (6 numbers), quadraticCurveTo 3 (4), closePath 4. */
function pathPieces(path: ArrayLike<number>, m: Matrix): Segment[] {
  const out: Segment[] = [];
  let [sx, sy, cx, cy] = [0, 0, 0, 0];
  const at = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  for (let k = 0; k < path.length;) {
    const op = path[k] ?? -1;
    if (op === 0 || op === 1) {
      const [x, y] = at(path[k + 1] ?? 0, path[k + 2] ?? 0);
      if (op === 1) out.push({ x0: cx, y0: cy, x1: x, y1: y });
      else [sx, sy] = [x, y];
      [cx, cy] = [x, y];
      k += 3;
    } else if (op === 2 || op === 3) {
      const n = op === 2 ? 6 : 4;
      [cx, cy] = at(path[k + n - 1] ?? 0, path[k + n] ?? 0);
      k += n + 1;
    } else if (op === 4) {
      out.push({ x0: cx, y0: cy, x1: sx, y1: sy });
      [cx, cy] = [sx, sy];
      k += 1;
    } else break;
  }
  return out;
}

/** A filled rectangle under 3 points thick is a rule drawn as a fill: its long middle line. */
function thinRectangles(pieces: readonly Segment[]): Segment[] {
  if (pieces.length < 3) return [];
  const xs = pieces.flatMap((p) => [p.x0, p.x1]);
  const ys = pieces.flatMap((p) => [p.y0, p.y1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 < 3 && x1 - x0 > y1 - y0) return [{ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 }];
  if (x1 - x0 < 3 && y1 - y0 > x1 - x0) return [{ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 }];
  return [];
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}
