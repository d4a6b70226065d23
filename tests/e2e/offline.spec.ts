/**
 * After one online visit the app works with the network gone: it opens, the demo report's grid takes and keeps
 * values, the lazily loaded writers come from the service worker's precache, and the app is installable.
 */
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { readZipDirectory } from '../../src/io/import/zip-directory';
import {
  DEMO_URL,
  cdpSession,
  expect,
  expectNoProblems,
  launchPersistent,
  newProfileDir,
  reloadControlled,
  removeProfile,
  serviceWorkerActivated,
  test,
  watchPage,
} from './fixtures';
import { downloadBy, exportReportSheet, isZip, pngSize } from './helpers/downloads';
import { cell, expectAllSaved, expectReportShown, openReport, BLANK_UNIT } from './helpers/report-grid';

const HEADER = '政府信息公开工作年度报告 统计表填报';
/** A figure no demo report holds, to find it again in the exported sheet. */
const TYPED = '4321';

/** First visit online, then the service worker controls the page and the network is cut. */
async function goOffline(page: Page): Promise<void> {
  await page.goto(DEMO_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADER);
  expect(await serviceWorkerActivated(page)).toBe('activated');
  expect(await reloadControlled(page)).toBe(true);
  await page.context().setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

test.afterEach(async ({ context }) => {
  await context.setOffline(false);
});

test('offline, the app opens and the demo report takes, stores and keeps values', async ({ page }) => {
  await goOffline(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADER);
  await expect(page.getByRole('status').filter({ hasText: '演示数据' })).toBeVisible();

  // The report page's chunk has never been loaded in this tab: it must come from the precache.
  await page.getByRole('button', { name: `打开${BLANK_UNIT}2023年度报告` }).click();
  await expectReportShown(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type(TYPED);
  await page.keyboard.press('Enter');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await expectAllSaved(page);
  await expect(cell(page, 't3', 3, 9)).toHaveText(TYPED);

  await page.reload();
  await expectReportShown(page);
  await expect(cell(page, 't3', 3, 3)).toHaveText(TYPED);
  await expect(cell(page, 't3', 4, 3)).toHaveText('6');
});

test('offline, the official sheet is exported on first use and reads back', async ({ page }) => {
  await goOffline(page);
  await openReport(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type(TYPED);
  await page.keyboard.press('Enter');
  await expectAllSaved(page);

  const { name, bytes } = await exportReportSheet(page);
  expect(name).toMatch(/\.xlsx$/);
  const workbook = XLSX.read(bytes, { type: 'buffer' });
  const cells = workbook.SheetNames.flatMap((sheet) => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet] ?? {}, { header: 1, defval: null });
    return rows.flat();
  });
  expect(cells).toContain(Number(TYPED));
  expect(cells.some((v) => typeof v === 'string' && v.includes(BLANK_UNIT))).toBe(true);
});

test('offline, the office page writes a unit\'s official sheet on first use, and it reads back', async ({ page }) => {
  await goOffline(page);
  await page.goto(`${DEMO_URL}#/office`);
  // The spreadsheet writer is a lazily loaded chunk, never fetched before in this browser.
  const { name, bytes } = await downloadBy(page, page.getByRole('button', { name: `下载${BLANK_UNIT}的空白统计表` }));
  expect(name).toMatch(new RegExp(`_${BLANK_UNIT}_政府信息公开年报统计表\\.xlsx$`));
  const workbook = XLSX.read(bytes, { type: 'buffer' });
  const texts = workbook.SheetNames.flatMap((sheet) =>
    XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet] ?? {}, { header: 1, defval: null }).flat(),
  );
  expect(texts).toContain('一、本年新收政府信息公开申请数量');
  expect(texts).toContain('二、上年结转政府信息公开申请数量');
});

test('offline, the annual report text downloads as a Word document on first use', async ({ page }) => {
  await goOffline(page);
  await openReport(page);
  await page.getByRole('link', { name: '年度报告正文' }).click();
  await expect(page.getByRole('heading', { name: '年度报告正文' })).toBeVisible();
  // The Word writer is a lazily loaded chunk, never fetched before in this browser.
  const { name, bytes } = await downloadBy(page, page.getByRole('button', { name: '下载 Word 文档' }));
  expect(name).toMatch(/\.docx$/);
  expect(isZip(bytes)).toBe(true);
  const directory = readZipDirectory(new Uint8Array(bytes));
  expect(directory.ok && directory.entries.map((e) => e.name)).toContain('word/document.xml');
});

test('the app is installable: manifest linked, standalone, icons 192 and 512 served, also offline', async () => {
  // Chromium never offers to install from an incognito context: use a real profile.
  const profile = await newProfileDir();
  const context = await launchPersistent(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = await watchPage(page);
    await page.goto(DEMO_URL);
    expect(await serviceWorkerActivated(page)).toBe('activated');
    expect(await reloadControlled(page)).toBe(true);

    // Chromium's own verdict on installability.
    const session = await cdpSession(page);
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    const { url: manifestUrl, errors } = await session.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(manifestUrl).toMatch(/manifest\.webmanifest$/);

    await context.setOffline(true);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel=manifest]');
      if (!link) return undefined;
      const response = await fetch(link.href);
      return (await response.json()) as {
        name: string;
        display: string;
        icons: { src: string; sizes: string; type: string }[];
      };
    });
    expect(manifest?.display).toBe('standalone');
    expect(manifest?.name).toBeTruthy();
    for (const size of [192, 512]) {
      const icon = manifest?.icons.find((i) => i.sizes === `${size}x${size}`);
      expect(icon?.type, `icon ${size}`).toBe('image/png');
      const bytes = await page.evaluate(async (src) => {
        const response = await fetch(new URL(src, document.baseURI));
        return response.ok ? Array.from(new Uint8Array(await response.arrayBuffer())) : [];
      }, icon?.src ?? '');
      expect(pngSize(new Uint8Array(bytes)), `icon ${size} offline`).toEqual({ width: size, height: size });
    }
    expectNoProblems(problems);
  } finally {
    await context.close();
    await removeProfile(profile);
  }
});
