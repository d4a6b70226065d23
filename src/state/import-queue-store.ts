/**
 * The files chosen on the import page, one row each, kept for the session (leaving the page to look at a
 * report and coming back keeps the list). Rows are replaced, never mutated, so a row that did not change does
 * not re-render.
 */
import { create } from 'zustand';
import type { ImportResult } from '@/io/import/import-file';
import type { ImportUnitChoice } from '@/storage/import/commit-import';

export type ParsedFile = Extract<ImportResult, { ok: true }>;

/** 排队中 / 解析中 / 待确认 / 已导入 / 已拒绝 / 出错. */
export type RowStatus =
  | 'queued'
  | 'parsing'
  | 'pending'
  | 'importing'
  | 'imported'
  | 'refused'
  | 'failed'
  /** Another version of the same unit's file was chosen; this one is kept out of the batch. */
  | 'skipped';

export const STATUS_NAMES: Readonly<Record<RowStatus, string>> = {
  queued: '排队中',
  parsing: '解析中',
  pending: '待确认',
  importing: '正在导入',
  imported: '已导入',
  refused: '已拒绝',
  failed: '出错',
  skipped: '未选用',
};

/** The area and year the office is collecting: new units join the area, a file of another year is held back. */
export interface Collecting {
  areaId: string;
  year: number;
}

/** The unit a file goes to: the storage type of an import's unit, under the name the import page uses. */
export type UnitChoice = ImportUnitChoice;

/** What the row's file would do to storage, read after parsing and after every change of unit or year. */
export interface RowCheck {
  /** Reasons the row needs a person (empty: ready for 全部导入). */
  issues: string[];
  /** Differing input cells against the stored report; null when the unit has no report for that year. */
  differences: number | null;
  completed: boolean;
  /** The stored report's rev at the time of the check (null: none), so the import refuses a later change. */
  existingRev: number | null;
  /** The unit's name as stored (existing) or to be created (new). */
  unitName?: string;
  /** The rule check of the file's figures, before anything is stored: counts and the first problem. */
  errors?: number;
  warnings?: number;
  firstProblem?: string;
  /** A stored unit whose name is close to the file's (是否为同一单位？). */
  near?: { unitId: string; name: string };
  /** The file's year differs from the year being collected and was not confirmed. */
  otherYear?: boolean;
}

export interface ImportRow {
  id: number;
  fileName: string;
  size: number;
  /** Kept until the file has been read; a parsed row holds only the figures. */
  file?: Blob;
  status: RowStatus;
  /** Why a file was refused, or what went wrong. */
  reason?: string;
  parsed?: ParsedFile;
  year?: number;
  unit?: UnitChoice;
  check?: RowCheck;
  /** Bumped by every change of choice, so a slower earlier check cannot overwrite a newer one. */
  checkSeq: number;
  reportId?: string;
  changed?: number;
  /** The office confirmed the file's year although it is not the year being collected. */
  yearConfirmed?: boolean;
}

interface QueueState {
  rows: readonly ImportRow[];
  collecting?: Collecting;
  setCollecting: (collecting: Collecting | undefined) => void;
  selectedId?: number;
  add: (files: readonly { file: Blob; name: string }[]) => ImportRow[];
  patch: (id: number, change: Partial<ImportRow>) => void;
  select: (id: number | undefined) => void;
  /** Removes finished rows (imported or refused); rows still being read stay. */
  clearFinished: () => void;
}

let nextId = 1;

export const useImportQueue = create<QueueState>((set) => ({
  rows: [],
  setCollecting: (collecting) => set(collecting ? { collecting } : { collecting: undefined }),
  add: (files) => {
    const added = files.map(({ file, name }): ImportRow => ({
      id: nextId++,
      fileName: name,
      size: file.size,
      file,
      status: 'queued',
      checkSeq: 0,
    }));
    set((s) => ({ rows: [...s.rows, ...added] }));
    return added;
  },
  patch: (id, change) =>
    set((s) => ({
      rows: s.rows.map((r) => (r.id === id ? { ...r, ...change } : r)),
    })),
  select: (id) => set({ selectedId: id }),
  clearFinished: () =>
    set((s) => {
      const rows = s.rows.filter((r) => r.status !== 'imported' && r.status !== 'refused' && r.status !== 'skipped');
      return {
        rows,
        selectedId: rows.some((r) => r.id === s.selectedId) ? s.selectedId : undefined,
      };
    }),
}));

export const queueState = () => useImportQueue.getState();
export const rowById = (id: number) => useImportQueue.getState().rows.find((r) => r.id === id);
