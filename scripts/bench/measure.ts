/** Timing helpers shared by the benchmarks: warm up, repeat, report the median; and the printed table. */
import { performance } from 'node:perf_hooks';

export interface Figure {
  /** Stable id, the key of the figure in `--json` output (e.g. `import-200`). */
  id: string;
  name: string;
  /** Our figure: milliseconds unless `unit` says otherwise. */
  ms: number;
  baselineName: string;
  baselineMs: number;
  /** Absolute target in `unit`, when the issue sets one. */
  targetMs?: number;
  /** Target ratio against the baseline, when the issue sets one. */
  targetRatio?: number;
  /** 'ms' (default) or 'KB' (gzip sizes). */
  unit?: 'ms' | 'KB';
  /** Extra detail printed under the table (percentiles, counts, why a baseline is what it is). */
  note?: string;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile (p in 0–100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const s = [...samples].sort((a, b) => a - b);
  if (p === 50 && s.length % 2 === 0) return ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank] ?? Number.NaN;
}

export function timeMedian(fn: () => void, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export async function timeMedianAsync(fn: () => Promise<void>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Pairs every figure alternates by default: the medians of at least nine pairs. */
export const PAIRS = 9;

/**
 * Two async jobs run alternately (a, b, a, b …) so that a burst of load from other processes hits both alike;
 * returns the median of each. Each job may return its own measured time (e.g. timed inside a page); otherwise
 * its wall time here is taken.
 */
export async function timePairMedianAsync(
  a: () => Promise<number | void>,
  b: () => Promise<number | void>,
  runs = PAIRS,
  warmup = 1,
): Promise<[number, number]> {
  const [samplesA, samplesB] = await timePairs(a, b, runs, warmup);
  return [median(samplesA), median(samplesB)];
}

/** As `timePairMedianAsync`, returning every sample of each side. */
export async function timePairs(
  a: () => Promise<number | void>,
  b: () => Promise<number | void>,
  runs = PAIRS,
  warmup = 1,
): Promise<[number[], number[]]> {
  for (let i = 0; i < warmup; i += 1) {
    await a();
    await b();
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  const timed = async (job: () => Promise<number | void>) => {
    const t0 = performance.now();
    const own = await job();
    return typeof own === 'number' ? own : performance.now() - t0;
  };
  for (let i = 0; i < runs; i += 1) {
    samplesA.push(await timed(a));
    samplesB.push(await timed(b));
  }
  return [samplesA, samplesB];
}

export function samplesNote(ours: readonly number[], baseline: readonly number[]): string {
  const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(x < 10 ? 2 : 0)).join(', ');
  return `pairs (ours | baseline): ${list(ours)} | ${list(baseline)}`;
}

function amount(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  return `${value.toFixed(value < 10 ? 3 : 1)} ms`;
}

export function ratioOf(f: Figure): number {
  return f.baselineMs > 0 ? f.ms / f.baselineMs : Number.NaN;
}

/** One figure as `--json` writes it: the target is the ratio bound, else the absolute one (in `unit`). */
export function figureJson(f: Figure) {
  const num = (x: number) => (Number.isFinite(x) ? Number(x.toFixed(4)) : null);
  return {
    id: f.id,
    ours: num(f.ms),
    baseline: num(f.baselineMs),
    ratio: num(ratioOf(f)),
    target: f.targetRatio ?? f.targetMs ?? null,
    met: f.targetRatio === undefined && f.targetMs === undefined ? null : meetsTarget(f),
    targetOn: f.targetRatio !== undefined ? 'ratio' : f.targetMs !== undefined ? 'ours' : null,
    unit: f.unit ?? 'ms',
    name: f.name,
    baselineName: f.baselineName,
    ...(f.note ? { note: f.note } : {}),
  };
}

export function meetsTarget(f: Figure): boolean {
  const ratio = f.baselineMs > 0 ? f.ms / f.baselineMs : Number.NaN;
  const okAbs = f.targetMs === undefined || f.ms <= f.targetMs;
  const okRatio = f.targetRatio === undefined || ratio <= f.targetRatio;
  return Number.isFinite(f.ms) && okAbs && okRatio;
}

export function formatFigures(title: string, figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ratio = f.baselineMs > 0 ? f.ms / f.baselineMs : Number.NaN;
    const target = [
      f.targetMs !== undefined ? `≤ ${amount(f.targetMs, f.unit)}` : '',
      f.targetRatio !== undefined ? `≤ ${f.targetRatio}×` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const baseline = f.baselineName ? `${f.baselineName}: ${amount(f.baselineMs, f.unit)}` : '—';
    const shownRatio = Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—';
    return `| ${f.id} | ${f.name} | ${amount(f.ms, f.unit)} | ${baseline} | ${shownRatio} | ${target || '—'} | ${meetsTarget(f) ? 'met' : 'MISSED'} |`;
  });
  const notes = figures.filter((f) => f.note).map((f) => `- ${f.id}: ${f.note}`);
  return [
    `### ${title}`,
    '',
    '| id | figure | ours | raw baseline | ratio | target | |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
