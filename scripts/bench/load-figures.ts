/**
 * Figure 5: first load from the service worker to an interactive grid, and the JavaScript a page loads.
 * Both pages are visited twice first (the service worker installs, then serves a complete cache); each timed
 * load starts from about:blank, so it is a full document load answered by the worker.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { BenchWindow, GridBench } from '../../bench/bench-api';
import { gridInteractiveAt, newContext } from './browser';
import { type Figure, median } from './measure';
import { APP_OUT } from './serve';

const LOADS = 7;
const DEMO_UNIT = '湛河区发展和改革委员会';

async function timeLoads(page: Page, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page.waitForFunction(gridInteractiveAt, undefined, { polling: 'raf', timeout: 60_000 });
    samples.push(Number(await at.jsonValue()));
  }
  return samples;
}

/** Scripts the page itself requested (answered by the network or its service worker), as local file paths. */
async function scriptsOf(page: Page, url: string): Promise<string[]> {
  const scripts = new Set<string>();
  const onRequest = (request: { resourceType: () => string; url: () => string }) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  };
  page.on('request', onRequest);
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(gridInteractiveAt, undefined, { polling: 'raf', timeout: 60_000 }).catch(() => null);
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  return [...scripts].map((p) => `${APP_OUT}${decodeURIComponent(p)}`);
}

async function scriptsOfHome(page: Page, url: string): Promise<string[]> {
  const scripts = new Set<string>();
  const onRequest = (request: { resourceType: () => string; url: () => string }) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  };
  page.on('request', onRequest);
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  return [...scripts].map((p) => `${APP_OUT}${decodeURIComponent(p)}`);
}

export async function gzipKB(files: readonly string[]): Promise<{ kb: number; detail: string }> {
  const sizes = await Promise.all(
    files.map(async (f) => ({ f: f.slice(f.lastIndexOf('/') + 1), kb: gzipSync(await readFile(f)).length / 1024 })),
  );
  sizes.sort((a, b) => b.kb - a.kb);
  return {
    kb: sizes.reduce((s, x) => s + x.kb, 0),
    detail: sizes.map((s) => `${s.f} ${s.kb.toFixed(1)}`).join(', '),
  };
}

/** The demo workspace's first report that has figures, found from its home page as a clerk would open it. */
async function demoReportUrl(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}?workspace=demo`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // A department's draft with figures in it: the grid is editable, as when a clerk is filling it in.
  const open = page.getByRole('button', { name: `打开${DEMO_UNIT}2025年度报告`, exact: true });
  await open.click({ timeout: 60_000 });
  await page.waitForFunction(gridInteractiveAt, undefined, { polling: 'raf', timeout: 60_000 });
  return page.url();
}

async function warm(context: BrowserContext, page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(gridInteractiveAt, undefined, { polling: 'raf', timeout: 60_000 });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });
}

export async function loadFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const appContext = await newContext(browser, 'allow');
  const appPage = await appContext.newPage();
  const reportUrl = await demoReportUrl(appPage, baseUrl);
  await warm(appContext, appPage, reportUrl);
  const ours = await timeLoads(appPage, reportUrl);
  const reportJs = await gzipKB(await scriptsOf(appPage, reportUrl));
  const homeJs = await gzipKB(await scriptsOfHome(appPage, baseUrl));
  await appContext.close();

  const bareContext = await newContext(browser, 'allow');
  const barePage = await bareContext.newPage();
  const bareUrl = `${baseUrl}bench/grid.html`;
  await warm(bareContext, barePage, bareUrl);
  await barePage.evaluate(() => ((window as BenchWindow).bench as GridBench).swReady());
  await warm(bareContext, barePage, bareUrl);
  const bare = await timeLoads(barePage, bareUrl);
  const bareJs = await gzipKB(await scriptsOf(barePage, bareUrl));
  await bareContext.close();

  return [
    {
      name: `报表页首次加载到表格可操作（Service Worker 缓存，${LOADS} 次中位数）`,
      ms: median(ours),
      baselineName: 'React + 同样的表格模块的空白页',
      baselineMs: median(bare),
      targetRatio: 1.2,
      note: `samples ${ours.map((x) => x.toFixed(0)).join(', ')} vs ${bare.map((x) => x.toFixed(0)).join(', ')} ms`,
    },
    {
      name: '报表页首次加载的 JavaScript（gzip）',
      ms: reportJs.kb,
      baselineName: '空白表格页',
      baselineMs: bareJs.kb,
      targetMs: 350,
      unit: 'KB',
      note: reportJs.detail,
    },
    {
      name: '首页首次加载的 JavaScript（gzip）',
      ms: homeJs.kb,
      baselineName: '空白表格页',
      baselineMs: bareJs.kb,
      unit: 'KB',
      note: homeJs.detail,
    },
  ];
}
