/**
 * Two windows on one report (and on the units and office pages): a text section, a 填写说明, a unit edit and the
 * deadlines, each typed in both. The later save is refused with a notice naming the other window, the typed text
 * stays on screen, 用对方的版本 / 保留我的版本 both work, and a window that is not editing simply shows the newer
 * text. Everything stored is read back with the raw IndexedDB API.
 */
import type { Locator, Page } from '@playwright/test';
import { DEMO_URL, expect, test } from './fixtures';

const SECTION_FIVE = '五、存在的主要问题及改进情况';

// Two windows, each typing and saving in turn, on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

/** A key pressed in a text box, its window brought to the front first. */
async function press(box: Locator, key: string): Promise<void> {
  await box.page().bringToFront();
  await box.press(key);
}

/** One row of a store, read without any code of the app. */
async function rawRow<T>(page: Page, store: string, key: string): Promise<T | undefined> {
  await page.bringToFront();
  return page.evaluate(
    ([store, key]) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('xxgk-demo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(store, 'readonly').objectStore(store).get(key);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as T | undefined);
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
      }),
    [store, key] as const,
  );
}

/** Replaces a text box's content from the keyboard: its window to the front, click, select all, type. */
async function retype(box: Locator, text: string): Promise<void> {
  // A window in the background draws no frames, and an action waits for one.
  await box.page().bringToFront();
  await box.click();
  await box.press('Control+a');
  await box.page().keyboard.type(text);
}

async function openReport(page: Page, unit: string, year: number): Promise<string> {
  await page.goto(DEMO_URL);
  await page.getByRole('button', { name: `打开${unit}${year}年度报告` }).click();
  await expect(page).toHaveURL(/#\/report\//);
  return decodeURIComponent(new URL(page.url()).hash.replace('#/report/', ''));
}

interface TextRow {
  sections: { number: number; text: string }[];
  history?: { key: string; text: string }[];
}

test('a report text section typed in two windows: refused, kept on screen, then either version', async ({
  page,
  context,
}) => {
  const reportId = await openReport(page, '湛河区发展和改革委员会', 2025);
  const textUrl = `${DEMO_URL}#/text/${encodeURIComponent(reportId)}`;
  await page.goto(textUrl);
  const other = await context.newPage();
  await other.goto(textUrl);
  const mine = page.getByRole('textbox', { name: SECTION_FIVE });
  const theirs = other.getByRole('textbox', { name: SECTION_FIVE });
  await expect(theirs).toBeVisible();

  // A window that is not editing shows what the other saved.
  await retype(mine, '甲窗口写的问题。');
  await press(mine, 'Tab');
  await expect(page.getByRole('region', { name: SECTION_FIVE }).getByRole('status')).toContainText('已保存');
  await expect(theirs).toHaveValue('甲窗口写的问题。');

  // Both type; the first saves, the second is refused and keeps its text.
  await retype(theirs, '乙窗口写的问题。');
  await retype(mine, '甲窗口改过的问题。');
  await press(mine, 'Tab');
  await expect(page.getByRole('region', { name: SECTION_FIVE }).getByRole('status')).toContainText('已保存');
  await press(theirs, 'Tab');
  const notice = other.getByRole('region', { name: SECTION_FIVE }).locator('.stale-notice');
  await expect(notice).toContainText('已在另一个窗口（');
  await expect(notice).toContainText('本次修改未保存');
  await expect(theirs).toHaveValue('乙窗口写的问题。');
  let row = await rawRow<TextRow>(page, 'reportTexts', reportId);
  expect(row?.sections.find((s) => s.number === 5)?.text).toBe('甲窗口改过的问题。');

  // 保留我的版本 overwrites knowingly; the other window, not editing, shows it; history keeps both.
  await notice.page().bringToFront();
  await notice.getByRole('button', { name: '保留我的版本' }).click();
  await expect(notice).toBeHidden();
  await expect(mine).toHaveValue('乙窗口写的问题。');
  row = await rawRow<TextRow>(page, 'reportTexts', reportId);
  expect(row?.sections.find((s) => s.number === 5)?.text).toBe('乙窗口写的问题。');
  expect(row?.history?.filter((h) => h.key === '5').map((h) => h.text)).toEqual([
    '甲窗口写的问题。',
    '甲窗口改过的问题。',
  ]);

  // 用对方的版本 drops this window's typing and shows the stored text.
  await retype(mine, '甲窗口第三次。');
  await retype(theirs, '乙窗口第三次。');
  await press(theirs, 'Tab');
  await expect(theirs).toHaveValue('乙窗口第三次。');
  await press(mine, 'Tab');
  const mineNotice = page.getByRole('region', { name: SECTION_FIVE }).locator('.stale-notice');
  await expect(mineNotice).toContainText('已在另一个窗口（');
  await expect(mine).toHaveValue('甲窗口第三次。');
  await page.bringToFront();
  await mineNotice.getByRole('button', { name: '用对方的版本' }).click();
  await expect(mine).toHaveValue('乙窗口第三次。');
  row = await rawRow<TextRow>(page, 'reportTexts', reportId);
  expect(row?.sections.find((s) => s.number === 5)?.text).toBe('乙窗口第三次。');
  await other.close();
});

interface ReportRow {
  explanations: Record<string, string>;
  explanationHistory?: { text: string }[];
}

test('a 填写说明 typed in two windows is refused in the second, which may keep its own', async ({
  page,
  context,
}) => {
  const reportId = await openReport(page, '湛河区财政局', 2023);
  // A department does not normally make 规章 (T3): a warning that takes a note.
  await page.locator('[data-table=t2] [row-id=r2] [col-id=c1]').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  const other = await context.newPage();
  await other.goto(page.url());
  const warning = (p: Page) =>
    p.getByRole('complementary', { name: '检查结果' }).locator('.re-problem').filter({ hasText: 'T3' });
  const mine = warning(page).getByRole('textbox');
  const theirs = warning(other).getByRole('textbox');
  await expect(theirs).toBeVisible();

  await retype(mine, '甲：受委托起草规章');
  await press(mine, 'Tab');
  await expect(warning(page)).toContainText('说明已保存');
  await expect(theirs).toHaveValue('甲：受委托起草规章');

  await retype(theirs, '乙：数据已核实');
  await retype(mine, '甲：第二次说明');
  await press(mine, 'Tab');
  await expect(warning(page)).toContainText('说明已保存');
  await press(theirs, 'Tab');
  const notice = warning(other).locator('.stale-notice');
  await expect(notice).toContainText('这条填写说明已在另一个窗口（');
  await expect(theirs).toHaveValue('乙：数据已核实');
  await notice.page().bringToFront();
  await notice.getByRole('button', { name: '保留我的版本' }).click();
  await expect(notice).toBeHidden();
  await page.bringToFront();
  await expect(mine).toHaveValue('乙：数据已核实');
  const row = await rawRow<ReportRow>(page, 'reports', reportId);
  expect(Object.values(row?.explanations ?? {})).toEqual(['乙：数据已核实']);
  expect(row?.explanationHistory?.map((h) => h.text)).toEqual(['甲：受委托起草规章', '甲：第二次说明']);
  await other.close();
});

interface UnitRow {
  name: string;
  contactPerson?: string;
  contactPhone?: string;
}

test('a unit edited in two windows: the second save is refused and 用对方的版本 shows the first', async ({
  page,
  context,
}) => {
  const unitName = '湛河区财政局';
  const openForm = async (p: Page) => {
    await p.goto(`${DEMO_URL}#/units`);
    await p.getByRole('button', { name: `修改${unitName}`, exact: true }).click();
    return p.getByRole('form', { name: `修改单位“${unitName}”` });
  };
  const mine = await openForm(page);
  const other = await context.newPage();
  const theirs = await openForm(other);

  await retype(mine.getByRole('textbox', { name: '联系人' }), '张甲');
  await retype(theirs.getByRole('textbox', { name: '联系电话' }), '0375-1234567');
  await page.bringToFront();
  await mine.getByRole('button', { name: '保存修改' }).click();
  await expect(page.locator('.units-message')).toContainText('已保存');
  await other.bringToFront();
  await theirs.getByRole('button', { name: '保存修改' }).click();
  const notice = theirs.locator('.stale-notice');
  await expect(notice).toContainText(`单位“${unitName}”的信息已在另一个窗口（`);
  await expect(theirs.getByRole('textbox', { name: '联系电话' })).toHaveValue('0375-1234567');

  const stored = async () => {
    const units = await other.evaluate(
      () =>
        new Promise<UnitRow[]>((resolve) => {
          const open = indexedDB.open('xxgk-demo');
          open.onsuccess = () => {
            const all = open.result.transaction('units', 'readonly').objectStore('units').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(all.result as UnitRow[]);
            };
          };
        }),
    );
    return units.find((u) => u.name === unitName);
  };
  expect(await stored()).toMatchObject({ contactPerson: '张甲' });
  expect((await stored())?.contactPhone).not.toBe('0375-1234567');

  await notice.page().bringToFront();
  await notice.getByRole('button', { name: '用对方的版本' }).click();
  await expect(theirs.getByRole('textbox', { name: '联系人' })).toHaveValue('张甲');
  await retype(theirs.getByRole('textbox', { name: '联系电话' }), '0375-7654321');
  await theirs.getByRole('button', { name: '保存修改' }).click();
  await expect(other.locator('.units-message')).toContainText('已保存');
  expect(await stored()).toMatchObject({ contactPerson: '张甲', contactPhone: '0375-7654321' });
  await other.close();
});

