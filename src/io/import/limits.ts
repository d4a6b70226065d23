/** The limits every import obeys, in the app and on the command line alike. */
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
