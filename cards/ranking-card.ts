/**
 * Several units ranked against their targets (a leader of several units, a sector chief), each
 * with an "open" button carrying { verb: 'stats.showUnit', unitId } (the unit's card comes as a new
 * message and this card stays; see bot/handlers/stats). Rows come ranked from
 * domain/statistics/ranking.ts; at most MAX_RANKING_ROWS are shown so the card stays small. Above
 * the rows, horizontal bars show every unit's figure with its whole name; the rows say above or
 * under target in words, so the bars' colours only help. A calendar year's card says the year in
 * its title; when the data covers the window only partly, no row is held against its target.
 */
import type { IsoDate } from '../domain/model.js';
import type { RankingRow } from '../domain/statistics/ranking.js';
import { escapeMarkdown, type Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  chartHorizontalBar,
  columns,
  container,
  executeAction,
  facts,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
  type ChartColor,
} from './elements.js';
import { STATS_VERBS } from './stats-actions.js';
import {
  chartLang,
  chartValue,
  formatDate,
  formatDays,
  gapColor,
  gapKind,
  gapSentence,
} from './stats-format.js';

export interface RankingCardView {
  /** What is ranked, e.g. "Ældre og Sundhed" or "dine enheder". */
  scopeName: string;
  asOf: IsoDate;
  rows: readonly RankingRow[];
  /** The calendar year ranked, or null for the rolling 12 months up to `asOf`. */
  year?: number | null;
}

export const MAX_RANKING_ROWS = 30;

function statusLines(row: RankingRow, t: Translator): CardElement[] {
  if (row.suppressed)
    return [text(t('stats.ranking.suppressed'), { isSubtle: true, spacing: 'None' })];
  if (row.noData) return [text(t('stats.ranking.noData'), { isSubtle: true, spacing: 'None' })];
  if (row.empty || row.daysPerFte === null)
    return [text(t('stats.ranking.empty'), { isSubtle: true, spacing: 'None' })];
  const value = text(t('stats.ranking.value', { value: row.daysPerFte }), { spacing: 'None' });
  if (row.dataFrom !== null) {
    const note = t('stats.ranking.dataFrom', { date: formatDate(row.dataFrom, t) });
    return [value, text(note, { color: 'Warning', spacing: 'None' })];
  }
  if (row.gap === null)
    return [value, text(t('stats.ranking.noTarget'), { isSubtle: true, spacing: 'None' })];
  return [
    value,
    text(gapSentence(row.gap, t), { color: gapColor(row.gap), weight: 'Bolder', spacing: 'None' }),
  ];
}

function rowElement(row: RankingRow, year: number | null, t: Translator): CardElement {
  const open = executeAction(t('stats.button.open'), {
    verb: STATS_VERBS.showUnit,
    unitId: row.unitId,
    ...(year ? { year } : {}),
  });
  return container(
    [
      columns([
        {
          items: [text(escapeMarkdown(row.unitName), { weight: 'Bolder' }), ...statusLines(row, t)],
        },
        { width: 'auto', items: [actionSet([open])] },
      ]),
    ],
    { separator: true, spacing: 'Medium' },
  );
}

/** The period, and the order: by gap to target, or by figure when the data is partial. */
function subtitle(view: RankingCardView, t: Translator): string {
  const partial = view.rows.some((r) => r.dataFrom !== null);
  if (view.year) {
    const year = String(view.year);
    return t(partial ? 'stats.ranking.subtitleYear.partial' : 'stats.ranking.subtitleYear', {
      year,
    });
  }
  const date = formatDate(view.asOf, t);
  return t(partial ? 'stats.ranking.subtitle.partial' : 'stats.ranking.subtitle', { date });
}

function barColor(row: RankingRow): ChartColor {
  if (row.gap === null) return 'neutral';
  const kind = gapKind(row.gap);
  return kind === 'above' ? 'attention' : kind === 'below' ? 'good' : 'neutral';
}

/** The shown units' figures as bars (two or more with a figure), with a FactSet fallback. */
function chart(rows: readonly RankingRow[], t: Translator): CardElement[] {
  const withFigure = rows.filter((r) => r.daysPerFte !== null);
  if (withFigure.length < 2) return [];
  return [
    chartHorizontalBar({
      title: t('stats.ranking.chart'),
      data: withFigure.map((r) => ({
        x: r.unitName,
        y: chartValue(r.daysPerFte ?? 0),
        color: barColor(r),
      })),
      fallback: facts(
        withFigure.map((r) => [escapeMarkdown(r.unitName), formatDays(r.daysPerFte, t)] as const),
      ),
      xAxisTitle: t('stats.compare.axis'),
      lang: chartLang(t),
    }),
  ];
}

function title(view: RankingCardView, t: Translator): string {
  return view.year
    ? t('stats.ranking.titleYear', { scope: view.scopeName, year: String(view.year) })
    : t('stats.ranking.title', { scope: view.scopeName });
}

export function rankingCard(view: RankingCardView, t: Translator): AdaptiveCard {
  const body: CardElement[] = [
    heading(title(view, t)),
    text(subtitle(view, t), {
      isSubtle: true,
      spacing: 'None',
    }),
  ];
  if (view.rows.length === 0) return card([...body, text(t('stats.ranking.none'))]);
  const shown = view.rows.slice(0, MAX_RANKING_ROWS);
  body.push(...chart(shown, t));
  body.push(...shown.map((row) => rowElement(row, view.year ?? null, t)));
  if (view.rows.length > shown.length) {
    body.push(
      text(
        t('stats.ranking.more', { shown: String(shown.length), total: String(view.rows.length) }),
        { isSubtle: true, spacing: 'Medium' },
      ),
    );
  }
  return card(body);
}
