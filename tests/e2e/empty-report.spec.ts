/**
 * A newly created report in the demo workspace: it says plainly that blanks count as 0 and, where last year's report
 * is filled, offers 填入上年结转, whose values are read back from IndexedDB; a prior report created and never filled
 * (未开始) is no last year, so typing 上年结转 raises no X1/X2.
 */
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test } from './fixtures';
import { readReportValues } from './helpers/raw-db';
import { cell, expectAllSaved, expectReportShown, openReport } from './helpers/report-grid';

const panel = (page: Page) => page.locator('.re-problems');
const note = (page: Page) => page.locator('.re-empty-note');

/** Opens a unit's report of a year that the home page does not show by default, by adding its column. */
async function openYear(page: Page, unit: string, year: number): Promise<void> {
  await page.goto(DEMO_URL);
  const open = page.getByRole('button', { name: `打开${unit}${year}年度报告` });
  if ((await open.count()) === 0) {
    await page.getByLabel('其他年度：').selectOption(String(year));
    await page.getByRole('button', { name: '显示该年度' }).click();
  }
  await open.click();
  await expectReportShown(page, unit);
}

test('a new report after a filled year says blanks count as 0 and fills 上年结转 from last year', async ({ page }) => {
  // The home page's years and the year picker follow today's date: fixed, so 2026 is the year after the demo's last.
  await page.clock.setFixedTime(new Date('2026-06-01T09:00:00'));
  const unit = '湛河区教育局';
  await openYear(page, unit, 2026);
  const last = await readReportValues(page, unit, 2025);
  await expect(note(page)).toContainText('空白格按 0 计算');
  await expect(note(page)).toContainText('填入上年结转');
  const fill = page.getByRole('button', { name: /填入上年结转/ });
  await fill.click();
  await expectAllSaved(page);
  await expect(note(page)).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: /X1/ })).toHaveCount(0);
  await expect(fill).toHaveCount(0);

  // Only 二、上年结转 was filled, each applicant column with last year's 四、结转下年度继续办理.
  const stored = await readReportValues(page, unit, 2026);
  const entered = Object.entries(stored).filter(([, v]) => v !== null);
  const expected = Object.entries(last)
    .filter(([k]) => k.startsWith('t3.carriedOut.'))
    .map(([k, v]) => [k.replace('carriedOut', 'carriedIn'), v ?? 0]);
  expect(expected.length).toBeGreaterThan(0);
  expect(Object.fromEntries(entered)).toEqual(Object.fromEntries(expected));
  await expect(cell(page, 't3', 4, 3)).toHaveText(String(stored['t3.carriedIn.natural']));
});

test('a prior report created and never filled is no last year: no X1/X2', async ({ page }) => {
  const unit = '湛河区人力资源和社会保障局';
  // Opening 2023 creates it, empty (未开始).
  await openReport(page, unit, 2023);
  await expect(note(page)).toContainText('空白格按 0 计算');
  await expect(page.getByRole('button', { name: /填入上年结转/ })).toHaveCount(0);
  expect(await readReportValues(page, unit, 2023)).toEqual({});

  await openReport(page, unit, 2024);
  await expect(note(page)).toHaveCount(0);
  // 二、上年结转 typed where last year (2023) holds nothing: compared with blanks it would be an X1 error.
  await cell(page, 't3', 4, 3).click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expectAllSaved(page);
  await expect.poll(async () => (await readReportValues(page, unit, 2024))['t3.carriedIn.natural']).toBe(7);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('button', { name: /X1|X2/ })).toHaveCount(0);
});
