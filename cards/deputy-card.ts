/**
 * The deputy cards: the confirmation of a deputy set (with Stop), the question before one
 * replaces another (Erstat / Behold), the list (my deputy, whom I cover) and the stop receipt.
 */
import type { IsoDate } from '../domain/model.js';
import { escapeMarkdown, type Translator } from '../i18n/index.js';
import { DEPUTY_VERBS } from './deputy-actions.js';
import {
  card,
  container,
  executeAction,
  facts,
  heading,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './elements.js';
import { formatDay } from './follow-up-format.js';

/** One deputyship as shown (app/deputies.ts DeputyshipView). */
export interface DeputyshipCardView {
  id: string;
  leaderName: string;
  deputyName: string;
  unitNames: readonly string[];
  from: IsoDate;
  to: IsoDate;
  inForce: boolean;
}

const day = (t: Translator, date: IsoDate, today: IsoDate) => formatDay(t.locale, date, today);

export const periodText = (t: Translator, d: DeputyshipCardView, today: IsoDate): string =>
  t('deputy.period', { from: day(t, d.from, today), to: day(t, d.to, today) });

function deputyFacts(
  t: Translator,
  d: DeputyshipCardView,
  today: IsoDate,
  who: 'deputy' | 'leader',
  withStatus = true,
): CardElement {
  const status = d.inForce
    ? t('deputy.status.inForce')
    : t('deputy.status.ahead', { from: day(t, d.from, today) });
  return facts([
    who === 'deputy'
      ? [t('deputy.fact.deputy'), escapeMarkdown(d.deputyName)]
      : [t('deputy.fact.leader'), escapeMarkdown(d.leaderName)],
    [t('deputy.fact.period'), periodText(t, d, today)],
    [t('deputy.fact.units'), escapeMarkdown(d.unitNames.join(', '))],
    ...(withStatus ? [[t('deputy.fact.status'), status] as const] : []),
  ]);
}

const stopAction = (t: Translator, d: DeputyshipCardView): CardAction =>
  executeAction(t('deputy.button.stop'), { verb: DEPUTY_VERBS.stop, id: d.id }, 'destructive');

/** "Karen Olsen er din stedfortræder": what passes to the deputy, until when, and Stop. */
export function deputySetCard(
  view: { deputyship: DeputyshipCardView; replaced: DeputyshipCardView | null; today: IsoDate },
  t: Translator,
): AdaptiveCard {
  const { deputyship: d, replaced, today } = view;
  const body = [
    heading(t('deputy.set.title')),
    text(t('deputy.set.body', { deputy: d.deputyName })),
    deputyFacts(t, d, today, 'deputy'),
    text(t('deputy.set.ends', { to: day(t, d.to, today) }), { isSubtle: true }),
  ];
  if (replaced) {
    const period = periodText(t, replaced, today);
    body.push(
      text(t('deputy.set.replaced', { deputy: replaced.deputyName, period }), { isSubtle: true }),
    );
  }
  return card(body, [stopAction(t, d)]);
}

/** To the deputy: who named them, for which units and days, and what it means. */
export function deputyNamedCard(
  view: { deputyship: DeputyshipCardView; today: IsoDate },
  t: Translator,
): AdaptiveCard {
  const { deputyship: d, today } = view;
  return card(
    [
      heading(t('deputy.named.title')),
      text(t('deputy.named.body', { leader: escapeMarkdown(d.leaderName) })),
      deputyFacts(t, d, today, 'leader'),
    ],
    [],
  );
}

/** "Du har allerede en stedfortræder": the one now and the new one, Erstat or Behold. */
export function deputyReplaceCard(
  view: {
    existing: DeputyshipCardView;
    proposed: DeputyshipCardView;
    proposal: { deputyId: string; from: IsoDate; to: IsoDate; unitIds: readonly string[] };
    today: IsoDate;
  },
  t: Translator,
): AdaptiveCard {
  const { existing, proposed, proposal, today } = view;
  const replace = executeAction(
    t('deputy.button.replace'),
    {
      verb: DEPUTY_VERBS.replace,
      replaces: existing.id,
      deputyId: proposal.deputyId,
      from: proposal.from,
      to: proposal.to,
      unitIds: [...proposal.unitIds],
    },
    'positive',
  );
  const keep = executeAction(t('deputy.button.keep'), { verb: DEPUTY_VERBS.keep });
  return card(
    [
      heading(t('deputy.replace.title')),
      text(t('deputy.replace.body', { deputy: proposed.deputyName })),
      text(t('deputy.replace.now'), { weight: 'Bolder', spacing: 'Medium' }),
      deputyFacts(t, existing, today, 'deputy'),
      text(t('deputy.replace.new'), { weight: 'Bolder', spacing: 'Medium' }),
      deputyFacts(t, proposed, today, 'deputy'),
    ],
    [replace, keep],
  );
}

/** "Hvem er min stedfortræder?": my deputy (with Stop) and the leaders I cover for. */
export function deputyListCard(
  view: {
    mine: readonly DeputyshipCardView[];
    covering: readonly DeputyshipCardView[];
    today: IsoDate;
  },
  t: Translator,
): AdaptiveCard {
  const { today } = view;
  const body: CardElement[] = [heading(t('deputy.list.title'))];
  body.push(text(t('deputy.list.mine'), { weight: 'Bolder', spacing: 'Medium' }));
  if (view.mine.length === 0) body.push(text(t('deputy.list.noneMine')));
  const actions = view.mine.map((d) => stopAction(t, d));
  for (const d of view.mine) body.push(deputyFacts(t, d, today, 'deputy'));
  if (view.covering.length > 0) {
    const rows = view.covering.map((d) => deputyFacts(t, d, today, 'leader'));
    body.push(
      container([text(t('deputy.list.covering'), { weight: 'Bolder' }), ...rows], {
        separator: true,
        spacing: 'Medium',
      }),
    );
  }
  return card(body, actions);
}

/** The receipt of a stop: who no longer gets the leader's follow-up. */
export function deputyEndedCard(
  view: { ended: readonly DeputyshipCardView[]; today: IsoDate },
  t: Translator,
): AdaptiveCard {
  const body: CardElement[] = [heading(t('deputy.ended.title'))];
  for (const d of view.ended) {
    body.push(text(t('deputy.ended.body', { deputy: d.deputyName })));
    body.push(deputyFacts(t, d, view.today, 'deputy', false));
  }
  return card(body);
}
