/**
 * The dashboard's three charts, drawn on canvas by chart.js. The library is imported on first show through
 * `chart-setup.ts`, which registers only the parts these charts use, so it is a chunk of its own (precached for
 * offline use) and the first screen does not carry it. Each chart also prints its figures as text (screen readers,
 * copying, and a fallback if the chunk cannot load).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Chart as ChartType, ChartConfiguration } from 'chart.js';
import type { Series, YearSeries } from './chart-data';
import type * as ChartSetupModule from './chart-setup';

interface Props {
  year: number;
  status: Series;
  outcomes: Series;
  yearOnYear: YearSeries;
}

/** 未报送, 已报送, 已退回, 已审核. */
const STATUS_COLORS = ['#9aa0a6', '#5b8def', '#d93025', '#188038'];
type ChartSetup = typeof ChartSetupModule;
let loading: Promise<ChartSetup> | undefined;

/** Loads chart.js (its own chunk, precached) on first show. */
function loadChartJs() {
  loading ??= import('./chart-setup');
  return loading;
}

function useChart(config: ChartConfiguration) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!canvas.current) return;
    let chart: ChartType | undefined;
    let live = true;
    loadChartJs()
      .then(({ Chart }) => {
        if (live && canvas.current) chart = new Chart(canvas.current, config);
      })
      .catch(() => setFailed(true)); // the figures are also printed beside the chart
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [config]);
  return { canvas, failed };
}

function ChartBox({ title, config, figures }: { title: string; config: ChartConfiguration; figures: string }) {
  const { canvas, failed } = useChart(config);
  return (
    <figure className="of-chart">
      <figcaption>{title}</figcaption>
      <div className="of-chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`${title}：${figures}`} />
      </div>
      <p className="of-chart-figures">{failed ? `图表未能加载。${figures}` : figures}</p>
    </figure>
  );
}

const pairs = (labels: readonly string[], values: readonly (number | null)[]) =>
  labels.map((l, i) => `${l} ${values[i] ?? '—'}`).join('，');

export function OfficeCharts({ year, status, outcomes, yearOnYear }: Props) {
  const [statusConfig, outcomeConfig, yearConfig] = useConfigs(year, status, outcomes, yearOnYear);
  return (
    <div className="of-charts">
      <ChartBox title="各单位报送状态" config={statusConfig} figures={pairs(status.labels, status.values)} />
      <ChartBox title="申请办理结果（汇总）" config={outcomeConfig} figures={pairs(outcomes.labels, outcomes.values)} />
      <ChartBox
        title={`${year}年与${year - 1}年对比（汇总）`}
        config={yearConfig}
        figures={yearOnYear.labels
          .map((l, i) => `${l} ${yearOnYear.current[i] ?? 0}（上年 ${yearOnYear.prior[i] ?? '—'}）`)
          .join('，')}
      />
    </div>
  );
}

function useConfigs(year: number, status: Series, outcomes: Series, yoy: YearSeries) {
  const key = JSON.stringify([year, status, outcomes, yoy]);
  // Rebuilt when the figures change, not when a live query hands over equal arrays (a chart redraw flickers).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => chartConfigs(year, status, outcomes, yoy), [key]);
}

function chartConfigs(
  year: number,
  status: Series,
  outcomes: Series,
  yoy: YearSeries,
): [ChartConfiguration, ChartConfiguration, ChartConfiguration] {
  const common = { responsive: true, maintainAspectRatio: false };
  return [
    {
      type: 'doughnut',
      data: { labels: status.labels, datasets: [{ data: status.values, backgroundColor: STATUS_COLORS }] },
      options: { ...common, plugins: { legend: { position: 'right' } } },
    },
    {
      type: 'bar',
      data: { labels: outcomes.labels, datasets: [{ label: '件数', data: outcomes.values, backgroundColor: '#b3261e' }] },
      options: { ...common, indexAxis: 'y', plugins: { legend: { display: false } } },
    },
    {
      type: 'bar',
      data: {
        labels: yoy.labels,
        datasets: [
          { label: `${year - 1}年`, data: yoy.prior, backgroundColor: '#9aa0a6' },
          { label: `${year}年`, data: yoy.current, backgroundColor: '#b3261e' },
        ],
      },
      options: common,
    },
  ];
}
