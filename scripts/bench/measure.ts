/** Timing helpers shared by the benchmarks: warm up, repeat, report the median; and the printed table. */
import { performance } from 'node:perf_hooks';

export interface Figure {
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

/**
 * Two async jobs run alternately (a, b, a, b …) so that a burst of load from other processes hits both alike;
 * returns the median of each.
 */
export async function timePairMedianAsync(
  a: () => Promise<void>,
  b: () => Promise<void>,
  runs = 5,
  warmup = 1,
): Promise<[number, number]> {
  for (let i = 0; i < warmup; i += 1) {
    await a();
    await b();
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let t0 = performance.now();
    await a();
    samplesA.push(performance.now() - t0);
    t0 = performance.now();
    await b();
    samplesB.push(performance.now() - t0);
  }
  return [median(samplesA), median(samplesB)];
}

function amount(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  return `${value.toFixed(value < 10 ? 3 : 1)} ms`;
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
    return `| ${f.name} | ${amount(f.ms, f.unit)} | ${baseline} | ${shownRatio} | ${target || '—'} | ${meetsTarget(f) ? 'met' : 'MISSED'} |`;
  });
  const notes = figures.filter((f) => f.note).map((f) => `- ${f.name}: ${f.note}`);
  return [
    `### ${title}`,
    '',
    '| figure | ours | raw baseline | ratio | target | |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
