/**
 * Figures measured in Chromium against the bench pages and the app: import of 200 files, edit-to-durable
 * latency, the office dashboard and consolidation over 300 units × 5 years, long tasks while importing 100 files.
 */
import type { Browser, Page } from '@playwright/test';
import type { BenchWindow, ImportBench, OfficeBench, PdfBench, WriteBench } from '../../bench/bench-api';
import { unitFileName, unitName } from '../../bench/bench-api';
import { newContext, openBenchPage } from './browser';
import { type Figure, median, PAIRS, percentile, samplesNote, timePairs } from './measure';
import { BENCH_OUT, BENCH_PDF } from './serve';

const importApi = (page: Page) => ({
  load: (n: number) => page.evaluate((c) => ((window as BenchWindow).bench as ImportBench).load(c), n),
  app: (n: number, parseOnly: boolean) =>
    page.evaluate(([c, p]) => ((window as BenchWindow).bench as ImportBench).importApp(c, p), [n, parseOnly] as const),
  raw: (n: number, store: boolean) =>
    page.evaluate(([c, s]) => ((window as BenchWindow).bench as ImportBench).importRaw(c, s), [n, store] as const),
});

/** `import-200` (parse + store) and `import-parse-200` (reading alone), each alternated pair by pair. */
export async function importFigures(browser: Browser, baseUrl: string, files: number): Promise<Figure[]> {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await openBenchPage(page, baseUrl, 'import');
  const api = importApi(page);
  await api.load(files);
  let stored = 0;
  const failures: string[] = [];
  const [ours, raw] = await timePairs(
    async () => {
      const r = await api.app(files, false);
      stored = r.stored;
      failures.push(...r.failures);
      return r.ms;
    },
    async () => (await api.raw(files, true)).ms,
  );
  const [parseOurs, parseRaw] = await timePairs(
    async () => (await api.app(files, true)).ms,
    async () => (await api.raw(files, false)).ms,
  );
  const commits = await page.evaluate((n) => ((window as BenchWindow).bench as ImportBench).commitFloor(n), files);
  await context.close();
  const commitNote =
    `; the commit alone, file by file: ${median(commits.ours).toFixed(1)} ms a file, against the same rows ` +
    `written bare in one strict transaction (unit, report, ${Math.round(commits.historyRows / files)} history ` +
    `rows, receipt, received version): ${median(commits.floor).toFixed(1)} ms by Dexie, ` +
    `${median(commits.afterReads).toFixed(1)} ms by Dexie after the new unit's round of reads (name, format ` +
    `setting), ${median(commits.native).toFixed(1)} ms on IndexedDB's own API`;
  const failed = failures.length > 0 ? `; ${failures.length} failed, e.g. ${failures[0]}` : '';
  return [
    {
      id: `import-${files}`,
      name: `导入 ${files} 个单位文件（解析 + 存储）`,
      ms: median(ours),
      baselineName: 'SheetJS 在两个 Worker 中解析 + Dexie 逐个文件 strict put',
      baselineMs: median(raw),
      targetRatio: 1.5,
      note: `${stored} reports stored, ${(median(ours) / files).toFixed(1)} ms a file${failed}${commitNote}; ${samplesNote(ours, raw)}`,
    },
    {
      id: `import-parse-${files}`,
      name: `读取 ${files} 个单位文件（只解析，不存储）`,
      ms: median(parseOurs),
      baselineName: 'SheetJS 在两个 Worker 中解析',
      baselineMs: median(parseRaw),
      targetRatio: 1.3,
      note: samplesNote(parseOurs, parseRaw),
    },
  ];
}

/**
 * `published-pdf-10-chromium`: the 10-page published report read in the browser through the app's import worker
 * (text, tables, findings) against PDF.js alone extracting its text in a worker; both start a fresh worker.
 */
