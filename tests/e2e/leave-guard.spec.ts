/**
 * Leaving with unsaved work asks first: report text being typed, a 填写说明 being typed, a restore running. The
 * browser's own prompt is awaited (a close that runs beforeunload), and once the work is stored it no longer asks.
 */
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test } from './fixtures';

const SECTION_FIVE = '五、存在的主要问题及改进情况';

/** Whether closing the page now makes the browser ask: the close runs beforeunload, a prompt is dismissed. */
async function asksBeforeClosing(page: Page): Promise<boolean> {
  const asked = page.waitForEvent('dialog', { timeout: 3000 }).then(
    async (dialog) => {
      expect(dialog.type()).toBe('beforeunload');
      await dialog.dismiss();
      return true;
    },
    () => false,
  );
  await page.close({ runBeforeUnload: true });
  const result = await asked;
  // Dismissed, the page stays open; not asked, it closes.
  expect(page.isClosed()).toBe(!result);
  return result;
}

/** Whether the page would ask, without closing it (a cancelled beforeunload is what makes the browser ask). */
function wouldAsk(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

async function openReport(page: Page, unit: string, year: number): Promise<void> {
  await page.goto(DEMO_URL);
  await page.getByRole('button', { name: `打开${unit}${year}年度报告` }).click();
  await expect(page).toHaveURL(/#\/report\//);
}

test('report text being typed asks before the page closes; once saved it does not', async ({ page }) => {
  await openReport(page, '湛河区发展和改革委员会', 2025);
  await page.getByRole('link', { name: '年度报告正文' }).click();
  const five = page.getByRole('textbox', { name: SECTION_FIVE });
  await five.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('另需说明：本年度网站改版。');
  await expect(page.getByText('有未保存的修改（离开输入框时自动保存）')).toBeVisible();
  expect(await asksBeforeClosing(page)).toBe(true);
  // The text is still on screen after the prompt was dismissed, and saves when the box is left.
  await expect(five).toHaveValue(/另需说明：本年度网站改版。$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: SECTION_FIVE }).getByRole('status')).toContainText('已保存');
  expect(await wouldAsk(page)).toBe(false);
  expect(await asksBeforeClosing(page)).toBe(false);
});

test('a 填写说明 being typed asks before the page closes', async ({ page }) => {
  await openReport(page, '湛河区财政局', 2023);
  // A department does not normally make 规章 (T3): a warning that takes a note.
  await page.locator('[data-table=t2] [row-id=r2] [col-id=c1]').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  const warning = page.getByRole('complementary', { name: '检查结果' }).locator('.re-problem').filter({ hasText: 'T3' });
  const note = warning.getByRole('textbox');
  await note.click();
  await page.keyboard.type('受委托起草规章');
  expect(await asksBeforeClosing(page)).toBe(true);
  await expect(note).toHaveValue('受委托起草规章');
  await page.keyboard.press('Tab');
  await expect(warning).toContainText('说明已保存');
  expect(await wouldAsk(page)).toBe(false);
});

test('a restore running asks before the page closes', async ({ page }) => {
  await page.goto(`${DEMO_URL}#/backup`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  const backupPath = await (await downloading).path();
  await page.getByLabel('选择备份文件').setInputFiles(backupPath);
  await page.getByLabel('全部替换（当前数据将被备份文件取代）').check();
  await page.getByRole('button', { name: '全部替换…' }).click();
  // Asked over and over while the restore runs (its transaction yields between requests), as a close would.
  await page.evaluate(() => {
    const w = window as unknown as { askedDuringRestore?: boolean; stopAsking?: () => void };
    w.askedDuringRestore = false;
    const timer = setInterval(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      if (event.defaultPrevented) w.askedDuringRestore = true;
    }, 0);
    w.stopAsking = () => clearInterval(timer);
  });
  await page.getByRole('button', { name: '确定全部替换' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已用备份文件替换全部数据' })).toBeVisible();
  const asked = await page.evaluate(() => {
    const w = window as unknown as { askedDuringRestore?: boolean; stopAsking?: () => void };
    w.stopAsking?.();
    return w.askedDuringRestore;
  });
  expect(asked).toBe(true);
  expect(await wouldAsk(page)).toBe(false);
});
