/**
 * The entry grid in the production build: keyboard entry of all three 2021 tables, paste with undo and redo,
 * an O1 error reached from the problem panel and fixed, an explained warning, a conflict with another
 * window, and screenshots of each table at 1366×768.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_URL, SCREENSHOT_DIR, expect, test } from './fixtures';

// A demo unit of kind 部门 whose 2023 report does not exist yet: each test opens it blank.
const UNIT = '湛河区财政局';
const YEAR = 2023;

async function openBlankReport(page: Page): Promise<void> {
  await page.goto(DEMO_URL);
  await page.getByRole('button', { name: `打开${UNIT}${YEAR}年度报告` }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(UNIT) })).toBeVisible();
  await expect(page.locator('[data-table=t4] .ag-row')).toHaveCount(1);
}

const cell = (page: Page, table: string, row: number, col: number) =>
  page.locator(`[data-table=${table}] [row-id=r${row}] [col-id=c${col}]`);

/** Where keyboard focus is: `t3/r5/c3`, or the focused element's text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const c = active?.closest('.ag-cell');
    const table = c?.closest<HTMLElement>('[data-table]')?.dataset.table;
    if (!c || !table) return `${active?.tagName ?? ''}:${active?.textContent?.slice(0, 12) ?? ''}`;
    return `${table}/${c.closest('[row-id]')?.getAttribute('row-id') ?? ''}/${c.getAttribute('col-id') ?? ''}`;
  });

/** A paste as the browser delivers it: a `paste` event with `text/plain` on the focused cell. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function typeAndTab(page: Page, values: readonly string[]): Promise<void> {
  for (const v of values) {
    await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
}

const panel = (page: Page) => page.getByRole('complementary', { name: '检查结果' });

test('all three 2021 tables are filled from the keyboard alone and the report can be completed', async ({ page }) => {
  // 166 cells typed one key at a time, each committed and awaited: longer than the default on a loaded machine.
  test.setTimeout(120_000);
  await openBlankReport(page);
  // One click into the first cell; everything after it is typed.
  await cell(page, 't2', 2, 1).click();
  await typeAndTab(page, ['0', '0', '0', '5', '1', '20', '7', '3', '2', '1.5']);
  // Tab leaves Table 二 straight into Table 三's first input cell (never onto the button between them).
  expect(await focused(page)).toBe('t3/r3/c3');

  // Every applicant column: 一 5, 二 1, （一） 4, （二） 1, the other 19 results 0, 四 1 (5 + 1 = 5 + 1).
  const column = ['5', '1', '4', '1', ...Array.from({ length: 19 }, () => '0'), '1'];
  for (let row = 0; row < column.length; row += 1) {
    await typeAndTab(
      page,
      Array.from({ length: 6 }, () => column[row] ?? '0'),
    );
  }
  expect(await focused(page)).toBe('t4/r3/c0');
  await typeAndTab(page, ['1', '2', '0', '1', '0', '1', '0', '0', '2', '0', '0', '1']);

  await expect(cell(page, 't3', 3, 9)).toHaveText('30');
  await expect(cell(page, 't3', 26, 3)).toHaveText('5');
  await expect(cell(page, 't3', 26, 9)).toHaveText('30');
  await expect(cell(page, 't4', 3, 4)).toHaveText('4');
  await expect(cell(page, 't4', 3, 14)).toHaveText('3');
  await expect(cell(page, 't2', 13, 1)).toHaveText('1.5');
  await expect(page.locator('.eg-saving')).toHaveCount(0);
  await expect(panel(page)).toContainText('未发现问题');

  await page.getByRole('button', { name: '标记为已完成' }).click();
  await expect(page.locator('.re-status-badge')).toHaveText('已完成');
  // The stored values survive a reload.
  await page.reload();
  await expect(cell(page, 't3', 26, 9)).toHaveText('30');
  await expect(page.getByRole('button', { name: '重新打开' })).toBeVisible();
});

test('a pasted block with blanks and full-width digits is one step to undo and redo', async ({ page }) => {
  await openBlankReport(page);
  await cell(page, 't3', 3, 3).click();
  // Two rows from 一、本年新收 自然人: full-width digits, a unit word, blank cells, one unreadable value.
  await paste(page, '１２\t\t３\t\t约7\r\n4\t５件\t\t\t\t\r\n');
  await expect(cell(page, 't3', 3, 3)).toHaveText('12');
  await expect(cell(page, 't3', 3, 4)).toHaveText('');
  await expect(cell(page, 't3', 3, 5)).toHaveText('3');
  await expect(cell(page, 't3', 4, 3)).toHaveText('4');
  await expect(cell(page, 't3', 4, 4)).toHaveText('5');
  await expect(cell(page, 't3', 3, 9)).toHaveText('15');
  // The refused value is listed with its reason and kept in its cell for correction.
  const notice = page.locator('.re-notice').filter({ hasText: '无法识别' });
  await expect(notice).toContainText('法律服务机构');
  await expect(notice).toContainText('约7');
  await expect(cell(page, 't3', 3, 7)).toHaveText('约7');
  await expect(cell(page, 't3', 3, 7)).toHaveClass(/eg-refused/);
  await expect(page.locator('.eg-saving')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  for (const [r, c] of [
    [3, 3],
    [3, 5],
    [4, 3],
    [4, 4],
    [3, 9],
  ] as const) {
    await expect(cell(page, 't3', r, c)).toHaveText('');
  }
  await page.keyboard.press('Control+y');
  await expect(cell(page, 't3', 3, 3)).toHaveText('12');
  await expect(cell(page, 't3', 4, 4)).toHaveText('5');
  await expect(cell(page, 't3', 3, 9)).toHaveText('15');

  // Copy gives the block back as Excel text.
  const copied = await page.evaluate(() => {
    const transfer = new DataTransfer();
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
    return transfer.getData('text/plain');
  });
  // The pasted rectangle stays selected: six columns wide, since the second pasted row had six cells.
  expect(copied.split('\r\n').slice(0, 2)).toEqual(['12\t\t3\t\t约7\t', '4\t5\t\t\t\t']);
});

test('typed input that is not a number is kept in the cell, refused, and never saved', async ({ page }) => {
  await openBlankReport(page);
  await cell(page, 't3', 3, 4).click();
  await page.keyboard.press('F2');
  await page.keyboard.type('约10');
  await page.keyboard.press('Enter');
  await expect(cell(page, 't3', 3, 4)).toHaveText('约10');
  await expect(cell(page, 't3', 3, 4)).toHaveAttribute('title', /不是整数/);
  await expect(page.locator('.eg-refusals')).toContainText('输入的“约10”未保存');
  expect(await focused(page)).toBe('t3/r4/c4');
  // Corrected with F2 from the kept text.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expect(cell(page, 't3', 3, 4)).toHaveText('10');
  await expect(page.locator('.eg-refusals')).toHaveCount(0);
  // Esc cancels an edit: nothing is written.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('99');
  await page.keyboard.press('Escape');
  await expect(cell(page, 't3', 3, 4)).toHaveText('10');
  await page.keyboard.press('Delete');
  await expect(cell(page, 't3', 3, 4)).toHaveText('');
});

test('an O1 error is reached from the problem panel and fixed', async ({ page }) => {
  await openBlankReport(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  const o1 = panel(page).getByRole('button', { name: /O1.*自然人列/ });
  await expect(o1).toBeVisible();
  await expect(cell(page, 't3', 3, 3)).toHaveClass(/eg-error/);

  await cell(page, 't2', 2, 1).click();
  await o1.click();
  expect(await focused(page)).toBe('t3/r3/c3');
  await expect(cell(page, 't3', 3, 3)).toBeInViewport();
  // 二、上年结转 → （一）予以公开: Enter moves down; 5 received, 5 disclosed.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('t3/r5/c3');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('button', { name: /O1/ })).toHaveCount(0);
  await expect(cell(page, 't3', 3, 3)).not.toHaveClass(/eg-error/);
  await expect(page.locator('.re-header')).toContainText('错误 0');
});

test('a warning is explained in the panel and the explanation is kept', async ({ page }) => {
  await openBlankReport(page);
  // A department does not normally make 规章 (T3).
  await cell(page, 't2', 2, 1).click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  const warning = panel(page).locator('.re-problem').filter({ hasText: 'T3' });
  await expect(warning).toBeVisible();
  await expect(cell(page, 't2', 2, 1)).toHaveClass(/eg-warning/);
  const note = warning.getByRole('textbox');
  await note.fill('本局受市政府委托起草规章，数据已核实');
  await note.press('Tab');
  await expect(warning).toContainText('说明已保存');
  await expect(warning).toContainText('已说明');
  await page.reload();
  await expect(panel(page).locator('.re-problem').filter({ hasText: 'T3' }).getByRole('textbox')).toHaveValue(
    '本局受市政府委托起草规章，数据已核实',
  );
});

test('an undo over a value another window changed is refused with a clear notice', async ({ page, context }) => {
  await openBlankReport(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(cell(page, 't3', 3, 3)).toHaveText('5');

  const other = await context.newPage();
  await other.goto(page.url());
  await cell(other, 't3', 3, 3).click();
  await other.keyboard.type('9');
  await other.keyboard.press('Enter');
  await expect(cell(page, 't3', 3, 3)).toHaveText('9');

  await cell(page, 't3', 4, 3).click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.re-notice')).toContainText('另一窗口已修改了以下单元格');
  await expect(page.locator('.re-notice')).toContainText('现为 9');
  await expect(cell(page, 't3', 3, 3)).toHaveText('9');
  await other.close();
});

test('screenshots of each table at 1366×768', async ({ page }) => {
  await openBlankReport(page);
  await cell(page, 't3', 3, 3).click();
  await paste(page, '12\t3\t0\t1\t0\t2\r\n1\t0\t0\t0\t0\t0\r\n8\t2\r\n');
  await cell(page, 't2', 2, 1).click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('.eg-saving')).toHaveCount(0);
  for (const table of ['t2', 't3', 't4']) {
    await page.locator(`#table-${table}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `entry-${table}.png`) });
    // No horizontal scrolling inside the grid at this width.
    const overflow = await page
      .locator(`[data-table=${table}] .ag-body-horizontal-scroll`)
      .evaluate((el) => el.classList.contains('ag-scrollbar-invisible') || el.classList.contains('ag-hidden'));
    expect(overflow, `table ${table} scrolls sideways`).toBe(true);
  }
});

test('the legacy 2017 table is drawn from its definition by the same grid', async ({ page }) => {
  await page.goto(DEMO_URL);
  await page.getByRole('button', { name: '打开湛河区（全区）2017年度报告' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /湛河区（全区）/ })).toBeVisible();
  const grid = page.locator('.eg-grid').first();
  await expect(grid).toContainText('主动公开政府信息数');
  await expect(grid.locator('.eg-input', { hasText: '3452' })).toHaveCount(1);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'entry-legacy-2017.png') });
});

test('a block chosen by mouse drag is cleared with Delete as one undoable step', async ({ page }) => {
  await openBlankReport(page);
  await cell(page, 't3', 3, 3).click();
  await paste(page, '1\t2\t3\r\n4\t5\t6\r\n');
  await expect(cell(page, 't3', 4, 5)).toHaveText('6');
  await cell(page, 't3', 3, 4).hover();
  await page.mouse.down();
  await cell(page, 't3', 4, 5).hover();
  await page.mouse.up();
  await expect(page.locator('[data-table=t3] .eg-selected')).toHaveCount(4);
  await page.keyboard.press('Delete');
  await expect(cell(page, 't3', 3, 4)).toHaveText('');
  await expect(cell(page, 't3', 4, 5)).toHaveText('');
  await expect(cell(page, 't3', 3, 3)).toHaveText('1');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 't3', 3, 4)).toHaveText('2');
  await expect(cell(page, 't3', 4, 5)).toHaveText('6');
  // Shift+arrows grow the block from the focused cell.
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator('[data-table=t3] .eg-selected')).toHaveCount(4);
});

test('Shift+arrows after moving with the keyboard start the block where the focus now is', async ({ page }) => {
  await openBlankReport(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const selected = page.locator('[data-table=t3] .eg-selected');
  await expect(selected).toHaveCount(2);
  await expect(cell(page, 't3', 5, 4)).toHaveClass(/eg-selected/);
  await expect(cell(page, 't3', 6, 4)).toHaveClass(/eg-selected/);
  await expect(cell(page, 't3', 3, 3)).not.toHaveClass(/eg-selected/);
});

test('an opened report has its first input cell focused, so typing starts at once', async ({ page }) => {
  await openBlankReport(page);
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(cell(page, 't2', 2, 1)).toHaveText('7');
  await expect(page.locator('.eg-saving')).toHaveCount(0);
});
