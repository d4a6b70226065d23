import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_URL, expect, reloadControlled, serviceWorkerActivated, test } from './fixtures';

declare global {
  interface Window {
    stillTheSamePage?: boolean;
  }
}

// `vite preview` reads dist/ on every request, so changing sw.js there is a deployment of a new version.
// (Routing the request does not work: the browser's update check of a service worker bypasses page routes.)
const SW_FILE = path.resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist', 'sw.js');

test('a new version waits for the user: “有新版本，点击更新” and no reload until clicked', async ({ page }) => {
  await page.goto(DEMO_URL);
  expect(await serviceWorkerActivated(page)).toBe('activated');
  expect(await reloadControlled(page)).toBe(true);

  const deployed = await readFile(SW_FILE);
  try {
    await appendFile(SW_FILE, '\n// next version\n');
    await page.evaluate(async () => {
      window.stillTheSamePage = true;
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const update = page.getByRole('button', { name: '有新版本，点击更新' });
    await expect(update).toBeVisible();
    expect(await page.evaluate(() => window.stillTheSamePage)).toBe(true);

    await Promise.all([page.waitForEvent('load'), update.click()]);
    expect(await page.evaluate(() => window.stillTheSamePage)).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(update).toHaveCount(0);
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting?.state ?? null;
    });
    expect(waiting).toBeNull();
  } finally {
    await writeFile(SW_FILE, deployed);
  }
});
