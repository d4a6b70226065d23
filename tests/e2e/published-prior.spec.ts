/**
 * 从已发布的上年年报导入 in Chromium: on a blank report the clerk picks last year's published PDF, confirms the
 * other unit name with the keyboard, and confirms; IndexedDB then holds last year's report with the PDF's
 * figures and this year's 上年结转 carried from its 结转下年度. A report of another year changes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readImportStores } from './helpers/raw-db';
import { BLANK_UNIT, BLANK_YEAR, cell, expectAllSaved, openReport } from './helpers/report-grid';

const DIR = path.join(import.meta.dirname, '../fixtures/published');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Record<
  string,
  { unit: string; year: number; values: Record<string, number> }
>;
const COLUMNS = ['natural', 'business', 'research', 'publicInterest', 'legal', 'other'];
const panel = (page: Page) => page.getByRole('region', { name: '从已发布的上年年报导入' });

async function chooseLastYear(page: Page, file: string, mimeType: string): Promise<void> {
  await page.getByRole('button', { name: '从已发布的上年年报导入' }).click();
  await panel(page)
    .getByLabel('选择上年已发布的年度报告')
    .setInputFiles({ name: file, mimeType, buffer: readFileSync(path.join(DIR, file)) });
}

async function storedOf(page: Page, year: number) {
  const stores = await readImportStores(page);
  const unit = stores.units.find((u) => u.name === BLANK_UNIT);
  return { stores, report: stores.reports.find((r) => r.unitId === unit?.id && r.year === year) };
}

test('last year’s published PDF is stored as the year before and its 结转下年度 fills this year’s 上年结转', async ({
  page,
}) => {
  const want = manifest['2021-agreeing']!;
  expect(want.year).toBe(BLANK_YEAR - 1);
  await openReport(page);
  expect((await storedOf(page, want.year)).report).toBeUndefined();
  await chooseLastYear(page, '2021-agreeing.pdf', 'application/pdf');

  const p = panel(page);
  await expect(p.getByText('已发布年报（PDF）', { exact: false })).toBeVisible({ timeout: 20_000 });
  await expect(p.getByText(`文件中为“${want.unit}”`)).toBeVisible();
  await expect(p.getByText(`保存为本单位 ${want.year} 年的报表（该年报表尚不存在，将新建）`)).toBeVisible();
  await expect(p.locator('.im-block li')).toHaveCount(COLUMNS.length);
  // The file names another unit: nothing can be stored until the clerk says it is theirs.
  const confirm = p.getByRole('button', { name: '确认导入' });
  await expect(confirm).toBeDisabled();
  await p.getByLabel(/确认这是本单位的年报/u).focus();
  await page.keyboard.press('Space');
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(p.getByRole('status')).toHaveText(
    new RegExp(
      `已保存为本单位 ${want.year} 年的报表（写入 \\d+ 个单元格），已填入本年上年结转 ${COLUMNS.length} 格`,
      'u',
    ),
  );
  await expectAllSaved(page);

  const { stores, report: prior } = await storedOf(page, want.year);
  for (const key of ['t3.received.natural', 't3.received.other', 't3.carriedOut.business', 't2.fees.amount']) {
    expect(prior?.values[key], key).toBe(want.values[key]);
  }
  expect(stores.receivedVersions.some((v) => v.reportId === prior?.id && v.fileName === '2021-agreeing.pdf')).toBe(
    true,
  );
  await expect
    .poll(async () => {
      const now = (await storedOf(page, BLANK_YEAR)).report;
      return COLUMNS.map((c) => now?.values[`t3.carriedIn.${c}`] ?? null);
    })
    .toEqual(COLUMNS.map((c) => want.values[`t3.carriedOut.${c}`]));
  // The carry-over is one undoable step on this year's report; last year's report stays.
  await expect(page.getByTitle(/^撤销：用上年“结转下年度继续办理”填入本年“上年结转”/u)).toBeEnabled();
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.press('Control+Z');
  await expect
    .poll(async () => (await storedOf(page, BLANK_YEAR)).report?.values['t3.carriedIn.business'] ?? null)
    .toBeNull();
  expect((await storedOf(page, want.year)).report?.values['t3.received.natural']).toBe(
    want.values['t3.received.natural'],
  );
});

test('a published report of another year is refused and nothing is stored', async ({ page }) => {
  const other = manifest['2019-agreeing-gbk']!;
  await openReport(page);
  const before = await readImportStores(page);
  await chooseLastYear(
    page,
    '2019-agreeing-gbk.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  const p = panel(page);
  await expect(p.getByRole('alert')).toContainText(
    `文件是 ${other.year} 年度的年报，本报表的上年是 ${BLANK_YEAR - 1} 年`,
  );
  await expect(p.getByRole('button', { name: '确认导入' })).toBeDisabled();
  const after = await readImportStores(page);
  expect(after.reports.length).toBe(before.reports.length);
  expect(after.receivedVersions.length).toBe(before.receivedVersions.length);
});
