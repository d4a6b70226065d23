/**
 * A whole database as plain JSON (every table, with the schema it was written under), and the way back.
 * Used for the committed fixture that every future schema upgrade is tested against; a backup can use it too.
 */
import { Dexie } from 'dexie';
import { ALL_TABLES, createDb, CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type XxgkDb } from './db';

export const DUMP_KIND = 'xxgk-database-dump';

export interface DbDump {
  kind: typeof DUMP_KIND;
  schemaVersion: number;
  /** The Dexie store definitions of that version, so the dump can be loaded exactly as it was. */
  stores: Readonly<Record<string, string>>;
  tables: Record<(typeof ALL_TABLES)[number], unknown[]>;
}

export async function dumpDb(db: XxgkDb): Promise<DbDump> {
  return db.transaction('r', [...ALL_TABLES], async () => {
    const tables = {} as DbDump['tables'];
    for (const name of ALL_TABLES) tables[name] = await db.table(name).toArray();
    const stores = SCHEMA_VERSIONS.find((v) => v.version === CURRENT_SCHEMA_VERSION)?.stores ?? {};
    return { kind: DUMP_KIND, schemaVersion: CURRENT_SCHEMA_VERSION, stores, tables };
  });
}

/**
 * Writes a dump into a new database named `name` at the dump's own schema version (not the current one),
 * then opens it with the current code, so the upgrades from that version run exactly as on a user's machine.
 */
export async function loadDump(name: string, dump: DbDump): Promise<XxgkDb> {
  if (dump.kind !== DUMP_KIND) throw new Error('这不是本程序导出的数据库文件。');
  if (dump.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new Error(`该文件来自更新版本的程序（数据库版本 ${dump.schemaVersion}），请先更新本程序。`);
  }
  const old = new Dexie(name);
  old.version(dump.schemaVersion).stores(dump.stores);
  await old.transaction('rw', Object.keys(dump.stores), async () => {
    for (const [table, rows] of Object.entries(dump.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = createDb(name);
  await db.open();
  return db;
}
