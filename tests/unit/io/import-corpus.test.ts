/**
 * The fixture corpus (tests/fixtures/import, made by scripts/make-import-fixtures.ts) read in-process with the
 * same prechecks and limits as the worker: every report file yields the generator's values, and every hostile
 * file is refused with its Chinese message.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/io/import/import-file';
import { checkReport } from '@/domain/rules/engine';

const DIR = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

interface ExpectedReport {
  kind: 'report';
  formatId: string;
  year: number;
  yearSource: string;
  unit?: string;
  unitSource?: string;
  importName?: string;
  values: Record<string, number>;
  stated: Record<string, number>;
  blanksReadAsZero: number;
  refused: { sheet: string; cell: string; field: string }[];
  notes: { sheet: string; cell: string; field: string; contains: string }[];
  unplaced: { sheet: string; cell: string; label: string }[];
  cells: Record<string, string>;
}
type Entry = ExpectedReport | { kind: 'refused'; contains: string };

const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as Record<string, Entry>;
const load = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));

const reports = Object.entries(manifest).filter((e): e is [string, ExpectedReport] => e[1].kind === 'report');
const refusals = Object.entries(manifest).filter(
  (e): e is [string, { kind: 'refused'; contains: string }] => e[1].kind === 'refused',
);

describe('import corpus: report files', () => {
  it.each(reports)('%s', async (name, want) => {
    const got = await importFile(load(name), want.importName ?? name);
    if (!got.ok) throw new Error(`${name} refused: ${got.reason}`);
    expect(got.format.id).toBe(want.formatId);
    expect(got.year?.value).toBe(want.year);
    expect(got.year?.source).toBe(want.yearSource);
    expect(got.unitName?.value).toBe(want.unit);
    expect(got.unitName?.source).toBe(want.unitSource);
    const wrong = Object.entries(want.values)
      .filter(([key, v]) => got.values[key] !== v)
      .map(([key, v]) => `${key} at ${want.cells[key]}: want ${v}, got ${got.values[key]}`);
    expect(wrong).toEqual([]);
    const refusedKeys = want.refused.map((r) => r.field);
    const extra = Object.keys(got.values).filter((k) => !(k in want.values));
    expect(extra).toEqual([]);
    expect(got.stated).toEqual(want.stated);
    expect(got.blanksReadAsZero).toBe(want.blanksReadAsZero);
    expect(got.refused.map(({ sheet, cell, field }) => ({ sheet, cell, field }))).toEqual(want.refused);
    expect(got.refused.map((r) => r.field)).toEqual(refusedKeys);
    for (const n of want.notes) {
      const note = got.notes.find((g) => g.sheet === n.sheet && g.cell === n.cell);
      expect(note?.message, `note at ${n.sheet}!${n.cell}`).toContain(n.contains);
    }
    expect(got.unplaced).toEqual(want.unplaced);
    expect(got.missingTables).toEqual([]);
  });
});

describe('import corpus: hostile and unrelated files', () => {
  it.each(refusals)('%s is refused', async (name, want) => {
    const got = await importFile(load(name), name);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason).toContain(want.contains);
  });
});

describe('import corpus: stated totals reach the rules', () => {
  it('a printed 总计 that disagrees with its row is an S1 error after import', async () => {
    const got = await importFile(load('2021-messy.xlsx'), '2021-messy.xlsx');
    if (!got.ok) throw new Error(got.reason);
    const problems = checkReport(got.format, got.values, { stated: got.stated });
    expect(problems.some((p) => p.ruleId === 'S1' && p.message.includes('一、本年新收'))).toBe(true);
  });

  it('a tidy file imports without errors', async () => {
    const got = await importFile(load('2021-tidy-one-sheet.xlsx'), '2021-tidy-one-sheet.xlsx');
    if (!got.ok) throw new Error(got.reason);
    const problems = checkReport(got.format, got.values, { stated: got.stated });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
