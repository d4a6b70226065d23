/**
 * Hostile published reports in Chromium, chosen together on the import page: a .docx zip bomb, a PDF of a
 * million objects, a 50 MB web page and a scanned PDF are each refused with a Chinese reason in bounded time,
 * the page keeps drawing frames meanwhile, nothing is stored, and the good web page beside them is read without
 * a single request leaving the app (its stylesheet, script and image name another host).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_URL, expect, test } from './fixtures';
import { readImportStores } from './helpers/raw-db';
import { recordRequests } from './helpers/request-log';
import { startResponsivenessWatch, stopResponsivenessWatch } from './helpers/responsiveness';
import { millionObjectPdf } from '../fixtures/published/hostile-pdf';

const DIR = path.join(import.meta.dirname, '../fixtures/published');

test('hostile published reports are refused in bounded time with the page responsive; a page requests nothing', async ({
  page,
  context,
}) => {
  const requests = recordRequests(context);
  // Files are handed over by path, as a file chooser does: a buffer would be rebuilt by page script (a long task
  // of the test's own, not the app's).
  const tmp = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  const huge = path.join(tmp, '年报-50MB.html');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  const million = path.join(tmp, '百万对象.pdf');
  writeFileSync(million, millionObjectPdf());
  try {
    await page.goto(`${DEMO_URL}#/import`);
    await expect(page.getByRole('heading', { name: '导入统计表文件' })).toBeVisible();
    const before = await readImportStores(page);
    const input = page.getByLabel('选择要导入的统计表文件');
    await startResponsivenessWatch(page);
    const t0 = Date.now();
    await input.setInputFiles([
      path.join(DIR, 'hostile-zip-bomb.docx'),
      path.join(DIR, 'hostile-scanned.pdf'),
      path.join(DIR, '2021-agreeing.html'),
      huge,
      million,
    ]);
    const row = (name: string) => page.locator(`tr.im-row[data-file="${name}"]`);
    await expect(page.getByText('已读取 5 / 5 个文件')).toBeVisible({ timeout: 40_000 });
    const elapsed = Date.now() - t0;
    const watch = await stopResponsivenessWatch(page);
    console.log(
      `hostile files: ${elapsed} ms; longest frame gap ${watch.frameGap} ms, longest task ${watch.longTask} ms`,
    );
    expect(watch.frameGap).toBeLessThan(1000);
    expect(watch.longTask).toBeLessThan(1000);

    await expect(row('hostile-zip-bomb.docx')).toContainText('解压后过大');
    await expect(row('hostile-scanned.pdf')).toContainText('没有文字层');
    await expect(row('年报-50MB.html')).toContainText('文件太大');
    await expect(row('百万对象.pdf')).toContainText(/页|损坏|超时/u);
    for (const name of ['hostile-zip-bomb.docx', 'hostile-scanned.pdf', '年报-50MB.html', '百万对象.pdf']) {
      await expect(row(name).locator('.im-badge'), name).toHaveText('已拒绝');
    }
    await expect(row('2021-agreeing.html').locator('.im-badge')).not.toHaveText('已拒绝');

    const after = await readImportStores(page);
    expect(after.reports.length).toBe(before.reports.length);
    expect(after.receivedVersions.length).toBe(before.receivedVersions.length);
    expect(requests.foreign(new URL(page.url()).origin)).toEqual([]);
    expect(readFileSync(path.join(DIR, '2021-agreeing.html'), 'utf8')).toContain('https://portal.invalid/');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
