// The committed v1 database, loaded at schema version 1 and opened with the current code: every row must come
// through every future upgrade with its values intact (a later upgrade adds its own expectations here).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CURRENT_SCHEMA_VERSION, type ReportRow, type UnitRow } from '@/storage/db';
import { loadDump, type DbDump } from '@/storage/db-dump';
import { reportsRepo } from '@/storage/reports-repo';
import { refreshSummariesIfRulesChanged } from '@/storage/summary-refresh';
import { settingsRepo } from '@/storage/settings-repo';
import { unitsRepo } from '@/storage/units-repo';

const FIXTURE = fileURLToPath(new URL('../../fixtures/db/v1-workspace.json', import.meta.url));
const dump = JSON.parse(readFileSync(FIXTURE, 'utf8')) as DbDump;

describe('v1 fixture database', () => {
  it('is a version 1 dump with ~20 units and reports over three or more years', () => {
    expect(dump.schemaVersion).toBe(1);
    expect(dump.tables.units.length).toBeGreaterThanOrEqual(20);
    const years = new Set((dump.tables.reports as ReportRow[]).map((r) => r.year));
    expect(years.size).toBeGreaterThanOrEqual(3);
  });

  it('opens with the current code with every row and value intact', async () => {
    const db = await loadDump(`fixture-${crypto.randomUUID()}`, dump);
    try {
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(dump.tables)) {
        expect(await db.table(table).toArray(), table).toEqual(rows);
      }
      // Blank stays blank (absent), distinct from 0, after the round trip.
      const cleared = (dump.tables.cellHistory as { reportId: string; field: string; new: number | null }[]).find(
        (h) => h.new === null,
      );
      expect(cleared).toBeDefined();
      const report = await reportsRepo(db).getReport(cleared!.reportId);
      expect(report?.values[cleared!.field]).toBeUndefined();
      // Indexes work on the loaded data: lookups by alias, by year, by cell.
      const renamed = (dump.tables.units as UnitRow[]).find((u) => u.aliases.length > 0 && u.kind === '部门');
      expect((await unitsRepo(db).findByName(renamed!.aliases[0]!))?.id).toBe(renamed!.id);
      const y2024 = (dump.tables.reports as ReportRow[]).filter((r) => r.year === 2024);
      expect((await reportsRepo(db).listByYear(2024)).length).toBe(y2024.length);
      expect(await reportsRepo(db).history(cleared!.reportId, cleared!.field)).not.toHaveLength(0);
      expect(await settingsRepo(db).operatorName()).toBe('王晓');
      // Summaries computed under older rules are brought up to date once, then agree with the rules run now.
      await refreshSummariesIfRulesChanged(db);
      expect(await refreshSummariesIfRulesChanged(db)).toBe(false);
      for (const row of await db.reports.toArray()) {
        const { problems, completion } = await reportsRepo(db).check(row.id);
        expect(row.summary.errors, row.id).toBe(problems.filter((p) => p.severity === 'error').length);
        expect(row.summary.blank, row.id).toBe(completion.blankInputs);
      }
    } finally {
      await db.delete();
    }
  });
});
