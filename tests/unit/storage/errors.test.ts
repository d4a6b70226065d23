import { Dexie } from 'dexie';
import {
  ALL_TABLES,
  createDb,
  CURRENT_SCHEMA_VERSION,
  installedSchemaVersion,
  onUpgradeElsewhere,
  openUnlessNewer,
} from '@/storage/db';
import {
  NEWER_VERSION_MESSAGE,
  NewerVersionError,
  RefusedError,
  runWrite,
  STORAGE_FULL_MESSAGE,
  StorageError,
  StorageFullError,
  toStorageError,
} from '@/storage/errors';
import { requestPersistence } from '@/storage/persistence';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from './fresh-db';

describe('quota errors', () => {
  it('maps a plain QuotaExceededError', () => {
    const mapped = toStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(mapped).toBeInstanceOf(StorageFullError);
    expect(mapped.message).toBe(STORAGE_FULL_MESSAGE);
  });

  it("maps Dexie's own QuotaExceededError", () => {
    expect(toStorageError(new Dexie.QuotaExceededError('full'))).toBeInstanceOf(StorageFullError);
  });

  it('maps an AbortError whose inner error is a QuotaExceededError', () => {
    const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const abort = new Dexie.AbortError('Transaction aborted', inner);
    expect(abort.name).toBe('AbortError');
    expect(toStorageError(abort)).toBeInstanceOf(StorageFullError);
  });

  it('does not take an ordinary abort for a full disk', () => {
    const mapped = toStorageError(new Dexie.AbortError('Transaction aborted', new Error('x')));
    expect(mapped).toBeInstanceOf(StorageError);
    expect(mapped.message).toMatch(/本次修改未保存/);
  });

  it('passes refusals through unchanged', () => {
    const refusal = new RefusedError('不行');
    expect(toStorageError(refusal)).toBe(refusal);
  });
});

describe('runWrite', () => {
  it('retries an unexpected failure once after reopening, and writes once', async () => {
    const db = freshDb();
    let attempts = 0;
    await runWrite(db, ['settings'], async () => {
      attempts += 1;
      await db.settings.put({ key: 'k', value: attempts });
      if (attempts === 1) throw new Error('transient');
    });
    expect(attempts).toBe(2);
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: 2 });
  });

  it('surfaces a StorageError after the retry fails too, with nothing written', async () => {
    const db = freshDb();
    const attempt = runWrite(db, ['settings'], async () => {
      await db.settings.put({ key: 'k', value: 1 });
      throw new Error('broken');
    });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    expect(await db.settings.get('k')).toBeUndefined();
  });

  it('does not retry a full disk', async () => {
    const db = freshDb();
    let attempts = 0;
    const attempt = runWrite(db, ['settings'], () => {
      attempts += 1;
      return Promise.reject(new DOMException('full', 'QuotaExceededError'));
    });
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    expect(attempts).toBe(1);
  });

  it('lets repository calls inside it join its one transaction, so a failure leaves nothing half-written', async () => {
    const db = freshDb();
    const attempt = runWrite(db, ALL_TABLES, async () => {
      const unit = await unitsRepo(db).create({ name: '区财政局', kind: '部门' });
      await reportsRepo(db).getOrCreate(unit.id, 2025);
      throw new RefusedError('停止');
    });
    await expect(attempt).rejects.toThrow('停止');
    expect([await db.units.count(), await db.reports.count()]).toEqual([0, 0]);
  });

  it('reopens a connection closed under it (as after an upgrade notice) and saves', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({ name: '区财政局', kind: '部门' });
    const report = await reportsRepo(db).getOrCreate(unit.id, 2025);
    db.close();
    await reportsRepo(db).commitCells(report.id, [{ field: 't3.received.natural', value: 1, expected: null }], '张三');
    expect((await reportsRepo(db).getReport(report.id))?.values).toEqual({ 't3.received.natural': 1 });
  });
});

describe('upgrade in another tab', () => {
  it('closes this connection and tells the listener', async () => {
    const db = freshDb();
    await db.open();
    const told = vi.fn();
    const stop = onUpgradeElsewhere(db, told);
    // Another tab opens the same database at a newer schema version.
    const newer = new Dexie(db.name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ units: 'id', extra: 'id' });
    await newer.open();
    expect(told).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    // This tab's code is now older than the database: a save is refused with a request to reload.
    await expect(unitsRepo(db).create({ name: '区财政局', kind: '部门' })).rejects.toThrow(
      /已在其他窗口更新.*请刷新本页面/,
    );
    stop();
    newer.close();
  });
});

describe('a database saved by a newer release', () => {
  it('is neither read nor written, and says so plainly', async () => {
    const name = `test-${crypto.randomUUID()}`;
    // A newer release wrote this database: one more schema version, one unit already stored.
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ units: 'id', extra: 'id' });
    await newer.table('units').put({ id: 'u1', name: '区财政局' });
    newer.close();

    const db = createDb(name);
    await expect(openUnlessNewer(db)).rejects.toBeInstanceOf(NewerVersionError);
    await expect(unitsRepo(db).list()).rejects.toThrow(NEWER_VERSION_MESSAGE);
    await expect(unitsRepo(db).create({ name: '区教育局', kind: '部门' })).rejects.toThrow(NEWER_VERSION_MESSAGE);
    // Nor does a query that bypasses the repositories open (and so patch) it.
    await expect(db.units.count()).rejects.toThrow();
    db.close();

    const after = new Dexie(name);
    await after.open();
    // Opened at the stored version, untouched: no schema patch, the newer release's row as it was.
    expect(after.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(after.tables.map((t) => t.name).sort()).toEqual(['extra', 'units']);
    expect(await after.table('units').toArray()).toEqual([{ id: 'u1', name: '区财政局' }]);
    await after.delete();
  });
});

describe('installedSchemaVersion', () => {
  it('reads 0 for a database that does not exist, and leaves none behind', async () => {
    const name = `test-${crypto.randomUUID()}`;
    expect(await installedSchemaVersion(name)).toBe(0);
    expect((await Dexie.getDatabaseNames()).includes(name)).toBe(false);
  });

  it('reads the version of an existing database and then opens it as usual', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    expect(await installedSchemaVersion(db.name)).toBe(CURRENT_SCHEMA_VERSION);
    await openUnlessNewer(db);
    expect(db.isOpen()).toBe(true);
  });
});

describe('requestPersistence', () => {
  it('reports granted, refused and unsupported', async () => {
    const answers = (persisted: boolean, persist: boolean) => ({
      persisted: () => Promise.resolve(persisted),
      persist: () => Promise.resolve(persist),
    });
    expect(await requestPersistence(answers(false, true))).toBe('granted');
    expect(await requestPersistence(answers(true, false))).toBe('granted');
    expect(await requestPersistence(answers(false, false))).toBe('refused');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});
