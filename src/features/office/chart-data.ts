/** The numbers behind the dashboard's charts, computed without chart.js so they are tested on their own. */
import type { FieldKey, FormatDef, Values } from '@/domain/format/types';
import { computeAll } from '@/domain/rules/compute';
import { indexFormat } from '@/domain/format/format-index';
import type { UnitStatus } from '@/domain/office/unit-status';
import { RECEIPT_STATES, type ReceiptState } from '@/domain/office/receipt';
import { KEY_TOTALS, keyTotalsFromPrior, keyTotalsOf } from './key-totals';
import type { DashboardRow } from './dashboard-rows';
import { STATUSES, statusCounts } from './dashboard-rows';

export interface Series {
  labels: string[];
  values: number[];
}

export function statusSeries(rows: readonly DashboardRow[]): Series & { labels: UnitStatus[] } {
  const counts = statusCounts(rows);
  return { labels: [...STATUSES], values: STATUSES.map((s) => counts[s]) };
}

/** Units by receipt state (未报送/已报送/已退回/已审核): the office's own progress. */
export function receiptSeries(counts: Readonly<Record<ReceiptState, number>>): Series {
  return { labels: [...RECEIPT_STATES], values: RECEIPT_STATES.map((s) => counts[s]) };
}

/**
 * Applications by outcome: the result groups （一）–（六） of Table 三 (总计 column), each the sum of its detail rows
 * (`FormatRoles.applications.results`), grouped by the format's own labels, so the 2019 table's single （六） row
 * works alike.
 */
export function outcomeSeries(format: FormatDef, values: Values): Series {
  const all = computeAll(format, values);
  const { field } = indexFormat(format);
  const groups = new Map<string, number>();
  for (const key of format.roles.applications?.results ?? []) {
    const group = field.get(key)?.rowLabels[1];
    if (!group) continue;
    groups.set(group, (groups.get(group) ?? 0) + (all.get(key) ?? 0));
  }
  const short = (label: string) => label.replace(/（(区分|只计).*$/, '').replace(/^(（.）[^（]*).*$/, '$1');
  return { labels: [...groups.keys()].map(short), values: [...groups.values()] };
}

export interface YearSeries {
  labels: string[];
  current: number[];
  prior: (number | null)[];
}

/** Figures on one scale for the chart: decision counts (许可, 处罚) run to thousands and would flatten the rest. */
export const CHART_TOTALS: readonly string[] = ['新收申请', '办理总计', '结转下年', '行政复议', '行政诉讼'];

/** This year's headline figures against last year's, where last year's format has a counterpart. */
export function yearOnYearSeries(
  format: FormatDef,
  values: Values,
  prior: ReadonlyMap<FieldKey, number> | undefined,
): YearSeries {
  const now = keyTotalsOf(format, values);
  const before = prior ? keyTotalsFromPrior(format, prior) : KEY_TOTALS.map(() => undefined);
  const shown = KEY_TOTALS.map((_, i) => i).filter(
    (i) => now[i] !== undefined && CHART_TOTALS.includes(KEY_TOTALS[i]?.label ?? ''),
  );
  return {
    labels: shown.map((i) => KEY_TOTALS[i]?.label ?? ''),
    current: shown.map((i) => now[i] ?? 0),
    prior: shown.map((i) => before[i] ?? null),
  };
}
