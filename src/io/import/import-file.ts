/**
 * The whole import of one file, in-process: precheck → measured inflate (zips, once) → parse → read. The worker runs exactly this; the command
 * line and the tests call it directly, so every path obeys the same limits.
 */
import type { FormatDef } from '@/domain/format/types';
import type { PdfResources } from '../published/pdf-reader';
import type { PublishedInfo } from '../published/published-kind';
import { importPublished, publishedKind } from '../published/read-published';
import { inflateZip, storedZip } from './inflate-zip';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import { parseWorkbook } from './parse-workbook';
import { precheck } from './precheck';
import { readReport, type ImportedReport, type ReadReportResult } from './read-report';

export type ImportResult =
  (ImportedReport & { parseNotes: string[]; published?: PublishedInfo }) | { ok: false; reason: string };

export async function importFile(
  bytes: Uint8Array,
  fileName: string,
  options: { limits?: Readonly<ImportLimits>; formats?: readonly FormatDef[]; pdf?: PdfResources } = {},
): Promise<ImportResult> {
  const limits = options.limits ?? IMPORT_LIMITS;
  try {
    const tooLarge = bytes.byteLength > limits.maxFileBytes ? precheck(bytes, limits) : undefined;
    if (tooLarge && !tooLarge.ok) return tooLarge;
    // A published report (web page, Word, PDF) has its own readers, then the same table reader.
    const published = publishedKind(bytes, fileName);
    if (published) {
      const read = await importPublished(bytes, fileName, published, { ...options, limits });
      return read.ok ? { ...read, parseNotes: [] } : read;
    }
    const checked = precheck(bytes, limits);
    if (!checked.ok) return checked;
    let toParse = bytes;
    if (checked.kind === 'xlsx' || checked.kind === 'ods') {
      const inflated = inflateZip(bytes, limits);
      if (!inflated.ok) return inflated;
      toParse = storedZip(inflated.entries) ?? bytes;
    }
    const parsed = await parseWorkbook(toParse, checked.kind, limits);
    if (!parsed.ok) return parsed;
    const read: ReadReportResult = readReport(parsed.book, {
      fileName,
      ...(options.formats ? { formats: options.formats } : {}),
    });
    if (!read.ok) return read;
    return { ...read, parseNotes: parsed.notes };
  } catch (e) {
    // The reader returns problems as data; anything thrown here is a bug, reported without losing the app.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: `读取文件时出现意外错误，文件未导入（技术信息：${detail.slice(0, 160)}）` };
  }
}
