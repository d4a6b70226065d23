/**
 * Excel's habits in the production build, pressed as real keys and checked in IndexedDB (read raw): typing then
 * an arrow commits and moves in every direction (输入 mode), F2 moves the caret (编辑 mode), Ctrl+X / Ctrl+V,
 * one value or a block pasted over a selection, Ctrl+S, Home/End, Enter and Tab across tables.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readReportValues } from './helpers/raw-db';
import { BLANK_UNIT, BLANK_YEAR, cell, expectAllSaved, focused, openReport, paste } from './helpers/report-grid';

type Stored = Record<string, number | null>;

async function expectStored(page: Page, expected: Stored): Promise<void> {
  await expectAllSaved(page);
  await expect
    .poll(async () => {
      const values = await readReportValues(page, BLANK_UNIT, BLANK_YEAR);
      return Object.fromEntries(Object.keys(expected).map((k) => [k, values[k] ?? null]));
    })
    .toEqual(expected);
}

const N = (row: string) => `t3.${row}.natural`;
const B = (row: string) => `t3.${row}.business`;
const R = (row: string) => `t3.${row}.research`;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('typing then an arrow commits and moves, in every direction', async ({ page }) => {
  await openReport(page);
  // The defect this guards against: 15 ↓ 20 ↓ 25 Enter once stored 152025 in one cell.
  await cell(page, 't3', 18, 3).click();
  for (const key of ['15', 'ArrowDown', '20', 'ArrowDown', '25', 'Enter']) {
    if (key.startsWith('Arrow') || key === 'Enter') await page.keyboard.press(key);
    else await page.keyboard.type(key);
  }
  expect(await focused(page)).toBe('t3/r21/c3');
  // →, then ←, then ↑, then Shift+Enter and Shift+Tab; where each key lands is checked before the next value is
  // typed, so a failure names the key that went wrong.
  type Step = readonly [value: string, key: string, lands: string];
  const run = async (row: number, col: number, steps: readonly Step[]) => {
    await cell(page, 't3', row, col).click();
    await expect.poll(() => focused(page)).toBe(`t3/r${row}/c${col}`);
    for (const [value, key, lands] of steps) {
      await page.keyboard.type(value);
      await page.keyboard.press(key);
      await expect.poll(() => focused(page), `${value} then ${key}`).toBe(lands);
    }
  };
  await run(5, 3, [
    ['1', 'ArrowRight', 't3/r5/c4'],
    ['2', 'ArrowRight', 't3/r5/c5'],
    ['3', 'ArrowLeft', 't3/r5/c4'],
  ]);
  await run(10, 3, [
    ['7', 'ArrowUp', 't3/r9/c3'],
    ['8', 'ArrowUp', 't3/r8/c3'],
    ['9', 'Shift+Enter', 't3/r7/c3'],
  ]);
  await run(12, 5, [
    ['4', 'Shift+Tab', 't3/r12/c4'],
    ['6', 'ArrowLeft', 't3/r12/c3'],
  ]);
  await expectStored(page, {
    [N('notHandledPetition')]: 15,
    [N('notHandledRepeat')]: 20,
    [N('notHandledPublication')]: 25,
    [N('disclosed')]: 1,
    [B('disclosed')]: 2,
    [R('disclosed')]: 3,
    [N('refusedThirdParty')]: 7,
    [N('refusedThreeSafety')]: 8,
    [N('refusedLawForbids')]: 9,
    ['t3.refusedProcess.research']: 4,
    [B('refusedProcess')]: 6,
  });
  await expect(cell(page, 't3', 26, 3)).toHaveText('85');
});

test('F2 opens 编辑 mode where arrows move the caret; F2 toggles; Esc cancels', async ({ page }) => {
  await openReport(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('15');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('F2');
  await expect(page.locator('[data-table=t3] .eg-mode')).toContainText('编辑模式');
  // In view, as Excel's status bar, however far below the table's end is.
  await expect(page.locator('[data-table=t3] .eg-mode')).toBeInViewport();
  // The caret goes left of 5: 1|5 → 105.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('t3/r4/c3');
  // Typing opens 输入 mode; F2 switches to 编辑 (← moves the caret), F2 back to 输入 (↓ commits and moves).
  await page.keyboard.type('3');
  await expect(page.locator('[data-table=t3] .eg-mode')).toContainText('输入模式');
  await page.keyboard.press('F2');
  await expect(page.locator('[data-table=t3] .eg-mode')).toContainText('编辑模式');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('4');
  await page.keyboard.press('F2');
  await expect(page.locator('[data-table=t3] .eg-mode')).toContainText('输入模式');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('t3/r5/c3');
  await expect(page.locator('[data-table=t3] .eg-mode')).toHaveCount(0);
  // A double click opens 编辑 mode too; Esc cancels what was typed in either mode.
  await cell(page, 't3', 3, 3).dblclick();
  await expect(page.locator('[data-table=t3] .eg-mode')).toContainText('编辑模式');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  await page.keyboard.type('77');
  await page.keyboard.press('Escape');
  await expectStored(page, { [N('received')]: 105, [N('carriedIn')]: 43 });
});

test('Ctrl+X clears the input cells at once as one undo step, Ctrl+V puts them elsewhere', async ({ page }) => {
  await openReport(page);
  await cell(page, 't3', 3, 8).click();
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  // The Tab past the row's last input went on to the next row; the total is computed.
  await cell(page, 't3', 3, 7).click();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(cell(page, 't3', 3, 9)).toHaveText('6');
  // Legal, other and the computed total selected, cut.
  await cell(page, 't3', 3, 7).click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+x');
  await expectStored(page, { ['t3.received.legal']: null, ['t3.received.other']: null });
  await expect(cell(page, 't3', 3, 9)).toHaveText('');
  await cell(page, 't3', 5, 7).click();
  await page.keyboard.press('Control+v');
  await expectStored(page, {
    ['t3.received.legal']: null,
    ['t3.disclosed.legal']: 2,
    ['t3.disclosed.other']: 4,
  });
  // The copied total agreed with its parts: no warning about it.
  await expect(page.locator('[data-place=t3]')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expectStored(page, { ['t3.disclosed.legal']: null, ['t3.received.legal']: null });
  await page.keyboard.press('Control+z');
  await expectStored(page, { ['t3.received.legal']: 2, ['t3.received.other']: 4 });
});

test('one value fills a selected block; a block tiles a selection that is a whole multiple', async ({ page }) => {
  await openReport(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  // One value over 二 … （二）, three rows by three columns.
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.press('Control+c');
  await cell(page, 't3', 4, 3).click();
  for (const key of ['Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowRight', 'Shift+ArrowRight']) {
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Control+v');
  const filled: Stored = {};
  for (const row of ['carriedIn', 'disclosed', 'partlyDisclosed']) {
    for (const col of ['natural', 'business', 'research']) filled[`t3.${row}.${col}`] = 7;
  }
  await expectStored(page, filled);
  // The two cells 1 2 over a selection two rows by four columns: 1 2 1 2 on each row.
  await cell(page, 't3', 3, 4).click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+c');
  await cell(page, 't3', 7, 3).click();
  for (const key of ['Shift+ArrowDown', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight']) {
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Control+v');
  await expectStored(page, {
    [N('refusedSecret')]: 1,
    [B('refusedSecret')]: 2,
    [R('refusedSecret')]: 1,
    ['t3.refusedSecret.publicInterest']: 2,
    [N('refusedLawForbids')]: 1,
    ['t3.refusedLawForbids.publicInterest']: 2,
    ['t3.refusedLawForbids.legal']: null,
  });
  // One undo step takes the whole tiled paste back.
  await page.keyboard.press('Control+z');
  await expectStored(page, {
    [N('refusedSecret')]: null,
    ['t3.refusedLawForbids.publicInterest']: null,
    [N('carriedIn')]: 7,
  });
});

test('a pasted total that disagrees with its parts is named beside the table', async ({ page }) => {
  await openReport(page);
  await cell(page, 't3', 3, 7).click();
  // 法律服务机构 1, 其他 2, 总计 9999 as another program's sheet had it.
  await paste(page, '1\t2\t9999\r\n');
  const notice = page.locator('[data-place=t3] .re-notice');
  await expect(notice).toContainText('源表总计 9999，按分项计算为 3');
  await expect(notice).toBeInViewport();
  await expectStored(page, { ['t3.received.legal']: 1, ['t3.received.other']: 2 });
});

test('Ctrl+S commits the open cell and says saving is automatic', async ({ page }) => {
  await openReport(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('12');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-place=t3] .re-notice')).toContainText('自动保存');
  await expectStored(page, { [N('received')]: 12 });
  // Outside the grids too: the browser's save dialog never opens.
  await page.getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('Control+s');
  await expect(page.locator('.re-notices:not([data-place]) .re-notice')).toContainText('自动保存');
  expect(downloads).toBe(0);
});

test('Home/End go to the row’s first and last input, Ctrl+Home/Ctrl+End to the table’s', async ({ page }) => {
  await openReport(page);
  await cell(page, 't3', 5, 5).click();
  await page.keyboard.press('Home');
  expect(await focused(page)).toBe('t3/r5/c3');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  // The row's last input, not its computed total.
  expect(await focused(page)).toBe('t3/r5/c8');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+End');
  expect(await focused(page)).toBe('t3/r27/c8');
  await page.keyboard.type('3');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Home');
  expect(await focused(page)).toBe('t3/r3/c3');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expectStored(page, {
    [N('disclosed')]: 1,
    ['t3.disclosed.other']: 2,
    ['t3.carriedOut.other']: 3,
    [N('received')]: 4,
  });
});

test('Enter after a Tab run returns to its first column; Enter, ↓ and Tab continue into the next table', async ({
  page,
}) => {
  await openReport(page);
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('t3/r4/c3');
  // Table 二's last row: Enter goes on into Table 三, Shift+Tab comes back, Tab goes on: no button in between.
  await cell(page, 't2', 13, 1).click();
  await page.keyboard.type('1.5');
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('t3/r3/c3');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('t2/r13/c1');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('t3/r3/c3');
  // Table 三's last row: ↓ goes on into Table 四; ↑ comes back to Table 三's last input.
  await cell(page, 't3', 27, 3).click();
  await page.keyboard.type('5');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focused(page)).toBe('t4/r3/c0');
  await page.keyboard.type('6');
  await page.keyboard.press('ArrowUp');
  expect(await focused(page)).toBe('t3/r27/c8');
  await expectStored(page, {
    [N('received')]: 1,
    [B('received')]: 2,
    [R('received')]: 3,
    ['t2.fees.amount']: 1.5,
    [N('carriedOut')]: 5,
    ['t4.review.upheld']: 6,
  });
});

test('a click then Shift+arrows: Delete clears the whole block and Ctrl+Z brings it back, on a 4× slower CPU', async ({
  page,
}) => {
  await openReport(page);
  // A slow machine is where the grid's own focus report of the click arrives after the Shift+arrows.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cell(page, 't3', 5, 3).click();
  await paste(page, '1\t2\r\n3\t4\r\n5\t6\r\n');
  const filled = { [N('disclosed')]: 1, [B('disclosed')]: 2, [N('partlyDisclosed')]: 3, [B('refusedSecret')]: 6 };
  await expectStored(page, filled);
  for (let round = 0; round < 3; round += 1) {
    await cell(page, 't3', 5, 3).click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.locator('[data-table=t3] .eg-selected')).toHaveCount(6);
    await page.keyboard.press('Delete');
    await expect(cell(page, 't3', 7, 4)).toHaveText('');
    await expect(cell(page, 't3', 5, 3)).toHaveText('');
    await page.keyboard.press('Control+z');
    await expect(cell(page, 't3', 7, 4)).toHaveText('6');
  }
  await expectStored(page, filled);
  await page.keyboard.press('Control+y');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expectStored(page, {
    [N('disclosed')]: null,
    [B('disclosed')]: null,
    [N('partlyDisclosed')]: null,
    [B('refusedSecret')]: null,
  });
});
