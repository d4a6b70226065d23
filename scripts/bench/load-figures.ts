/**
 * First load from the service worker to an interactive grid, and the JavaScript a page loads. Both pages are
 * visited twice first (the service worker installs, then serves a complete cache); each timed load starts from
 * about:blank, so it is a full document load answered by the worker; ours and the bare page alternate.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { BenchWindow, GridBench, OfficeBench } from '../../bench/bench-api';
import { gridInteractiveAt, newContext, openBenchPage } from './browser';
import { type Figure, median, samplesNote, timePairs } from './measure';
import { APP_OUT } from './serve';

const DEMO_UNIT = '湛河区发展和改革委员会';

/** One load from about:blank until a cell showing a number holds focus, in ms since navigation start. */
async function timeLoad(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const at = await page.waitForFunction(gridInteractiveAt, undefined, { polling: 'raf', timeout: 60_000 });
  return Number(await at.jsonValue());
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

/** `first-load` (alternated with the bare grid page pair by pair) and `report-js`, with the home page's size. */
export async function loadFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const appContext = await newContext(browser, 'allow');
  const appPage = await appContext.newPage();
  const reportUrl = await demoReportUrl(appPage, baseUrl);
  await warm(appContext, appPage, reportUrl);

  const bareContext = await newContext(browser, 'allow');
  const barePage = await bareContext.newPage();
  const bareUrl = `${baseUrl}bench/grid.html`;
  await warm(bareContext, barePage, bareUrl);
  await barePage.evaluate(() => ((window as BenchWindow).bench as GridBench).swReady());
  await warm(bareContext, barePage, bareUrl);

  const [ours, bare] = await timePairs(
    () => timeLoad(appPage, reportUrl),
    () => timeLoad(barePage, bareUrl),
  );
  const reportJs = await gzipKB(await scriptsOf(appPage, reportUrl));
  const homeJs = await gzipKB(await scriptsOfHome(appPage, baseUrl));
  const bareJs = await gzipKB(await scriptsOf(barePage, bareUrl));
  await appContext.close();
  await bareContext.close();

  return [
    {
      id: 'first-load',
      name: '报表页首次加载到表格可操作（Service Worker 缓存）',
      ms: median(ours),
      baselineName: 'React + 同样的表格模块的空白页',
      baselineMs: median(bare),
      targetRatio: 1.2,
      note: samplesNote(ours, bare),
    },
    {
      id: 'report-js',
      name: '报表页首次加载的 JavaScript（gzip）',
      ms: reportJs.kb,
      baselineName: '空白表格页',
      baselineMs: bareJs.kb,
      targetMs: 320,
      unit: 'KB',
      note: reportJs.detail,
    },
    {
      id: 'home-js',
      name: '首页首次加载的 JavaScript（gzip）',
      ms: homeJs.kb,
      baselineName: '空白表格页',
      baselineMs: bareJs.kb,
      unit: 'KB',
      note: homeJs.detail,
    },
  ];
}

/** A context whose app database holds `units` units, and the report page's address of unit 1's 2025 report. */
async function workspaceWith(browser: Browser, baseUrl: string, units: number) {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await openBenchPage(page, baseUrl, 'office');
  const id = await page.evaluate((n) => ((window as BenchWindow).bench as OfficeBench).seedReportUnits(n), units);
  const url = `${baseUrl}#/report/${encodeURIComponent(id)}`;
  await timeLoad(page, url); // code compiled and cached once before the timed loads
  return { context, page, url };
}

/** `report-page-1000-units`: the report page's load with 1,000 units in the workspace against 10, in pairs. */
export async function reportPageUnitsFigure(browser: Browser, baseUrl: string): Promise<Figure> {
  const big = await workspaceWith(browser, baseUrl, 1000);
  const small = await workspaceWith(browser, baseUrl, 10);
  const [ours, base] = await timePairs(
    () => timeLoad(big.page, big.url),
    () => timeLoad(small.page, small.url),
  );
  await big.context.close();
  await small.context.close();
  return {
    id: 'report-page-1000-units',
    name: '报表页加载（工作区有 1,000 个单位）',
    ms: median(ours),
    baselineName: '同一报表页，工作区有 10 个单位',
    baselineMs: median(base),
    targetRatio: 1.1,
    note: samplesNote(ours, base),
  };
}
