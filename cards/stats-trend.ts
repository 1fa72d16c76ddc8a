/**
 * The monthly trend of the stats card: the months of the window, the same months a year earlier
 * and the target as a flat line (Chart.Line). Every series is named in the legend (the target's
 * name says it is the flat line), so none is told apart by colour alone; the numbers are also in a
 * FactSet: the chart's fallback, and behind a "show the figures" toggle for everyone. A calendar
 * year's chart says the year and labels its months without it; months before the absence data
 * starts have no point, and a series whose data starts late says from when.
 */
import type { Coverage } from '../domain/statistics/coverage.js';
import type { UnitReport } from '../domain/statistics/unit-report.js';
import { raw, unescapeMarkdown, type Translator } from '../i18n/index.js';
import { chartLine, facts, text, type CardElement, type LineSeries } from './elements.js';
import {
  axisMax,
  chartLang,
  chartValue,
  dataFromNote,
  formatDays,
  formatMonth,
} from './stats-format.js';

const FIGURES_ID = 'trend-figures';

function series(
  legend: string,
  color: LineSeries['color'],
  xs: string[],
  ys: Array<number | null>,
): LineSeries {
  const values = xs.flatMap((x, i) => {
    const y = ys[i];
    return y === null || y === undefined ? [] : [{ x, y: chartValue(y) }];
  });
  return { legend: unescapeMarkdown(legend), values, color };
}

/** A legend, with "data only from …" when the series' data starts late. */
function legend(name: string, coverage: Coverage, t: Translator): string {
  if (coverage.kind !== 'partial') return name;
  return t('stats.trend.partial', { series: raw(name), note: raw(dataFromNote(coverage.from, t)) });
}

function legends(r: UnitReport, year: number | null, t: Translator) {
  const current = year
    ? t('stats.trend.current.year', { year: String(year) })
    : t('stats.trend.current');
  const earlier = year
    ? t('stats.trend.yearEarlier.year', { year: String(year - 1) })
    : t('stats.trend.yearEarlier');
  return {
    current: legend(current, r.coverage.window, t),
    earlier: legend(earlier, r.coverage.previousYear, t),
    target: r.target ? t('stats.trend.target', { target: r.target.daysPerFte }) : '',
  };
}

function figures(r: UnitReport, xs: string[], t: Translator): CardElement {
  const rows = r.trend.map(
    (p, i) =>
      [
        xs[i] ?? p.month,
        t('stats.trend.point', {
          value: formatDays(p.value, t),
          earlier: formatDays(p.yearEarlier, t),
        }),
      ] as const,
  );
  if (r.target) rows.push([t('stats.compare.target'), formatDays(r.target.daysPerFte, t)]);
  return facts(rows);
}

/** The FactSet behind a toggle: the chart's numbers for a reader who cannot see the chart. */
function figuresToggle(r: UnitReport, xs: string[], t: Translator): CardElement[] {
  return [
    {
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.ToggleVisibility',
          title: t('stats.trend.showFigures'),
          targetElements: [FIGURES_ID],
        },
      ],
    },
    { type: 'Container', id: FIGURES_ID, isVisible: false, items: [figures(r, xs, t)] },
  ];
}

export function trendSection(r: UnitReport, year: number | null, t: Translator): CardElement[] {
  if (!r.trend.some((p) => p.value !== null)) return [];
  const xs = r.trend.map((p) => formatMonth(p.month, t, year === null));
  const names = legends(r, year, t);
  const lines = [
    series(
      names.current,
      'categoricalBlue',
      xs,
      r.trend.map((p) => p.value),
    ),
    series(
      names.earlier,
      'neutral',
      xs,
      r.trend.map((p) => p.yearEarlier),
    ),
  ];
  const target = r.target?.daysPerFte ?? null;
  if (target !== null)
    lines.push(
      series(
        names.target,
        'attention',
        xs,
        xs.map(() => target),
      ),
    );
  const shown = lines.filter((s) => s.values.length > 0);
  const top = Math.max(...shown.flatMap((s) => s.values.map((v) => v.y)));
  const title = year ? t('stats.trend.title.year', { year: String(year) }) : t('stats.trend.title');
  return [
    text(title, { weight: 'Bolder', spacing: 'Large', separator: true }),
    text(t('stats.trend.caption'), { isSubtle: true, size: 'Small', spacing: 'None' }),
    chartLine({
      title,
      series: shown,
      fallback: figures(r, xs, t),
      yAxisTitle: t('stats.compare.axis'),
      yMin: 0,
      yMax: axisMax(top),
      showLegend: true,
      lang: chartLang(t),
    }),
    ...figuresToggle(r, xs, t),
  ];
}
