/**
 * Published reports read in Node by the app's own `importFile`: PDF.js's text and ruling lines, the layout into
 * a grid, the label-based table reader and the text checks. The baseline is PDF.js alone extracting the same
 * files' text (`getTextContent` of every page, the same document options): the floor any reader of them pays.
 * `published-pdf-10`: one 10-page report (made by LibreOffice from a portal-like page). `published-batch-100`:
 * the office's batch check, 100 PDF reports of the three formats read one after another with their findings
 * listed (`batchRows`). Alternated pair by pair.
 */
import { readFileSync } from 'node:fs';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fileURLToPath } from 'node:url';
import { nodePdfResources } from '../../src/cli/pdf-resources';
import { batchRows } from '../../src/features/office/published-batch-rows';
import { importFile } from '../../src/io/import/import-file';
import { type Figure, median, samplesNote, timePairs } from './measure';

const DIR = fileURLToPath(new URL('../../tests/fixtures/published/', import.meta.url));
const LONG = 'bench-2021-10-pages.pdf';
const BATCH = ['2021-agreeing', '2021-contradicting', '2019-agreeing-gbk', 'legacy-agreeing', 'legacy-contradicting'];
const BATCH_SIZE = 100;

type PdfJs = typeof PdfJsModule;

export async function publishedFigures(): Promise<Figure[]> {
  const resources = nodePdfResources();
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const load = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
  const long = load(LONG);
  const kinds = BATCH.map((name) => load(`${name}.pdf`));
  const batch = Array.from({ length: BATCH_SIZE }, (_, i) => kinds[i % kinds.length] as Uint8Array);

  let findings = 0;
  const ours = async (bytes: Uint8Array) => {
    const read = await importFile(bytes, 'report.pdf', { pdf: resources });
    if (!read.ok || !read.published)
      throw new Error(`a bench report did not read: ${read.ok ? 'no text' : read.reason}`);
    return batchRows('report.pdf', read).findings.length;
  };
  const baseline = async (bytes: Uint8Array) => {
    await textOnly(pdfjs, bytes, resources);
  };

  const [a, b] = await timePairs(
    async () => void (await ours(long)),
    () => baseline(long),
    9,
    2,
  );
  const [c, d] = await timePairs(
    async () => {
      findings = 0;
      for (const bytes of batch) findings += await ours(bytes);
    },
    async () => {
      for (const bytes of batch) await baseline(bytes);
    },
    3,
    1,
  );
  return [
    {
      id: 'published-pdf-10',
      name: `${await textOnly(pdfjs, long, resources)} 页 PDF 年报读取（表格、正文核对）`,
      ms: median(a),
      baselineName: 'PDF.js getTextContent 全部页',
      baselineMs: median(b),
      targetMs: 1000,
      note: `Node; an agreeing report; ${samplesNote(a, b)}`,
    },
    {
      id: 'published-batch-100',
      name: `${BATCH_SIZE} 份 PDF 年报逐份核对（三种格式）`,
      ms: median(c),
      baselineName: 'PDF.js getTextContent 全部页',
      baselineMs: median(d),
      note: `Node; ${findings} findings in all; ${samplesNote(c, d)}`,
    },
  ];
}

/** PDF.js alone: open the file and extract every page's text; returns the page count. */
async function textOnly(pdfjs: PdfJs, bytes: Uint8Array, resources: ReturnType<typeof nodePdfResources>) {
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: resources.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: resources.standardFontDataUrl,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n += 1) await (await doc.getPage(n)).getTextContent();
    return doc.numPages;
  } finally {
    await task.destroy();
  }
}