export async function pdfFigure(browser: Browser, baseUrl: string): Promise<Figure> {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await openBenchPage(page, baseUrl, 'import');
  const read = (which: 'ours' | 'raw') =>
    page.evaluate(([name, w]) => ((window as BenchWindow).bench as PdfBench).readPdf(name, w), [
      BENCH_PDF,
      which,
    ] as const);
  let pages = 0;
  const [ours, raw] = await timePairs(
    async () => (await read('ours')).ms,
    async () => {
      const r = await read('raw');
      pages = r.pages;
      return r.ms;
    },
  );
  await context.close();
  return {
    id: 'published-pdf-10-chromium',
    name: `${pages} 页 PDF 年报在浏览器中读取（表格、正文核对）`,
    ms: median(ours),
    baselineName: 'PDF.js 在 Worker 中 getTextContent 全部页',
    baselineMs: median(raw),
    targetMs: 1000,
    note: `fresh worker each; ${samplesNote(ours, raw)}`,
  };
}

/** `edit-p95` (a latest-year report) and `edit-p95-past-year` (a report that has a next year). */
export async function writeFigures(browser: Browser, baseUrl: string, samples: number): Promise<Figure[]> {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await openBenchPage(page, baseUrl, 'write');
  const run = (which: 'latest' | 'past') =>
    page.evaluate(([n, w]) => ((window as BenchWindow).bench as WriteBench).run(n, w), [samples, which] as const);
  const latest = await run('latest');
  const past = await run('past');
  await context.close();
  const p = (xs: number[], q: number) => percentile(xs, q).toFixed(2);
  const figure = (
    id: string,
    name: string,
    r: { ours: number[]; raw: number[]; floor: number[]; native: number[] },
  ): Figure => ({
    id,
    name,
    ms: percentile(r.ours, 95),
    baselineName: 'Dexie put 同一行（strict）p95',
    baselineMs: percentile(r.raw, 95),
    targetRatio: 1.5,
    note:
      `p50 ${p(r.ours, 50)} ms vs raw ${p(r.raw, 50)} ms; ${samples} alternating pairs; the edit's four requests ` +
      `bare (unit, three years' reports, history row, row; one strict transaction): p50 ${p(r.floor, 50)}, ` +
      `p95 ${p(r.floor, 95)} ms (${(percentile(r.floor, 95) / percentile(r.raw, 95)).toFixed(2)}× the bare put); ` +
      `the same four requests on IndexedDB's own API, without Dexie: p50 ${p(r.native, 50)}, p95 ${p(r.native, 95)} ms`,
  });
  return [
    figure('edit-p95', `单元格修改到落盘（最新年度，commitCells，strict，p95，${samples} 次）`, latest),
    figure('edit-p95-past-year', `单元格修改到落盘（有下一年度的报表，p95，${samples} 次）`, past),
  ];
}

const officeApi = (page: Page) => ({
  seed: (units: number, years: number, last: number) =>
    page.evaluate(([u, y, l]) => ((window as BenchWindow).bench as OfficeBench).seed(u, y, l), [
      units,
      years,
      last,
    ] as const),
  seedUnits: (names: string[]) =>
    page.evaluate((n) => ((window as BenchWindow).bench as OfficeBench).seedUnits(n), names),
  readRaw: (year: number) => page.evaluate((y) => ((window as BenchWindow).bench as OfficeBench).readRaw(y), year),
  seedReportUnits: (units: number) =>
    page.evaluate((n) => ((window as BenchWindow).bench as OfficeBench).seedReportUnits(n), units),
  seedArea: (name: string, units: number) =>
    page.evaluate(([d, n]) => ((window as BenchWindow).bench as OfficeBench).seedArea(d, n), [name, units] as const),
  consolidateArea: (name: string) =>
    page.evaluate((d) => ((window as BenchWindow).bench as OfficeBench).consolidateArea(d), name),
});

