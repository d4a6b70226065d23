/**
 * chart.js with only what the office's charts draw (bars, doughnut, their scales, legend and tooltip). Imported
 * lazily by `office-charts.tsx`: named imports here let the bundler leave the rest of chart.js out.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

const FONT = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";

Chart.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = FONT;
// Drawn once, still: no animation frames to wait for in a screenshot or on an old office PC.
Chart.defaults.animation = false;

export { Chart };
