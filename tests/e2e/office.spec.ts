import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { DEMO_URL, SCREENSHOT_DIR, expect, saveScreenshot, test } from './fixtures';

/** The demo district on a fixed day: departments were due on 2026-01-31, governments on 2026-03-31. */
const OFFICE_URL = `${DEMO_URL}&today=2026-02-15#/office`;

const PLANNED: Record<string, string> = {
  湛河区人民政府办公室: '已完成',
  湛河区发展和改革委员会: '草稿',
  湛河区教育局: '有错误',
  湛河区公安分局: '有错误',
  湛河区财政局: '已完成',
  湛河区人力资源和社会保障局: '已完成',
  湛河区市场监督管理局: '有警告',
  曹镇乡: '已完成',
  马庄街道: '草稿',
};

test.describe.configure({ mode: 'serial' });

/**
 * What the screen shows at 1366×768. A full-page shot resizes the window, and the grids redraw their cells after
 * a resize, so the grids are shot in the viewport, scrolled to the table of interest.
 */
async function viewportShot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The first sheet of a workbook as rows of cell values (numbers stay numbers). */
function sheetRows(bytes: Buffer): unknown[][] {
  const book = XLSX.read(bytes);
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  return XLSX.utils.sheet_to_json<unknown[]>(sheet ?? {}, { header: 1, raw: true });
}

test('the dashboard lists the units with their planned statuses, overdue flags and the 催报 list', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(OFFICE_URL);
  const table = page.locator('table.of-units');
  await expect(table.locator('tbody tr')).toHaveCount(10);
  for (const [unit, status] of Object.entries(PLANNED)) {
    await expect(table.locator(`tr[data-unit="${unit}"] .of-status`), unit).toHaveText(status);
  }
  // A department not finished after 1月31日 is late; the government office (due 3月31日) is not.
  await expect(table.locator('tr[data-unit="湛河区教育局"] .of-late')).toHaveText('逾期');
  await expect(table.locator('tr[data-unit="湛河区财政局"] .of-late')).toHaveCount(0);
  await expect(page.locator('.of-summary')).toContainText('以 2026年2月15日 计');

  // Filters by status and kind.
  await page.getByLabel('按状态筛选').selectOption('有错误');
  await expect(table.locator('tbody tr')).not.toHaveCount(10);
  for (const row of await table.locator('tbody tr .of-status').allTextContents()) expect(row).toBe('有错误');
  await page.getByLabel('按状态筛选').selectOption('');
  await page.getByLabel('按类型筛选').selectOption('乡镇街道');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await page.getByLabel('按类型筛选').selectOption('');

  // 显示上年数 on the dashboard: each unit's headline figures, this year / last year.
  await page.getByLabel('显示上年数').check();
  await expect(table.locator('tr[data-unit="湛河区教育局"] td.of-figure').first()).toHaveText(/^\d+ \/ \d+$/);
  await page.getByLabel('显示上年数').uncheck();

  // A unit's blank sheet: only 二、上年结转 is filled, from its 2024 四、结转下年度.
  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载湛河区教育局的空白统计表' }).click();
  const templateFile = await template;
  expect(templateFile.suggestedFilename()).toBe('2025年度_湛河区教育局_政府信息公开年报统计表.xlsx');
  const templateRows = sheetRows(await readFile(await templateFile.path()));
  const numbersIn = (label: string) =>
    (templateRows.find((r) => r.includes(label)) ?? []).filter((c) => typeof c === 'number');
  expect(numbersIn('二、上年结转政府信息公开申请数量').length).toBeGreaterThanOrEqual(6);
  expect(numbersIn('一、本年新收政府信息公开申请数量').length).toBeLessThanOrEqual(1); // at most the 总计 formula

  await expect(page.locator('.of-chart canvas')).toHaveCount(3);
  await saveScreenshot(page, 'office-dashboard');

  await page.getByRole('button', { name: /催报名单/ }).click();
  const chase = page.getByRole('region', { name: '催报名单' });
  await chase.getByRole('button', { name: '复制' }).click();
  await expect(chase.getByRole('status')).toContainText('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('以下单位的2025年度政府信息公开年报统计表逾期未报送');
  expect(copied).toContain('湛河区教育局（截止2026年1月31日');
  expect(copied).not.toContain('湛河区财政局');
  const txt = page.waitForEvent('download');
  await chase.getByRole('button', { name: '下载 .txt' }).click();
  expect((await txt).suggestedFilename()).toBe('2025年度_湛河区（全区）_催报名单.txt');

  // The 退回修改 list of the unit with the planted O1 error names it in plain Chinese.
  await page.getByRole('button', { name: '湛河区公安分局的退回修改清单' }).click();
  const back = page.getByRole('region', { name: '退回修改：湛河区公安分局' });
  await expect(back.locator('textarea')).toHaveValue(/需修改后重新报送[\s\S]*【错误】/);
});

