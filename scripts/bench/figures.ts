/**
 * Every figure module the bench runs, in order. A module measures one or more figures, each beside its raw
 * baseline from the same run; a new figure is one module file and one line in `FIGURE_MODULES`.
 */
import type { Browser } from '@playwright/test';
import {
  consolidateFigure,
  importFigures,
  longTaskFigure,
  officeFigures,
  pdfFigure,
  writeFigures,
} from './browser-figures';
import { cliFigure } from './cli-figure';
import { domainFigures } from './domain-bench';
import { exportFigures } from './export-bench';
import { publishedFigures } from './published-bench';
import { loadFigures, reportPageUnitsFigure } from './load-figures';
import type { Figure } from './measure';
import { typingFigure } from './typing-figure';

export interface BenchContext {
  /** Chromium, launched on first use and closed by the runner. */
  browser: () => Promise<Browser>;
  /** The built app with the bench pages under `bench/`, served on a free port (ends with `/`). */
  url: string;
}

export interface FigureModule {
  /** Printed as the heading of the module's table. */
  title: string;
  /** The ids of the figures it measures (what `--only` matches). */
  ids: readonly string[];
  /** Run only when `--only` names it (a long figure outside the list). */
  optional?: boolean;
  measure: (bench: BenchContext) => Promise<Figure[]>;
}

const inBrowser = (
  title: string,
  ids: readonly string[],
  measure: (browser: Browser, url: string) => Promise<Figure[]>,
): FigureModule => ({
  title,
  ids,
  measure: async (bench) => measure(await bench.browser(), bench.url),
});

export const FIGURE_MODULES: readonly FigureModule[] = [
  {
    title: '领域核心（Node）',
    ids: ['rules-1000', 'recheck-1', 'consolidate-domain-300x5'],
    measure: () => Promise.resolve(domainFigures()),
  },
  { title: '导出（Node）', ids: ['export-300'], measure: exportFigures },
  inBrowser('导入（Chromium）', ['import-200', 'import-parse-200'], (b, url) => importFigures(b, url, 200)),
  inBrowser('修改到落盘（Chromium）', ['edit-p95', 'edit-p95-past-year'], (b, url) => writeFigures(b, url, 200)),
  inBrowser('连续输入（Chromium）', ['typing-100'], async (b, url) => [await typingFigure(b, url)]),
  inBrowser('首次加载（Chromium）', ['first-load', 'report-js', 'home-js'], loadFigures),
  inBrowser('报表页与单位数（Chromium）', ['report-page-1000-units'], async (b, url) => [
    await reportPageUnitsFigure(b, url),
  ]),
  inBrowser('汇总审核（Chromium）', ['dashboard-300x5', 'area-total-300'], (b, url) => officeFigures(b, url, 300, 5)),
  inBrowser('汇总规模（Chromium）', ['consolidate-3000'], async (b, url) => [
    await consolidateFigure(b, url, 3000, 300),
  ]),
  {
    ...inBrowser('导入时的主线程（Chromium）', ['longtask-import-100'], async (b, url) => [
      await longTaskFigure(b, url, 100),
    ]),
    optional: true,
  },
  { title: '命令行汇总（Node）', ids: ['cli-consolidate-3000'], measure: async () => [await cliFigure(3000, 200)] },
  { title: '已发布年报 PDF（Node）', ids: ['published-pdf-10', 'published-batch-100'], measure: publishedFigures },
  inBrowser('已发布年报 PDF（Chromium）', ['published-pdf-10-chromium'], async (b, url) => [await pdfFigure(b, url)]),
  // Figures of other parts plug in here, one line each.
];
