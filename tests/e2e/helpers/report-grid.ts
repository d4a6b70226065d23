/**
 * A page model of the report page's entry grid, driven as a clerk drives it: open a report from the home
 * page, move with the keyboard, type, paste, and wait until every edit is stored.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_URL } from '../browser';

/** A demo unit of kind 部门 whose 2023 report does not exist yet: opening it gives a blank report. */
export const BLANK_UNIT = '湛河区财政局';
export const BLANK_YEAR = 2023;

/** Opens a unit's report of a year from the demo home page and waits for its last table to be drawn. */
export async function openReport(page: Page, unit = BLANK_UNIT, year = BLANK_YEAR): Promise<void> {
  await page.goto(DEMO_URL);
  await page.getByRole('button', { name: `打开${unit}${year}年度报告` }).click();
  await expectReportShown(page, unit);
}

/** The report page of `unit` is on screen with its grids drawn (after a reload or a relaunch, too). */
export async function expectReportShown(page: Page, unit = BLANK_UNIT): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(unit) })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-table=t4] .ag-row')).toHaveCount(1);
}

/** One value cell of a table, by the printed grid's row and column (`[row-id=r3] [col-id=c3]`). */
export function cell(page: Page, table: string, row: number, col: number): Locator {
  return page.locator(`[data-table=${table}] [row-id=r${row}] [col-id=c${col}]`);
}

/** Where keyboard focus is: `t3/r5/c3`, or the focused element's tag and text. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const c = active?.closest('.ag-cell');
    const table = c?.closest<HTMLElement>('[data-table]')?.dataset.table;
    if (!c || !table) return `${active?.tagName ?? ''}:${active?.textContent?.slice(0, 12) ?? ''}`;
    return `${table}/${c.closest('[row-id]')?.getAttribute('row-id') ?? ''}/${c.getAttribute('col-id') ?? ''}`;
  });
}

/** A paste as the browser delivers it: a `paste` event with `text/plain` on the focused cell. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

export async function typeAndTab(page: Page, values: readonly string[]): Promise<void> {
  for (const v of values) {
    await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
}

/** No cell shows “saving” any more: every commit so far has been stored (or refused with a notice). */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.locator('.eg-saving')).toHaveCount(0, { timeout: 15_000 });
}

/** A value as the grid shows it at a position: `[table, row, col, text]`. */
export type ShownValue = readonly [table: string, row: number, col: number, text: string];

export async function expectValuesShown(page: Page, values: readonly ShownValue[]): Promise<void> {
  for (const [table, row, col, text] of values) {
    await expect(cell(page, table, row, col), `${table} r${row} c${col}`).toHaveText(text);
  }
}

/**
 * Commits values in every way a clerk does: Enter, Tab, leaving the cell by a click elsewhere, and a pasted
 * block; waits until all are stored and returns what the grid must show from now on.
 */
export async function commitValuesEveryWay(page: Page): Promise<ShownValue[]> {
  // Enter: 二、主动公开 规章 制发件数.
  await cell(page, 't2', 2, 1).click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  // Tab: 一、本年新收 自然人 and 商业企业.
  await cell(page, 't3', 3, 3).click();
  await typeAndTab(page, ['11', '7']);
  // Leaving the cell: typed into Table 四's first cell, then a click on another table.
  await cell(page, 't4', 3, 0).click();
  await page.keyboard.type('2');
  await cell(page, 't2', 13, 1).click();
  // Paste: a 2×3 block at 二、上年结转 自然人 (the click above committed Table 四's cell first).
  await cell(page, 't3', 4, 3).click();
  await paste(page, '4\t5\t6\r\n1\t0\t2\r\n');
  await expectAllSaved(page);
  const shown: ShownValue[] = [
    ['t2', 2, 1, '3'],
    ['t3', 3, 3, '11'],
    ['t3', 3, 4, '7'],
    ['t4', 3, 0, '2'],
    ['t3', 4, 3, '4'],
    ['t3', 4, 4, '5'],
    ['t3', 4, 5, '6'],
    ['t3', 5, 3, '1'],
    ['t3', 5, 4, '0'],
    ['t3', 5, 5, '2'],
  ];
  await expectValuesShown(page, shown);
  return shown;
}
