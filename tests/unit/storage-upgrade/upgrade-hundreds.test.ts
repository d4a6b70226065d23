// The schema upgrade on a workspace of a collecting office's size: the committed v1 fixture multiplied to
// hundreds of reports, written at version 1 in one transaction, then opened with the current code. Every v1 row
// must come through unchanged, the new tables must exist, and the repositories must work on the upgraded data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { searchKeysOf } from '@/domain/units/unit-name';
import {
  CURRENT_SCHEMA_VERSION,
  type CellHistoryRow,
  type CommentRow,
  type ReportRow,
  type UnitRow,
} from '@/storage/db';
import { loadDump, type DbDump } from '@/storage/db-dump';
import { reportsRepo } from '@/storage/reports-repo';

const FIXTURE = fileURLToPath(new URL('../../fixtures/db/v1-workspace.json', import.meta.url));
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as DbDump;
const V1_TABLES = ['units', 'reports', 'cellHistory', 'comments', 'settings'] as const;
/** The fixture plus this many copies: 20 units and 58 reports each time. */
const COPIES = 9;

const units = fixture.tables.units as UnitRow[];
const reports = fixture.tables.reports as ReportRow[];
const history = fixture.tables.cellHistory as CellHistoryRow[];
const comments = fixture.tables.comments as CommentRow[];

/** A unit id of copy `k`: the fixture's own for k = 0, otherwise a fresh id per unit and copy. */
function unitIdMap(k: number): Map<string, string> {
  return new Map(units.map((u) => [u.id, k === 0 ? u.id : crypto.randomUUID()]));
}

/** The fixture's rows again under new ids (units renamed so every name stays distinct), still at version 1. */
function multiplied(): DbDump {
  const idStep = Math.max(...history.map((h) => h.id ?? 0), ...comments.map((c) => c.id ?? 0)) + 1;
  const out = {
    units: [] as UnitRow[],
    reports: [] as ReportRow[],
    cellHistory: [] as CellHistoryRow[],
  };
  const outComments: CommentRow[] = [];
  for (let k = 0; k <= COPIES; k += 1) {
    const ids = unitIdMap(k);
    const unitId = (id: string) => ids.get(id) ?? id;
    const reportId = (id: string) => {
      const [u, year] = id.split(':');
      return `${unitId(u ?? '')}:${year}`;
    };
    const suffix = k === 0 ? '' : `第${k}组`;
    for (const u of units) {
      const name = `${u.name}${suffix}`;
      const aliases = u.aliases.map((a) => `${a}${suffix}`);
      const copy: UnitRow = {
        ...u,
        id: unitId(u.id),
        name,
        aliases,
        searchKeys: searchKeysOf(name, aliases),
      };
      if (u.parentId !== undefined) copy.parentId = unitId(u.parentId);
      out.units.push(copy);
    }
    for (const r of reports) out.reports.push({ ...r, id: reportId(r.id), unitId: unitId(r.unitId) });
    for (const h of history)
      out.cellHistory.push({
        ...h,
        id: (h.id ?? 0) + k * idStep,
        reportId: reportId(h.reportId),
      });
    for (const c of comments)
      outComments.push({
        ...c,
        id: (c.id ?? 0) + k * idStep,
        reportId: reportId(c.reportId),
      });
  }
  const tables = { ...fixture.tables, ...out, comments: outComments };
  return { ...fixture, tables };
}

const keyOf = (table: string, row: unknown): string | number => {
  const r = row as Record<string, string | number>;
  const key = table === 'settings' ? r.key : r.id;
  if (key === undefined) throw new Error(`a row of ${table} without its key`);
  return key;
};

function byKey(table: string, rows: readonly unknown[]): Map<string | number, unknown> {
  return new Map(rows.map((row) => [keyOf(table, row), row]));
}

describe('upgrading a v1 workspace of hundreds of reports', () => {
  it('keeps every v1 row, adds the new tables and leaves the repositories working', async () => {
    const dump = multiplied();
    expect(dump.schemaVersion).toBe(1);
    expect(dump.tables.reports.length).toBeGreaterThanOrEqual(500);
    expect(dump.tables.units.length).toBeGreaterThanOrEqual(150);
    expect(new Set(dump.tables.reports.map((r) => (r as ReportRow).id)).size).toBe(dump.tables.reports.length);

    const db = await loadDump(`upgrade-${crypto.randomUUID()}`, dump);
    try {
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const table of V1_TABLES) {
        const expected = dump.tables[table];
        const stored = await db.table(table).toArray();
        expect(stored.length, table).toBe(expected.length);
        expect(byKey(table, stored), table).toEqual(byKey(table, expected));
      }
      expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['reportTexts', 'receivedVersions']));
      expect(await db.reportTexts.count()).toBe(0);
      expect(await db.receivedVersions.count()).toBe(0);

      // Every report of a year is listed, each with the summary stored with it.
      const repo = reportsRepo(db);
      const all = dump.tables.reports as ReportRow[];
      for (const year of new Set(all.map((r) => r.year))) {
        const ofYear = all.filter((r) => r.year === year);
        const listed = await repo.listByYear(year);
        expect(listed.map((r) => r.id).sort(), `year ${year}`).toEqual(ofYear.map((r) => r.id).sort());
        const summaries = new Map(listed.map((r) => [r.id, r.summary]));
        for (const r of ofYear) expect(summaries.get(r.id), r.id).toEqual(r.summary);
      }

      // An edit of a copied draft report commits: value, history and rev, and nothing else moves.
      const target = [...all]
        .reverse()
        .find((r) => r.status === '草稿' && r.formatId === 'national-2021' && r.id.endsWith(':2024'));
      if (!target) throw new Error('the fixture has no 2024 draft in the 2021 format');
      const field = 't3.received.natural';
      const old = target.values[field] ?? null;
      const value = (old ?? 0) + 7;
      const { changed } = await repo.commitCells(target.id, [{ field, value, expected: old }], '王晓');
      expect(changed).toBe(1);
      const after = await db.reports.get(target.id);
      expect(after?.values[field]).toBe(value);
      expect(after?.rev).toBe(target.rev + 1);
      const edits = await repo.history(target.id, field);
      expect(edits.at(-1)).toMatchObject({
        old,
        new: (old ?? 0) + 7,
        who: '王晓',
      });
      expect(await db.cellHistory.count()).toBe(dump.tables.cellHistory.length + 1);
      expect(await db.reports.count()).toBe(all.length);
    } finally {
      await db.delete();
    }
  });
});
