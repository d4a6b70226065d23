/** Where PDF.js finds its character maps and standard fonts on the command line: the installed package's folders. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfResources } from '@/io/published/pdf-reader';

export function nodePdfResources(): PdfResources {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}