/** Switches the app's route by hash and returns ms until `ready` holds in the page (polled every frame). */
async function timeRoute(page: Page, hash: string, ready: string): Promise<number> {
  const started = await page.evaluate((h) => {
    const t0 = performance.now();
    window.location.hash = h;
    return t0;
  }, hash);
  const done = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() : false),
    ready,
    { polling: 'raf', timeout: 60_000 },
  );
  return Number(await done.jsonValue()) - started;
}

async function timeClick(page: Page, tab: string, ready: string): Promise<number> {
  const started = await page.evaluate((name) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')].find((b) => b.textContent === name);
    const t0 = performance.now();
    button?.click();
    return t0;
  }, tab);
  const done = await page.waitForFunction(
    (selector) => (document.querySelector(selector) ? performance.now() : false),
    ready,
    { polling: 'raf', timeout: 60_000 },
  );
  return Number(await done.jsonValue()) - started;
}

/** `dashboard-300x5` and `area-total-300`: the office page against a bare Dexie read of the same rows, in pairs. */
export async function officeFigures(
  browser: Browser,
  baseUrl: string,
  units: number,
  years: number,
): Promise<Figure[]> {
  const lastYear = 2025;
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await openBenchPage(page, baseUrl, 'office');
  const api = officeApi(page);
  const seeded = await api.seed(units, years, lastYear);
  await page.goto(`${baseUrl}#/`);
  await page.waitForSelector('.app-main');
  const lastRow = `table.of-units tr[data-unit="示例区第${String(units).padStart(3, '0')}单位"]`;
  const totalShown = '.of-total-tables section';
  const dashboard: number[] = [];
  const consolidation: number[] = [];
  const raw: number[] = [];
  // Each round: the office page from the home page, 汇总表, back home; then the bare read in the same page.
  // The first round loads the page's code and is not counted.
  for (let round = 0; round <= PAIRS; round += 1) {
    const d = await timeRoute(page, '#/office', lastRow);
    const c = await timeClick(page, '汇总表', totalShown);
    await timeRoute(page, '#/', '.app-main');
    const r = (await readRawHere(page, lastYear)).ms;
    if (round > 0) {
      dashboard.push(d);
      consolidation.push(c);
      raw.push(r);
    }
  }
  await context.close();
  const note = `${seeded.units} units, ${seeded.reports} reports seeded`;
  return [
    {
      id: `dashboard-${units}x${years}`,
      name: `汇总审核首页（${units} 个单位 × ${years} 年，打开到填报进度表画出）`,
      ms: median(dashboard),
      baselineName: 'IndexedDB 直接读取同样的行（getAll）',
      baselineMs: median(raw),
      targetRatio: 2,
      note: `${note}; ${samplesNote(dashboard, raw)}`,
    },
    {
      id: `area-total-${units}`,
      name: `汇总表（${units} 个单位合计，点击到画出）`,
      ms: median(consolidation),
      baselineName: 'IndexedDB 直接读取同样的行（getAll）',
      baselineMs: median(raw),
      targetRatio: 2,
      note: samplesNote(consolidation, raw),
    },
  ];
}

/**
 * The bare read, run inside the app's page on the same database: IndexedDB `getAll` of the same rows, timed
 * after the connection is open. Sent as source text: the bench runs through a transpiler that wraps named
 * functions in a helper the page does not have.
 */
const RAW_READ = `async (y) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('xxgk-main');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error(String(open.error)));
  });
  const t0 = performance.now();
  const tx = db.transaction(['units', 'reports'], 'readonly');
  const requests = [
    tx.objectStore('units').getAll(),
    tx.objectStore('reports').index('year').getAll(y),
    tx.objectStore('reports').index('year').getAll(y - 1),
  ];
  const results = await Promise.all(requests.map((r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(new Error(String(r.error)));
  })));
  const ms = performance.now() - t0;
  db.close();
  return { ms, rows: results.reduce((n, list) => n + list.length, 0) };
}`;

async function readRawHere(page: Page, year: number): Promise<{ ms: number; rows: number }> {
  return page.evaluate(`(${RAW_READ})(${year})`);
}

