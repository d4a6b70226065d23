/**
 * One sheet holds tables of different widths (Table 二 has 4 columns, 三 has 10, 四 has 15). Sharing sheet
 * columns one-to-one would force the widest column of any table onto all of them and shrink the printout to
 * half size, so every table is scaled to the same total width and its column edges are placed on a common
 * grid: a table column becomes a merge of one or more sheet columns. Edges closer than `MIN_GAP` units are
 * snapped together so the grid has no sliver columns.
 */
import type { TableDef } from '@/domain/format/types';

const MIN_GAP = 3;

export interface ColumnGrid {
  /** Width of each sheet column, in column units. */
  widths: number[];
  /** Per table (same order as given): the sheet column where each table column starts, plus one end entry. */
  edges: number[][];
}

export function buildColumnGrid(tables: readonly TableDef[], totalWidth: number): ColumnGrid {
  const scaled = tables.map((t) => {
    const sum = t.colWidths.reduce((a, b) => a + b, 0) || 1;
    let x = 0;
    const points = [0];
    for (let c = 0; c < t.colCount; c += 1) {
      x += t.colWidths[c] ?? sum / t.colCount;
      points.push(Math.round((x * totalWidth) / sum));
    }
    return points;
  });
  const all = [...new Set(scaled.flat())].sort((a, b) => a - b);
  const kept: number[] = [];
  for (const p of all) {
    const last = kept[kept.length - 1];
    if (last === undefined || p - last >= MIN_GAP) kept.push(p);
  }
  // The right edge must stay where it is: replace a last kept point that sits just short of it.
  const end = all[all.length - 1] ?? totalWidth;
  if (kept[kept.length - 1] !== end) kept[kept.length - 1] = end;
  const nearest = (p: number) => {
    let best = 0;
    for (let i = 1; i < kept.length; i += 1) {
      if (Math.abs((kept[i] ?? 0) - p) < Math.abs((kept[best] ?? 0) - p)) best = i;
    }
    return best;
  };
  const edges = scaled.map((points) => points.map(nearest));
  for (const [t, e] of edges.entries()) {
    for (let i = 1; i < e.length; i += 1) {
      if ((e[i] ?? 0) <= (e[i - 1] ?? 0)) throw new Error(`表 ${tables[t]?.key} 的列过窄，无法排版`);
    }
  }
  const widths = kept.slice(1).map((p, i) => p - (kept[i] ?? 0));
  return { widths, edges };
}