interface SettingRow {
  value: { departments: { month: number; day: number } } | null;
}

test('deadlines saved in two windows: the second is refused, then kept knowingly', async ({ page, context }) => {
  const openDeadlines = async (p: Page) => {
    await p.goto(`${DEMO_URL}#/office`);
    await p.getByText('截止日期设置').click();
    return p.getByLabel('部门、乡镇街道报送截止');
  };
  const mine = await openDeadlines(page);
  const other = await context.newPage();
  const theirs = await openDeadlines(other);
  await expect(theirs).toBeVisible();
  const year = Number((await mine.inputValue()).slice(0, 4));

  const departments = async () =>
    (await rawRow<SettingRow>(page, 'settings', 'officeDeadlines'))?.value?.departments;
  // Focused from the keyboard, a date box starts at its first part; this browser shows 月/日/年.
  await page.bringToFront();
  await mine.focus();
  await page.keyboard.type(`0115${year}`);
  await other.bringToFront();
  await theirs.focus();
  await other.keyboard.type(`0120${year}`);
  await page.bringToFront();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(departments).toEqual({ month: 1, day: 15 });
  await other.bringToFront();
  await expect(theirs).toHaveValue(`${year}-01-20`);
  await other.getByRole('button', { name: '保存', exact: true }).click();
  const notice = other.locator('.stale-notice');
  await expect(notice).toContainText('截止日期设置已在另一个窗口（');
  await expect(theirs).toHaveValue(`${year}-01-20`);
  expect(await departments()).toEqual({ month: 1, day: 15 });
  await notice.page().bringToFront();
  await notice.getByRole('button', { name: '保留我的版本' }).click();
  await expect(notice).toBeHidden();
  await expect.poll(departments).toEqual({ month: 1, day: 20 });
  await page.bringToFront();
  await expect(mine).toHaveValue(`${year}-01-20`);
  await other.close();
});
