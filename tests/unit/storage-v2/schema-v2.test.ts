// Schema version 2 against the committed v1 database: loaded at version 1, opened with the current code, every
// v1 row must come through unchanged and the two new tables must exist, empty and usable through their indexes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_TABLES, CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type ReportRow } from '@/storage/db';
import { dumpDb, loadDump, type DbDump } from '@/storage/db-dump';

const FIXTURE = fileURLToPath(new URL('../../fixtures/db/v1-workspace.json', import.meta.url));
const dump = JSON.parse(readFileSync(FIXTURE, 'utf8')) as DbDump;
const V1_TABLES = ['units', 'reports', 'cellHistory', 'comments', 'settings'];

describe('schema version 2', () => {
  it('keeps version 1 exactly as released and adds only the two new tables', () => {
    const [v1, v2] = SCHEMA_VERSIONS;
    expect(v1?.stores).toEqual(dump.stores);
    expect(v2?.version).toBe(2);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    for (const [table, definition] of Object.entries(v1?.stores ?? {})) expect(v2?.stores[table]).toBe(definition);
    expect(v2?.stores.reportTexts).toBe('reportId');
    expect(v2?.stores.receivedVersions).toBe('++id, reportId');
    expect(ALL_TABLES).toEqual(expect.arrayContaining(['reportTexts', 'receivedVersions']));
  });

  it('opens the v1 fixture with every v1 row intact and the new tables empty', async () => {
    expect(dump.schemaVersion).toBe(1);
    expect(Object.keys(dump.tables).sort()).toEqual([...V1_TABLES].sort());
    const db = await loadDump(`v2-${crypto.randomUUID()}`, dump);
    try {
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const table of V1_TABLES) {
        const rows = dump.tables[table as keyof DbDump['tables']];
        expect(rows.length, table).toBeGreaterThan(0);
        expect(await db.table(table).toArray(), table).toEqual(rows);
      }
      expect(await db.reportTexts.count()).toBe(0);
      expect(await db.receivedVersions.count()).toBe(0);

      // The new tables take rows and their index answers.
      const report = (dump.tables.reports as ReportRow[])[0]!;
      await db.reportTexts.put({
        reportId: report.id,
        sections: [{ number: 1, heading: '一、总体情况', text: '正文' }],
        updatedAt: 1,
        who: '王晓',
      });
      const id = await db.receivedVersions.add({
        reportId: report.id,
        receivedAt: 2,
        fileName: '2024年度_报表.xlsx',
        values: { 't3.received.natural': 3, 't3.received.legal': null },
      });
      expect(typeof id).toBe('number');
      expect(await db.receivedVersions.where('reportId').equals(report.id).count()).toBe(1);
      expect((await db.reportTexts.get(report.id))?.sections[0]?.text).toBe('正文');

      // A dump of the upgraded database carries the new tables and loads back at version 2.
      const again = await dumpDb(db);
      expect(again.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(again.tables.reportTexts).toHaveLength(1);
      const copy = await loadDump(`v2-copy-${crypto.randomUUID()}`, again);
      try {
        expect(await copy.receivedVersions.toArray()).toEqual(await db.receivedVersions.toArray());
        expect(await copy.units.count()).toBe(dump.tables.units.length);
      } finally {
        await copy.delete();
      }
    } finally {
      await db.delete();
    }
  });
});
