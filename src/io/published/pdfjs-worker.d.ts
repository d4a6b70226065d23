/** PDF.js's worker code, imported only for its effect (it sets `globalThis.pdfjsWorker`); it ships no types. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
