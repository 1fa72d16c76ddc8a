/**
 * A channel's scheduled absence summary: the unit's statistics card as a channel sees it (totals
 * only, small groups suppressed; its tip is the one chosen for the channel), with the period, the
 * change since the last summary, the projection of the year labelled as one, a sector's units
 * against their targets (hidden ones without a figure), and the question to discuss.
 */
import type { ChannelSummaryView } from '../app/channel-summary.js';
import type { RankingRow } from '../domain/statistics/ranking.js';
import type { Translator } from '../i18n/index.js';
import { cadenceText } from './channel-subscriptions-card.js';
import {
  card,
  container,
  facts,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { formatDays } from './stats-format.js';
import { statsCard } from './stats-card.js';
import { outreachLaunchAction } from './workflow-forms.js';

function rankingValue(row: RankingRow, t: Translator): string {
  if (row.suppressed || row.daysPerFte === null) return t('channels.summary.ranking.hidden');
  const value = formatDays(row.daysPerFte, t);
  return row.target === null
    ? t('channels.summary.ranking.noTarget', { value })
    : t('channels.summary.ranking.value', { value, target: formatDays(row.target, t) });
}

function ranking(view: ChannelSummaryView, t: Translator): CardElement[] {
  if (!view.ranking || view.ranking.length === 0) return [];
  return [
    container(
      [
        text(t('channels.summary.ranking.title'), { weight: 'Bolder' }),
        facts(view.ranking.map((r) => [r.unitName, rankingValue(r, t)] as const)),
      ],
      { separator: true, spacing: 'Medium' },
    ),
  ];
}

function changes(view: ChannelSummaryView, t: Translator): CardElement[] {
  const now = view.report.figures?.daysPerFte ?? null;
  const out: CardElement[] = [];
  if (!view.report.suppressed && now !== null && view.lastSummary !== null)
    out.push(
      text(
        t('channels.summary.sinceLast', {
          before: formatDays(view.lastSummary, t),
          now: formatDays(now, t),
        }),
      ),
    );
  if (view.onTime)
    out.push(text(t('channels.summary.onTime', { percent: String(view.onTime.percent) })));
  if (view.projection)
    out.push(
      text(
        t('channels.summary.projection', {
          year: String(view.projection.year),
          value: formatDays(view.projection.daysPerFte, t),
        }),
        { isSubtle: true },
      ),
    );
  return out;
}

/** The MED pack: well-being and APV scores beside the figures, and what the workplace can change. */
function medPack(view: ChannelSummaryView, t: Translator): CardElement[] {
  if (!view.wellbeing) return [];
  const rows = view.wellbeing.map(
    (w) =>
      [
        w.measure,
        t('channels.med.score', { score: formatDays(w.score, t), date: w.date }),
      ] as const,
  );
  return [
    container(
      [
        text(t('channels.med.title'), { weight: 'Bolder' }),
        rows.length > 0 ? facts(rows) : text(t('channels.med.none'), { isSubtle: true }),
        text(t('channels.med.discuss')),
      ],
      { separator: true, spacing: 'Medium' },
    ),
  ];
}

export function channelSummaryCard(view: ChannelSummaryView, t: Translator): AdaptiveCard {
  const base = statsCard(
    { report: view.report, guidance: { prompt: view.report.situation, tip: view.tip } },
    t,
  );
  const top: CardElement[] = [
    heading(t('channels.summary.title', { unit: view.report.unitName })),
    text(t('channels.summary.subtitle', { cadence: cadenceText(view.cadence, t) }), {
      isSubtle: true,
      spacing: 'None',
    }),
  ];
  if (view.late) top.push(text(t('channels.summary.late'), { color: 'Warning' }));
  // Teams shows at most six actions on a card.
  const offers = view.outreach
    .slice(0, 6)
    .map((u) => outreachLaunchAction(u.unitId, t, u.unitName));
  return card(
    [
      ...top,
      ...base.body,
      ...changes(view, t),
      ...ranking(view, t),
      ...medPack(view, t),
      text(t('channels.summary.discuss'), { weight: 'Bolder', separator: true, spacing: 'Medium' }),
    ],
    offers,
  );
}
