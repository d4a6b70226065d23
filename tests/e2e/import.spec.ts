/**
 * The import page in the demo workspace: a file's preview (recognised year and unit, differences, rules),
 * confirmation and the stored report; messy and GBK files; hostile files refused with nothing stored; a bulk
 * import of two dozen files with the page kept responsive; and export → import round trips for every format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatById } from '../../src/domain/formats/registry';
import { exportReportXlsx, officialFileName } from '../../src/io/export';
import { DEMO_URL, expect, saveScreenshot, test } from './fixtures';
import { startResponsivenessWatch, stopResponsivenessWatch } from './helpers/responsiveness';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}
const asFile = (name: string, buffer: Buffer, mimeType = XLSX_TYPE): FilePayload => ({ name, mimeType, buffer });

async function openImportPage(page: Page): Promise<void> {
  await page.goto(`${DEMO_URL}#/import`);
  await expect(page.getByRole('heading', { name: '导入统计表文件' })).toBeVisible();
}

async function chooseFiles(page: Page, files: FilePayload[]): Promise<void> {
  await page.getByLabel('选择要导入的统计表文件').setInputFiles(files);
}

const preview = (page: Page) => page.getByRole('region', { name: '导入预览' });
const listRow = (page: Page, fileName: string) => page.locator(`tr.im-row[data-file="${fileName}"]`);

interface StoredReport {
  id: string;
  status: string;
  formatId: string;
  values: Record<string, number | null>;
}

interface StoreCounts {
  units: number;
  reports: number;
  receivedVersions: number;
  cellHistory: number;
}

/** Reads the demo database directly: a unit's report of a year (or undefined), and row counts. */
async function storedReport(page: Page, unitName: string, year: number): Promise<StoredReport | undefined> {
  return page.evaluate(
    ({ unitName, year }) =>
      new Promise<StoredReport | undefined>((resolve, reject) => {
        const open = indexedDB.open('xxgk-demo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(['units', 'reports'], 'readonly');
          const units = tx.objectStore('units').index('name').getAll(unitName);
          units.onsuccess = () => {
            const unit = (units.result as { id: string }[])[0];
            if (!unit) {
              open.result.close();
              resolve(undefined);
              return;
            }
            const get = tx.objectStore('reports').get(`${unit.id}:${year}`);
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result as StoredReport | undefined);
            };
          };
        };
      }),
    { unitName, year },
  );
}

async function storeCounts(page: Page): Promise<StoreCounts> {
  return page.evaluate(
    () =>
      new Promise<StoreCounts>((resolve, reject) => {
        const open = indexedDB.open('xxgk-demo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const names = ['units', 'reports', 'receivedVersions', 'cellHistory'] as const;
          const tx = open.result.transaction([...names], 'readonly');
          const out: Partial<StoreCounts> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (out[name] = count.result);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out as StoreCounts);
          };
        };
      }),
  );
}

const cell = (page: Page, table: string, row: number, col: number) =>
  page.locator(`[data-table=${table}] [row-id=r${row}] [col-id=c${col}]`);

