/**
 * The tab's charts, drawn with Chart.js: each canvas has a role and a label, and each chart is
 * followed by a table or a sentence with the same numbers, so no figure is only a picture. Lines
 * differ by dash and point shape as well as colour.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { h } from './dom.js';
import { token } from './theme.js';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  BarController,
  BarElement,
  Legend,
  Tooltip,
);

export interface Series {
  label: string;
  values: (number | null)[];
  style: 'solid' | 'dashed' | 'dotted';
  colorToken: string;
  point: 'circle' | 'rect' | 'false';
}

const DASH = { solid: [], dashed: [8, 4], dotted: [2, 3] } as const;

function baseOptions() {
  const text = token('colorNeutralForeground1');
  const grid = token('colorNeutralStroke2');
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: { legend: { labels: { color: text, usePointStyle: true } } },
    scales: {
      x: { ticks: { color: text }, grid: { color: grid } },
      y: { ticks: { color: text }, grid: { color: grid }, beginAtZero: true },
    },
  };
}

function canvasBox(label: string): { box: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  return { box: h('div', { class: 'chart' }, canvas), canvas };
}

export function lineChart(label: string, months: string[], series: Series[]): HTMLElement {
  const { box, canvas } = canvasBox(label);
  requestAnimationFrame(() => {
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: months,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          borderColor: token(s.colorToken),
          backgroundColor: token(s.colorToken),
          borderDash: [...DASH[s.style]],
          pointStyle: s.point === 'false' ? ('line' as const) : s.point,
          pointRadius: s.point === 'false' ? 0 : 3,
          spanGaps: true,
        })),
      },
      options: baseOptions(),
    });
  });
  return box;
}

export function barChart(label: string, labels: string[], series: Series[]): HTMLElement {
  const { box, canvas } = canvasBox(label);
  requestAnimationFrame(() => {
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: token(s.colorToken),
          borderColor: token('colorNeutralForeground1'),
          borderWidth: s.style === 'solid' ? 0 : 1,
        })),
      },
      options: baseOptions(),
    });
  });
  return box;
}
