/**
 * The one-transaction write of an imported file: the unit, the report, the values with history and the
 * received version are stored together or not at all, with a completed report and a stale preview refused.
 * Figures come from a real fixture file read by the importer.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Values } from '@/domain/format/types';
import { importFile } from '@/io/import/import-file';
import type { ImportedReport } from '@/io/import/read-report';
import type { XxgkDb } from '@/storage/db';
import { RefusedError, StorageError } from '@/storage/errors';
import {
  CHANGED_SINCE_PREVIEW_MESSAGE,
  COMPLETED_IMPORT_MESSAGE,
  commitImport,
  type ImportCommit,
} from '@/storage/import/commit-import';
import { readImportTarget } from '@/storage/import/import-target';
import { readHistoryCounts } from '@/storage/history-rows';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../storage/fresh-db';

const DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

async function readFixture(name: string): Promise<ImportedReport> {
  const result = await importFile(new Uint8Array(readFileSync(`${DIR}${name}`)), name);
  if (!result.ok) throw new Error(`fixture ${name} refused: ${result.reason}`);
  return result;
}

function commitOf(file: ImportedReport, fileName: string, unit: ImportCommit['unit'], year = 2024): ImportCommit {
  return {
    unit,
    year,
    formatId: file.format.id,
    values: file.values,
    stated: file.stated,
    fileName,
    who: '导入测试',
  };
}

async function snapshot(db: XxgkDb) {
  return {
    units: await db.units.toArray(),
    reports: await db.reports.toArray(),
    history: await db.cellHistory.count(),
    received: await db.receivedVersions.count(),
  };
}

function storedInputs(values: Values): Record<string, number> {
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

describe('commitImport', () => {
  it('creates a new unit with the file’s name, stores the values and a received version', async () => {
    const db = freshDb();
    const file = await readFixture('2021-tidy-one-sheet.xlsx');
    const name = file.unitName?.value ?? '';
    expect(name).toBe('某某市交通运输局');
    const done = await commitImport(
      db,
      commitOf(file, '交通局.xlsx', { kind: 'new', name, unitKind: '部门' }, file.year?.value),
    );
    expect(done.unitCreated).toBe(true);
    const unit = await unitsRepo(db).findByName(name);
    expect(unit?.id).toBe(done.unitId);
    expect(unit?.kind).toBe('部门');
    const report = await reportsRepo(db).getReport(done.reportId);
    expect(report?.year).toBe(2024);
    expect(report?.formatId).toBe('national-2021');
    expect(storedInputs(report?.values ?? {})).toEqual(storedInputs(file.values));
    expect(report?.stated).toEqual(file.stated);
    const versions = await db.receivedVersions.where('reportId').equals(done.reportId).toArray();
    expect(versions).toHaveLength(1);
    expect(versions[0]?.fileName).toBe('交通局.xlsx');
    expect(versions[0]?.values).toEqual(file.values);
    // The import's history is one stored row that reads as one entry for each cell it changed.
    expect(await db.cellHistory.where('reportId').equals(done.reportId).count()).toBe(1);
    const perCellCounts = Object.values(await readHistoryCounts(db, done.reportId));
    expect(perCellCounts.reduce((a, b) => a + b, 0)).toBe(done.changed);
    expect(done.changed).toBeGreaterThan(100);
  });

  it('stores nothing at all when the last write of the transaction fails', async () => {
    const db = freshDb();
    const existing = await unitsRepo(db).create({
      name: '湛河区教育局',
      kind: '部门',
    });
    const report = await reportsRepo(db).getOrCreate(existing.id, 2024);
    await reportsRepo(db).commitCells(report.id, [{ field: 't3.received.natural', value: 7, expected: null }], '测');
    const file = await readFixture('2021-tidy-one-sheet.xlsx');
    const before = await snapshot(db);
    // The received version is written after the unit, the report and the values: it fails on every attempt.
    db.receivedVersions.hook('creating', () => {
      throw new Error('simulated disk failure');
    });
    await expect(
      commitImport(
        db,
        commitOf(file, 'a.xlsx', {
          kind: 'new',
          name: '新单位',
          unitKind: '部门',
        }),
      ),
    ).rejects.toBeInstanceOf(StorageError);
    await expect(
      commitImport(db, commitOf(file, 'b.xlsx', { kind: 'existing', unitId: existing.id })),
    ).rejects.toBeInstanceOf(StorageError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a new unit whose name is taken (as a name or former name) and stores nothing', async () => {
    const db = freshDb();
    await unitsRepo(db).create({ name: '湛河区教育局', kind: '部门', aliases: ['区教体局'] });
    const file = await readFixture('2021-tidy-one-sheet.xlsx');
    const before = await snapshot(db);
    for (const name of ['湛河区教育局', '区教体局']) {
      await expect(commitImport(db, commitOf(file, 'a.xlsx', { kind: 'new', name, unitKind: '部门' }))).rejects.toThrow(
        `名称“${name}”已被单位“湛河区教育局”使用`,
      );
    }
    expect(await snapshot(db)).toEqual(before);
    expect(await db.receipts.count()).toBe(0);
  });

  it('a new unit: its writes go out with its checks, and a check that fails leaves nothing of them', async () => {
    const db = freshDb();
    const file = await readFixture('2021-tidy-one-sheet.xlsx');
    const before = await snapshot(db);
    const everything = async () => ({
      ...(await snapshot(db)),
      receipts: await db.receipts.count(),
      rosters: await db.rosters.count(),
    });
    const empty = await everything();
    // Collected for an area that is not there (deleted in another window since the page read it).
    const orphan = commitImport(db, {
      ...commitOf(file, 'a.xlsx', { kind: 'new', name: '湛河区民政局', unitKind: '部门' }),
      collect: { areaId: 'no-such-area', year: 2024 },
    });
    await expect(orphan).rejects.toThrow('所选的上级单位不存在');
    // A file of another format than the year takes (a 2021-format file as 2019's figures).
    const wrongYear = commitImport(
      db,
      commitOf(file, 'b.xlsx', { kind: 'new', name: '湛河区民政局', unitKind: '部门' }, 2019),
    );
    await expect(wrongYear).rejects.toThrow(/请核对年度/);
    // A preview that saw a report where now a new unit is to be made.
    const stale = commitImport(db, {
      ...commitOf(file, 'c.xlsx', { kind: 'new', name: '湛河区民政局', unitKind: '部门' }),
      expectedRev: 3,
    });
    await expect(stale).rejects.toThrow(CHANGED_SINCE_PREVIEW_MESSAGE);
    expect(await snapshot(db)).toEqual(before);
    expect(await everything()).toEqual(empty);
    // The same file for the right year and an area that is there goes through, roster and receipt included.
    const area = await unitsRepo(db).create({ name: '湛河区（全区）', kind: '区域汇总' });
    const done = await commitImport(db, {
      ...commitOf(file, 'a.xlsx', { kind: 'new', name: '湛河区民政局', unitKind: '部门' }),
      collect: { areaId: area.id, year: 2024 },
    });
    expect((await db.units.get(done.unitId))?.parentId).toBe(area.id);
    expect(await db.receipts.count()).toBe(1);
    expect((await db.rosters.toArray()).map((r) => r.unitIds)).toEqual([[done.unitId]]);
  });

  it('refuses to overwrite a completed report unless the reopen was confirmed', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({
      name: '湛河区财政局',
      kind: '部门',
    });
    const first = await readFixture('2021-tidy-one-sheet.xlsx');
    const done = await commitImport(db, commitOf(first, 'first.xlsx', { kind: 'existing', unitId: unit.id }));
    await db.reports.update(done.reportId, { status: '已完成' });
    const before = await snapshot(db);
    const second = await readFixture('2021-sheet-per-table.xlsx');
    const attempt = commitImport(db, commitOf(second, 'second.xlsx', { kind: 'existing', unitId: unit.id }));
    await expect(attempt).rejects.toBeInstanceOf(RefusedError);
    await expect(attempt).rejects.toThrow(COMPLETED_IMPORT_MESSAGE);
    expect(await snapshot(db)).toEqual(before);

    const confirmed = await commitImport(db, {
      ...commitOf(second, 'second.xlsx', { kind: 'existing', unitId: unit.id }),
      reopenCompleted: true,
    });
    expect(confirmed.reopened).toBe(true);
    const stored = await reportsRepo(db).getReport(done.reportId);
    expect(stored?.status).toBe('草稿');
    expect(storedInputs(stored?.values ?? {})).toEqual(storedInputs(second.values));
    expect(await db.receivedVersions.count()).toBe(2);
  });

  it('refuses when the report changed after the preview, and a file of another format', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({
      name: '马庄街道',
      kind: '乡镇街道',
    });
    const file = await readFixture('2021-tidy-one-sheet.xlsx');
    const previewed = await readImportTarget(db, unit.id, 2024);
    expect(previewed.report).toBeUndefined();
    // Another window creates the report between the preview and the confirmation.
    await reportsRepo(db).getOrCreate(unit.id, 2024);
    const stale = commitImport(db, {
      ...commitOf(file, 'a.xlsx', { kind: 'existing', unitId: unit.id }),
      expectedRev: previewed.report?.rev ?? null,
    });
    await expect(stale).rejects.toThrow(CHANGED_SINCE_PREVIEW_MESSAGE);

    const trial = await readFixture('2019-tidy-one-sheet.xlsx');
    const before = await snapshot(db);
    const wrongYear = commitImport(db, commitOf(trial, '2019.xlsx', { kind: 'existing', unitId: unit.id }, 2024));
    await expect(wrongYear).rejects.toThrow(/请核对年度/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps every received file as a version, also when its figures equal the stored ones', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({
      name: '曹镇乡',
      kind: '乡镇街道',
    });
    const file = await readFixture('legacy-2016-tidy.xlsx');
    const target = { kind: 'existing', unitId: unit.id } as const;
    const first = await commitImport(db, commitOf(file, 'v1.xlsx', target, 2016));
    const again = await commitImport(db, commitOf(file, 'v2.xlsx', target, 2016));
    expect(first.changed).toBeGreaterThan(0);
    expect(again.changed).toBe(0);
    const names = (await db.receivedVersions.where('reportId').equals(first.reportId).sortBy('id')).map(
      (v) => v.fileName,
    );
    expect(names).toEqual(['v1.xlsx', 'v2.xlsx']);
  });
});