test('a tidy 2021 file: preview with sources and differences, confirm, and the report shows the values', async ({
  page,
}) => {
  await openImportPage(page);
  await chooseFiles(page, [asFile('2021-tidy-one-sheet.xlsx', fixture('2021-tidy-one-sheet.xlsx'))]);
  const p = preview(page);
  await expect(p).toBeVisible();
  await expect(p.getByText('2021年版', { exact: false }).first()).toBeVisible();
  await expect(p.getByLabel('数据年度')).toHaveValue('2024');
  await expect(p.getByText('来自表格标题“某某市交通运输局2024年政府信息公开工作年度报告”').first()).toBeVisible();
  // The file's unit is not in the demo: nothing can be stored until a unit is chosen.
  await expect(p.getByText('请选择导入到哪个单位（或新建单位）。')).toBeVisible();
  await expect(p.getByRole('button', { name: '确认导入' })).toBeDisabled();

  // A completed report is not overwritten without the explicit reopen.
  await p.getByLabel('导入到哪个单位').selectOption({ label: '湛河区财政局' });
  await expect(p.getByText(/有 \d+ 个单元格与现有数据不同/)).toBeVisible();
  await expect(p.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await expect(p.getByText(/重新打开（改为草稿）并用文件中的数据覆盖/)).toBeVisible();

  // A draft report of another unit: differences, rules, then confirm.
  const unit = '湛河区人力资源和社会保障局';
  const before = await storedReport(page, unit, 2024);
  expect(before?.status).toBe('草稿');
  await p.getByLabel('导入到哪个单位').selectOption({ label: unit });
  await expect(p.getByText(/有 \d+ 个单元格与现有数据不同/)).toBeVisible();
  await expect(p.locator('.im-diff tbody tr').first()).toBeVisible();
  await expect(p.getByText('导入后的检查结果', { exact: false })).toBeVisible();
  await saveScreenshot(page, 'import-preview');
  expect((await storedReport(page, unit, 2024))?.values).toEqual(before?.values); // nothing stored yet

  await p.getByRole('button', { name: '确认导入' }).click();
  await expect(p.getByText(/已导入，写入 \d+ 个单元格/)).toBeVisible();
  const after = await storedReport(page, unit, 2024);
  expect(after?.values['t3.received.natural']).toBe(339);
  expect(after?.values['t2.fees.amount']).toBe(68.5203);

  await p.getByRole('link', { name: '打开报表' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(unit) })).toBeVisible();
  await expect(cell(page, 't3', 3, 3)).toHaveText('339');
});

test('a file named for another year than its title: the preview says which year it took and why', async ({ page }) => {
  await openImportPage(page);
  const name = '某某市交通运输局2023年统计表.xlsx';
  await chooseFiles(page, [asFile(name, fixture('2021-tidy-one-sheet.xlsx'))]);
  const p = preview(page);
  await expect(p.getByLabel('数据年度')).toHaveValue('2024');
  await expect(p.getByRole('note')).toHaveText(
    `文件名“${name}”写的是 2023 年，采用表格标题的 2024 年（表格标题优先于文件名），请核对。`,
  );
});

test('a messy .xls and a GBK .csv: blanks, refusals and notes shown, a new unit created, then no difference', async ({
  page,
}) => {
  await openImportPage(page);
  await chooseFiles(page, [
    asFile('2021-messy.xls', fixture('2021-messy.xls'), 'application/vnd.ms-excel'),
    asFile('2021-messy-gbk.csv', fixture('2021-messy-gbk.csv'), 'text/csv'),
  ]);
  const xls = listRow(page, '2021-messy.xls');
  const csv = listRow(page, '2021-messy-gbk.csv');
  await expect(xls.locator('.im-badge')).toHaveText('待确认');
  await expect(csv.locator('.im-badge')).toHaveText('待确认');
  await expect(xls).toContainText('有 2 个值未能读取');
  await expect(xls).toContainText('未找到单位“某某县人民政府办公室”');

  await xls.getByRole('button', { name: '预览' }).click();
  const p = preview(page);
  await expect(p.getByText('有 28 个空白格按 0 读入。')).toBeVisible();
  await expect(p.getByText('未能读取的值（2 个', { exact: false })).toBeVisible();
  await expect(p.locator('.im-small').first()).toContainText('工作表“统计表” E27');
  await expect(p.getByText('来自填报单位一栏', { exact: false })).toBeVisible();
  await p.getByLabel('导入到哪个单位').selectOption({ label: '新建单位“某某县人民政府办公室”' });
  await expect(p.getByRole('textbox', { name: '新单位名称' })).toHaveValue('某某县人民政府办公室');
  await p.getByRole('combobox', { name: '类别' }).selectOption('区县政府本级');
  await p.getByRole('button', { name: '确认导入' }).click();
  await expect(p.getByText(/已导入，写入 \d+ 个单元格/)).toBeVisible();
  const stored = await storedReport(page, '某某县人民政府办公室', 2024);
  expect(stored?.values['t3.disclosed.business'] ?? null).toBeNull(); // refused in the file: left blank

  // The GBK file names the same unit, now found by name; its figures equal what was just stored.
  await csv.getByRole('button', { name: '预览' }).click();
  await expect(p.getByText('文件不是 UTF-8 编码，已按 GBK（GB18030）编码读取。')).toBeVisible();
  await expect(p.getByText('与现有数据一致。')).toBeVisible();
  await p.getByRole('button', { name: '确认导入' }).click();
  await expect(p.getByText('数据与原有一致，已记录收到的文件', { exact: false })).toBeVisible();
  expect((await storeCounts(page)).receivedVersions).toBe(2);
});

