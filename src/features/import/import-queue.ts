/**
 * The work behind the import list: files are read two at a time in the background (the client's workers),
 * each parsed row is matched to a unit and compared with what is stored (cheap: two reads and one pass over
 * the values), and a confirmed row is stored through `commitImport`, wholly or not at all.
 */
import type { Values } from '@/domain/format/types';
import { reportContext } from '@/domain/rules/problems-of';
import { nearReportingUnit } from '@/domain/units/near-names';
import { importInBackground } from '@/io/import/import-client';
import type { XxgkDb } from '@/storage/db';
import { commitImport, type ImportCommitted } from '@/storage/import/commit-import';
import { readImportTarget } from '@/storage/import/import-target';
import { readFormatVariant } from '@/storage/format-variant-setting';
import { unitsRepo } from '@/storage/units-repo';
import { queueState, rowById, type ImportRow, type RowCheck, type UnitChoice } from '@/state/import-queue-store';
import { differenceCount, formatMismatch, previewProblems } from '@/widgets/import-preview/preview-model';

/** The client runs at most two workers; asking for more would only queue inside it. */
const PARALLEL = 2;
let active = 0;

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : '发生意外错误，本文件未导入。请重试。';

export function enqueueFiles(db: XxgkDb, files: readonly { file: Blob; name: string }[]): void {
  if (files.length === 0) return;
  const added = queueState().add(files);
  if (added.length === 1) queueState().select(added[0]?.id);
  pump(db);
}

function pump(db: XxgkDb): void {
  while (active < PARALLEL) {
    const next = queueState().rows.find((r) => r.status === 'queued');
    if (!next) return;
    active += 1;
    queueState().patch(next.id, { status: 'parsing' });
    void parseRow(db, next).finally(() => {
      active -= 1;
      pump(db);
    });
  }
}

async function parseRow(db: XxgkDb, row: ImportRow): Promise<void> {
  const { patch } = queueState();
  if (!row.file) return;
  try {
    const result = await importInBackground(row.file, row.fileName);
    if (!result.ok) {
      patch(row.id, {
        status: 'refused',
        reason: result.reason,
        file: undefined,
      });
      return;
    }
    const guess = result.unitName?.value;
    const matched = guess ? await unitsRepo(db).findByName(guess) : undefined;
    patch(row.id, {
      status: 'pending',
      parsed: result,
      file: undefined,
      ...(result.year ? { year: result.year.value } : {}),
      ...(matched ? { unit: { kind: 'existing', unitId: matched.id } as const } : {}),
      checkSeq: row.checkSeq + 1,
    });
    await recheck(db, row.id);
  } catch (error) {
    patch(row.id, {
      status: 'failed',
      reason: messageOf(error),
      file: undefined,
    });
  }
}

/** A new choice of unit or year for a row; its check is redone. */
export function choose(db: XxgkDb, id: number, change: { year?: number | undefined; unit?: UnitChoice | undefined }) {
  const row = rowById(id);
  if (!row) return;
  const next: Partial<ImportRow> = { checkSeq: row.checkSeq + 1 };
  if ('year' in change) next.year = change.year;
  if ('unit' in change) next.unit = change.unit;
  queueState().patch(id, next);
  void recheck(db, id);
}

export async function recheck(db: XxgkDb, id: number): Promise<void> {
  const row = rowById(id);
  if (!row?.parsed) return;
  const seq = row.checkSeq;
  let check: RowCheck;
  try {
    check = await checkRow(db, row);
  } catch (error) {
    check = {
      issues: [messageOf(error)],
      differences: null,
      completed: false,
      existingRev: null,
    };
  }
  if (rowById(id)?.checkSeq === seq) queueState().patch(id, { check });
}

/**
 * Re-reads every row still waiting: after imports another row's report may now exist, and a unit created for
 * one file now matches the other files that name it.
 */
export async function recheckPending(db: XxgkDb): Promise<void> {
  for (const row of queueState().rows) {
    if (row.status !== 'pending' && row.status !== 'failed') continue;
    const guess = row.parsed?.unitName?.value;
    if (!row.unit && guess) {
      const matched = await unitsRepo(db).findByName(guess);
      if (matched) choose(db, row.id, { unit: { kind: 'existing', unitId: matched.id } });
    }
    await recheck(db, row.id);
  }
}

