/**
 * The annual report text page in the demo workspace: the draft written from the tables, an edit that
 * contradicts them (T1), the edit kept across a reload, the 2017 report pasted in, the clipboard, the Word
 * document, and the print view.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, saveScreenshot, test } from './fixtures';
import { zipPart } from './helpers/downloads';

const SECTION_THREE = '三、收到和处理政府信息公开申请情况';
const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  SECTION_THREE,
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const ZHANHE_TEXT = readFileSync(
  new URL('../fixtures/examples/zhanhe-2017-annual-report.txt', import.meta.url),
  'utf8',
);

async function openText(page: Page, unit: string, year: number): Promise<void> {
  await page.goto(DEMO_URL);
  await page.getByRole('button', { name: `打开${unit}${year}年度报告` }).click();
  await page.getByRole('link', { name: '年度报告正文' }).click();
  await expect(page).toHaveURL(/#\/text\//);
  await expect(page.getByRole('heading', { name: '年度报告正文' })).toBeVisible();
}

/** One part of a zip package, read with the app's own directory reader and inflated here. */
/** Table 三's 一、本年新收 总计 as the print view's table shows it. */
async function receivedTotal(page: Page): Promise<number> {
  const row = page.locator('.rt-print tr').filter({ hasText: '一、本年新收政府信息公开申请数量' });
  return Number(await row.locator('td, th').last().textContent());
}

