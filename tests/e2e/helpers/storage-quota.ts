/**
 * A full disk, simulated with the DevTools protocol: `Storage.overrideQuotaForOrigin` shrinks the origin's
 * quota. Chromium's IndexedDB keeps the space it may use cached for up to about half a minute, so after the
 * override a small probe write (into a database of its own, never the app's) is repeated until the browser
 * refuses it: from then on every write of the app is refused too.
 */
import { expect, type CDPSession, type Page } from '@playwright/test';
import { BASE_URL } from '../browser';
import { cdpSession } from '../fixtures';

const PROBE_DB = 'quota-probe';

/** Writes ten bytes into the probe database; returns 'stored' or the name of the error that refused it. */
function probeWrite(page: Page): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onerror = () => resolve(open.error?.name ?? 'open failed');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('probe', 'readwrite');
          tx.objectStore('probe').put('0123456789', Date.now());
          tx.oncomplete = () => {
            db.close();
            resolve('stored');
          };
          tx.onabort = () => {
            db.close();
            resolve(tx.error?.name ?? 'aborted');
          };
        };
      }),
    PROBE_DB,
  );
}

export interface FullDisk {
  /** Gives the origin its normal quota back and waits until writes are accepted again. */
  restore: () => Promise<void>;
}

/** Shrinks the quota of the app's origin to one byte and waits until the browser really refuses writes. */
export async function fillDisk(page: Page): Promise<FullDisk> {
  const session: CDPSession = await cdpSession(page);
  const origin = new URL(BASE_URL).origin;
  await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await expect
    .poll(() => probeWrite(page), { timeout: 90_000, intervals: [1_000], message: 'the quota override takes effect' })
    .toBe('QuotaExceededError');
  return {
    restore: async () => {
      await session.send('Storage.overrideQuotaForOrigin', { origin });
      await expect
        .poll(() => probeWrite(page), { timeout: 90_000, intervals: [500], message: 'the normal quota is back' })
        .toBe('stored');
      await session.detach();
    },
  };
}
