/**
 * One unit's figures: days per full-time employee over the rolling 12 whole months against the
 * target, the 12-month trend with last year's months and the target line, and short vs long
 * absence — each chart followed by a table or a sentence with the same numbers.
 */
import { barChart, lineChart, type Series } from './charts.js';
import { h, section, table } from './dom.js';
import { dateLabel, figure, gapText, monthLabel } from './format.js';
import { num, type Tr } from './strings.js';
import type { UnitReport } from './types.js';

function headline(tr: Tr, r: UnitReport): HTMLElement {
  const value = r.figures?.daysPerFte ?? null;
  const target = r.target?.daysPerFte ?? null;
  return h(
    'div',
    { class: 'headline' },
    h(
      'p',
      { class: 'figure' },
      h('span', { class: 'big', 'data-figure': r.unitId }, figure(tr, value)),
      ' ',
      tr('daysPerFte'),
    ),
    h(
      'p',
      { class: 'sub' },
      tr('figureLine', {
        from: dateLabel(tr.lang, r.windowFrom),
        to: dateLabel(tr.lang, r.windowTo),
      }),
    ),
    h(
      'p',
      { class: `gap gap-${r.situation}` },
      target === null
        ? tr('noTarget')
        : `${tr('targetLine', { value: figure(tr, target) })} · ${gapText(tr, r.gap)}`,
    ),
    r.previousYear !== null
      ? h('p', { class: 'sub' }, tr('previousYear', { value: figure(tr, r.previousYear) }))
      : null,
  );
}

function trend(tr: Tr, r: UnitReport): HTMLElement[] {
  const months = r.trend.map((p) => monthLabel(tr.lang, p.month));
  const target = r.target?.daysPerFte ?? null;
  const series: Series[] = [
    {
      label: tr('thisYear'),
      values: r.trend.map((p) => p.value),
      style: 'solid' as const,
      colorToken: 'colorBrandForeground1',
      point: 'circle' as const,
    },
    {
      label: tr('lastYear'),
      values: r.trend.map((p) => p.yearEarlier),
      style: 'dashed' as const,
      colorToken: 'colorNeutralForeground3',
      point: 'rect' as const,
    },
  ];
  if (target !== null)
    series.push({
      label: tr('target'),
      values: r.trend.map(() => target),
      style: 'dotted' as const,
      colorToken: 'colorPaletteRedForeground1',
      point: 'false' as const,
    });
  const rows = r.trend.map((p, i) => [
    months[i] ?? p.month,
    figure(tr, p.value),
    figure(tr, p.yearEarlier),
    figure(tr, target),
  ]);
  return [
    h('h3', {}, tr('trendTitle')),
    lineChart(tr('trendCaption'), months, series),
    h(
      'details',
      {},
      h('summary', {}, `${tr('trendTitle')} – ${tr('month')}`),
      table(
        tr('trendCaption'),
        [tr('month'), tr('thisYear'), tr('lastYear'), tr('target')],
        rows,
        '',
        true,
      ),
    ),
  ];
}

function shortLong(tr: Tr, r: UnitReport): HTMLElement[] {
  const s = r.shortLong;
  if (!s) return [];
  const sentence = tr('shortLongSentence', {
    short: s.shortPeriods,
    max: s.shortMaxDays,
    shortDays: num(tr.lang, s.shortDays),
    long: s.longPeriods,
    longDays: num(tr.lang, s.longDays),
  });
  return [
    h('h3', {}, tr('shortLongTitle')),
    barChart(
      sentence,
      [tr('short'), tr('long')],
      [
        {
          label: tr('days'),
          values: [s.shortDays, s.longDays],
          style: 'solid',
          colorToken: 'colorBrandBackground',
          point: 'false',
        },
      ],
    ),
    h('p', { class: 'sentence' }, sentence),
  ];
}

export function unitSection(tr: Tr, r: UnitReport): HTMLElement {
  const id = `unit-${r.unitId.replace(/[^\w-]/g, '_')}`;
  if (r.suppressed) return section(id, r.unitName, h('p', {}, tr('suppressed')));
  if (r.noData || !r.figures) return section(id, r.unitName, h('p', {}, tr('noData')));
  return section(id, r.unitName, headline(tr, r), ...trend(tr, r), ...shortLong(tr, r));
}
