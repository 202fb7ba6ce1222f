/** Charts with Chart.js (registered parts only): events by month and type, and a cooperation–conflict trend. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { html } from 'htm/preact';
import { useEffect, useRef } from 'preact/hooks';
import { TYPE_AR, TYPE_COLOR } from './labels.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.font.family = 'system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif';

export interface MonthCount {
  month: string;
  type: string;
  events: number;
  goldstein: number;
}

/** All months from the first to the last (gaps filled), so the time axis is even. */
export function monthRange(months: readonly string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k >= last) break;
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

/**
 * A stacked bar chart of events per month by type, with the monthly sum of Goldstein scores
 * (cooperation above zero, conflict below) as a line. `onPick(month)` is called on a click.
 */
export function MonthChart(props: { data: readonly MonthCount[]; onPick?: (month: string) => void; id?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const months = monthRange(props.data.map((d) => d.month));
    const types = [...new Set(props.data.map((d) => d.type))];
    const idx = new Map(months.map((m, i) => [m, i]));
    const datasets: any[] = types.map((t) => {
      const counts = months.map(() => 0);
      for (const d of props.data) if (d.type === t) counts[idx.get(d.month)!]! += d.events;
      return { type: 'bar', label: `${TYPE_AR[t] ?? t} (${t})`, data: counts, backgroundColor: TYPE_COLOR[t] ?? '#888', stack: 'events', yAxisID: 'y' };
    });
    const trend = months.map(() => 0);
    for (const d of props.data) trend[idx.get(d.month)!]! += d.goldstein;
    datasets.push({ type: 'line', label: 'التعاون − النزاع (مجموع غولدستين)', data: trend, borderColor: '#222', backgroundColor: '#222', pointRadius: 3, yAxisID: 'g', tension: 0.2 });
    const chart = new Chart(canvas.current, {
      data: { labels: months, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: 'ar',
        plugins: { legend: { position: 'bottom', rtl: true, labels: { boxWidth: 12 } }, tooltip: { rtl: true } },
        scales: {
          x: { stacked: true, reverse: true },
          y: { stacked: true, beginAtZero: true, position: 'right', title: { display: true, text: 'الأحداث' } },
          g: { position: 'left', grid: { drawOnChartArea: false }, title: { display: true, text: 'غولدستين' } },
        },
        onClick: (_e, elements) => {
          const el = elements[0];
          if (el && props.onPick) props.onPick(months[el.index]!);
        },
      },
    });
    (canvas.current as unknown as { chart?: Chart }).chart = chart;
    return () => chart.destroy();
  }, [props.data]);
  return html`<div class="chart"><canvas ref=${canvas} id=${props.id} data-points=${props.data.length}></canvas></div>`;
}
