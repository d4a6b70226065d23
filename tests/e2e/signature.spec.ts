/**
 * The signature block (填报人, 联系电话, 填报日期) the same on the print page, in the exported .xlsx (read back with
 * SheetJS) and in the .docx (its word/document.xml unzipped): the unit's contact, typed on the units page, and the
 * day the page or file is made.
 */
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, test } from './fixtures';
import { downloadBy, exportReportSheet, zipPart } from './helpers/downloads';
import { openReport } from './helpers/report-grid';

const UNIT = '湛河区财政局';
const PERSON = '王芳';
const PHONE = '0375-1234567';
const DATE = '2026年6月1日';

/** Replaces a form field's text by keys, as a clerk does: click, select all, type. */
async function retype(page: Page, field: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('填报人, 联系电话 and 填报日期 read the same on the print page, in the .xlsx and in the .docx', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-01T09:00:00'));
  await page.goto(`${DEMO_URL}#/units`);
  await page.getByRole('button', { name: `修改${UNIT}` }).click();
  const form = page.getByRole('form', { name: `修改单位“${UNIT}”` });
  await retype(page, form.getByLabel('联系人'), PERSON);
  await retype(page, form.getByLabel('联系电话'), PHONE);
  await form.getByRole('button', { name: '保存修改' }).click();
  await expect(page.locator('tr.units-row', { hasText: PHONE })).toContainText(PERSON);

  await openReport(page, UNIT, 2025);
  const sheet = await exportReportSheet(page);
  const workbook = XLSX.read(sheet.bytes, { type: 'buffer' });
  const texts = workbook.SheetNames.flatMap((name) =>
    Object.values(workbook.Sheets[name] ?? {}).map((c: { v?: string | number }) => String(c?.v ?? '')),
  );
  expect(texts).toContain(`填报人：${PERSON}`);
  expect(texts).toContain(`联系电话：${PHONE}`);
  expect(texts).toContain(`填报日期：${DATE}`);

  await page.getByRole('link', { name: '打印' }).click();
  const signature = page.locator('.print-signature');
  await expect(signature).toContainText(`填报人：${PERSON}`);
  await expect(signature).toContainText(`联系电话：${PHONE}`);
  await expect(signature).toContainText(`填报日期：${DATE}`);

  await page.goBack();
  await page.getByRole('link', { name: '年度报告正文' }).click();
  const docx = await downloadBy(page, page.getByRole('button', { name: '下载 Word 文档' }));
  const xml = zipPart(docx.bytes, 'word/document.xml') ?? '';
  expect(xml).toContain(`填报人：${PERSON}`);
  expect(xml).toContain(`联系电话：${PHONE}`);
  expect(xml).toContain(`填报日期：${DATE}`);
});