/** `consolidate-3000`: the app's area total over 3,000 units against 300, per unit, alternated in pairs. */
export async function consolidateFigure(
  browser: Browser,
  baseUrl: string,
  big: number,
  small: number,
): Promise<Figure> {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await openBenchPage(page, baseUrl, 'office');
  const api = officeApi(page);
  await api.seedArea('bench-area-big', big);
  await api.seedArea('bench-area-small', small);
  const parts = { big: 0, small: 0 };
  const [ours, base] = await timePairs(
    async () => {
      const r = await api.consolidateArea('bench-area-big');
      parts.big = r.parts;
      return r.ms / big;
    },
    async () => {
      const r = await api.consolidateArea('bench-area-small');
      parts.small = r.parts;
      return r.ms / small;
    },
  );
  await context.close();
  return {
    id: `consolidate-${big}`,
    name: `汇总 ${big} 个单位（读取 + 合计），每个单位`,
    ms: median(ours),
    baselineName: `同样汇总 ${small} 个单位，每个单位`,
    baselineMs: median(base),
    targetRatio: 1.3,
    note: `${parts.big} and ${parts.small} parts summed; ms per unit, ${samplesNote(ours, base)}`,
  };
}

interface LongTasks {
  longest: number;
  over200: number;
  count: number;
}

/** Long tasks of the app's import page while it reads and stores `files` files (全部导入). */
export async function longTaskFigure(browser: Browser, baseUrl: string, files: number): Promise<Figure> {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await openBenchPage(page, baseUrl, 'office');
  const names = Array.from({ length: files }, (_, i) => unitName(i + 1));
  await officeApi(page).seedUnits(names);
  await page.goto(`${baseUrl}#/import`);
  const input = page.locator('input[type=file]');
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => {
    const w = window as { benchLongTasks?: PerformanceEntry[] };
    w.benchLongTasks = [];
    new PerformanceObserver((list) => w.benchLongTasks?.push(...list.getEntries())).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await input.setInputFiles(names.map((_, i) => `${BENCH_OUT}/files/${unitFileName(i + 1)}`));
  const button = page.getByRole('button', { name: `全部导入（${files} 个可直接导入）` });
  await button.waitFor({ timeout: 180_000 });
  await button.click();
  await page
    .locator('.im-badge-imported')
    .nth(files - 1)
    .waitFor({ timeout: 180_000 });
  const wallMs = Date.now() - t0;
  const tasks = await page.evaluate((): LongTasks => {
    const entries = (window as { benchLongTasks?: PerformanceEntry[] }).benchLongTasks ?? [];
    const durations = entries.map((e) => e.duration);
    return {
      longest: durations.length > 0 ? Math.max(...durations) : 0,
      over200: durations.filter((d) => d > 200).length,
      count: durations.length,
    };
  });
  // Self-check: a deliberate 120 ms task must be seen, or "no long task" would mean nothing.
  const observerWorks = await page.evaluate(async () => {
    const list = (window as { benchLongTasks?: PerformanceEntry[] }).benchLongTasks ?? [];
    const before = list.length;
    // Inside a timer callback: a task of the page's own event loop, as the app's work is.
    setTimeout(() => {
      const t = performance.now();
      while (performance.now() - t < 120) {
        // busy on purpose
      }
    }, 0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    return list.length > before;
  });
  await context.close();
  return {
    id: `longtask-import-${files}`,
    name: `导入 ${files} 个文件期间最长的主线程任务`,
    ms: tasks.longest,
    baselineName: '',
    baselineMs: Number.NaN,
    targetMs: 200,
    note:
      `${tasks.over200} tasks over 200 ms, ${tasks.count} long tasks (> 50 ms) in all; whole import ` +
      `${(wallMs / 1000).toFixed(1)} s (choose files → ${files} 已导入); observer self-check ` +
      (observerWorks ? 'saw a deliberate 120 ms task' : 'FAILED: a deliberate 120 ms task was not reported'),
  };
}
