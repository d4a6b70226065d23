/**
 * `published-pdf-10`: a 10-page published report (made by LibreOffice from a portal-like page) read in Node by
 * the app's own `importFile`: PDF.js's text and ruling lines, the layout into a grid, the label-based table
 * reader and the text checks. The baseline is PDF.js alone extracting the same file's text (`getTextContent` of
 * every page, the same document options): the floor any reader of this file pays. Alternated pair by pair.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodePdfResources } from '../../src/cli/pdf-resources';
import { importFile } from '../../src/io/import/import-file';
import { type Figure, median, samplesNote, timePairs } from './measure';

const FILE = fileURLToPath(new URL('../../tests/fixtures/published/bench-2021-10-pages.pdf', import.meta.url));

export async function publishedFigures(): Promise<Figure[]> {
  const bytes = new Uint8Array(readFileSync(FILE));
  const resources = nodePdfResources();
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages = 0;
  let findings = -1;

  const ours = async () => {
    const read = await importFile(bytes, 'report.pdf', { pdf: resources });
    if (!read.ok || !read.published)
      throw new Error(`the bench report did not read: ${read.ok ? 'no text' : read.reason}`);
    findings = read.published.findings.length;
  };
  const baseline = async () => {
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
      pages = doc.numPages;
      for (let n = 1; n <= doc.numPages; n += 1) await (await doc.getPage(n)).getTextContent();
    } finally {
      await task.destroy();
    }
  };
  const [a, b] = await timePairs(ours, baseline, 9, 2);
  return [
    {
      id: 'published-pdf-10',
      name: `${pages} 页 PDF 年报读取（表格、正文核对）`,
      ms: median(a),
      baselineName: 'PDF.js getTextContent 全部页',
      baselineMs: median(b),
      targetMs: 1000,
      note: `Node; ${findings} findings (an agreeing report); ${samplesNote(a, b)}`,
    },
  ];
}