async function checkRow(db: XxgkDb, row: ImportRow): Promise<RowCheck> {
  const parsed = row.parsed;
  if (!parsed)
    return {
      issues: ['文件尚未读取完成。'],
      differences: null,
      completed: false,
      existingRev: null,
    };
  const issues: string[] = [];
  let unitName: string | undefined;
  let unitId: string | undefined;
  let unitKind = row.unit?.kind === 'new' ? row.unit.unitKind : undefined;
  let near: RowCheck['near'];
  const collecting = queueState().collecting;
  if (!row.unit) {
    const guess = parsed.unitName?.value;
    issues.push(guess ? `未找到单位“${guess}”：请选择已有单位或新建` : '文件中未写明填报单位：请选择单位');
    if (guess) near = await nearUnit(db, guess, collecting?.areaId);
  } else if (row.unit.kind === 'existing') {
    const unit = await unitsRepo(db).get(row.unit.unitId);
    if (!unit || unit.deletedAt !== undefined) issues.push('所选单位已被删除或合并，请重新选择');
    else {
      unitId = unit.id;
      unitName = unit.name;
      unitKind = unit.kind;
    }
  } else {
    unitName = row.unit.name.trim();
    const taken = unitName ? await unitsRepo(db).findByName(unitName) : undefined;
    if (!unitName) issues.push('请填写新单位的名称');
    else if (taken) issues.push(`单位“${taken.name}”已存在，请选择它，不要新建`);
  }
  if (row.year === undefined) issues.push('文件中未写明年度：请填写年度');
  const otherYear =
    collecting !== undefined && row.year !== undefined && row.year !== collecting.year && !row.yearConfirmed;
  if (otherYear) {
    issues.push(`文件是 ${row.year} 年度的，本次收集 ${collecting.year} 年度：请核对后选择按哪一年导入`);
  }
  const target = row.year !== undefined ? await readImportTarget(db, unitId, row.year) : {};
  const mismatch =
    row.year !== undefined
      ? formatMismatch(parsed.format, row.year, target.report?.formatId, await readFormatVariant(db))
      : undefined;
  if (mismatch) issues.push(mismatch);
  if (parsed.refused.length > 0) issues.push(`有 ${parsed.refused.length} 个值未能读取，请在预览中核对`);
  const report = target.report;
  const differences = report && !mismatch ? differenceCount(parsed.format, parsed.values, report.values) : null;
  if (differences) issues.push(`与已有数据不同（${differences} 个单元格），请打开预览核对`);
  const completed = report?.status === '已完成';
  if (completed) issues.push('已有报表已标记为“已完成”，需在预览中确认重新打开');
  const problems = mismatch
    ? []
    : previewProblems(parsed.format, parsed.values, {
        ...reportContext(unitKind, target.prior),
        stated: parsed.stated,
      });
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0] ?? problems[0];
  return {
    issues,
    differences,
    completed,
    existingRev: report ? report.rev : null,
    ...(unitName ? { unitName } : {}),
    errors: errors.length,
    warnings: problems.length - errors.length,
    ...(first ? { firstProblem: first.message } : {}),
    ...(near ? { near } : {}),
    ...(otherYear ? { otherYear } : {}),
  };
}

/** A stored unit whose name is close to the file's, offered as 是否为同一单位？. */
async function nearUnit(db: XxgkDb, name: string, areaId: string | undefined): Promise<RowCheck['near']> {
  const units = await unitsRepo(db).list();
  const area = areaId ? units.find((u) => u.id === areaId) : undefined;
  const found = nearReportingUnit(name, units, area ? [area] : []);
  return found ? { unitId: found.id, name: found.name } : undefined;
}

/** 是同一单位: the file's name is kept as the unit's alias, and every waiting row naming it now matches. */
export async function acceptNearName(db: XxgkDb, id: number): Promise<void> {
  const row = rowById(id);
  const near = row?.check?.near;
  const name = row?.parsed?.unitName?.value;
  if (!near || !name) return;
  const unit = await unitsRepo(db).get(near.unitId);
  if (!unit) return;
  await unitsRepo(db).setAliases(unit.id, [...unit.aliases, name]);
  await recheckPending(db);
}

