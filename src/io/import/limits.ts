/** The limits every import obeys, in the app and on the command line alike, and how a size is said against them. */
export interface ImportLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
  maxZipEntries: number;
  maxSheets: number;
  maxEntryRatio: number;
  ratioCheckFromBytes: number;
  maxRowsPerSheet: number;
  maxColumns: number;
  timeoutMs: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  /** Largest file accepted; a real report workbook is well under 1 MB. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Sum of the declared uncompressed sizes of a zip's entries. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxZipEntries: 2000,
  maxSheets: 200,
  /** Compression ratio above which one entry is treated as a zip bomb (only for entries of real size). */
  maxEntryRatio: 200,
  /** Entries smaller than this are not judged by their ratio: tiny files compress oddly. */
  ratioCheckFromBytes: 1024 * 1024,
  /** Rows read per sheet; the longest table has well under 200 rows. */
  maxRowsPerSheet: 2000,
  /** Columns read per row. */
  maxColumns: 200,
  /** Time one file may take in the worker before it is stopped. */
  timeoutMs: 15_000,
};

/** A file over the size limit; also said before a file is read at all (by its size alone). */
export function tooLargeMessage(size: number, limits: Readonly<ImportLimits> = IMPORT_LIMITS): string {
  return (
    `文件太大（${megabytes(size)}），超过导入上限 ${megabytes(limits.maxFileBytes)}。` +
    '年报统计表文件通常不到 1 MB，请确认选择的是统计表文件。'
  );
}

/** A size as the import's messages show it: one decimal below 10 MB, none where it would be 0 (2 MB, 5.3 MB). */
export function megabytes(n: number): string {
  return `${Number((n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0))} MB`;
}
