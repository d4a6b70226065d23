/**
 * Shared harness for the end-to-end tests: a `test` whose pages are watched for console errors, uncaught
 * exceptions and Content-Security-Policy violations (any of them fails the test unless it opts out), plus
 * helpers for what later tests need: persistent profiles, DevTools protocol sessions, the service worker,
 * screenshots.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  chromium,
  expect,
  test as base,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { BASE_URL, VIEWPORT, chromiumLaunchOptions } from './browser';

export { expect };
export { BASE_URL, DEMO_URL } from './browser';

export const SCREENSHOT_DIR = path.join(import.meta.dirname, 'screenshots');
const TMP_DIR = path.join(import.meta.dirname, '.tmp');

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

declare global {
  interface Window {
    reportCspViolation?: (description: string) => void;
  }
}

/** Starts recording a page's problems; CSP violations come from a listener installed before any page script. */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  await page.exposeFunction('reportCspViolation', (description: string) => {
    problems.cspViolations.push(description);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportCspViolation?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return problems;
}

export function expectNoProblems(problems: PageProblems): void {
  expect(problems, 'console errors, uncaught exceptions or CSP violations').toEqual({
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
  });
}

interface HarnessFixtures {
  /** Set to true (test.use) in a test that provokes errors on purpose and checks `problems` itself. */
  allowPageProblems: boolean;
  problems: PageProblems;
}

export const test = base.extend<HarnessFixtures>({
  allowPageProblems: [false, { option: true }],
  problems: [
    async ({ page, allowPageProblems }, use) => {
      const problems = await watchPage(page);
      await use(problems);
      if (!allowPageProblems) expectNoProblems(problems);
    },
    { auto: true },
  ],
});

/**
 * A browser profile on disk: IndexedDB and the service worker survive closing it, as in a real browser that is
 * quit and started again. Reuse `userDataDir` for the second launch; remove it with `removeProfile`.
 */
export async function launchPersistent(
  userDataDir: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...chromiumLaunchOptions,
    baseURL: BASE_URL,
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'allow',
    ...options,
  });
}

export async function newProfileDir(): Promise<string> {
  await mkdir(TMP_DIR, { recursive: true });
  return mkdtemp(path.join(TMP_DIR, 'profile-'));
}

export async function removeProfile(userDataDir: string): Promise<void> {
  await rm(userDataDir, { recursive: true, force: true });
}

/** A DevTools protocol session, e.g. for `Page.crash` or `Storage.overrideQuotaForOrigin`. */
export async function cdpSession(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Waits until the page's service worker is installed and activated; returns its state. */
export async function serviceWorkerActivated(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker) return 'none';
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
    }
    return worker.state;
  });
}

/** Reloads and reports whether a service worker now controls the page (needed before going offline). */
export async function reloadControlled(page: Page): Promise<boolean> {
  await page.reload();
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Whether CJK text really renders with the element's fonts: two different characters are drawn on a canvas
 * and must each leave ink and differ. Without a CJK font both come out as the same empty box (or nothing).
 */
export async function cjkGlyphsRender(page: Page, selector: string, sample = '政府'): Promise<boolean> {
  return page.evaluate(
    ({ selector, sample }) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no element ${selector}`);
      const family = getComputedStyle(element).fontFamily;
      const draw = (char: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d canvas');
        context.font = `48px ${family}`;
        context.fillText(char, 8, 52);
        return Array.from(context.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3));
      };
      const [first, second] = [...sample].slice(0, 2).map(draw);
      if (!first || !second) throw new Error('the sample needs two characters');
      const inked = (alpha: number[]) => alpha.some((a) => a > 0);
      return inked(first) && inked(second) && first.some((a, i) => a !== second[i]);
    },
    { selector, sample },
  );
}
