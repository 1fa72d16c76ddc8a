/**
 * The tip card: one tip with "Et til" and "Brugbart? 👍/👎" (Action.Execute, updating in place),
 * and the same tip as a section of the day's message (the weekly tip), whose 👍/👎 are answered
 * with a short message so the day's message stays as it is.
 */
import type { StepId } from '../domain/guide/guide-kinds.js';
import { isStatsTip, type TipElement } from '../domain/tips/catalogue.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  container,
  executeAction,
  heading,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './elements.js';
import { TIP_VERBS, type TipAsked } from './tip-actions.js';

export interface TipView {
  tipId: string;
  element: TipElement;
  /** What was asked for; "Et til" asks for the same. */
  asked: TipAsked;
  step: StepId | null;
  /** Every tip that fits had been shown: this one comes round again. */
  repeat: boolean;
  /** 'weekly': the weekly tip sent on its own (with a button to stop it). */
  place: 'card' | 'weekly';
  /** The reader's answer just given (the card thanks them), or null. */
  answered: boolean | null;
}

/** The text of a tip: the statistics tips keep the statistics card's texts. */
export function tipTextKey(tipId: string): MessageKey {
  return (isStatsTip(tipId) ? `stats.tip.${tipId}` : `tips.text.${tipId}`) as MessageKey;
}

function titleOf(view: TipView, t: Translator): string {
  if (view.place === 'weekly') return t('tips.card.weeklyTitle');
  if (view.asked === null) return t('tips.card.title');
  const theme = view.asked === 'basics' ? t('tips.basics') : t(`tips.theme.${view.asked}`);
  return t('tips.card.titleTheme', { theme });
}

const voteActions = (view: Pick<TipView, 'tipId' | 'asked'>, place: string, t: Translator) => [
  executeAction(t('tips.card.up'), {
    verb: TIP_VERBS.feedback,
    tipId: view.tipId,
    useful: true,
    place,
    theme: view.asked,
  }),
  executeAction(t('tips.card.down'), {
    verb: TIP_VERBS.feedback,
    tipId: view.tipId,
    useful: false,
    place,
    theme: view.asked,
  }),
];

export function tipCard(view: TipView, t: Translator): AdaptiveCard {
  const body: CardElement[] = [
    heading(titleOf(view, t)),
    text(t(tipTextKey(view.tipId))),
    text(t('tips.card.element', { element: t(`tips.element.${view.element}`) }), {
      isSubtle: true,
      size: 'Small',
    }),
  ];
  if (view.repeat) body.push(text(t('tips.card.repeat'), { isSubtle: true, size: 'Small' }));
  if (view.answered !== null)
    body.push(
      text(t(view.answered ? 'tips.card.thanksUp' : 'tips.card.thanksDown'), { color: 'Good' }),
    );
  body.push(text(t('tips.card.useful'), { weight: 'Bolder', spacing: 'Medium' }));
  const actions: CardAction[] = [
    ...voteActions(view, view.place, t),
    executeAction(t('tips.card.another'), {
      verb: TIP_VERBS.another,
      theme: view.asked,
      step: view.step,
    }),
  ];
  if (view.place === 'weekly')
    actions.push(executeAction(t('tips.weekly.stop'), { verb: TIP_VERBS.weeklyStop }));
  return card(body, actions);
}

/** The weekly tip as a section of the day's message. */
export function digestTipSection(
  view: { tipId: string; element: TipElement },
  t: Translator,
): CardElement {
  return container(
    [
      text(t('tips.digest.heading'), { weight: 'Bolder' }),
      text(t(tipTextKey(view.tipId))),
      text(t('tips.card.useful'), { isSubtle: true, size: 'Small' }),
      actionSet(voteActions({ tipId: view.tipId, asked: null }, 'digest', t)),
    ],
    { separator: true, spacing: 'Large' },
  );
}

/** The day's message with the weekly tip added at its end. */
export function withTipSection(
  dayMessage: AdaptiveCard,
  tip: { tipId: string; element: TipElement } | null,
  t: Translator,
): AdaptiveCard {
  if (!tip) return dayMessage;
  return { ...dayMessage, body: [...dayMessage.body, digestTipSection(tip, t)] };
}
