/**
 * Published annual reports in Chromium: a whole report page's `text/html` pasted with Ctrl+V on the import page
 * reads to its tables' figures and stores them (the page's images, stylesheets and scripts never requested), and a
 * PDF report reads with the network off, PDF.js and its resources served by the service worker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, reloadControlled, serviceWorkerActivated, test } from './fixtures';
import { readImportStores } from './helpers/raw-db';
import { recordRequests } from './helpers/request-log';

const DIR = path.join(import.meta.dirname, '../fixtures/published');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Record<
  string,
  { unit: string; year: number; values: Record<string, number> }
>;
const preview = (page: Page) => page.getByRole('region', { name: '导入预览' });

async function openImportPage(page: Page): Promise<void> {
  await page.goto(`${DEMO_URL}#/import`);
  await expect(page.getByRole('heading', { name: '导入统计表文件' })).toBeVisible();
}

test.afterEach(async ({ context }) => {
  await context.setOffline(false);
});

test('a report page copied from the portal and pasted with Ctrl+V is read, previewed as 已发布年报 and stored', async ({
  page,
  context,
}) => {
  const requests = recordRequests(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openImportPage(page);
  const html = readFileSync(path.join(DIR, '2021-agreeing.html'), 'utf8');
  await page.evaluate(async (markup) => {
    const item = new ClipboardItem({
      'text/html': new Blob([markup], { type: 'text/html' }),
      'text/plain': new Blob(['年度报告'], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
  }, html);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+V');

  const want = manifest['2021-agreeing']!;
  const p = preview(page);
  await expect(p).toBeVisible();
  await expect(p.getByText('已发布年报（网页）')).toBeVisible();
  await expect(p.getByLabel('数据年度')).toHaveValue(String(want.year));
  await expect(p.getByText('正文与统计表一致，各部分齐全，未发现问题。')).toBeVisible();
  await p.getByLabel('导入到哪个单位').selectOption({ label: `新建单位“${want.unit}”` });
  await p.getByRole('combobox', { name: '类别' }).selectOption('部门');
  await p.getByRole('button', { name: '确认导入' }).click();
  await expect(p.getByText(/已导入，写入 \d+ 个单元格/)).toBeVisible();

  const stores = await readImportStores(page);
  const unit = stores.units.find((u) => u.name === want.unit);
  const report = stores.reports.find((r) => r.unitId === unit?.id && r.year === want.year);
  for (const key of ['t3.received.natural', 't3.carriedOut.total', 't2.fees.amount', 't4.review.upheld']) {
    const stored = report?.values[key] ?? sumOf(report?.values, key);
    expect(stored, key).toBe(want.values[key]);
  }
  // The page named a stylesheet, a script and an image on another host: none was fetched.
  expect(requests.foreign(new URL(page.url()).origin)).toEqual([]);
});

test('a PDF report reads with the network off, PDF.js and its character maps coming from the precache', async ({
  page,
}) => {
  await page.goto(DEMO_URL);
  expect(await serviceWorkerActivated(page)).toBe('activated');
  expect(await reloadControlled(page)).toBe(true);
  await page.context().setOffline(true);
  await openImportPage(page);
  await page.getByLabel('选择要导入的统计表文件').setInputFiles({
    name: '2019-agreeing-gbk.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync(path.join(DIR, '2019-agreeing-gbk.pdf')),
  });
  const want = manifest['2019-agreeing-gbk']!;
  const p = preview(page);
  await expect(p.getByText('已发布年报（PDF）')).toBeVisible({ timeout: 20_000 });
  await expect(p.getByLabel('数据年度')).toHaveValue(String(want.year));
  await expect(p.getByText(`文件中为“${want.unit}”`, { exact: false })).toBeVisible();
  await expect(p.getByText('正文与统计表一致，各部分齐全，未发现问题。')).toBeVisible();
  await expect(p.locator('.im-matrix').nth(1)).toContainText(String(want.values['t3.received.total']));
});

/** A total the app computes is not stored: the sum of its stored parts stands for it. */
function sumOf(values: Record<string, number | null> | undefined, key: string): number | undefined {
  if (!values || !key.endsWith('.total')) return undefined;
  const prefix = key.slice(0, -'total'.length);
  return Object.entries(values)
    .filter(([k]) => k.startsWith(prefix))
    .reduce((s, [, v]) => s + (v ?? 0), 0);
}
