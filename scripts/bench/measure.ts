/** Timing helpers shared by the benchmarks: warm up, repeat, report the median in milliseconds. */
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  ms: number;
  baselineName: string;
  baselineMs: number;
  /** Absolute target in ms, when the issue sets one. */
  targetMs?: number;
  /** Target ratio against the baseline, when the issue sets one. */
  targetRatio?: number;
}

export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
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

export function formatFigures(title: string, figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ratio = f.baselineMs > 0 ? f.ms / f.baselineMs : Number.NaN;
    const okAbs = f.targetMs === undefined || f.ms <= f.targetMs;
    const okRatio = f.targetRatio === undefined || ratio <= f.targetRatio;
    const target = [f.targetMs !== undefined ? `≤ ${f.targetMs} ms` : '', f.targetRatio !== undefined ? `≤ ${f.targetRatio}×` : '']
      .filter(Boolean)
      .join(', ');
    return `| ${f.name} | ${f.ms.toFixed(3)} ms | ${f.baselineName}: ${f.baselineMs.toFixed(3)} ms | ${ratio.toFixed(2)}× | ${target || '—'} | ${okAbs && okRatio ? 'met' : 'MISSED'} |`;
  });
  return [`### ${title}`, '', '| figure | ours | raw baseline | ratio | target | |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
