/**
 * Reports: creation in the right format, cell edits with history and conflict detection, explanations,
 * completion. Every function is one transaction and resolves after the commit.
 */
import { indexFormat } from '@/domain/format/format-index';
import type { FieldDef, FieldKey, Values } from '@/domain/format/types';
import { formatFor } from '@/domain/formats/registry';
import { readFormatVariant } from './format-variant-setting';
import { roundMoney } from '@/domain/values/money';
import { checkFieldValue } from '@/domain/values/read-value';
import type { CellHistoryRow, ReportRow, ReportStatus, UnitRow, XxgkDb } from './db';
import { nextStamp, refuseIfStale, revOf, withReplaced } from './edit-stamp';
import { oneRowOfChanges, readCellHistory } from './history-rows';
import { ConflictError, RefusedError, runRead, runWrite, type ConflictCell } from './errors';
import { commitFromSession, rememberEdited } from './edit-session';
import { readReportsOfYear, type ReportListItem } from './live-queries';

export type { ReportListItem } from './live-queries';
import {
  checkStored,
  formatOf,
  putWithSummaries,
  readWithNeighbours,
  reportIdOf,
  reportKeyOf,
  type Neighbours,
  type ReportCheck,
} from './report-summary';

import type { CellChange } from '@/domain/values/cell-change';
export { reportIdOf } from './report-summary';

export type { CellChange };

/** What a list of reports shows, without the values. */
/** A whole table set read from a file: input values, and what the file printed in computed cells. */
export interface ImportedFigures {
  values: Values;
  stated?: Values;
}

const COMPLETED_MESSAGE = '该报表已标记为“已完成”，不能修改。如需修改，请先点击“重新打开”。';
const UNSIGNED = '未署名';

export function reportsRepo(db: XxgkDb) {
  return {
    /** A new report takes `variant`'s format of the year, by default the workspace's variant setting. */
    getOrCreate: (unitId: string, year: number, variant?: string) => getOrCreate(db, unitId, year, variant),
    getReport: (id: string) => runRead(db, () => db.reports.get(id)),
    commitCells: (reportId: string, changes: readonly CellChange[], who: string) =>
      commitCells(db, reportId, changes, who),
    /** Saves a 填写说明 written against `expectedRev` (`explanationRev` when typing began); stale is refused. */
    setExplanation: (reportId: string, problemKey: string, text: string, who: string, expectedRev: number) =>
      setExplanation(db, reportId, problemKey, { text, who, expectedRev }),
    markComplete: (reportId: string) => markComplete(db, reportId),
    reopen: (reportId: string) => setStatus(db, reportId, '草稿'),
    importValues: (reportId: string, imported: ImportedFigures, who: string) =>
      importValues(db, reportId, imported, who),
    listByYear: (year: number) => listByYear(db, year),
    history: (reportId: string, field: FieldKey) => history(db, reportId, field),
    /** Every problem of a stored report, with the same context its summary was computed with. */
    check: (reportId: string) => runRead(db, async () => checkStored(db, await mustGet(db, reportId))),
  };
}

export type ReportsRepo = ReturnType<typeof reportsRepo>;

async function mustGet(db: XxgkDb, reportId: string): Promise<ReportRow> {
  return mustExist(await db.reports.get(reportId));
}

function mustExist(row: ReportRow | undefined): ReportRow {
  if (!row) throw new RefusedError('找不到这份报表，可能已被合并或删除。请返回列表重新打开。');
  return row;
}

async function getOrCreate(db: XxgkDb, unitId: string, year: number, variant?: string): Promise<ReportRow> {
  return runWrite(db, ['units', 'reports', 'settings'], async () => {
    // As the import's commit: the report, its unit and neighbours, and the format setting in one round of reads.
    const [{ stored, around }, chosen] = await Promise.all([
      readWithNeighbours(db, unitId, year),
      variant ?? readFormatVariant(db),
    ]);
    if (stored) return stored;
    const row = blankReport(around.unit, year, chosen);
    await putWithSummaries(db, [row], row.summary.updatedAt, around);
    return row;
  });
}

/**
 * A new, empty report of `unit` for `year` in `variant`'s format, not yet stored; refused for a deleted or
 * missing unit and for a year no format covers.
 */
export function blankReport(unit: UnitRow | undefined, year: number, variant: string): ReportRow {
  if (!unit || unit.deletedAt !== undefined) {
    throw new RefusedError('找不到这个填报单位，可能已被删除或合并。请在单位列表中重新选择。');
  }
  const format = formatFor(year, variant);
  if (!format) {
    throw new RefusedError(`${year} 年没有适用的统计表格式（本程序支持 2014 年及以后的数据），请核对年度。`);
  }
  return emptyReport(unit, year, format.id);
}

