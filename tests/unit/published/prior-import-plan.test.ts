/**
 * 从已发布的上年年报导入, from a real published report (a Word file made by LibreOffice): the year before is
 * accepted, another year or another format refused, another unit's name asked about, and the carry-over it
 * gives this year's report is last year's 结转下年度 per applicant column.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatById } from '@/domain/formats/registry';
import type { FormatDef } from '@/domain/format/types';
import { importFile } from '@/io/import/import-file';
import { planPriorImport } from '@/features/report-entry/prior-import-plan';

const DIR = fileURLToPath(new URL('../../fixtures/published/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as Record<
  string,
  { unit: string; year: number; values: Record<string, number> }
>;
const F2021 = formatById('national-2021') as FormatDef;

async function readFixture(file: string) {
  const got = await importFile(new Uint8Array(readFileSync(`${DIR}${file}`)), file);
  if (!got.ok) throw new Error(got.reason);
  return {
    format: got.format,
    values: got.values,
    ...(got.year ? { year: got.year.value } : {}),
    ...(got.unitName ? { unitName: got.unitName.value } : {}),
  };
}

describe('planPriorImport', () => {
  it('takes last year’s report of the same unit and carries its 结转下年度 into this year’s 上年结转', async () => {
    const want = manifest['2021-agreeing']!;
    const file = await readFixture('2021-agreeing.docx');
    const plan = planPriorImport({
      format: F2021,
      values: { 't3.carriedIn.natural': 5 },
      year: want.year + 1,
      unit: { name: '某某市 交通运输局', aliases: [] },
      file,
    });
    expect(plan.refusals).toEqual([]);
    expect(plan.otherUnit).toBeUndefined();
    const carried = Object.fromEntries(plan.carry.map((c) => [c.field, c.prior]));
    for (const column of ['natural', 'business', 'research', 'publicInterest', 'legal', 'other']) {
      expect(carried[`t3.carriedIn.${column}`], column).toBe(want.values[`t3.carriedOut.${column}`]);
    }
    expect(plan.carry.find((c) => c.field === 't3.carriedIn.natural')?.current).toBe(5);
  });

  it('asks when the file names another unit, and refuses another year', async () => {
    const want = manifest['2021-agreeing']!;
    const file = await readFixture('2021-agreeing.docx');
    const other = planPriorImport({
      format: F2021,
      values: {},
      year: want.year + 1,
      unit: { name: '湛河区财政局', aliases: [] },
      file,
    });
    expect(other.otherUnit).toBe(want.unit);
    expect(other.refusals).toEqual([]);
    const alias = planPriorImport({
      format: F2021,
      values: {},
      year: want.year + 1,
      unit: { name: '交通局', aliases: [want.unit] },
      file,
    });
    expect(alias.otherUnit).toBeUndefined();

    const late = planPriorImport({
      format: F2021,
      values: {},
      year: want.year + 2,
      unit: { name: want.unit, aliases: [] },
      file,
    });
    expect(late.refusals[0]).toContain(`文件是 ${want.year} 年度的年报`);
    expect(late.carry).toEqual([]);
  });

  it('refuses a file whose format the year before does not use (a stored report keeps its format)', async () => {
    const want = manifest['2019-agreeing-gbk']!;
    const file = await readFixture('2019-agreeing-gbk.docx');
    const plan = planPriorImport({
      format: F2021,
      values: {},
      year: want.year + 1,
      unit: { name: want.unit, aliases: [] },
      file,
      storedFormatId: 'national-2021',
    });
    expect(plan.refusals).toHaveLength(1);
    expect(plan.refusals[0]).toContain('不能导入');
    // Without a stored report, 2020 uses the 2019 format: the file fits, and carries into the 2021 table.
    const fits = planPriorImport({
      format: F2021,
      values: {},
      year: want.year + 1,
      unit: { name: want.unit, aliases: [] },
      file,
    });
    expect(fits.refusals).toEqual([]);
    expect(fits.carry.find((c) => c.field === 't3.carriedIn.legal')?.prior).toBe(want.values['t3.carriedOut.legal']);
  });
});
