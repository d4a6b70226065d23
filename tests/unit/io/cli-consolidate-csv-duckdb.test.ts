/**
 * `consolidate --csv` over enough files to be read on worker threads: the per-value CSV loads into DuckDB as
 * it is, and the totals DuckDB sums from the units' lines equal the total's lines and the files' own values.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { indexFormat } from '@/domain/format/format-index';
import { importFile } from '@/io/import/import-file';
import { OFFICE_FIXTURE_DIR, loadOfficeReport } from './office-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'cli-consolidate-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tidy = fileURLToPath(new URL('../../fixtures/import/2021-tidy-one-sheet.xlsx', import.meta.url));
const COPIES = 16;
const TOTAL_NAME = '示例区（汇总）';

describe('consolidate --csv into DuckDB', () => {
  it('reads 18 files on threads with progress, and its CSV sums to the total in DuckDB', async () => {
    const sheets = Array.from({ length: COPIES }, (_, i) => {
      const path = join(dir, `单位${String(i + 1).padStart(2, '0')}.xlsx`);
      copyFileSync(tidy, path);
      return path;
    });
    const reports = ['unit-finance-2024.json', 'unit-street-2024.json'];
    const out = join(dir, 'total.xlsx');
    const csv = join(dir, 'values.csv');
    const args = [...reports.map((r) => `${OFFICE_FIXTURE_DIR}${r}`), ...sheets, '--out', out, '--csv', csv];
    const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'consolidate', ...args, '--area', '示例区'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toContain(`已读取 ${COPIES + 2}/${COPIES + 2} 个文件`);
    expect(run.stdout).toContain(`逐项明细（每个数值一行）→ ${csv}`);

    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const table = `read_csv('${csv.replace(/'/g, "''")}', header = true)`;
    const types = await db.runAndReadAll(`DESCRIBE SELECT * FROM ${table}`);
    const typeOf = new Map(types.getRowObjects().map((r) => [String(r.column_name), String(r.column_type)]));
    expect(typeOf.get('值')).toBe('DOUBLE');
    expect(typeOf.get('年度')).toBe('BIGINT');
    const sums = await db.runAndReadAll(
      `SELECT 字段, sum(值) FILTER (WHERE 单位 <> '${TOTAL_NAME}') AS units,
              sum(值) FILTER (WHERE 单位 = '${TOTAL_NAME}') AS total, count(*) AS lines
       FROM ${table} WHERE 类型 = '填报' GROUP BY 字段`,
    );
    const byField = new Map(sums.getRowObjects().map((r) => [String(r['字段']), r]));

    const imported = await importFile(new Uint8Array(readFileSync(tidy)), 'tidy.xlsx');
    if (!imported.ok) throw new Error(imported.reason);
    const parts = reports.map((r) => loadOfficeReport(r).values);
    const format = loadOfficeReport(reports[0]!).format;
    const inputs = indexFormat(format).inputs;
    expect(byField.size).toBe(inputs.length);
    for (const field of inputs) {
      const row = byField.get(field.key)!;
      const own = [...parts.map((p) => p[field.key]), ...Array<unknown>(COPIES).fill(imported.values[field.key])];
      const expected = own.filter((v): v is number => typeof v === 'number').reduce((a, b) => a + b, 0);
      expect(Number(row.lines), field.key).toBe(COPIES + 3);
      expect(Number(row.units ?? 0), field.key).toBeCloseTo(expected, 6);
      expect(Number(row.total ?? 0), field.key).toBeCloseTo(expected, 6);
    }
    db.closeSync();
  }, 150_000);
});
