/**
 * Typing never outruns saving: 100 values typed through the grid at 20 keys a second are all durable when the tab
 * crashes half a second after the last key; and while a value is still being written, leaving the page asks first.
 */
import type { Page } from '@playwright/test';
import { NATIONAL_2021 } from '../../src/domain/formats/national-2021';
import { tableGridModel } from '../../src/widgets/entry-grid/table-grid-model';
import { cdpSession, expect, test } from './fixtures';
import { readReportValues } from './helpers/raw-db';
import { BLANK_UNIT, BLANK_YEAR, cell, expectAllSaved, openReport } from './helpers/report-grid';

/** 20 keys a second: each key, then the rest of its 50 ms. */
async function pressPaced(page: Page, key: string): Promise<void> {
  const start = Date.now();
  await page.keyboard.press(key);
  const left = 50 - (Date.now() - start);
  if (left > 0) await page.waitForTimeout(left);
}

test.describe('a tab that crashes just after typing', () => {
  test.use({ allowPageProblems: true });

  test('keeps all 100 values typed at 20 keys a second', async ({ page, context }) => {
    // 200 keys paced at 20 a second, on a shared machine where each key's round trip can take far longer.
    test.setTimeout(300_000);
    await openReport(page);
    // Table 三's input cells in Tab order, from 一、本年新收 自然人 on.
    const t3 = NATIONAL_2021.tables.find((t) => t.key === 't3');
    if (!t3) throw new Error('no table 三');
    const fields = tableGridModel(NATIONAL_2021, t3)
      .valueSlots.filter((s) => s.kind === 'input')
      .map((s) => s.field?.key ?? '')
      .slice(0, 100);
    expect(fields).toHaveLength(100);
    await cell(page, 't3', 3, 3).click();
    const expected: Record<string, number> = {};
    for (const [i, field] of fields.entries()) {
      const value = (i % 9) + 1;
      expected[field] = value;
      await pressPaced(page, String(value));
      await pressPaced(page, 'Tab');
    }
    await page.waitForTimeout(500);
    const crashed = page.waitForEvent('crash');
    const session = await cdpSession(page);
    session.send('Page.crash').catch(() => undefined);
    await crashed;

    const fresh = await context.newPage();
    await fresh.goto(page.url());
    const stored = await readReportValues(fresh, BLANK_UNIT, BLANK_YEAR);
    const durable = Object.fromEntries(fields.map((f) => [f, stored[f] ?? null]));
    expect(durable).toEqual(expected);
  });
});

test('leaving the page while a value is being written asks first', async ({ page }) => {
  await openReport(page);
  // Another connection holds the reports store for a few seconds, so the next write has to wait.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('xxgk-demo');
        open.onsuccess = () => {
          const tx = open.result.transaction('reports', 'readwrite');
          const store = tx.objectStore('reports');
          const end = Date.now() + 6000;
          const spin = () => {
            if (Date.now() < end) store.get('none').onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => open.result.close();
          resolve();
        };
      }),
  );
  await cell(page, 't3', 3, 3).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.locator('.eg-saving')).toHaveCount(1);
  // What the browser asks the page before leaving it: a cancelled beforeunload makes it show its prompt.
  const asksBeforeLeaving = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  expect(await asksBeforeLeaving()).toBe(true);
  await expectAllSaved(page);
  expect((await readReportValues(page, BLANK_UNIT, BLANK_YEAR))['t3.received.natural']).toBe(5);
  expect(await asksBeforeLeaving()).toBe(false);
});
