/**
 * Several units ranked against their targets (a leader of several units, a sector chief), each
 * with an "open" button carrying { verb: 'stats.showUnit', unitId }. Rows come ranked from
 * domain/statistics/ranking.ts; at most `maxRows` are shown so the card stays small.
 */
import type { IsoDate } from '../domain/model.js';
import type { RankingRow } from '../domain/statistics/ranking.js';
import { escapeMarkdown, type Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  columns,
  container,
  executeAction,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { STATS_VERBS } from './stats-actions.js';
import { formatDate, gapColor, gapSentence } from './stats-format.js';

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

function subtitle(view: RankingCardView, t: Translator): string {
  return view.year
    ? t('stats.ranking.subtitleYear', { year: String(view.year) })
    : t('stats.ranking.subtitle', { date: formatDate(view.asOf, t) });
}

export function rankingCard(view: RankingCardView, t: Translator): AdaptiveCard {
  const body: CardElement[] = [
    heading(t('stats.ranking.title', { scope: view.scopeName })),
    text(subtitle(view, t), {
      isSubtle: true,
      spacing: 'None',
    }),
  ];
  if (view.rows.length === 0) return card([...body, text(t('stats.ranking.none'))]);
  const shown = view.rows.slice(0, MAX_RANKING_ROWS);
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
