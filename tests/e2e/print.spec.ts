/**
 * The printable report: every label of the official layout and every value (computed totals included) on the
 * page, the app header hidden in print, a PDF on A4 (landscape for the 2021 format, portrait for the legacy
 * table), and a PNG of the PDF's first page to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { FormatDef, Values } from '../../src/domain/format/types';
import { formatById } from '../../src/domain/formats/registry';
import { allPartsBlank, computeAll } from '../../src/domain/rules/compute';
import { formatNumber } from '../../src/domain/values/money';
import { DEMO_URL, SCREENSHOT_DIR, expect, saveScreenshot, test } from './fixtures';

const PDF_DIR = path.join(import.meta.dirname, '.tmp', 'pdf');

interface StoredReport {
  id: string;
  formatId: string;
  values: Values;
  status: string;
}

/** The report as stored in the demo database, read the way the app stores it. */
async function storedReport(page: Page, id: string): Promise<StoredReport> {
  return page.evaluate(
    (reportId) =>
      new Promise<StoredReport>((resolve, reject) => {
        const open = indexedDB.open('xxgk-demo');
        open.onerror = () => reject(new Error('cannot open the demo database'));
        open.onsuccess = () => {
          const get = open.result.transaction('reports').objectStore('reports').get(reportId);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as StoredReport);
          };
          get.onerror = () => reject(new Error('cannot read the report'));
        };
      }),
    id,
  );
}

