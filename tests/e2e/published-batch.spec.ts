/**
 * 年报核对 on the office page in Chromium: several published reports (PDF, Word, web page, and a scanned PDF)
 * are read with a progress bar, every finding is listed with its quoted sentence, and 下载核对结果 saves one
 * .xlsx whose rows, read back, are the findings of each file (the text checks exactly those the fixtures hold).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { DEMO_URL, expect, test } from './fixtures';
import { downloadBy } from './helpers/downloads';
import { startResponsivenessWatch, stopResponsivenessWatch } from './helpers/responsiveness';

const DIR = path.join(import.meta.dirname, '../fixtures/published');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as Record<
  string,
  { unit: string; year: number; findings: string[] }
>;
const FILES = ['2021-agreeing.pdf', '2021-contradicting.docx', 'legacy-contradicting.html', 'hostile-scanned.pdf'];
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
};

test('a batch of published reports is checked with a progress bar and downloaded as one .xlsx, a row per finding', async ({
  page,
}) => {
  await page.goto(`${DEMO_URL}&today=2026-02-15#/office`);
  await page.getByRole('tab', { name: '年报核对' }).click();
  const batch = page.getByRole('region', { name: '已发布年报核对' });
  await batch.getByLabel('选择要核对的已发布年度报告').setInputFiles(
    FILES.map((name) => ({
      name,
      mimeType: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
      buffer: readFileSync(path.join(DIR, name)),
    })),
  );
  await expect(batch.getByText(`已核对 ${FILES.length} / ${FILES.length} 份`)).toBeVisible({ timeout: 30_000 });
  await expect(batch.locator('progress')).toHaveAttribute('value', String(FILES.length));
  const contradicting = manifest['2021-contradicting']!;
  await expect(batch.locator('tr[data-file="2021-contradicting.docx"]')).toContainText(contradicting.unit);
  await expect(batch.locator('tr[data-file="hostile-scanned.pdf"]')).toContainText('没有文字层');
  await expect(batch.locator('q').first()).toBeVisible();

  const { name, bytes } = await downloadBy(page, batch.getByRole('button', { name: /下载核对结果/u }));
  expect(name).toMatch(/已发布年报核对结果\.xlsx$/u);
  const book = XLSX.read(bytes);
  const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets['核对结果']!);
  const textRules = (file: string) =>
    rows
      .filter((r) => r['文件'] === file && r['类别'] === '正文')
      .map((r) => String(r['规则']))
      .sort();
  expect(textRules('2021-agreeing.pdf')).toEqual([]);
  expect(textRules('2021-contradicting.docx')).toEqual([...contradicting.findings].sort());
  expect(textRules('legacy-contradicting.html')).toEqual([...manifest['legacy-contradicting']!.findings].sort());
  for (const r of rows.filter((x) => x['类别'] === '正文' && x['规则'] === 'T1')) {
    expect(String(r['原文']).length, 'T1 quotes its sentence').toBeGreaterThan(4);
    expect(typeof r['统计表数值'], 'T1 names the tables’ figure').toBe('number');
  }
  const first = rows.find((r) => r['文件'] === '2021-contradicting.docx');
  expect(first?.['单位']).toBe(contradicting.unit);
  expect(first?.['年度']).toBe(contradicting.year);

  const files = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets['文件']!);
  expect(files.map((f) => f['文件'])).toEqual(FILES);
  expect(files.find((f) => f['文件'] === 'hostile-scanned.pdf')?.['读取结果']).toContain('没有文字层');
  for (const f of files) expect(f['问题数']).toBe(rows.filter((r) => r['文件'] === f['文件']).length);
});

test('40 published reports at the deadline: all read with the progress bar moving and the page drawing frames', async ({
  page,
}) => {
  const kinds = ['html', 'docx', 'pdf', 'web.pdf'];
  const names = Object.keys(manifest).filter((n) => !n.startsWith('bench-'));
  const files = Array.from({ length: 40 }, (_, i) => {
    const name = names[i % names.length]!;
    const ext = kinds[Math.floor(i / names.length) % kinds.length]!;
    return path.join(DIR, `${name}.${ext}`);
  });
  // Forty distinct names, as forty units send them: copies of the fixtures in a folder of their own.
  const tmp = mkdtempSync(path.join(tmpdir(), 'batch-'));
  const chosen = files.map((file, i) => {
    const copy = path.join(tmp, `${String(i + 1).padStart(2, '0')}-${path.basename(file)}`);
    copyFileSync(file, copy);
    return copy;
  });
  try {
    await page.goto(`${DEMO_URL}&today=2026-02-15#/office`);
    await page.getByRole('tab', { name: '年报核对' }).click();
    const batch = page.getByRole('region', { name: '已发布年报核对' });
    await startResponsivenessWatch(page);
    await batch.getByLabel('选择要核对的已发布年度报告').setInputFiles(chosen);
    const progress = batch.locator('progress');
    await expect(progress).toHaveAttribute('max', '40');
    await expect(batch.getByText('已核对 40 / 40 份')).toBeVisible({ timeout: 90_000 });
    const watch = await stopResponsivenessWatch(page);
    console.log(`40 reports: longest frame gap ${watch.frameGap} ms, longest task ${watch.longTask} ms`);
    expect(watch.frameGap).toBeLessThan(1000);
    await expect(batch.getByText('未能读取')).toHaveCount(0);

    const { bytes } = await downloadBy(page, batch.getByRole('button', { name: /下载核对结果/u }));
    const book = XLSX.read(bytes);
    const listed = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets['文件']!);
    expect(listed).toHaveLength(40);
    expect(listed.every((f) => f['读取结果'] === '已读取')).toBe(true);
    const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets['核对结果']!);
    for (const [i, file] of files.entries()) {
      const name = path.basename(file).replace(/\.(web\.)?[a-z]+$/u, '');
      const got = rows
        .filter((r) => r['文件'] === path.basename(chosen[i]!) && r['类别'] === '正文')
        .map((r) => String(r['规则']))
        .sort();
      expect(got, path.basename(chosen[i]!)).toEqual([...manifest[name]!.findings].sort());
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
