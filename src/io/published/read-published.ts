/**
 * The import of a published annual report (a saved web page, a Word .docx, a PDF with a text layer): its file
 * read into paragraphs and tables, the tables through the spreadsheet's own label-based reader, the prose
 * through the text checks against those tables. `importFile` hands such files here, so the worker, the command
 * line and the tests share one path and one set of limits.
 */
import type { FormatDef } from '@/domain/format/types';
import { checkPublishedText } from '@/domain/report-text/published-checks';
import type { ImportLimits } from '../import/limits';
import { hasDirectoryName } from '../import/precheck';
import { readReport, type ImportedReport } from '../import/read-report';
import { NO_REPORT_LABELS } from '../import/not-a-report';
import { readZipDirectory } from '../import/zip-directory';
import { decodeHtml } from './decode-html';
import { readDocx } from './docx-reader';
import type { PdfResources } from './pdf-reader';
import { PUBLISHED_KIND_NAMES, type PublishedInfo, type PublishedKind } from './published-kind';
import { docText, docWorkbook, type PublishedDoc } from './published-doc';

export const LEGACY_DOC_MESSAGE =
  '这是旧版 Word 文档（.doc），无法直接读取。请在 Word 或 WPS 中打开，另存为 .docx 格式后再导入。';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** A published report's kind by its bytes (PDF, Word) or, for a web page, by its name; else a spreadsheet. */
export function publishedKind(bytes: Uint8Array, fileName: string): PublishedKind | undefined {
  if (PDF_MAGIC.every((b, i) => bytes[i] === b)) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const dir = readZipDirectory(bytes);
    return dir.ok && dir.entries.some((e) => e.name === 'word/document.xml') ? 'docx' : undefined;
  }
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return hasDirectoryName(bytes, 'WordDocument') ? 'doc' : undefined;
  return /\.(html?|xhtml|mht)$/iu.test(fileName) ? 'html' : undefined;
}

export type PublishedRead = { ok: true; doc: PublishedDoc } | { ok: false; reason: string };

export async function readPublishedDoc(
  bytes: Uint8Array,
  kind: PublishedKind,
  limits: Readonly<ImportLimits>,
  pdf: PdfResources | undefined,
): Promise<PublishedRead> {
  if (kind === 'doc') return { ok: false, reason: LEGACY_DOC_MESSAGE };
  if (kind === 'html') {
    // parse5 loads only for a web page: every import worker starts without it (most files are workbooks).
    const { readHtml } = await import('./html-reader');
    return { ok: true, doc: readHtml(decodeHtml(bytes)) };
  }
  if (kind === 'docx') return readDocx(bytes, limits);
  if (!pdf) return { ok: false, reason: '此处不能读取 PDF 文件。' };
  const { readPdf } = await import('./pdf-reader');
  return readPdf(bytes, limits, pdf);
}

export type PublishedImport = (ImportedReport & { published: PublishedInfo }) | { ok: false; reason: string };

export async function importPublished(
  bytes: Uint8Array,
  fileName: string,
  kind: PublishedKind,
  options: { limits: Readonly<ImportLimits>; pdf?: PdfResources; formats?: readonly FormatDef[] },
): Promise<PublishedImport> {
  const read = await readPublishedDoc(bytes, kind, options.limits, options.pdf);
  if (!read.ok) return read;
  const report = readReport(docWorkbook(read.doc), {
    fileName,
    ...(options.formats ? { formats: options.formats } : {}),
  });
  if (!report.ok) {
    return {
      ok: false,
      reason: `在这份${PUBLISHED_KIND_NAMES[kind]}中没有找到政府信息公开年报的统计表：${'lacking' in report ? report.lacking : NO_REPORT_LABELS}。请确认它是年度报告全文。`,
    };
  }
  const text = docText(read.doc);
  const findings = checkPublishedText(report.format, report.values, text);
  return { ...report, published: { kind, text, findings } };
}
