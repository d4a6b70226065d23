import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { BACKUP_VERSION } from '../../src/domain/backup/backup-shape';
import { DEMO_URL, expect, saveScreenshot, test } from './fixtures';

const FIELD = 't2.regulations.issued';
const UNIT = '湛河区教育局';

/** The stored value of one cell of the demo's 2025 report of `UNIT`, read straight from IndexedDB. */
async function storedValue(page: Page): Promise<number | null> {
  return (await storedCells(page, [FIELD]))[0] ?? null;
}

/**
 * Writes a cell behind the app's back, as another tab would: this test is about the backup, the grid's editing
 * has tests of its own. Returns the value stored before.
 */
async function overwrite(page: Page, value: number): Promise<number | null> {
  return page.evaluate(writeCell, { field: FIELD, unit: UNIT, write: value });
}

function writeCell(args: { field: string; unit: string; write: number }): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('xxgk-demo');
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['units', 'reports'], 'readwrite');
      const units = tx.objectStore('units').index('name').getAll(args.unit);
      units.onsuccess = () => {
        const unit = (units.result as { id: string }[])[0];
        if (!unit) return reject(new Error(`no unit ${args.unit}`));
        const reports = tx.objectStore('reports');
        const get = reports.get(`${unit.id}:2025`);
        get.onsuccess = () => {
          const row = get.result as { values: Record<string, number | null>; rev: number };
          const before = row.values[args.field] ?? null;
          row.values[args.field] = args.write;
          row.rev += 1;
          reports.put(row);
          tx.oncomplete = () => {
            db.close();
            resolve(before);
          };
        };
      };
    };
  });
}

test('back up the demo workspace, change a value, restore the backup and get the old value back', async ({ page }) => {
  await page.goto(`${DEMO_URL}#/backup`);
  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  const download = await downloading;
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^政府信息公开年报_备份_演示数据_\d{8}-\d{4}\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ kind: 'xxgk-backup', version: BACKUP_VERSION, workspace: 'demo' });
  await expect(page.getByRole('status').filter({ hasText: '已生成备份文件' })).toBeVisible();
  await expect(page.getByText(/上次备份：/)).toBeVisible();

  const original = await overwrite(page, 999);
  expect(original).not.toBe(999);

  // A file that is not a backup is refused with a reason, and nothing changes.
  await page
    .getByLabel('选择备份文件')
    .setInputFiles({ name: '随便.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await expect(page.getByRole('alert')).toContainText('这不是本工具的备份文件');

  await page
    .getByLabel('选择备份文件')
    .setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(text) });
  const row = page.locator('.bk-row').filter({ hasText: `${UNIT} 2025 年` });
  await expect(row).toContainText('有差异');
  await row.getByText('1 个单元格不同').click();
  await expect(row.locator('.bk-diff tbody tr')).toHaveCount(1);
  await expect(row.locator('.bk-diff tbody td').nth(1)).toHaveText('999');
  await expect(row.locator('.bk-diff tbody td').nth(2)).toHaveText(String(original ?? '（空）'));
  await saveScreenshot(page, 'backup-restore-preview');
  expect(await storedValue(page)).toBe(999); // nothing stored before confirming

  await page.getByLabel('全部替换（当前数据将被备份文件取代）').check();
  await page.getByRole('button', { name: '全部替换…' }).click();
  await page.getByRole('button', { name: '确定全部替换' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已用备份文件替换全部数据' })).toContainText(
    '1 个单元格的数值有变化',
  );
  expect(await storedValue(page)).toBe(original);
  await saveScreenshot(page, 'backup-restore-done');
});

/** The stored values of some cells of the demo's 2025 report of `UNIT`, read straight from IndexedDB. */
function storedCells(page: Page, fields: string[]): Promise<(number | null)[]> {
  return page.evaluate(
    (args) =>
      new Promise<(number | null)[]>((resolve, reject) => {
        const open = indexedDB.open('xxgk-demo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['units', 'reports'], 'readonly');
          const units = tx.objectStore('units').index('name').getAll(args.unit);
          units.onsuccess = () => {
            const unit = (units.result as { id: string }[])[0];
            if (!unit) return reject(new Error(`no unit ${args.unit}`));
            const get = tx.objectStore('reports').get(`${unit.id}:2025`);
            get.onsuccess = () => {
              const values = (get.result as { values: Record<string, number | null> }).values;
              resolve(args.fields.map((f) => values[f] ?? null));
              db.close();
            };
          };
        };
      }),
    { unit: UNIT, fields },
  );
}

test('a hand-edited backup with −5, 1.5 and 1e300 in count cells: listed before restoring, the rest restored', async ({
  page,
}) => {
  await page.goto(`${DEMO_URL}#/backup`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '备份全部数据' }).click();
  const download = await downloading;
  const doc = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    units: { id: string; name: string }[];
    reports: { unitId: string; year: number; values: Record<string, number | null> }[];
  };
  const unitId = doc.units.find((u) => u.name === UNIT)?.id;
  const report = doc.reports.find((r) => r.unitId === unitId && r.year === 2025);
  if (!report) throw new Error('the backup has no 2025 report of the unit');
  const bad = { 't3.received.natural': -5, 't3.received.business': 1.5, 't4.review.upheld': 1e300 };
  Object.assign(report.values, bad);
  const kept = 't2.regulations.issued';
  const keptValue = report.values[kept] ?? null;
  // A value typed since the backup, which the restore must bring back to the file's figure.
  await overwrite(page, 777);

  await page
    .getByLabel('选择备份文件')
    .setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  const listed = page.locator('.bk-refused');
  await expect(listed).toContainText('以下 3 个数值不符合所在单元格的要求');
  const items = listed.locator('li');
  await expect(items).toHaveCount(3);
  for (const text of await items.allTextContents()) expect(text).toContain(`${UNIT}`);
  await expect(listed).toContainText('2025');
  await expect(listed).toContainText('-5');
  await expect(listed).toContainText('1.5');
  await saveScreenshot(page, 'backup-restore-refused');
  expect(await storedValue(page)).toBe(777); // nothing stored before confirming

  await page.getByLabel('全部替换（当前数据将被备份文件取代）').check();
  await page.getByRole('button', { name: '全部替换…' }).click();
  await page.getByRole('button', { name: '确定全部替换' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已用备份文件替换全部数据' })).toBeVisible();
  expect(await storedCells(page, [...Object.keys(bad), kept])).toEqual([null, null, null, keptValue]);
});
