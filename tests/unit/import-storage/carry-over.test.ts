/**
 * The carry-over offer: last year's 四、结转下年度继续办理 into this year's 二、上年结转 where blank or different,
 * across the 2019 → 2021 formats, nothing from the legacy table, and applied to a stored report as one batch
 * that clears X1.
 */
import { describe, expect, it } from 'vitest';
import { formatById } from '@/domain/formats/registry';
import type { FormatDef } from '@/domain/format/types';
import { checkReport } from '@/domain/rules/engine';
import { carryOverCells, carryOverEdits, withCarryOver } from '@/domain/year-on-year/carry-over';
import { applyCarryOver } from '@/features/import/carry-over';
import { RefusedError } from '@/storage/errors';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../storage/fresh-db';

function format(id: string): FormatDef {
  const f = formatById(id);
  if (!f) throw new Error(`no format ${id}`);
  return f;
}
const F2021 = format('national-2021');
const F2019 = format('national-2019');
const LEGACY = format('national-legacy');

const priorOut = { 't3.carriedOut.natural': 4, 't3.carriedOut.business': 2, 't3.carriedOut.legal': null };

describe('carryOverCells', () => {
  it('lists the columns whose 上年结转 is blank or differs, with last year’s figure (blank read as 0)', () => {
    const values = { 't3.carriedIn.natural': 4, 't3.carriedIn.business': 1, 't3.carriedIn.research': 0 };
    const cells = carryOverCells(F2021, values, { format: F2021, values: priorOut });
    expect(cells.map((c) => [c.field, c.current, c.prior])).toEqual([
      ['t3.carriedIn.business', 1, 2],
      ['t3.carriedIn.publicInterest', null, 0],
      ['t3.carriedIn.legal', null, 0],
      ['t3.carriedIn.other', null, 0],
    ]);
    expect(cells[0]?.name).toBe('二、上年结转（商业企业）');
  });

  it('reads a 2019-format prior year, and offers nothing from the legacy table', () => {
    const cells = carryOverCells(F2021, {}, { format: F2019, values: priorOut });
    expect(cells.find((c) => c.field === 't3.carriedIn.natural')?.prior).toBe(4);
    expect(carryOverCells(F2019, {}, { format: LEGACY, values: { 'legacy.applicationsReceived.value': 9 } })).toEqual(
      [],
    );
  });

  it('makes X1 pass once applied', () => {
    const prior = { format: F2021, values: priorOut };
    const values = { 't3.carriedIn.natural': 1 };
    const x1 = (v: Record<string, number | null>) =>
      checkReport(F2021, v, { prior }).filter((p) => p.ruleId === 'X1').length;
    expect(x1(values)).toBeGreaterThan(0);
    expect(x1(withCarryOver(F2021, values, prior))).toBe(0);
    expect(carryOverEdits(F2021, values, prior)).toContainEqual({ field: 't3.carriedIn.natural', value: 4 });
  });
});

describe('applyCarryOver', () => {
  it('writes the differing cells of a stored report as one batch with history', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({ name: '湛河区教育局', kind: '部门' });
    const repo = reportsRepo(db);
    const last = await repo.getOrCreate(unit.id, 2024);
    await repo.commitCells(
      last.id,
      [
        { field: 't3.carriedOut.natural', value: 4, expected: null },
        { field: 't3.carriedOut.business', value: 2, expected: null },
      ],
      '测',
    );
    const report = await repo.getOrCreate(unit.id, 2025);
    await repo.commitCells(report.id, [{ field: 't3.carriedIn.natural', value: 4, expected: null }], '测');
    expect(await applyCarryOver(db, report.id, '测')).toBe(5);
    const stored = await repo.getReport(report.id);
    expect(stored?.values['t3.carriedIn.business']).toBe(2);
    expect(stored?.values['t3.carriedIn.other']).toBe(0);
    expect((await repo.check(report.id)).problems.filter((p) => p.ruleId === 'X1')).toEqual([]);
    expect(await db.cellHistory.where('reportId').equals(report.id).count()).toBe(6);
    expect(await applyCarryOver(db, report.id, '测')).toBe(0);
  });

  it('refuses without a report of the year before', async () => {
    const db = freshDb();
    const unit = await unitsRepo(db).create({ name: '曹镇乡', kind: '乡镇街道' });
    const report = await reportsRepo(db).getOrCreate(unit.id, 2025);
    await expect(applyCarryOver(db, report.id, '测')).rejects.toBeInstanceOf(RefusedError);
  });
});
