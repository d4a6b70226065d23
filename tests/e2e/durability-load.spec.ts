/**
 * Durability under load: a hundred files imported with 全部导入 and the page reloaded while they are being
 * stored. Each file is one transaction, so afterwards every report holds exactly the figures of the file
 * received for it, nothing is half-written, and the app and its import page work as before.
 */
import type { Page } from '@playwright/test';
import { roundMoney } from '../../src/domain/values/money';
import { DEMO_URL, expect, test } from './fixtures';
import { bulkFile, bulkFileName as fileName } from './helpers/bulk-files';
import { readImportStores, type RawReport, type RawStores } from './helpers/raw-db';

const DEMO_UNITS = [
  '湛河区人民政府办公室',
  '湛河区发展和改革委员会',
  '湛河区教育局',
  '湛河区公安分局',
  '湛河区财政局',
  '湛河区人力资源和社会保障局',
  '湛河区市场监督管理局',
  '曹镇乡',
  '马庄街道',
  '姚孟街道',
];
// The demo holds reports of 2024 and 2025 only: every other year of the 2021 format makes a new report.
const YEARS = [2021, 2022, 2023, 2026, 2027, 2028, 2029, 2030, 2031, 2032];
const FILE_COUNT = DEMO_UNITS.length * YEARS.length;
/** 已导入 rows seen before the page is reloaded by itself. */
const RELOAD_AFTER = 5;
/** Imports that may commit between the last row the page showed and the reload (stored, not yet drawn). */
const IN_FLIGHT = 3;

const imported = (page: Page) => page.locator('tr.im-row.im-st-imported');

test.setTimeout(240_000);

/**
 * Arms the page to reload itself as soon as it shows RELOAD_AFTER rows as 已导入, recording that count in
 * sessionStorage (kept across the reload): done inside the page so no round trip lets more imports finish.
 */
async function reloadWhenImported(page: Page, atLeast: number): Promise<void> {
  await page.evaluate((atLeast) => {
    const observer = new MutationObserver(() => {
      const shown = document.querySelectorAll('tr.im-row.im-st-imported').length;
      if (shown < atLeast) return;
      observer.disconnect();
      sessionStorage.setItem('shownImported', String(shown));
      location.reload();
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  }, atLeast);
}

/** Input values as stored: money is rounded to 4 decimals, a blank is null or absent. */
function sameFigures(report: Record<string, number | null>, file: Record<string, number | null>): boolean {
  const keys = new Set([...Object.keys(report), ...Object.keys(file)]);
  for (const key of keys) {
    const want = file[key] ?? null;
    if ((report[key] ?? null) !== (want === null ? null : roundMoney(want))) return false;
  }
  return true;
}

function expectConsistent(stores: RawStores, unitIds: ReadonlyMap<string, string>, years: readonly number[]): void {
  const reports = new Map(stores.reports.map((r) => [r.id, r]));
  const versionsOf = new Map<string, number[]>();
  for (const v of stores.receivedVersions) versionsOf.set(v.reportId, [...(versionsOf.get(v.reportId) ?? []), v.id]);

  // Every received version has its report, holding that file's figures (or a later version's).
  for (const version of stores.receivedVersions) {
    const report = reports.get(version.reportId);
    expect(report, `report of ${version.fileName}`).toBeDefined();
    const later = stores.receivedVersions.filter((v) => v.reportId === version.reportId && v.id >= version.id);
    const holds = later.some((v) => sameFigures(report?.values ?? {}, v.values));
    expect(holds, `${version.fileName}: the report holds the file's figures`).toBe(true);
  }
  // No history row without its report.
  const orphans = stores.cellHistory.filter((h) => !reports.has(h.reportId));
  expect(orphans.map((h) => h.reportId)).toEqual([]);

  // A report of the imported years exists only with its received file, and with one history entry per figure
  // (an import stores them as one row listing every cell).
  const importedYears = stores.reports.filter((r) => years.includes(r.year) && unitIds.has(r.unitId));
  const historyCount = new Map<string, number>();
  for (const h of stores.cellHistory) {
    historyCount.set(h.reportId, (historyCount.get(h.reportId) ?? 0) + (h.changes?.length ?? 1));
  }
  for (const report of importedYears) {
    expect(versionsOf.get(report.id)?.length, `${report.id}: received versions`).toBe(1);
    expect(historyCount.get(report.id) ?? 0, `${report.id}: history rows`).toBe(filledCount(report));
  }
  expect(importedYears.length).toBe(stores.receivedVersions.length);
}

const filledCount = (report: RawReport) => Object.values(report.values).filter((v) => v !== null).length;

test('reloading while 全部导入 stores 100 files leaves every report whole, and importing works again', async ({
  page,
}) => {
  await page.goto(`${DEMO_URL}#/import`);
  await expect(page.getByRole('heading', { name: '导入统计表文件' })).toBeVisible();
  const before = await readImportStores(page);
  expect(before.receivedVersions).toEqual([]);
  const unitIds = new Map(before.units.filter((u) => DEMO_UNITS.includes(u.name)).map((u) => [u.id, u.name]));
  expect(unitIds.size).toBe(DEMO_UNITS.length);

  const files = DEMO_UNITS.flatMap((unit) => YEARS.map((year) => bulkFile(fileName(unit, year))));
  await page.getByLabel('选择要导入的统计表文件').setInputFiles(files);
  await expect(page.getByText(`已读取 ${FILE_COUNT} / ${FILE_COUNT} 个文件`)).toBeVisible({ timeout: 120_000 });
  const importAll = page.getByRole('button', {
    name: `全部导入（${FILE_COUNT} 个可直接导入）`,
  });
  await expect(importAll).toBeEnabled({ timeout: 60_000 });

  await reloadWhenImported(page, RELOAD_AFTER);
  const reloaded = page.waitForEvent('load', { timeout: 120_000 });
  await importAll.click();
  await reloaded;
  const shown = Number(await page.evaluate(() => sessionStorage.getItem('shownImported')));
  expect(shown).toBeGreaterThanOrEqual(RELOAD_AFTER);

  // The app opens again, on the import page, with an empty list.
  await expect(page.getByRole('heading', { name: '导入统计表文件' })).toBeVisible();
  await expect(imported(page)).toHaveCount(0);

  const after = await readImportStores(page);
  const stored = after.receivedVersions.length;
  console.log(`page showed ${shown} 已导入 before the reload; ${stored} received versions committed`);
  expect(stored).toBeGreaterThanOrEqual(shown);
  expect(stored).toBeLessThanOrEqual(shown + IN_FLIGHT);
  expect(stored).toBeLessThan(FILE_COUNT);
  expectConsistent(after, unitIds, YEARS);

  // One more file goes through the preview to completion.
  const last = fileName('湛河区教育局', 2033); // a year none of the hundred files has
  await page.getByLabel('选择要导入的统计表文件').setInputFiles([bulkFile(last)]);
  const preview = page.getByRole('region', { name: '导入预览' });
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(preview.getByText(/已导入，写入 \d+ 个单元格/)).toBeVisible();
  const final = await readImportStores(page);
  expect(final.receivedVersions.length).toBe(stored + 1);
  expect(final.receivedVersions.at(-1)?.fileName).toBe(last);
  expectConsistent(final, unitIds, [...YEARS, 2033]);
});