test.describe('the annual report text', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('drafts from the tables, warns when an edit contradicts them, keeps the edit, regenerates', async ({
    page,
  }) => {
    await openText(page, '湛河区发展和改革委员会', 2025);
    for (const heading of HEADINGS) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    const three = page.getByRole('textbox', { name: SECTION_THREE });
    const received = await receivedTotal(page);
    expect(received).toBeGreaterThan(0);
    await expect(three).toHaveValue(new RegExp(`^本年度共收到政府信息公开申请${received}件`));
    await expect(page.locator('.rt-problems')).toContainText('未发现正文与表格不一致之处');
    await saveScreenshot(page, 'report-text-page');

    const wrong = received + 100;
    await three.fill(`本年度共收到政府信息公开申请${wrong}件，均已按期答复。`);
    await expect(page.getByText('有未保存的修改（离开输入框时自动保存）')).toBeVisible();
    await three.blur();
    const section = page.getByRole('region', { name: SECTION_THREE });
    await expect(section.getByRole('status')).toContainText('已保存');
    const warning = page.locator('.rt-problem').filter({ hasText: 'T1' });
    await expect(warning).toContainText(`正文第三部分写“本年度共收到政府信息公开申请${wrong}件”`);
    await expect(warning).toContainText(`统计表中为 ${received}`);

    await page.reload();
    await expect(page.getByRole('textbox', { name: SECTION_THREE })).toHaveValue(
      `本年度共收到政府信息公开申请${wrong}件，均已按期答复。`,
    );
    await expect(page.locator('.rt-problem').filter({ hasText: 'T1' })).toHaveCount(1);

    // Regenerating an edited section asks first; cancelling keeps the edit, confirming restores the draft.
    await section.getByRole('button', { name: '按表格重新生成本节' }).click();
    await section.getByRole('button', { name: '取消' }).click();
    await expect(three).toHaveValue(new RegExp(`申请${wrong}件`));
    await section.getByRole('button', { name: '按表格重新生成本节' }).click();
    await section.getByRole('button', { name: '确定重新生成' }).click();
    await expect(three).toHaveValue(new RegExp(`^本年度共收到政府信息公开申请${received}件`));
    await expect(page.locator('.rt-problem')).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('textbox', { name: SECTION_THREE })).toHaveValue(
      new RegExp(`^本年度共收到政府信息公开申请${received}件`),
    );
  });

  test('the 2017 report pasted into the legacy report shows its own contradiction', async ({ page }) => {
    await openText(page, '湛河区（全区）', 2017);
    await expect(page.locator('.rt-note')).toContainText('只为 2019 年及以后格式的报表按表格生成正文初稿');
    const whole = page.getByRole('textbox', { name: '报告全文' });
    await expect(whole).toHaveValue('');
    await page.evaluate((text) => navigator.clipboard.writeText(text), ZHANHE_TEXT);
    await whole.focus();
    await page.keyboard.press('Control+V');
    await expect(whole).toHaveValue(ZHANHE_TEXT);
    const warning = page.locator('.rt-problem').filter({ hasText: 'T1' });
    await expect(warning).toHaveCount(1);
    await expect(warning).toContainText(
      '正文第四部分写“本年度，我区无公民、法人依申请公开事项”（收到的政府信息公开申请数 0），统计表中为 9',
    );
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('region', { name: '报告全文' }).getByRole('status')).toContainText('已保存');
    await page.reload();
    await expect(page.getByRole('textbox', { name: '报告全文' })).toHaveValue(ZHANHE_TEXT);
  });

  test('copies the text and the tables, downloads the Word document, prints', async ({ page }) => {
    await openText(page, '湛河区财政局', 2025);
    const received = await receivedTotal(page);

    await page.getByRole('button', { name: '复制正文' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已复制正文' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith('一、总体情况\n')).toBe(true);
    for (const heading of HEADINGS) expect(text).toContain(`${heading}\n`);
    expect(text).toContain(`本年度共收到政府信息公开申请${received}件`);

    await page.getByRole('button', { name: '复制为网页表格' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已将统计表复制为网页表格' })).toBeVisible();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return { types: [], html: '', plain: '' };
      return {
        types: [...item.types],
        html: await (await item.getType('text/html')).text(),
        plain: await (await item.getType('text/plain')).text(),
      };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied.html).toContain('<table');
    expect(copied.html).toContain('rowspan=');
    expect(copied.html).toContain('三、收到和处理政府信息公开申请情况');
    expect(copied.plain).toContain('一、本年新收政府信息公开申请数量\t');

    const dir = await mkdtemp(path.join(tmpdir(), 'report-text-'));
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载 Word 文档' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('2025年度_湛河区财政局_政府信息公开工作年度报告.docx');
      const file = path.join(dir, 'report.docx');
      await download.saveAs(file);
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const xml = zipPart(bytes, 'word/document.xml');
      expect(xml).toBeDefined();
      for (const heading of HEADINGS) expect(xml).toContain(heading);
      expect(xml).toContain('湛河区财政局2025年政府信息公开工作年度报告');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await expect(page.getByRole('status').filter({ hasText: '已生成 Word 文档' })).toBeVisible();

    // Print: only the report itself, the application's header and the editor hidden.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.rt-editor')).toBeHidden();
    const printed = page.locator('.rt-print');
    await expect(printed).toBeVisible();
    await expect(printed.locator('h1')).toHaveText('湛河区财政局2025年政府信息公开工作年度报告');
    await expect(printed.locator('table')).toHaveCount(3);
    expect(await printed.locator('h1').evaluate((h) => getComputedStyle(h).textAlign)).toBe('center');
    expect(await printed.locator('p').first().evaluate((p) => getComputedStyle(p).fontFamily)).toContain('仿宋');
    expect(await printed.locator('h2').first().evaluate((h) => getComputedStyle(h).fontFamily)).toContain('黑体');
    await saveScreenshot(page, 'report-text-print');
    await page.emulateMedia({ media: 'screen' });

    // The on-screen preview shows the same page and returns to editing.
    await page.getByRole('button', { name: '打印预览' }).click();
    await expect(printed).toBeVisible();
    await expect(page.locator('.rt-editor')).toBeHidden();
    await page.getByRole('button', { name: '返回编辑' }).click();
    await expect(page.getByRole('textbox', { name: SECTION_THREE })).toBeVisible();
  });
});
