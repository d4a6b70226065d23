/**
 * `npm run bench [-- --json FILE] [-- --only ID,ID]`: every figure, each beside a raw baseline measured in the
 * same run and alternated with it pair by pair. Builds the app and the bench pages once (into the git-ignored
 * .cache/bench), serves them with `vite preview` on a free port, drives the system's Chromium, closes
 * everything, and exits 0 whether or not a target is met: it reports. `--json` also writes one object per
 * figure (`{ id, ours, baseline, ratio, target, met, … }`); `--only` runs the modules whose title or figure ids
 * contain one of the words (a module's figures are measured together).
 */
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import type { Browser } from '@playwright/test';
import { launch } from './browser';
import { FIGURE_MODULES, type FigureModule } from './figures';
import { type Figure, figureJson, formatFigures } from './measure';
import { buildAll, serve, writePublishedFiles, writeUnitFiles } from './serve';

const started = Date.now();
const log = (text: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);

function option(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** A module that could not be measured is reported as such; the other modules still run. */
async function attempt(module: FigureModule, run: () => Promise<Figure[]>): Promise<Figure[]> {
  log(module.title);
  try {
    return await run();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const id = `not-measured:${module.title}`;
    return [{ id, name: module.title, ms: Number.NaN, baselineName: '', baselineMs: Number.NaN, note: reason }];
  }
}

async function main(): Promise<void> {
  const jsonFile = option('json');
  const only = option('only')?.split(',').filter(Boolean);
  const chosen = FIGURE_MODULES.filter((m) =>
    only ? only.some((w) => m.title.includes(w) || m.ids.includes(w)) : !m.optional,
  );
  console.log(
    [
      `## Benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average at start ` +
        `${loadavg()
          .map((l) => l.toFixed(1))
          .join(' / ')}; Node ${process.version}.`,
      '',
    ].join('\n'),
  );
  log('building the app and the bench pages');
  await buildAll();
  await writeUnitFiles(200, 2025);
  await writePublishedFiles();
  const served = await serve();
  let browser: Promise<Browser> | undefined;
  const all: Figure[] = [];
  try {
    const bench = { url: served.url, browser: () => (browser ??= launch()) };
    for (const module of chosen) {
      const figures = await attempt(module, () => module.measure(bench));
      all.push(...figures);
      console.log(formatFigures(module.title, figures), '\n');
    }
  } finally {
    await (await browser)?.close();
    await served.close();
  }
  if (jsonFile) {
    await writeFile(jsonFile, `${JSON.stringify(all.map(figureJson), null, 2)}\n`);
    log(`wrote ${all.length} figures to ${jsonFile}`);
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
