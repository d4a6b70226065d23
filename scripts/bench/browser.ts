/** The Chromium the benchmarks drive (Debian's, as the end-to-end tests use) and small page helpers. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions, VIEWPORT } from '../../tests/e2e/browser';

export function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export function newContext(browser: Browser, serviceWorkers: 'allow' | 'block'): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', serviceWorkers });
}

/** Opens a bench page and waits until it has put its API on `window.bench`. */
export async function openBenchPage(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}bench/${name}.html`);
  await page.waitForFunction(() => (window as { bench?: unknown }).bench !== undefined);
}

/**
 * In the page: the first grid cell that shows a plain number, focused. Resolves to `performance.now()` (ms since
 * the navigation started) once a cell both shows a value and holds keyboard focus, else false (polled per frame).
 */
export function gridInteractiveAt(): number | false {
  for (const cell of document.querySelectorAll<HTMLElement>('[data-table] .ag-cell')) {
    if (!/^\d+(\.\d+)?$/.test(cell.textContent?.trim() ?? '')) continue;
    cell.focus();
    return document.activeElement === cell ? performance.now() : false;
  }
  return false;
}
