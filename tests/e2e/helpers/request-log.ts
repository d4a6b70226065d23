/**
 * Every request a browser context makes, its pages' and its service worker's alike (Chromium reports the
 * worker's fetches on the context), so a test can prove that nothing leaves the app's origin.
 */
import type { BrowserContext } from '@playwright/test';

export interface RequestLog {
  /** Every URL requested so far, in order. */
  urls: string[];
  /** The requested URLs that would leave `origin` (data: and blob: URLs never leave the browser). */
  foreign: (origin: string) => string[];
}

export function recordRequests(context: BrowserContext): RequestLog {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return {
    urls,
    foreign: (origin) =>
      urls.filter((url) => {
        const parsed = new URL(url);
        if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
        return parsed.origin !== origin;
      }),
  };
}