/** Opens a report from the home page, then its printable page through the report header's 打印 link. */
async function openPrintPage(page: Page, openButton: string): Promise<string> {
  await page.goto(DEMO_URL);
  await page.getByRole('button', { name: openButton }).click();
  await expect(page).toHaveURL(/#\/report\//);
  await page.locator('.re-actions').getByRole('link', { name: '打印' }).click();
  await expect(page).toHaveURL(/#\/print\//);
  await expect(page.locator('.print-sheet')).toBeVisible();
  return decodeURIComponent(page.url().split('#/print/')[1] ?? '');
}

function expectedText(format: FormatDef, values: Values, key: string): string {
  const def = format.fields.find((f) => f.key === key);
  if (def?.sumOf)
    return allPartsBlank(format, values, key) ? '' : formatNumber(computeAll(format, values).get(key) ?? 0);
  const v = values[key];
  return typeof v === 'number' ? formatNumber(v) : '';
}

/** Every label of every table, and every value cell's text, as the definitions and the stored values say. */
async function expectEveryLabelAndValue(page: Page, report: StoredReport) {
  const format = formatById(report.formatId);
  if (!format) throw new Error(`unknown format ${report.formatId}`);
  const sheet = page.locator('.print-sheet');
  const pageText = (await sheet.innerText()).replace(/\s+/g, '');
  for (const table of format.tables) {
    await expect(sheet.getByRole('heading', { name: table.heading, exact: true })).toBeVisible();
    for (const cell of table.cells) {
      if (cell.label) expect(pageText, `label ${cell.label}`).toContain(cell.label.replace(/\s+/g, ''));
    }
  }
  const printed = await sheet
    .locator('td[data-field]')
    .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-field') ?? '', td.textContent ?? ''] as const));
  expect(printed).toHaveLength(format.fields.length);
  for (const [key, text] of printed) expect(text, key).toBe(expectedText(format, report.values, key));
  return { format, printed };
}

const VERTICAL_LABEL = '三、本年度办理结果';

/** Each character of a vertical label starts a printed line of its own, in reading order. */
function expectStackedInOrder(text: string, label: string): void {
  const lines = text.split('\n');
  let from = 0;
  for (const ch of label) {
    const at = lines.findIndex((line, n) => n >= from && line.trimStart().startsWith(ch) && /^\s*\S(\s|$)/u.test(line));
    expect(at, `${ch} of ${label} on its own line after line ${from}`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

async function pdfAndPng(page: Page, name: string, options: Parameters<Page['pdf']>[0]) {
  await mkdir(PDF_DIR, { recursive: true });
  const pdfPath = path.join(PDF_DIR, `${name}.pdf`);
  const pdf = await page.pdf({ path: pdfPath, ...options });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    path.join(SCREENSHOT_DIR, name),
  ]);
  // page.pdf() lays out with the print stylesheet: the app's header and the toolbar must not be in it.
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).not.toContain('统计表填报');
  expect(text).not.toContain('返回填报');
  expect(text).toContain('年度政府信息公开工作年度报告统计表');
  expect(text).toContain('填报日期：');
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { text, width: Number(size?.[1]), height: Number(size?.[2]), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

test('the printable 2021 report shows every label and value, warns of open errors, and prints A4 landscape', async ({
  page,
}) => {
  // Two PDFs are laid out and read back: more than the default time on a busy machine.
  test.setTimeout(90_000);
  const id = await openPrintPage(page, '打开湛河区公安分局2025年度报告');
  const report = await storedReport(page, id);
  expect(report.formatId).toBe('national-2021');

  await expect(
    page.getByRole('heading', { name: '湛河区公安分局2025年度政府信息公开工作年度报告统计表' }),
  ).toBeVisible();
  const { printed } = await expectEveryLabelAndValue(page, report);
  expect(printed.filter(([, text]) => text !== '').length).toBeGreaterThan(50);
  // The demo plants an O1 error in this report: the page warns on screen.
  await expect(page.getByRole('alert')).toContainText('这份报表还有');
  await expect(page.getByRole('alert')).toContainText('个错误未修改');
  for (const line of ['填报单位（盖章）：湛河区公安分局', '单位负责人：', '填报人：', '联系电话：', '填报日期：']) {
    await expect(page.locator('.print-signature')).toContainText(line);
  }
  // The merged 三、本年度办理结果 keeps its 22 rows, as on the official sheet.
  await expect(page.locator('td', { hasText: VERTICAL_LABEL })).toHaveAttribute('rowspan', '22');
  // One character per line, each below the one before it (no font-dependent writing-mode overlap).
  const boxes = await page
    .locator('.print-vertical-char')
    .evaluateAll((els) =>
      els.map((el) => [el.textContent, el.getBoundingClientRect().top, el.getBoundingClientRect().bottom]),
    );
  expect(boxes.map(([ch]) => ch).join('')).toBe(VERTICAL_LABEL);
  for (let i = 1; i < boxes.length; i += 1)
    expect(Number(boxes[i]?.[1])).toBeGreaterThanOrEqual(Number(boxes[i - 1]?.[2]) - 0.5);
  await saveScreenshot(page, 'print-2021-screen');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.print-toolbar')).toBeHidden();
  await expect(page.locator('.print-sheet')).toBeVisible();
  await saveScreenshot(page, 'print-2021-print-media');
  await page.emulateMedia({ media: null });
  await expect(page.locator('.app-header')).toBeVisible();

  const asked = await pdfAndPng(page, 'print-2021-pdf', { format: 'A4', landscape: true });
  expect(asked.width).toBeGreaterThan(asked.height);
  expectStackedInOrder(asked.text, VERTICAL_LABEL);
  // The page's own @page rule asks for A4 landscape too.
  const own = await pdfAndPng(page, 'print-2021-pdf-css', { preferCSSPageSize: true });
  expect(Math.round(own.width)).toBe(842);
  expect(Math.round(own.height)).toBe(595);

  // 返回填报 goes back to the report.
  await page.getByRole('link', { name: '返回填报' }).first().click();
  await expect(page).toHaveURL(/#\/report\//);
});

test('the printable 2017 legacy report shows every label and value and prints A4 portrait', async ({ page }) => {
  const id = await openPrintPage(page, '打开湛河区（全区）2017年度报告');
  const report = await storedReport(page, id);
  expect(report.formatId).toBe('national-legacy');
  await expect(
    page.getByRole('heading', { name: '湛河区（全区）2017年度政府信息公开工作年度报告统计表' }),
  ).toBeVisible();
  await expectEveryLabelAndValue(page, report);
  // Figures of the real example report.
  const value = (row: string) => page.locator(`td[data-field="legacy.${row}.value"]`);
  await expect(value('applicationsReceived')).toHaveText('9');
  await expect(value('proactiveTotal')).toHaveText('3452');
  await saveScreenshot(page, 'print-legacy-screen');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await page.emulateMedia({ media: null });
  const own = await pdfAndPng(page, 'print-legacy-pdf', { preferCSSPageSize: true });
  expect(Math.round(own.width)).toBe(595);
  expect(Math.round(own.height)).toBe(842);
});

test('a print address for a report that does not exist says so in Chinese', async ({ page }) => {
  await page.goto(`${DEMO_URL}#/print/no-such-report`);
  await expect(page.getByText('找不到这份报表（编号 no-such-report）')).toBeVisible();
});
