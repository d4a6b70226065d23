/**
 * The report page's cell panel and received files in the production build: a cell typed twice shows two
 * history rows (old → new) and the changed mark; comments are saved with the operator's name, kept over a
 * reload, marked in the grid, shown as plain text and deletable by their author; the panel follows the
 * grid's focus without taking it; a file received through the import page is listed with its differing cells,
 * and its history (one stored row for all its cells) reads the same after a backup is restored.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, saveScreenshot, test } from './fixtures';
import { cell, expectAllSaved, expectReportShown, focused, openReport } from './helpers/report-grid';

const OPERATOR = '张三';
const FIXTURE = path.join(import.meta.dirname, '../fixtures/import/2021-tidy-one-sheet.xlsx');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const panel = (page: Page) => page.getByRole('region', { name: '单元格' });
const historyRows = (page: Page) => panel(page).locator('.re-cell-history tbody tr');

/** Stores the operator's name as the app does (settings row `operatorName`) once the demo is seeded. */
async function setOperator(page: Page, name: string): Promise<void> {
  await page.goto(DEMO_URL);
  await expect(page.getByRole('button', { name: /^打开.+年度报告$/ }).first()).toBeVisible({ timeout: 30_000 });
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('xxgk-demo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'operatorName', value });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    name,
  );
}

async function addComment(page: Page, text: string): Promise<void> {
  await panel(page)
    .getByLabel(/添加批注/)
    .fill(text);
  await panel(page).getByRole('button', { name: '保存批注' }).click();
  await expect(panel(page).getByLabel(/添加批注/)).toHaveValue('');
}

test('history of a cell typed twice, comments kept over a reload and shown as text', async ({ page }) => {
  await setOperator(page, OPERATOR);
  await openReport(page);
  // The report opens with its first input cell focused, as a spreadsheet opens with a cell selected.
  await expect(panel(page).locator('.re-cell-name')).toHaveText('规章本年制发件数');

  // 一、本年新收 自然人: typed, then typed over. Enter moves down, so the cell is clicked again.
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await expectAllSaved(page);
  // The panel never took the focus: it stays in the grid, one row down.
  expect(await focused(page)).toBe('t3/r4/c3');
  await expect(panel(page).locator('.re-cell-name')).toContainText('二、上年结转');

  await cell(page, 't3', 3, 3).click();
  await expect(panel(page).locator('.re-cell-name')).toHaveText('一、本年新收（自然人）');
  await expect(panel(page).locator('.re-cell-value')).toContainText('8');
  await expect(panel(page).locator('.re-cell-value')).toContainText('已保存');
  await expect(historyRows(page)).toHaveCount(2);
  await expect(historyRows(page).nth(0)).toContainText(OPERATOR);
  await expect(historyRows(page).nth(0).locator('.re-cell-change')).toHaveText('5 → 8');
  await expect(historyRows(page).nth(1).locator('.re-cell-change')).toHaveText('空白 → 5');
  await expect(cell(page, 't3', 3, 3)).toHaveClass(/eg-changed/);

  // Arrow keys move the panel with the focus; a cell filled once has one history row and no changed mark.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(panel(page).locator('.re-cell-name')).toContainText('商业企业');
  await expect(historyRows(page)).toHaveCount(0);
  expect(await focused(page)).toBe('t3/r3/c4');
  await expect(cell(page, 't3', 4, 3)).not.toHaveClass(/eg-changed/);

  // Comments on 自然人: one plain, one that looks like HTML.
  await cell(page, 't3', 3, 3).click();
  await addComment(page, '请核实此数');
  await addComment(page, '<b>x</b>');
  const texts = panel(page).locator('.re-comment-text');
  await expect(texts).toHaveText(['请核实此数', '<b>x</b>']);
  await expect(panel(page).locator('.re-cell-comments b')).toHaveCount(0);
  await expect(panel(page).locator('.re-comment-meta').first()).toContainText(OPERATOR);
  await expect(cell(page, 't3', 3, 3)).toHaveClass(/eg-annotated/);
  await expect(cell(page, 't3', 3, 3)).toHaveAttribute('title', /批注：张三：请核实此数/);

  // A draft on one cell survives a move to another and back.
  await cell(page, 't3', 3, 5).click();
  await panel(page)
    .getByLabel(/添加批注/)
    .fill('草稿未保存');
  await cell(page, 't3', 3, 3).click();
  await expect(panel(page).getByLabel(/添加批注/)).toHaveValue('');
  await cell(page, 't3', 3, 5).click();
  await expect(panel(page).getByLabel(/添加批注/)).toHaveValue('草稿未保存');

  await page.reload();
  await expectReportShown(page);
  await expect(cell(page, 't3', 3, 3)).toHaveClass(/eg-annotated/);
  await expect(cell(page, 't3', 3, 3)).toHaveClass(/eg-changed/);
  await cell(page, 't3', 3, 3).click();
  await expect(texts).toHaveText(['请核实此数', '<b>x</b>']);
  await expect(historyRows(page)).toHaveCount(2);
  await saveScreenshot(page, 'cell-panel');

  // The author deletes a comment after confirming; the other stays.
  await panel(page).locator('li', { hasText: '<b>x</b>' }).getByRole('button', { name: '删除' }).click();
  await panel(page).getByRole('button', { name: '确认删除' }).click();
  await expect(texts).toHaveText(['请核实此数']);
});

