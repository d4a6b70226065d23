/**
 * `typing-100`: 100 values typed through the app's real grid at 20 keys a second (a digit and Tab each), timed
 * from the last key until all 100 are durable in IndexedDB, against 100 bare Dexie puts (strict) of the same
 * report row growing by one value each. Pairs alternate, ours then the baseline, so load from elsewhere hits both.
 */
import type { Browser, Page } from '@playwright/test';
import { NATIONAL_2021 } from '../../src/domain/formats/national-2021';
import { tableGridModel } from '../../src/widgets/entry-grid/table-grid-model';
import type { TypingBench } from '../../bench/typing-bench';
import { newContext, openBenchPage } from './browser';
import { type Figure, PAIRS, median, samplesNote } from './measure';

const UNIT = '湛河区财政局';
const YEAR = 2023;
const VALUES = 100;
const KEY_MS = 50;

const typingApi = (page: Page) => ({
  durableAt: (id: string, expected: Record<string, number>) =>
    page.evaluate(
      ([i, e]) => ((window as { bench?: TypingBench }).bench as TypingBench).durableAt(i, e, 60_000),
      [id, expected] as const,
    ),
  puts: (id: string, expected: Record<string, number>) =>
    page.evaluate(([i, e]) => ((window as { bench?: TypingBench }).bench as TypingBench).puts(i, e), [id, expected] as const),
});

function inputFields(): string[] {
  const t3 = NATIONAL_2021.tables.find((t) => t.key === 't3');
  if (!t3) throw new Error('no table 三');
  return tableGridModel(NATIONAL_2021, t3)
    .valueSlots.filter((s) => s.kind === 'input')
    .map((s) => s.field?.key ?? '')
    .slice(0, VALUES);
}

/** Types one round into the open report; resolves to `performance.now()` of the last key, in the page. */
async function typeRound(app: Page, expected: Record<string, number>): Promise<number> {
  await app.locator('[data-table=t3] [row-id=r3] [col-id=c3]').click();
  await app.evaluate(() => {
    window.addEventListener('keydown', () => ((window as { lastKeyAt?: number }).lastKeyAt = performance.now()), true);
  });
  for (const value of Object.values(expected)) {
    for (const key of [String(value), 'Tab']) {
      const start = Date.now();
      await app.keyboard.press(key);
      const left = KEY_MS - (Date.now() - start);
      if (left > 0) await app.waitForTimeout(left);
    }
  }
  return app.evaluate(() => (window as { lastKeyAt?: number }).lastKeyAt ?? Number.NaN);
}

export async function typingFigure(browser: Browser, baseUrl: string, pairs = PAIRS): Promise<Figure> {
  const context = await newContext(browser, 'block');
  const app = await context.newPage();
  await app.goto(`${baseUrl}?workspace=demo`);
  await app.getByRole('button', { name: `打开${UNIT}${YEAR}年度报告` }).click();
  await app.locator('[data-table=t4] .ag-row').first().waitFor();
  const reportId = decodeURIComponent(new URL(app.url()).hash.replace('#/report/', ''));
  const bench = await context.newPage();
  await openBenchPage(bench, baseUrl, 'typing');
  const api = typingApi(bench);
  const fields = inputFields();
  const ours: number[] = [];
  const raw: number[] = [];
  for (let round = 0; round < pairs; round += 1) {
    // Every round changes every cell (digits 1–9, shifted per round), so each key is a real write.
    const expected = Object.fromEntries(fields.map((f, i) => [f, ((i + round) % 9) + 1]));
    await app.bringToFront();
    const lastKey = await typeRound(app, expected);
    // The app's tab and the bench page share the origin: the bench page reads the app's database raw. Its
    // clock differs from the app tab's, so the durable moment is taken on the app tab's clock through it.
    const offset = await app.evaluate(() => performance.timeOrigin);
    const benchOrigin = await bench.evaluate(() => performance.timeOrigin);
    const durable = await api.durableAt(reportId, expected);
    if (durable < 0) throw new Error(`round ${round}: not all ${VALUES} values durable within 60 s`);
    ours.push(durable + benchOrigin - offset - lastKey);
    raw.push(await api.puts(reportId, expected));
  }
  await context.close();
  return {
    id: 'typing-100',
    targetRatio: 1.5,
    name: `typing-100：表格中以每秒 20 键输入 ${VALUES} 个数，最后一键到全部落盘（中位数，${pairs} 轮）`,
    ms: median(ours),
    baselineName: `Dexie 逐条 put 同一行 ${VALUES} 次（strict）`,
    baselineMs: median(raw),
    note: samplesNote(ours, raw),
  };
}