test('the consolidation drills into a cell, exports the sheet and shows last year beside each cell', async ({
  page,
}) => {
  await page.goto(OFFICE_URL);
  await page.getByRole('tab', { name: '汇总表' }).click();
  await expect(page.locator('.of-total-head h3')).toHaveText('湛河区（汇总） 2025 年度');
  await expect(page.locator('.of-total-head')).toContainText('由 10 个单位的报表相加而成');
  await expect(page.locator('.of-subtotals')).toContainText('乡镇街道');

  // 一、本年新收 in the 总计 column of Table 三: click it, the units it sums are listed.
  const t3 = page.locator('.eg-grid[data-table="t3"]');
  const receivedTotal = t3.locator('.ag-row[row-id="r3"] [col-id="c9"]');
  const shown = Number(await receivedTotal.textContent());
  expect(shown).toBeGreaterThan(0);
  await receivedTotal.click();
  const drill = page.getByRole('complementary', { name: '数据来源' });
  await expect(drill.locator('h4')).toContainText('一、本年新收');
  await expect(drill.locator('tfoot')).toContainText(String(shown));
  await t3.scrollIntoViewIfNeeded();
  await viewportShot(page, 'office-consolidation');

  // The consolidated official sheet, read back.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出汇总表' }).click();
  await page.getByRole('button', { name: '仍然导出' }).click(); // the total carries the units' planted errors
  const file = await download;
  expect(file.suggestedFilename()).toBe('2025年度_湛河区（汇总）_政府信息公开年报统计表.xlsx');
  const rows = sheetRows(await readFile(await file.path()));
  const flat = rows.flat();
  expect(rows[0]?.[0]).toBe('湛河区（汇总）2025年度政府信息公开工作年度报告统计表');
  expect(flat.join('')).toContain('湛河区（汇总）');
  const receivedRow = rows.find((r) => r.some((c) => c === '一、本年新收政府信息公开申请数量'));
  expect(receivedRow?.filter((c) => typeof c === 'number').at(-1)).toBe(shown);

  // 显示上年数: last year's figure beside each cell.
  await page.getByLabel('显示上年数').check();
  await expect(receivedTotal).toHaveText(new RegExp(`^${shown} / \\d+$`));
  await viewportShot(page, 'office-consolidation-prior');

  // Drill down and reach the unit's report.
  const link = drill.locator('a').first();
  const unitName = await link.textContent();
  await link.click();
  await expect(page).toHaveURL(/#\/report\//);
  await expect(page.locator('.re-title h2')).toContainText(unitName ?? '');
});

test('starting the next year creates every unit report with 上年结转 filled', async ({ page }) => {
  await page.goto(OFFICE_URL);
  await page.getByRole('tab', { name: '上年对照' }).click();
  await expect(page.getByRole('region', { name: '上年结转核对（各单位）' })).toContainText('湛河区教育局');
  await page.getByRole('button', { name: '开始下一年度（2026年）' }).click();
  await page.getByRole('button', { name: '确定创建' }).click();
  await expect(page.getByText(/已为 10 个单位创建2026年度报表/)).toBeVisible();
  await page.getByRole('tab', { name: '填报进度' }).click();
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2026');
  await expect(page.locator('table.of-units tbody tr')).toHaveCount(10);
  // The carry-over shows in the 2026 total: 二、上年结转 equals 2025's 四、结转下年度 (X1 holds for the total).
  await page.getByRole('tab', { name: '汇总表' }).click();
  const carriedIn = await page.locator('.eg-grid[data-table="t3"] .ag-row[row-id="r4"] [col-id="c9"]').textContent();
  await page.getByLabel('年度', { exact: true }).selectOption('2025');
  const carriedOut2025 = await page
    .locator('.eg-grid[data-table="t3"] .ag-row[row-id="r27"] [col-id="c9"]')
    .textContent();
  // Filled (0 is a value; a report not carried over would show a blank cell).
  expect(carriedIn).toMatch(/^\d+$/);
  expect(carriedIn).toBe(carriedOut2025);

  // An old year none of whose units has figures: the area's own (legacy) report, received whole.
  await page.getByLabel('年度', { exact: true }).selectOption('2017');
  await expect(page.locator('.of-total-head')).toContainText('显示的是湛河区（全区）报送的整体数字');
});

test("the total follows a unit's edit made in another tab", async ({ page, context }) => {
  await page.goto(OFFICE_URL);
  const unitLink = page.locator('table.of-units tr[data-unit="马庄街道"] th a');
  const unitHref = await unitLink.getAttribute('href');
  await page.getByRole('tab', { name: '汇总表' }).click();
  const natural = page.locator('.eg-grid[data-table="t3"] .ag-row[row-id="r3"] [col-id="c3"]');
  const before = Number(await natural.textContent());

  const other = await context.newPage();
  await other.goto(`${DEMO_URL}${unitHref ?? ''}`);
  const cell = other.locator('.eg-grid[data-table="t3"] .ag-row[row-id="r3"] [col-id="c3"]');
  const was = Number(await cell.textContent());
  await cell.click();
  await other.keyboard.type(String(was + 10));
  await other.keyboard.press('Enter');
  await expect(cell).toHaveText(String(was + 10));

  await expect(natural).toHaveText(String(before + 10));
  await other.close();
});

test('opening the office page or changing its year never shows a unit with a finished report as 未开始, not even for a frame', async ({
  page,
}) => {
  // Every status the row of 湛河区财政局 (已完成 in 2025) ever shows, recorded from the first render on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenStatuses: string[] }).seenStatuses = seen;
    new MutationObserver(() => {
      const text = document.querySelector('tr[data-unit="湛河区财政局"] .of-status')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(OFFICE_URL);
  const row = page.locator('tr[data-unit="湛河区财政局"] .of-status');
  await expect(row).toHaveText('已完成');
  await page.getByLabel('年度').selectOption('2024');
  await expect(page.locator('.of-summary')).toContainText('2024');
  await page.getByLabel('年度').selectOption('2025');
  await expect(row).toHaveText('已完成');
  const seen = await page.evaluate(() => (window as unknown as { seenStatuses: string[] }).seenStatuses);
  // 2024's own status may show while 2024 is chosen; 未开始 (the stale answer of a read for other years) never.
  expect(seen).not.toContain('未开始');
  expect(seen[0]).toBe('已完成');
});

test('the office page names the workspace’s statistics-table format and offers only the formats built in', async ({
  page,
}) => {
  await page.goto(OFFICE_URL);
  const form = page.locator('details.of-variant');
  await expect(form.locator('summary')).toHaveText('统计表格式：全国统一格式（国务院办公厅）');
  await form.locator('summary').click();
  const select = form.getByLabel('统计表格式');
  await expect(select).toBeDisabled();
  await expect(select.locator('option')).toHaveText(['全国统一格式（国务院办公厅）']);
  await expect(form).toContainText('省级格式由其定义文件加入后，可在此选择');
  await expect(form.getByRole('button', { name: '保存' })).toBeDisabled();
});