test('a value the grid cannot read shows as 未通过 in the panel', async ({ page }) => {
  await openReport(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await cell(page, 't3', 3, 3).click();
  await expect(panel(page).locator('.re-cell-value')).toContainText('未通过');
  await expect(panel(page).locator('.re-cell-value')).toContainText('abc');
  expect(await focused(page)).toBe('t3/r3/c3');
});

test('a file received through the import page is listed with the cells that differ now, and its history survives a restore', async ({
  page,
}) => {
  const unit = '湛河区人力资源和社会保障局';
  const fileName = '人社局2024年统计表.xlsx';
  await page.goto(`${DEMO_URL}#/import`);
  await page
    .getByLabel('选择要导入的统计表文件')
    .setInputFiles([{ name: fileName, mimeType: XLSX_TYPE, buffer: readFileSync(FIXTURE) }]);
  const preview = page.getByRole('region', { name: '导入预览' });
  await preview.getByLabel('导入到哪个单位').selectOption({ label: unit });
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(preview.getByText(/已导入，写入 \d+ 个单元格/)).toBeVisible();
  await preview.getByRole('link', { name: '打开报表' }).click();
  await expectReportShown(page, unit);

  const received = page.locator('details.re-received');
  await expect(received.locator('summary')).toHaveText('收到的文件（1）');
  await received.locator('summary').click();
  const row = received.locator('tbody tr', { hasText: fileName });
  await expect(row).toContainText('一致');

  // The clerk changes 一、本年新收 自然人 (339 in the file): the file now differs in that one cell.
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('340');
  await page.keyboard.press('Enter');
  await expectAllSaved(page);
  await row.getByRole('button', { name: /1 格不同/ }).click();
  const diff = page.getByRole('region', { name: `与“${fileName}”不同的单元格` });
  const diffRow = diff.locator('tbody tr');
  await expect(diffRow).toHaveCount(1);
  await expect(diffRow).toContainText('自然人');
  await expect(diffRow.locator('td').nth(1)).toHaveText('339');
  await expect(diffRow.locator('td').nth(2)).toHaveText('340');
  await expect(received).toContainText('如需使用此版本，请在“导入文件”中重新导入该文件。');
  await expect(received.getByRole('button', { name: /恢复|还原/ })).toHaveCount(0);
  await expect(cell(page, 't3', 3, 3)).toHaveClass(/eg-changed/);

  // The cell's history: the demo's figure, the file's (the import stores all its cells in one row), the edit.
  await cell(page, 't3', 3, 3).click();
  await expect(historyRows(page)).toHaveCount(3);
  await expect(historyRows(page).nth(0).locator('.re-cell-change')).toHaveText('339 → 340');
  await expect(historyRows(page).nth(1).locator('.re-cell-change')).toHaveText(/^\d+ → 339$/);
  await expect(historyRows(page).nth(2).locator('.re-cell-change')).toHaveText(/^空白 → \d+$/);
  const shown = await historyRows(page).allInnerTexts();

  // Backed up and restored in place of everything: the import's row comes back and reads the same.
  const reportUrl = page.url();
  await page.goto(`${DEMO_URL}#/backup`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  const download = await downloading;
  const text = await readFile(await download.path(), 'utf8');
  const listed = (JSON.parse(text) as { cellHistory: { changes?: unknown[] }[] }).cellHistory.filter((h) => h.changes);
  expect(listed).toHaveLength(1);
  expect(listed[0]?.changes?.length).toBeGreaterThan(100);
  await page
    .getByLabel('选择备份文件')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByLabel('全部替换（当前数据将被备份文件取代）').check();
  await page.getByRole('button', { name: '全部替换…' }).click();
  await page.getByRole('button', { name: '确定全部替换' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已用备份文件替换全部数据' })).toBeVisible();
  await page.goto(reportUrl);
  await expectReportShown(page, unit);
  await cell(page, 't3', 3, 3).click();
  await expect(historyRows(page)).toHaveCount(3);
  expect(await historyRows(page).allInnerTexts()).toEqual(shown);
});
