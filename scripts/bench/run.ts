/**
 * `npm run bench`: every benchmark, each figure beside a raw baseline measured in the same run. Builds the app and
 * the bench pages once (into the git-ignored .cache/bench), serves them with `vite preview` on a free port,
 * drives the system's Chromium, closes everything, and exits 0 whether or not a target is met: it reports.
 */
import { cpus, loadavg } from 'node:os';
import type { Browser } from '@playwright/test';
import { launch } from './browser';
import { importFigure, longTaskFigure, officeFigures, writeFigure } from './browser-figures';
import { domainFigures } from './domain-bench';
import { exportFigures } from './export-bench';
import { loadFigures } from './load-figures';
import { typingFigure } from './typing-figure';
import { type Figure, formatFigures } from './measure';
import { buildAll, serve, writeUnitFiles, type Served } from './serve';

const started = Date.now();
const log = (text: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);

/** A figure that could not be measured is reported as such; the other figures still run. */
async function attempt(name: string, measure: () => Promise<Figure[]>): Promise<Figure[]> {
  log(name);
  try {
    return await measure();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ name, ms: Number.NaN, baselineName: '', baselineMs: Number.NaN, note: `not measured: ${reason}` }];
  }
}

async function browserFigures(served: Served): Promise<Figure[]> {
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const b = browser;
    return [
      ...(await attempt('import of 200 files', async () => [await importFigure(b, served.url, 200)])),
      ...(await attempt('edit-to-durable latency', async () => [await writeFigure(b, served.url, 200)])),
      ...(await attempt('typing-100', async () => [await typingFigure(b, served.url)])),
      ...(await attempt('first load and JavaScript size', () => loadFigures(b, served.url))),
      ...(await attempt('office dashboard and consolidation', () => officeFigures(b, served.url, 300, 5))),
      ...(await attempt('long tasks while importing 100 files', async () => [await longTaskFigure(b, served.url, 100)])),
    ];
  } finally {
    await browser?.close();
  }
}

async function main(): Promise<void> {
  const header = [
    `## Benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average at start ` +
      `${loadavg().map((l) => l.toFixed(1)).join(' / ')}; Node ${process.version}.`,
    '',
  ];
  console.log(header.join('\n'));
  log('domain rules in Node');
  console.log(formatFigures('领域核心（Node）', domainFigures()), '\n');
  console.log(formatFigures('导出（Node）', await attempt('export of 300 units', exportFigures)), '\n');

  log('building the app and the bench pages');
  await buildAll();
  await writeUnitFiles(200, 2025);
  const served = await serve();
  try {
    console.log(formatFigures('浏览器（Chromium）', await browserFigures(served)));
  } finally {
    await served.close();
  }
  log('done');
}

main()
  .catch((error: unknown) => {
    console.error('The benchmark run stopped:', error);
  })
  .finally(() => {
    // Exit 0 even when a target is missed or a page failed: the run reports, it does not gate.
    process.exit(0);
  });
