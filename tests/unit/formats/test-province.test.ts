/**
 * A provincial variant reached with no code of its own: installed from its definition file, chosen by the
 * workspace's variant setting, it goes through entry (with its own rule), the official sheet, the importer, the
 * area total and the report text, each through the real modules.
 */
import { draftReport, draftToText } from '@/domain/report-text/draft';
import { checkReportText } from '@/domain/report-text/text-checks';
import {
  FORMATS,
  NATIONAL,
  NATIONAL_VARIANT_NAME,
  formatFor,
  installFormat,
  variantChoices,
} from '@/domain/formats/registry';
import { areaTotal } from '@/features/office/area-total';
import { formatMismatch } from '@/widgets/import-preview/preview-model';
import { exportReportXlsx } from '@/io/export/official-sheet';
import { importFile } from '@/io/import/import-file';
import { commitImport } from '@/storage/import/commit-import';
import { readFormatVariant, readFormatVariantSetting, saveFormatVariant } from '@/storage/format-variant-setting';
import { StaleWriteError } from '@/storage/errors';
import { reportsRepo } from '@/storage/reports-repo';
import { unitsRepo } from '@/storage/units-repo';
import { freshDb } from '../storage/fresh-db';
import { TEST_PROVINCE, TEST_PROVINCE_2021 } from './test-province-2021';

beforeAll(() => {
  if (!FORMATS.includes(TEST_PROVINCE_2021)) installFormat(TEST_PROVINCE_2021);
});

async function provinceWorkspace() {
  const db = freshDb();
  expect(await readFormatVariant(db)).toBe(NATIONAL);
  await saveFormatVariant(db, TEST_PROVINCE, 0);
  const units = unitsRepo(db);
  const area = await units.create({ name: '测试区（全区）', kind: '区域汇总' });
  const a = await units.create({ name: '测试区教育局', kind: '部门', parentId: area.id });
  const b = await units.create({ name: '测试区财政局', kind: '部门', parentId: area.id });
  return { db, area, a, b, reports: reportsRepo(db) };
}

