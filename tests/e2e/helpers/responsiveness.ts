/** Whether a page stays responsive while it works: the longest gap between animation frames and longest task. */
import type { Page } from '@playwright/test';

interface Watch {
  longestFrameGap: number;
  longestTask: number;
  stopFrames: boolean;
}

/** Starts recording, in the page, the longest gap between animation frames and the longest task. */
export async function startResponsivenessWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Watch;
    w.longestFrameGap = 0;
    w.longestTask = 0;
    w.stopFrames = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.longestFrameGap = Math.max(w.longestFrameGap, now - last);
      last = now;
      if (!w.stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

export async function stopResponsivenessWatch(page: Page): Promise<{ frameGap: number; longTask: number }> {
  return page.evaluate(() => {
    const w = window as unknown as Watch;
    w.stopFrames = true;
    return { frameGap: Math.round(w.longestFrameGap), longTask: Math.round(w.longestTask) };
  });
}
