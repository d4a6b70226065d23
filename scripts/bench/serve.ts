/**
 * Builds the app and the bench pages into a git-ignored folder and serves them with `vite preview` on a free
 * port. The bench pages go under the app's build (`bench/`), after the app's service worker manifest is
 * written, so the app's precache never lists them and they share the app's origin (and so its database).
 */
import { copyFile, cp, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { unitFileName, unitName } from '../../bench/bench-api';
import { NATIONAL_2021 } from '../../src/domain/formats/national-2021';
import { exportReportXlsx } from '../../src/io/export/official-sheet';
import { syntheticReport } from './domain-bench';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `.cache/` is git-ignored; nothing here ships in dist/. */
export const APP_OUT = `${ROOT}.cache/bench/app`;
export const BENCH_OUT = `${APP_OUT}/bench`;

export async function buildAll(): Promise<void> {
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'error',
    build: { outDir: APP_OUT, emptyOutDir: true },
  });
  process.env.BENCH_OUT = BENCH_OUT;
  await build({ configFile: `${ROOT}bench/vite.config.ts`, logLevel: 'error' });
}

/** The unit files the import figures read: the app's own official export, one per unit, with its name. */
export async function writeUnitFiles(count: number, year: number): Promise<void> {
  await mkdir(`${BENCH_OUT}/files`, { recursive: true });
  for (let i = 1; i <= count; i += 1) {
    const bytes = await exportReportXlsx({
      format: NATIONAL_2021,
      values: syntheticReport(NATIONAL_2021, i),
      unitName: unitName(i),
      year,
    });
    await writeFile(`${BENCH_OUT}/files/${unitFileName(i)}`, bytes);
  }
}

/** The published report the PDF figure reads, and the app's PDF.js resources beside the bench pages. */
export const BENCH_PDF = 'bench-2021-10-pages.pdf';

export async function writePublishedFiles(): Promise<void> {
  await mkdir(`${BENCH_OUT}/files`, { recursive: true });
  await copyFile(`${ROOT}tests/fixtures/published/${BENCH_PDF}`, `${BENCH_OUT}/files/${BENCH_PDF}`);
  // The import worker built with the bench pages looks for them one folder up from its own, as in the app.
  await cp(`${APP_OUT}/pdfjs`, `${BENCH_OUT}/pdfjs`, { recursive: true });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function serve(): Promise<Served> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'error',
    build: { outDir: APP_OUT },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