test('a renamed PNG and a zip bomb are refused with their reasons and nothing is stored', async ({ page }) => {
  await openImportPage(page);
  const before = await storeCounts(page);
  await chooseFiles(page, [
    asFile('hostile-png-renamed.xlsx', fixture('hostile-png-renamed.xlsx')),
    asFile('hostile-zip-bomb.xlsx', fixture('hostile-zip-bomb.xlsx')),
  ]);
  const png = listRow(page, 'hostile-png-renamed.xlsx');
  const bomb = listRow(page, 'hostile-zip-bomb.xlsx');
  await expect(png.locator('.im-badge')).toHaveText('已拒绝');
  await expect(bomb.locator('.im-badge')).toHaveText('已拒绝');
  await expect(png.locator('.im-reason')).toContainText('不是表格文件');
  await expect(bomb.locator('.im-reason')).toContainText('解压后过大');
  await expect(page.getByRole('status', { name: '导入结果' })).toContainText('0 个已导入，2 个已拒绝，0 个需处理');
  expect(await storeCounts(page)).toEqual(before);
});

test('prior year: X1 in the preview, and last year’s 结转下年度 filled into 上年结转 on import', async ({ page }) => {
  await openImportPage(page);
  const unit = '湛河区教育局';
  // Every change of the preview is watched: once X1 and the comparison with last year are shown, neither may
  // vanish while the row's own check arrives and the stored reports are read again.
  await page.evaluate(() => {
    const w = window as { lostX1?: number };
    w.lostX1 = 0;
    let seen = false;
    new MutationObserver(() => {
      const region = document.querySelector('[aria-label="导入预览"]');
      const shown = Boolean(region?.textContent?.includes('已对照该单位')) && /X1/.test(region?.textContent ?? '');
      if (shown) seen = true;
      else if (seen) w.lostX1 = (w.lostX1 ?? 0) + 1;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const fileName = `${unit}2025年统计表.xlsx`;
  await chooseFiles(page, [asFile(fileName, fixture('2021-sheet-per-table.xlsx'))]);
  const p = preview(page);
  await expect(p.getByText('已对照该单位 2024 年的报表', { exact: false })).toBeVisible();
  const x1 = p.locator('.im-problems li', { hasText: 'X1' });
  expect(await x1.count()).toBeGreaterThan(0);
  await expect(listRow(page, fileName)).not.toContainText('正在核对');
  await expect(p.getByRole('button', { name: '确认导入' })).toBeEnabled();
  expect(await x1.count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { lostX1?: number }).lostX1)).toBe(0);
  const offer = p.getByLabel('用上年“结转下年度继续办理”填入本年“上年结转”');
  await expect(offer).toBeVisible();
  await offer.check();
  await expect(x1).toHaveCount(0);
  await p.getByRole('button', { name: '确认导入' }).click();
  await expect(p.getByText(/已导入，写入 \d+ 个单元格/)).toBeVisible();
  const last = await storedReport(page, unit, 2024);
  const now = await storedReport(page, unit, 2025);
  for (const col of ['natural', 'business', 'research', 'publicInterest', 'legal', 'other']) {
    expect(now?.values[`t3.carriedIn.${col}`]).toBe(last?.values[`t3.carriedOut.${col}`] ?? 0);
  }
});

const DEMO_UNITS = [
  '湛河区人民政府办公室',
  '湛河区发展和改革委员会',
  '湛河区教育局',
  '湛河区公安分局',
  '湛河区财政局',
  '湛河区人力资源和社会保障局',
  '湛河区市场监督管理局',
  '曹镇乡',
  '马庄街道',
  '姚孟街道',
];

test('bulk import of two dozen files: list, 全部导入, summary, and the page stays responsive', async ({ page }) => {
  await openImportPage(page);
  const perTable = fixture('2021-sheet-per-table.xlsx');
  // The file carries no unit or year: both come from its name, as for files named by the sender.
  const files = DEMO_UNITS.flatMap((unit) => [2022, 2023].map((y) => asFile(`${unit}${y}年统计表.xlsx`, perTable)));
  files.push(asFile('湛河区档案馆2023年统计表.xlsx', perTable));
  files.push(asFile('湛河区档案馆2022年统计表.xlsx', perTable));
  files.push(asFile('湛河区财政局2024年统计表.xlsx', perTable)); // a completed report with other figures
  files.push(asFile('区发改委2021年统计表.xlsx', fixture('2021-tidy-one-sheet.xlsx'))); // title names another unit
  files.push(asFile('hostile-png-renamed.xlsx', fixture('hostile-png-renamed.xlsx')));
  expect(files.length).toBeGreaterThanOrEqual(25);

  await startResponsivenessWatch(page);
  await chooseFiles(page, files);
  await expect(page.getByText(`已读取 ${files.length} / ${files.length} 个文件`)).toBeVisible({ timeout: 60_000 });
  const reading = await stopResponsivenessWatch(page);
  console.log(
    `reading ${files.length} files: longest frame gap ${reading.frameGap} ms, longest task ${reading.longTask} ms`,
  );
  expect(reading.frameGap).toBeLessThan(1000);
  expect(reading.longTask).toBeLessThan(1000);

  await expect(listRow(page, '湛河区档案馆2023年统计表.xlsx')).toContainText('未找到单位“湛河区档案馆”');
  await expect(listRow(page, '湛河区财政局2024年统计表.xlsx')).toContainText(/与已有数据不同（\d+ 个单元格）/);
  await expect(listRow(page, 'hostile-png-renamed.xlsx').locator('.im-badge')).toHaveText('已拒绝');
  const importAll = page.getByRole('button', {
    name: /全部导入（20 个可直接导入）/,
  });
  await expect(importAll).toBeEnabled();
  await saveScreenshot(page, 'import-bulk-list');

  // One unmatched row is given a new unit in the list; the other stays for a person.
  await listRow(page, '湛河区档案馆2023年统计表.xlsx')
    .getByLabel('导入到哪个单位')
    .selectOption({ label: '新建单位“湛河区档案馆”' });
  await expect(page.getByRole('button', { name: /全部导入（21 个可直接导入）/ })).toBeEnabled();
  await startResponsivenessWatch(page);
  await page.getByRole('button', { name: /全部导入/ }).click();
  const summary = page.getByRole('status', { name: '导入结果' });
  await expect(summary).toContainText('本次导入结果：21 个已导入，1 个已拒绝，2 个需处理，1 个可直接导入', {
    timeout: 60_000,
  });
  const storing = await stopResponsivenessWatch(page);
  console.log(`storing 21 files: longest frame gap ${storing.frameGap} ms, longest task ${storing.longTask} ms`);
  expect(storing.frameGap).toBeLessThan(1000);
  expect(storing.longTask).toBeLessThan(1000);
  await saveScreenshot(page, 'import-bulk-summary');

  // The second file of the new unit is now matched by name; the conflict opens its own preview.
  await expect(listRow(page, '湛河区档案馆2022年统计表.xlsx')).toContainText('可导入（新报表）');
  await listRow(page, '湛河区财政局2024年统计表.xlsx').getByRole('button', { name: '预览' }).click();
  await expect(preview(page).getByText(/有 \d+ 个单元格与现有数据不同/)).toBeVisible();
  expect(typeof (await storedReport(page, '湛河区教育局', 2023))?.values['t3.received.natural']).toBe('number');
  expect((await storedReport(page, '湛河区档案馆', 2023))?.formatId).toBe('national-2021');
});

/** Exports a stored report with the app's exporter and imports the file again: nothing may differ. */
async function roundTrip(page: Page, unitName: string, year: number): Promise<void> {
  const stored = await storedReport(page, unitName, year);
  if (!stored) throw new Error(`no report ${unitName} ${year}`);
  const format = formatById(stored.formatId);
  if (!format) throw new Error(`unknown format ${stored.formatId}`);
  const bytes = await exportReportXlsx({
    format,
    values: stored.values,
    unitName,
    year,
  });
  const name = officialFileName(year, unitName);
  await chooseFiles(page, [asFile(name, Buffer.from(bytes))]);
  const p = preview(page);
  await expect(p.getByRole('heading', { name: new RegExp(`导入预览：${name}`) })).toBeVisible();
  await expect(p.getByLabel('数据年度')).toHaveValue(String(year));
  await expect(p.getByText('与现有数据一致。')).toBeVisible();
  await p.getByRole('button', { name: '确认导入' }).click();
  await expect(p.getByText('数据与原有一致，已记录收到的文件', { exact: false })).toBeVisible();
  expect((await storedReport(page, unitName, year))?.values).toEqual(stored.values);
}

async function importAsNewUnit(page: Page, fileName: string, unitName: string): Promise<void> {
  await chooseFiles(page, [asFile(fileName, fixture(fileName))]);
  const p = preview(page);
  await p.getByLabel('导入到哪个单位').selectOption({ label: `新建单位“${unitName}”` });
  await p.getByRole('button', { name: '确认导入' }).click();
  await expect(p.getByText(/已导入，写入 \d+ 个单元格/)).toBeVisible();
}

test('export → import round trips keep every value in the 2021, 2019 and legacy formats', async ({ page }) => {
  await openImportPage(page);
  // 2021: a completed demo report without blank cells.
  const clean = await storedReport(page, '湛河区人民政府办公室', 2024);
  expect(Object.values(clean?.values ?? {}).every((v) => v !== null)).toBe(true);
  await roundTripCompleted(page, '湛河区人民政府办公室', 2024);
  // 2019 and legacy: reports made by importing the tidy fixtures, then exported and imported again.
  await importAsNewUnit(page, '2019-tidy-one-sheet.xlsx', '某某区人民政府');
  await roundTrip(page, '某某区人民政府', 2020);
  await importAsNewUnit(page, 'legacy-2016-tidy.xlsx', '某某县民政局');
  await roundTrip(page, '某某县民政局', 2016);
});

/** A completed report's round trip: the preview shows no difference but asks for the reopen confirmation. */
async function roundTripCompleted(page: Page, unitName: string, year: number): Promise<void> {
  const stored = await storedReport(page, unitName, year);
  if (!stored) throw new Error(`no report ${unitName} ${year}`);
  expect(stored.status).toBe('已完成');
  const format = formatById(stored.formatId);
  if (!format) throw new Error(`unknown format ${stored.formatId}`);
  const bytes = await exportReportXlsx({
    format,
    values: stored.values,
    unitName,
    year,
  });
  await chooseFiles(page, [asFile(officialFileName(year, unitName), Buffer.from(bytes))]);
  const p = preview(page);
  await expect(p.getByText('与现有数据一致。')).toBeVisible();
  await expect(p.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await p.getByText(/重新打开（改为草稿）并用文件中的数据覆盖/).click();
  await p.getByRole('button', { name: '确认导入' }).click();
  await expect(p.getByText('数据与原有一致，已记录收到的文件', { exact: false })).toBeVisible();
  const after = await storedReport(page, unitName, year);
  expect(after?.values).toEqual(stored.values);
  expect(after?.status).toBe('草稿');
}