/** The office keeps the file's own year although another year is being collected. */
export function confirmYear(db: XxgkDb, id: number): void {
  queueState().patch(id, { yearConfirmed: true });
  choose(db, id, {});
}

/** Of several files of one unit and year, this one is taken; the others are set aside (未选用). */
export function pickVersion(id: number): void {
  const rows = queueState().rows;
  const key = targetKey(rows.find((r) => r.id === id));
  if (!key) return;
  const picked = rows.find((r) => r.id === id);
  for (const r of rows) {
    if (r.id !== id && r.status === 'pending' && targetKey(r) === key) {
      queueState().patch(r.id, { status: 'skipped', reason: `已选用同一单位的另一个版本“${picked?.fileName ?? ''}”` });
    }
  }
}

function targetKey(r: ImportRow | undefined): string | undefined {
  if (!r?.unit || r.year === undefined) return undefined;
  const who = r.unit.kind === 'existing' ? r.unit.unitId : `new:${r.unit.name.trim()}`;
  return `${who}|${r.year}`;
}

/** The other files aimed at the same unit and year as this row, with how many input cells differ from it. */
export function otherVersions(rows: readonly ImportRow[], id: number): { fileName: string; differences: number }[] {
  const row = rows.find((r) => r.id === id);
  const key = targetKey(row);
  if (!row?.parsed || !key) return [];
  const format = row.parsed.format;
  return rows
    .filter((r) => r.id !== id && r.status === 'pending' && targetKey(r) === key && r.parsed)
    .map((r) => ({
      fileName: r.fileName,
      differences:
        r.parsed && r.parsed.format.id === format.id
          ? differenceCount(format, r.parsed.values, row.parsed?.values ?? {})
          : -1,
    }));
}

/** Rows aimed at the same unit and year as another waiting row: neither is imported by 全部导入. */
export function duplicateTargets(rows: readonly ImportRow[]): Set<number> {
  const seen = new Map<string, number[]>();
  for (const r of rows) {
    const key = r.status === 'pending' ? targetKey(r) : undefined;
    if (key) seen.set(key, [...(seen.get(key) ?? []), r.id]);
  }
  return new Set([...seen.values()].filter((ids) => ids.length > 1).flat());
}

export function isReady(row: ImportRow, duplicates: ReadonlySet<number>): boolean {
  return row.status === 'pending' && row.check?.issues.length === 0 && !duplicates.has(row.id);
}

export interface ImportOptions {
  who: string;
  /** Values to store instead of the file's (the preview's carry-over option). */
  values?: Values;
  reopenCompleted?: boolean;
  /** The stored report's rev the preview showed (null: none); defaults to the row's last check. */
  expectedRev?: number | null;
}

/** Stores one row's file; the row shows 已导入 or 出错 with the reason. Resolves undefined on failure. */
export async function importRow(db: XxgkDb, id: number, options: ImportOptions): Promise<ImportCommitted | undefined> {
  const row = rowById(id);
  if (!row?.parsed || !row.unit || row.year === undefined) return undefined;
  const { patch } = queueState();
  patch(id, { status: 'importing' });
  try {
    const done = await commitImport(db, {
      unit: row.unit,
      year: row.year,
      formatId: row.parsed.format.id,
      values: options.values ?? row.parsed.values,
      stated: row.parsed.stated,
      fileName: row.fileName,
      who: options.who,
      expectedRev: options.expectedRev !== undefined ? options.expectedRev : (row.check?.existingRev ?? null),
      ...(queueState().collecting ? { collect: queueState().collecting } : {}),
      ...(options.reopenCompleted ? { reopenCompleted: true } : {}),
    });
    patch(id, {
      status: 'imported',
      reportId: done.reportId,
      changed: done.changed,
      reason: undefined,
    });
    return done;
  } catch (error) {
    patch(id, { status: 'failed', reason: messageOf(error) });
    return undefined;
  }
}

/** 全部导入: every ready row, one transaction each, one after another; then the rest are checked again. */
export async function importAllReady(db: XxgkDb, who: string): Promise<number> {
  const rows = queueState().rows;
  const duplicates = duplicateTargets(rows);
  const ready = rows.filter((r) => isReady(r, duplicates)).map((r) => r.id);
  let imported = 0;
  for (const id of ready) if (await importRow(db, id, { who })) imported += 1;
  await recheckPending(db);
  return imported;
}
