/** What each bench page puts on `window.bench`, shared with the Node script that drives the pages. */

export interface ImportBenchResult {
  ms: number;
  stored: number;
  failures: string[];
}

export interface ImportBench {
  /** Fetches the unit files once (not timed) and keeps them as Blobs, as a file picker would hand them over. */
  load: (count: number) => Promise<number>;
  /**
   * The app's path: worker parse (`importInBackground`) then `commitImport`, all files, timed in the page, into
   * a fresh database. With `parseOnly` the files are parsed by the workers but not stored.
   */
  importApp: (count: number, parseOnly?: boolean) => Promise<ImportBenchResult>;
  /** Bare: SheetJS `read` in two workers and, with `store`, a strict Dexie `put` of each file's values. */
  importRaw: (count: number, store: boolean) => Promise<ImportBenchResult>;
  /**
   * Per file: `commitImport` against the same rows it stored written bare in one strict transaction, by Dexie
   * (`floor`), by Dexie after the same round of reads (`afterReads`) and on IndexedDB's own API (`native`).
   */
  commitFloor: (
    count: number,
  ) => Promise<{ ours: number[]; floor: number[]; afterReads: number[]; native: number[]; historyRows: number }>;
}

export interface PdfBench {
  /**
   * One published report (`files/<name>`) read, both from a fresh worker as the app's import does: `ours` through
   * `importInBackground` (text, tables, findings), `raw` PDF.js alone extracting every page's text.
   */
  readPdf: (name: string, which: 'ours' | 'raw') => Promise<{ ms: number; pages: number }>;
}

export interface WriteBench {
  /**
   * Alternating samples of `commitCells` and of a bare Dexie `put` of the same row, both strict durability, on
   * a unit with filled reports of 2024 and 2025: `latest` edits 2025, `past` edits 2024 (which has a next year).
   * `floor` is a third series for context: the requests an edit needs, issued bare; `native` the same requests on
   * the browser's own IndexedDB API, without Dexie.
   */
  run: (
    samples: number,
    which: 'latest' | 'past',
  ) => Promise<{ ours: number[]; raw: number[]; floor: number[]; native: number[] }>;
}

export interface OfficeBench {
  /** 1 area unit and `units` units with a report for each of `years` (ending with `lastYear`). */
  seed: (units: number, years: number, lastYear: number) => Promise<{ units: number; reports: number }>;
  /** Units named `names` under no area, for the import page to match files to. */
  seedUnits: (names: readonly string[]) => Promise<number>;
  /** Raw baseline: the rows the office page reads (units, reports of two years) straight from Dexie. */
  readRaw: (year: number) => Promise<{ ms: number; rows: number }>;
  /** `units` units (the first with filled reports of 2024 and 2025) in this origin's app database. */
  seedReportUnits: (units: number) => Promise<string>;
  /** An area of `units` units with a 2025 report each, in a database of its own (`consolidate-3000`). */
  seedArea: (dbName: string, units: number) => Promise<void>;
  /** The app's area total of that database: its rows read as the office page reads them, then summed. */
  consolidateArea: (dbName: string) => Promise<{ ms: number; parts: number }>;
}

export interface GridBench {
  /** Resolves once this page's service worker controls it. */
  swReady: () => Promise<boolean>;
}

export interface BenchWindow {
  bench?: (ImportBench & PdfBench) | WriteBench | OfficeBench | GridBench;
}

export const UNIT_FILE_PREFIX = '单位';

/** The name of the i-th unit file (1-based) and of the unit it is filed for. */
export function unitFileName(i: number): string {
  return `${UNIT_FILE_PREFIX}${String(i).padStart(3, '0')}.xlsx`;
}

/** Digits inside, not at the end: a title like `某单位0012025年度…` is ambiguous to any reader. */
export function unitName(i: number): string {
  return `示例区第${String(i).padStart(3, '0')}号测试单位`;
}