describe('a provincial variant, as data only', () => {
  it('is refused twice and unknown variants are refused as a setting', async () => {
    expect(() => installFormat(TEST_PROVINCE_2021)).toThrow('已登记');
    await expect(saveFormatVariant(freshDb(), 'nowhere', 0)).rejects.toThrow('没有“nowhere”的统计表格式');
  });

  it('is offered by its name, and a choice made in a window that read an older version is refused', async () => {
    expect(variantChoices()).toEqual([
      { variant: NATIONAL, name: NATIONAL_VARIANT_NAME },
      { variant: TEST_PROVINCE, name: '测试省格式' },
    ]);
    const db = freshDb();
    const read = await readFormatVariantSetting(db);
    expect(read).toEqual({ variant: NATIONAL, rev: 0 });
    await saveFormatVariant(db, TEST_PROVINCE, read.rev);
    // The other window still holds version 0: refused, and the stored choice stays.
    await expect(saveFormatVariant(db, NATIONAL, read.rev)).rejects.toBeInstanceOf(StaleWriteError);
    const now = await readFormatVariantSetting(db);
    expect(now.variant).toBe(TEST_PROVINCE);
    await saveFormatVariant(db, NATIONAL, now.rev);
    expect(await readFormatVariant(db)).toBe(NATIONAL);
  });

  it('entry: a new report takes the workspace variant, and its own rule runs', async () => {
    const { a, reports } = await provinceWorkspace();
    const report = await reports.getOrCreate(a.id, 2025);
    expect(report.formatId).toBe('test-province-2021');
    await reports.commitCells(
      report.id,
      [
        { field: 't5.openDays.held', value: 2, expected: null },
        { field: 't5.openDays.online', value: 3, expected: null },
      ],
      '张三',
    );
    const p1 = (await reports.check(report.id)).problems.filter((p) => p.ruleId === 'P1');
    expect(p1.map((p) => p.message)).toEqual([
      '政府开放日活动：政府开放日活动其中：线上场次（3）不应大于 政府开放日活动本年举办场次（2），超出 1',
    ]);
    // Another workspace stays national.
    const other = freshDb();
    const unit = await unitsRepo(other).create({ name: '别区教育局', kind: '部门' });
    expect((await reportsRepo(other).getOrCreate(unit.id, 2025)).formatId).toBe('national-2021');
  });

  it('export → import: the sheet carries the extra table and reads back as the variant', async () => {
    const values = {
      't3.received.natural': 4,
      't3.disclosed.natural': 4,
      't5.openDays.held': 5,
      't5.openDays.online': 2,
    };
    const bytes = await exportReportXlsx({ format: TEST_PROVINCE_2021, values, unitName: '测试区教育局', year: 2025 });
    const read = await importFile(bytes, '测试区教育局2025年.xlsx');
    if (!read.ok) throw new Error(read.reason);
    expect(read.format.id).toBe('test-province-2021');
    expect(read.values['t5.openDays.held']).toBe(5);
    expect(read.values['t5.openDays.online']).toBe(2);
    expect(read.values['t3.received.natural']).toBe(4);
    expect(formatMismatch(read.format, 2025, undefined, TEST_PROVINCE)).toBeUndefined();
    expect(formatMismatch(read.format, 2025, undefined, NATIONAL)).toMatch(/不能导入/);

    const { db, a, reports } = await provinceWorkspace();
    const done = await commitImport(db, {
      unit: { kind: 'existing', unitId: a.id },
      year: 2025,
      formatId: read.format.id,
      values: read.values,
      stated: read.stated,
      fileName: '测试区教育局2025年.xlsx',
      who: '张三',
    });
    const stored = await reports.getReport(done.reportId);
    expect(stored?.formatId).toBe('test-province-2021');
    expect(stored?.values['t5.openDays.held']).toBe(5);

    // A national file for a unit new to this workspace: its writes went out with the checks, and the format
    // setting's answer (the province's tables for 2025) refuses them all.
    const national = await importFile(
      await exportReportXlsx({ format: formatFor(2025, NATIONAL)!, values, unitName: '测试区民政局', year: 2025 }),
      '测试区民政局2025年.xlsx',
    );
    if (!national.ok) throw new Error(national.reason);
    const counts = async () => [await db.units.count(), await db.reports.count(), await db.receipts.count()];
    const before = await counts();
    await expect(
      commitImport(db, {
        unit: { kind: 'new', name: '测试区民政局', unitKind: '部门' },
        year: 2025,
        formatId: national.format.id,
        values: national.values,
        stated: national.stated,
        fileName: '测试区民政局2025年.xlsx',
        who: '张三',
      }),
    ).rejects.toThrow(/请核对年度/);
    expect(await counts()).toEqual(before);
    expect(await unitsRepo(db).findByName('测试区民政局')).toBeUndefined();
  }, 30_000);

  it('consolidation sums the extra row into the variant, and the report text is drafted and checked', async () => {
    const { db, area, a, b, reports } = await provinceWorkspace();
    for (const [unit, held] of [
      [a, 2],
      [b, 3],
    ] as const) {
      const r = await reports.getOrCreate(unit.id, 2025);
      await reports.commitCells(
        r.id,
        [
          { field: 't5.openDays.held', value: held, expected: null },
          { field: 't3.received.natural', value: 1, expected: null },
        ],
        '张三',
      );
    }
    const units = await unitsRepo(db).list();
    const rows = await Promise.all([a, b].map((u) => reports.getReport(`${u.id}:2025`)));
    const total = areaTotal(
      area.id,
      units,
      rows.filter((r) => r !== undefined),
      2025,
      TEST_PROVINCE,
    );
    expect(total?.format.id).toBe('test-province-2021');
    expect(total?.values['t5.openDays.held']).toBe(5);
    expect(formatFor(2025, TEST_PROVINCE)).toBe(TEST_PROVINCE_2021);

    const draft = draftReport(TEST_PROVINCE_2021, total?.values ?? {}, '测试区', 2025);
    expect(draft?.[2]?.text).toContain('本年度共收到政府信息公开申请2件');
    const text = draftToText(draft ?? []);
    expect(checkReportText(TEST_PROVINCE_2021, total?.values ?? {}, text)).toEqual([]);
    expect(
      checkReportText(TEST_PROVINCE_2021, total?.values ?? {}, text.replace('申请2件', '申请7件'))[0]?.ruleId,
    ).toBe('T1');
  });
});
