/**
 * The published-PDF baseline's worker: PDF.js alone, with the app's document options, extracting every page's
 * text (`getTextContent`), nothing else: no layout into rows and columns, no table reader, no text checks.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Scope {
  onmessage: ((event: MessageEvent<{ bytes: ArrayBuffer; cMapUrl: string; fontUrl: string }>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as Scope;

scope.onmessage = (event) => void read(event.data);

async function read({ bytes, cMapUrl, fontUrl }: { bytes: ArrayBuffer; cMapUrl: string; fontUrl: string }) {
  // PDF.js's worker code in this realm, as the app's import worker runs it.
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjs: typeof PdfJsModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: true,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: fontUrl,
    verbosity: 0,
  }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n += 1) items += (await (await doc.getPage(n)).getTextContent()).items.length;
  // Tagged: PDF.js's worker code, running in this realm, posts messages of its own to the page.
  scope.postMessage({ type: 'result', pages: doc.numPages, items });
  await doc.destroy();
}
