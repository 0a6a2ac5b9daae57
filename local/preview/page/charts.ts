/**
 * Draws a sheet's embedded charts over the grid, anchored at their ContainerInfo cell and
 * offset, 600 × 371 pixels as Sheets inserts them, with Chart.js (a development
 * dependency bundled into this page only). Google Charts options the add-on sets are
 * translated: the chart type (COLUMN, BAR drawn horizontally, LINE, COMBO with `seriesType`
 * and per-series `type`), `title`, `colors` (any CSS colour: 'transparent' hides a series,
 * as a floating bar's base), `isStacked`, `legend.position`, the value axis's title and
 * `viewWindow.min` (`vAxis.…`, or `hAxis.…` for BAR), and a series' `color`,
 * `lineDashStyle` and `visibleInLegend`; the first row of the first range holds the series
 * names, the first column the labels.
 * Chart text goes into the canvas, never into the page as HTML.
 */
import { Chart, type ChartDataset, registerables } from 'chart.js';
import type { LocalChart } from '../../runtime/local-runtime';
import type { SheetView } from '../api';
import { byId } from './dom';

Chart.register(...registerables);

const WIDTH = 600;
const HEIGHT = 371;
let drawn: Chart[] = [];

/** Replaces the charts on show with `sheet`'s. Call after the grid is drawn. */
export function renderCharts(sheet: SheetView): void {
  for (const chart of drawn) chart.destroy();
  drawn = [];
  const wrap = byId('grid-wrap');
  for (const old of wrap.querySelectorAll('.embedded-chart')) old.remove();
  for (const chart of sheet.charts) {
    const anchor = wrap.querySelector<HTMLElement>(
      `td[data-row="${chart.position.row - 1}"][data-col="${chart.position.column - 1}"]`,
    );
    if (!anchor) continue;
    const box = document.createElement('div');
    box.className = 'embedded-chart';
    box.dataset.chartId = String(chart.id);
    // The anchor cell's place inside the scrolled wrapper, whatever its offsetParent.
    const cell = anchor.getBoundingClientRect();
    const frame = wrap.getBoundingClientRect();
    box.style.left = `${cell.left - frame.left + wrap.scrollLeft + chart.position.offsetX}px`;
    box.style.top = `${cell.top - frame.top + wrap.scrollTop + chart.position.offsetY}px`;
    box.style.width = `${WIDTH}px`;
    box.style.height = `${HEIGHT}px`;
    const canvas = document.createElement('canvas');
    box.append(canvas);
    wrap.append(box);
    drawn.push(new Chart(canvas, config(chart)));
  }
}

const numberOrGap = (v: unknown) => (typeof v === 'number' ? v : null);

function config(chart: LocalChart) {
  const [header = [], ...rows] = chart.data[0] ?? [];
  const o = chart.options;
  const colors = (o.colors as string[] | undefined) ?? [];
  const series =
    (o.series as Record<
      string,
      { type?: string; color?: string; lineDashStyle?: number[]; visibleInLegend?: boolean }
    >) ?? {};
  const stacked = o.isStacked === true;
  const datasets = header.slice(1).map((name, i): ChartDataset<'bar' | 'line'> => {
    const own = series[i] ?? {};
    const colour = own.color ?? colors[i];
    const line =
      chart.type === 'LINE' || (chart.type === 'COMBO' && (own.type ?? o.seriesType) === 'line');
    const data = rows.map((r) => numberOrGap(r[i + 1]));
    return line
      ? {
          type: 'line',
          label: String(name),
          data,
          borderColor: colour,
          backgroundColor: colour,
          borderDash: own.lineDashStyle,
          pointRadius: 0,
          borderWidth: 1.5,
          stack: `line${i}`,
        }
      : { type: 'bar', label: String(name), data, backgroundColor: colour, stack: 'bars' };
  });
  const horizontal = chart.type === 'BAR';
  const axis = horizontal ? 'hAxis' : 'vAxis';
  const valueTitle = o[`${axis}.title`];
  const valueMin = o[`${axis}.viewWindow.min`];
  const valueAxis = {
    stacked,
    beginAtZero: true,
    ...(typeof valueMin === 'number' ? { min: valueMin } : {}),
    title: { display: typeof valueTitle === 'string', text: String(valueTitle ?? '') },
  };
  const hidden = new Set(
    Object.entries(series)
      .filter(([, own]) => own.visibleInLegend === false)
      .map(([i]) => Number(i)),
  );
  const categoryAxis = { stacked, ticks: { autoSkip: true, maxRotation: 60 } };
  return {
    type: 'bar' as const,
    data: { labels: rows.map((r) => String(r[0] ?? '')), datasets },
    options: {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        title: { display: typeof o.title === 'string', text: String(o.title ?? '') },
        legend: {
          position: (o['legend.position'] === 'top' ? 'top' : 'bottom') as 'top' | 'bottom',
          labels: {
            filter: (item: { datasetIndex?: number }) => !hidden.has(item.datasetIndex ?? -1),
          },
        },
      },
      indexAxis: (horizontal ? 'y' : 'x') as 'x' | 'y',
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  };
}
