/** What the preview computes: differences (blank distinct from 0), whether a format fits a year, duplicates. */
import { describe, expect, it } from 'vitest';
import { formatById } from '@/domain/formats/registry';
import type { FormatDef } from '@/domain/format/types';
import type { ImportRow } from '@/state/import-queue-store';
import { duplicateTargets, isReady } from '@/features/import/import-queue';
import { formatMismatch, previewTables, valueDifferences } from '@/widgets/import-preview/preview-model';

function format(id: string): FormatDef {
  const f = formatById(id);
  if (!f) throw new Error(`no format ${id}`);
  return f;
}
const F2021 = format('national-2021');
const F2019 = format('national-2019');

describe('valueDifferences', () => {
  it('lists changed input cells only, a blank and a 0 being different', () => {
    const stored = { 't3.received.natural': 3, 't3.received.business': null, 't2.fees.amount': 1.5 };
    const incoming = { 't3.received.natural': 3, 't3.received.business': 0, 't2.fees.amount': 2 };
    const diff = valueDifferences(F2021, incoming, stored);
    expect(diff.map((d) => [d.field, d.old, d.new])).toEqual([
      ['t2.fees.amount', 1.5, 2],
      ['t3.received.business', null, 0],
    ]);
    expect(diff[1]?.name).toBe('一、本年新收（商业企业）');
  });
});

describe('formatMismatch', () => {
  it('accepts a file in the format of its year and names the problem otherwise', () => {
    expect(formatMismatch(F2021, 2024)).toBeUndefined();
    expect(formatMismatch(F2019, 2020)).toBeUndefined();
    expect(formatMismatch(F2019, 2024)).toMatch(/2024 年的报表使用2021年版.*请核对年度/);
    expect(formatMismatch(F2021, 2024, 'national-2019')).toMatch(/另一种格式/);
    expect(formatMismatch(F2021, 2010)).toMatch(/没有适用的统计表格式/);
  });
});

describe('previewTables', () => {
  it('lays Table 三 out as rows by applicant columns with the computed 总计', () => {
    const t3 = previewTables(F2021, { 't3.received.natural': 2, 't3.received.other': 5 }).find((t) => t.key === 't3');
    expect(t3?.columns).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    const received = t3?.rows[0];
    expect(received?.label).toBe('一、本年新收');
    expect(received?.cells.map((c) => c?.value ?? null)).toEqual([2, null, null, null, null, 5, 7]);
    expect(received?.cells[6]?.computed).toBe(true);
  });
});

describe('duplicateTargets and isReady', () => {
  const row = (id: number, unitId: string, year: number): ImportRow => ({
    id,
    fileName: `${id}.xlsx`,
    size: 1,
    status: 'pending',
    year,
    unit: { kind: 'existing', unitId },
    checkSeq: 1,
    check: { issues: [], differences: null, completed: false, existingRev: null },
  });

  it('holds back every file aimed at the same unit and year, and only those', () => {
    const rows = [row(1, 'a', 2024), row(2, 'a', 2024), row(3, 'a', 2023), row(4, 'b', 2024)];
    const duplicates = duplicateTargets(rows);
    expect([...duplicates].sort()).toEqual([1, 2]);
    expect(rows.filter((r) => isReady(r, duplicates)).map((r) => r.id)).toEqual([3, 4]);
  });
});
