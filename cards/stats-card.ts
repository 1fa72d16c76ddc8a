/**
 * The absence-vs-target card for one unit: headline days per FTE (rolling 12 months) with the
 * percentage second, target and gap in words, the monthly trend with the target line and the same
 * months a year earlier (stats-trend.ts), short vs long periods, comparisons, and one prompt plus
 * one tip (T052). With a target, a gauge shows the figure against it (Chart.Gauge, FactSet
 * fallback). A figure whose data covers only part of its window says "data only from …" and is
 * not held against the target or a year earlier (the report leaves out the gap; see
 * domain/statistics/situation.ts). Everything is computed in domain/ (UnitReport); this file only
 * formats.
 */
import { tipTextKey } from './tip-card.js';
import type { UnitReport } from '../domain/statistics/unit-report.js';
import type { StatsGuidance } from '../domain/tips.js';
import type { Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  chartGauge,
  container,
  executeAction,
  facts,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { STATS_VERBS } from './stats-actions.js';
import { comparisonSection } from './stats-comparison.js';
import {
  PROMPT_KEYS,
  axisMax,
  chartLang,
  chartValue,
  dataFromNote,
  formatDate,
  formatDays,
  gapColor,
  gapSentence,
} from './stats-format.js';
import { trendSection } from './stats-trend.js';
import { outreachLaunchAction } from './workflow-forms.js';

export interface StatsCardView {
  report: UnitReport;
  /** The prompt, and a tip of the catalogue (a channel's is chosen from all of it). */
  guidance: Omit<StatsGuidance, 'tip'> & { tip: string };
  /** Offer the "who has had many sick periods?" button (the viewer leads this unit). */
  offerFrequent?: boolean;
  /** Offer HR "Tilbyd procesforløb" (W1) for this unit: it is above target. */
  offerOutreach?: boolean;
  /** The calendar year shown (the report's window is that year), or null for rolling 12 months. */
  year?: number | null;
}

function header(view: StatsCardView, t: Translator): CardElement[] {
  const r = view.report;
  const dates = { from: formatDate(r.windowFrom, t), to: formatDate(r.windowTo, t) };
  const window = view.year
    ? t('stats.window.year', { year: String(view.year), ...dates })
    : t('stats.window', dates);
  return [
    heading(t('stats.title', { unit: r.unitName })),
    text(window, { isSubtle: true, spacing: 'None' }),
  ];
}

/** Upper end of the gauge: a round number with room above both the figure and the target. */
export function gaugeMax(value: number, target: number): number {
  return axisMax(Math.max(target * 1.5, value * 1.1));
}

function gauge(r: UnitReport, t: Translator): CardElement[] {
  const value = r.figures?.daysPerFte ?? null;
  if (value === null || !r.target || r.gap === null) return [];
  const target = chartValue(r.target.daysPerFte);
  const max = gaugeMax(value, target);
  return [
    chartGauge({
      title: t('stats.gauge.title'),
      value: Math.min(chartValue(value), max),
      min: 0,
      max,
      valueFormat: 'Fraction',
      subLabel: t('stats.gauge.subLabel', { target }),
      segments: [
        { size: target, legend: t('stats.gauge.under'), color: 'good' },
        { size: chartValue(max - target), legend: t('stats.gauge.over'), color: 'attention' },
      ],
      lang: chartLang(t),
      fallback: facts([
        [t('stats.gauge.unit'), formatDays(value, t)],
        [t('stats.compare.target'), formatDays(r.target.daysPerFte, t)],
      ]),
    }),
  ];
}

function partialData(r: UnitReport, t: Translator): CardElement[] {
  if (r.coverage.window.kind !== 'partial') return [];
  const note = t('stats.partialData', { date: formatDate(r.coverage.window.from, t) });
  return [text(note, { color: 'Warning', spacing: 'Small' })];
}

function headline(view: StatsCardView, t: Translator): CardElement[] {
  const r = view.report;
  const f = r.figures;
  if (!f || f.daysPerFte === null) return [];
  const caption = view.year
    ? t('stats.headlineCaption.year', { year: String(view.year) })
    : t('stats.headlineCaption');
  const items = [
    text(t('stats.headline', { value: f.daysPerFte }), {
      size: 'ExtraLarge',
      weight: 'Bolder',
      spacing: 'Medium',
    }),
    text(caption, { isSubtle: true, size: 'Small', spacing: 'None' }),
  ];
  if (r.coverage.window.kind === 'partial')
    items.push(
      text(`(${dataFromNote(r.coverage.window.from, t)})`, {
        color: 'Warning',
        size: 'Small',
        spacing: 'None',
      }),
    );
  if (f.percent !== null)
    items.push(text(t('stats.percent', { value: f.percent }), { spacing: 'Small' }));
  return items;
}

function previousYearLine(r: UnitReport, t: Translator): CardElement[] {
  if (r.previousYear === null) return [];
  const c = r.coverage.previousYear;
  const line =
    c.kind === 'partial'
      ? t('stats.previousYear.partial', {
          value: r.previousYear,
          date: formatDate(c.from, t),
        })
      : t('stats.previousYear', { value: r.previousYear });
  return [text(line, { isSubtle: true })];
}

function targetSection(r: UnitReport, t: Translator): CardElement[] {
  const items: CardElement[] = [];
  if (r.target && r.gap !== null) {
    items.push(
      text(gapSentence(r.gap, t), { size: 'Large', weight: 'Bolder', color: gapColor(r.gap) }),
    );
  } else if (r.target && r.coverage.window.kind === 'partial') {
    const date = formatDate(r.coverage.window.from, t);
    items.push(text(t('stats.noVerdict', { date }), { weight: 'Bolder' }));
  }
  if (r.target) {
    items.push(
      text(t('stats.target', { year: String(r.target.year), target: r.target.daysPerFte }), {
        spacing: 'Small',
      }),
    );
    if (r.target.computed && r.staffMix) {
      items.push(
        text(
          t('stats.target.computed', { source: r.staffMix.source, year: String(r.staffMix.year) }),
          { isSubtle: true, size: 'Small' },
        ),
      );
    } else if (r.target.inherited) {
      items.push(
        text(t('stats.target.inherited', { unit: r.target.fromUnitName }), {
          isSubtle: true,
          size: 'Small',
        }),
      );
    }
  } else {
    items.push(text(t('stats.noTarget', { unit: r.unitName })));
  }
  items.push(...previousYearLine(r, t));
  return [container(items, { spacing: 'Medium' })];
}

function shortLongSection(r: UnitReport, t: Translator): CardElement[] {
  const s = r.shortLong;
  if (!s) return [];
  const max = String(s.shortMaxDays);
  return [
    text(t('stats.shortLong.title'), { weight: 'Bolder', spacing: 'Large', separator: true }),
    facts([
      [
        t('stats.shortLong.short', { max }),
        t('stats.shortLong.value', { periods: String(s.shortPeriods), days: s.shortDays }),
      ],
      [
        t('stats.shortLong.long', { max }),
        t('stats.shortLong.value', { periods: String(s.longPeriods), days: s.longDays }),
      ],
      [t('stats.shortLong.total'), String(s.shortPeriods + s.longPeriods)],
    ]),
  ];
}

function guidanceSection(view: StatsCardView, t: Translator): CardElement[] {
  return [
    container(
      [
        text(t('stats.dialogue.title'), { weight: 'Bolder' }),
        text(t(PROMPT_KEYS[view.guidance.prompt]), { spacing: 'None' }),
        text(t('stats.tip.title'), { weight: 'Bolder', spacing: 'Small' }),
        text(t(tipTextKey(view.guidance.tip)), { spacing: 'None' }),
      ],
      { style: 'emphasis', spacing: 'Large' },
    ),
  ];
}

function buttons(view: StatsCardView, t: Translator): CardElement[] {
  const unitId = view.report.unitId;
  const actions = [
    ...(view.offerFrequent
      ? [executeAction(t('stats.button.frequent'), { verb: STATS_VERBS.showFrequent, unitId })]
      : []),
    ...(view.offerOutreach ? [outreachLaunchAction(unitId, t)] : []),
  ];
  return actions.length > 0 ? [actionSet(actions)] : [];
}

export function statsCard(view: StatsCardView, t: Translator): AdaptiveCard {
  const r = view.report;
  if (r.suppressed) {
    return card([
      ...header(view, t),
      text(t('stats.suppressed', { unit: r.unitName }), { color: 'Warning', spacing: 'Medium' }),
      ...comparisonSection(r, t),
    ]);
  }
  if (r.empty || r.noData) {
    const empty = view.year
      ? t('stats.emptyYear', { unit: r.unitName, year: String(view.year) })
      : t(r.noData ? 'stats.noData' : 'stats.empty', { unit: r.unitName });
    return card([...header(view, t), text(empty, { spacing: 'Medium' })]);
  }
  return card([
    ...header(view, t),
    ...partialData(r, t),
    ...headline(view, t),
    ...targetSection(r, t),
    ...gauge(r, t),
    ...trendSection(r, view.year ?? null, t),
    ...shortLongSection(r, t),
    ...comparisonSection(r, t),
    ...guidanceSection(view, t),
    ...buttons(view, t),
  ]);
}