/** The empty report row of `unit` for `year` in the format `formatId`, unchecked; `blankReport` checks. */
export function emptyReport(unit: UnitRow, year: number, formatId: string): ReportRow {
  const now = Date.now();
  return {
    id: reportIdOf(unit.id, year),
    unitId: unit.id,
    year,
    formatId,
    values: {},
    explanations: {},
    status: '草稿',
    summary: { errors: 0, warnings: 0, blank: 0, openErrors: 0, openWarnings: 0, updatedAt: now },
    rev: 0,
  };
}

/** The last gate before a write: the domain's check of kind, sign, integer and size, as typing has. */
function checkedValue(def: FieldDef, value: number | null, nothingSaved: string): number | null {
  const checked = checkFieldValue(value, def);
  if (!checked.ok) throw new RefusedError(`“${def.short}”：${checked.reason}，${nothingSaved}。`);
  return checked.value;
}

function refuseIfCompleted(row: ReportRow): void {
  if (row.status === '已完成') throw new RefusedError(COMPLETED_MESSAGE);
}

function sameValue(a: number | null | undefined, b: number | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

async function commitCells(
  db: XxgkDb,
  reportId: string,
  changes: readonly CellChange[],
  who: string,
): Promise<{ report: ReportRow; changed: number }> {
  const plan = (row: ReportRow) => planCells(reportId, row, changes);
  const fast = await commitFromSession(db, reportId, plan, (row, writes, around) =>
    writeValues(db, row, writes, who, { around }),
  );
  if (fast) return fast;
  return runWrite(db, ['units', 'reports', 'cellHistory'], async () => {
    // The row and what its summaries need, read at once: an edit waits for one round of reads, not four.
    const key = reportKeyOf(reportId);
    const read = key ? await readWithNeighbours(db, key.unitId, key.year) : undefined;
    const row = read ? mustExist(read.stored) : await mustGet(db, reportId);
    // A row stored under its id always has that unit and year; should one not, its neighbours are read apart.
    const around = key && row.unitId === key.unitId && row.year === key.year ? read?.around : undefined;
    const writes = plan(row);
    if (writes.length === 0) return { report: row, changed: 0 };
    await writeValues(db, row, writes, who, { around });
    if (around) rememberEdited(db, row, around);
    return { report: row, changed: writes.length };
  });
}

/** The writes of an edit against the stored row: refused, conflicting or unchanged cells sorted out. */
function planCells(reportId: string, row: ReportRow, changes: readonly CellChange[]): CellChange[] {
  {
    refuseIfCompleted(row);
    const format = formatOf(row);
    const { field: fields } = indexFormat(format);
    // One entry per field: the first change's `expected`, the last change's value.
    const merged = new Map<FieldKey, CellChange>();
    for (const change of changes) {
      const def = fields.get(change.field);
      if (!def) throw new RefusedError(`单元格“${change.field}”不属于${format.name}，本次修改未保存。`);
      if (def.sumOf) throw new RefusedError(`“${def.short}”是自动合计的单元格，不能直接填写，本次修改未保存。`);
      const value = checkedValue(def, change.value, '本次修改未保存');
      const first = merged.get(change.field);
      merged.set(change.field, { field: change.field, value, expected: first ? first.expected : change.expected });
    }
    const conflicts: ConflictCell[] = [];
    const writes: CellChange[] = [];
    for (const change of merged.values()) {
      const current = row.values[change.field] ?? null;
      if (sameValue(current, change.value)) continue; // nothing to write, nothing lost
      if (!sameValue(current, change.expected)) {
        conflicts.push({ field: change.field, expected: change.expected, current, attempted: change.value });
      } else {
        writes.push(change);
      }
    }
    if (conflicts.length > 0) throw new ConflictError(reportId, conflicts);
    return writes;
  }
}

/**
 * Applies the writes to the row, appends history, bumps rev and stores it with fresh summaries. `asOneRow`
 * (imports) keeps the history of all the writes in one row instead of one per cell.
 */
async function writeValues(
  db: XxgkDb,
  row: ReportRow,
  writes: readonly CellChange[],
  who: string,
  { around, asOneRow = false }: { around?: Neighbours | undefined; asOneRow?: boolean } = {},
): Promise<void> {
  const now = Date.now();
  const author = who.trim() || UNSIGNED;
  const changes = writes.map((w) => ({ field: w.field, old: row.values[w.field] ?? null, new: w.value }));
  const historyRows: CellHistoryRow[] = asOneRow
    ? [oneRowOfChanges(row.id, now, author, changes)]
    : changes.map((c) => ({ reportId: row.id, at: now, who: author, ...c }));
  const values = { ...row.values };
  for (const w of writes) {
    if (w.value === null) delete values[w.field];
    else values[w.field] = w.value;
  }
  row.values = values;
  row.rev += 1;
  await Promise.all([db.cellHistory.bulkAdd(historyRows), putWithSummaries(db, [row], now, around)]);
}

/** The version of a problem's 填写说明 as stored (0 before its first versioned save). */
export function explanationRev(row: Pick<ReportRow, 'explanationStamps'>, problemKey: string): number {
  return revOf(row.explanationStamps?.[problemKey]);
}

async function setExplanation(
  db: XxgkDb,
  reportId: string,
  problemKey: string,
  edit: { text: string; who: string; expectedRev: number },
): Promise<ReportRow> {
  return runWrite(db, ['units', 'reports'], async () => {
    const row = await mustGet(db, reportId);
    refuseIfCompleted(row);
    const stamp = row.explanationStamps?.[problemKey];
    const old = row.explanations[problemKey];
    refuseIfStale('这条填写说明', stamp, edit.expectedRev, old ?? '');
    const now = Date.now();
    const explanations = { ...row.explanations };
    const note = edit.text.trim();
    if (note === '') delete explanations[problemKey];
    else explanations[problemKey] = note;
    row.explanations = explanations;
    row.explanationStamps = { ...row.explanationStamps, [problemKey]: nextStamp(stamp, edit.who, now) };
    const replaced =
      old === undefined ? undefined : { key: problemKey, text: old, replacedAt: now, ...(stamp ? { stamp } : {}) };
    row.explanationHistory = withReplaced(row.explanationHistory, replaced, note);
    row.rev += 1;
    await putWithSummaries(db, [row], now);
    return row;
  });
}

async function markComplete(db: XxgkDb, reportId: string): Promise<ReportRow> {
  return runWrite(db, ['units', 'reports'], async () => {
    const row = await mustGet(db, reportId);
    if (row.status === '已完成') return row;
    const check: ReportCheck = await checkStored(db, row);
    if (!check.completion.canComplete) {
      throw new RefusedError(`暂不能标记为“已完成”：${check.completion.reasons.join('；')}。`);
    }
    row.status = '已完成';
    row.rev += 1;
    await putWithSummaries(db, [row], Date.now());
    return row;
  });
}

async function setStatus(db: XxgkDb, reportId: string, status: ReportStatus): Promise<ReportRow> {
  return runWrite(db, ['units', 'reports'], async () => {
    const row = await mustGet(db, reportId);
    if (row.status === status) return row;
    row.status = status;
    row.rev += 1;
    await putWithSummaries(db, [row], Date.now());
    return row;
  });
}

/**
 * Replaces every input value with a file's figures (a cell absent from the file becomes blank) and keeps the
 * file's printed totals as `stated`, as one batch with history. The importer previews and confirms first.
 */
async function importValues(db: XxgkDb, reportId: string, imported: ImportedFigures, who: string) {
  return runWrite(db, ['units', 'reports', 'cellHistory'], async () =>
    importValuesInto(db, await mustGet(db, reportId), imported, who),
  );
}

/**
 * `importValues` on a row already read (or made) in the caller's transaction, with its neighbours when the
 * caller read them too: the import's commit then waits for no read of its own.
 */
export async function importValuesInto(
  db: XxgkDb,
  row: ReportRow,
  imported: ImportedFigures,
  who: string,
  around?: Neighbours,
): Promise<{ report: ReportRow; changed: number }> {
  refuseIfCompleted(row);
  const format = formatOf(row);
  const { field: fields, inputs } = indexFormat(format);
  for (const figures of [imported.values, imported.stated ?? {}]) {
    for (const key of Object.keys(figures)) {
      const value = figures[key];
      const def = fields.get(key);
      if (!def) throw new RefusedError(`单元格“${key}”不属于${format.name}，未导入任何数据。`);
      if (value !== null && value !== undefined && !def.sumOf) checkedValue(def, value, '未导入任何数据');
      else if (value !== null && value !== undefined && !Number.isFinite(value)) {
        throw new RefusedError(`“${def.short}”的值不是有效数字，未导入任何数据。`);
      }
    }
  }
  const computedInValues = Object.keys(imported.values).find((k) => fields.get(k)?.sumOf);
  if (computedInValues) {
    throw new RefusedError(`“${fields.get(computedInValues)?.short}”是合计单元格，应作为表中所填合计导入。`);
  }
  const writes: CellChange[] = inputs
    .map((f) => {
      const value = imported.values[f.key] ?? null;
      const rounded = value !== null && f.kind === 'money' ? roundMoney(value) : value;
      return { field: f.key, value: rounded, expected: row.values[f.key] ?? null };
    })
    .filter((w) => !sameValue(w.value, w.expected));
  const stated = Object.fromEntries(
    Object.entries(imported.stated ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  if (Object.keys(stated).length > 0) row.stated = stated;
  else delete row.stated;
  if (writes.length > 0) {
    await writeValues(db, row, writes, who, { around, asOneRow: true });
  } else {
    row.rev += 1;
    await putWithSummaries(db, [row], Date.now(), around);
  }
  return { report: row, changed: writes.length };
}

async function listByYear(db: XxgkDb, year: number): Promise<ReportListItem[]> {
  return runRead(db, () => readReportsOfYear(db, year));
}

async function history(db: XxgkDb, reportId: string, field: FieldKey): Promise<CellHistoryRow[]> {
  return runRead(db, () => readCellHistory(db, reportId, field));
}
