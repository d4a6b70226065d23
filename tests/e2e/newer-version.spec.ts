import type { Page } from '@playwright/test';
import { CURRENT_SCHEMA_VERSION } from '@/storage/db';
import { DEMO_URL, expect, test } from './fixtures';

interface RawState {
  version: number;
  stores: string[];
  units: number;
}

/** The demo database as stored, read with the raw IndexedDB API (opened at whatever version it has). */
function readRaw(page: Page): Promise<RawState> {
  return page.evaluate(
    () =>
      new Promise<RawState>((resolve, reject) => {
        const open = indexedDB.open('xxgk-demo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('units').objectStore('units').count();
          count.onsuccess = () => {
            resolve({ version: db.version, stores: [...db.objectStoreNames].sort(), units: count.result });
            db.close();
          };
          count.onerror = () => reject(new Error(String(count.error)));
        };
      }),
  );
}

/** What a newer release of the tool does on its first start: one more schema version, with a store of its own. */
function upgradeAsNewerRelease(page: Page, nativeVersion: number): Promise<void> {
  return page.evaluate(
    (version) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('xxgk-demo', version);
        open.onupgradeneeded = () => open.result.createObjectStore('laterFeature', { keyPath: 'id' });
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
    nativeVersion,
  );
}

test('a database saved by a newer release gets its own message and is left exactly as it was', async ({ page }) => {
  await page.goto(DEMO_URL);
  await expect(page.getByRole('rowheader', { name: '湛河区教育局' })).toBeVisible();
  const newer = (CURRENT_SCHEMA_VERSION + 1) * 10;

  // A newer tab upgrades the database; this (older) page is told and asks for a reload.
  await upgradeAsNewerRelease(page, newer);
  await expect(page.getByRole('alert').filter({ hasText: '已在另一个窗口中更新' })).toBeVisible();
  const before = await readRaw(page);
  expect(before.version).toBe(newer);

  // The old page is loaded again (an old cached copy meets the upgraded data): its own plain message, no pages.
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: '更新版本的本工具保存' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('数据没有任何改动');
  await expect(alert.getByRole('button', { name: '刷新本页' })).toBeVisible();
  await expect(page.getByText('保存到浏览器数据库时出错')).toHaveCount(0);
  await expect(page.getByRole('rowheader', { name: '湛河区教育局' })).toHaveCount(0);

  // Nothing changed: same version (no schema patch by the old code), same stores, same rows.
  expect(await readRaw(page)).toEqual(before);
});
