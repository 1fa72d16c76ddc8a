/**
 * Frequent absence: when an employee meets a trigger of the policy (e.g. 5 periods in 12 months),
 * the leader is proposed a conversation about the frequent absence. The card frames it as care,
 * names § 56 as an option for chronic illness, and never asks for a cause.
 */
import type { TriggerHit } from '../domain/follow-up/frequency.js';
import type { Translator } from '../i18n/index.js';
import {
  card,
  executeAction,
  heading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { FOLLOW_UP_VERBS } from './follow-up-actions.js';

export interface FrequencyCardView {
  employeeName: string;
  hit: TriggerHit;
  /** Updated variant after an action: what was done instead of the buttons. */
  handled: 'guide' | 'hr' | null;
}

export function frequencyTriggerCard(view: FrequencyCardView, t: Translator): AdaptiveCard {
  const { trigger, value, personKey } = view.hit;
  const params = {
    name: view.employeeName,
    count: String(value),
    months: String(trigger.windowMonths),
  };
  const body: CardElement[] = [
    heading(t('followup.frequency.title', { name: view.employeeName })),
    text(
      t(
        trigger.kind === 'periods' ? 'followup.frequency.periods' : 'followup.frequency.days',
        params,
      ),
      { weight: 'Bolder' },
    ),
    text(t('followup.frequency.body')),
    text(t('followup.para56'), { isSubtle: true, size: 'Small' }),
  ];
  if (view.handled) {
    const key =
      view.handled === 'guide' ? 'followup.frequency.handledGuide' : 'followup.frequency.handledHr';
    body.push(text(t(key), { color: 'Good' }));
    return card(body);
  }
  const data = { personKey, triggerId: trigger.id };
  return card(body, [
    executeAction(
      t('followup.frequency.prepare'),
      { verb: FOLLOW_UP_VERBS.frequencyGuide, ...data },
      'positive',
    ),
    executeAction(t('followup.action.askHr'), { verb: FOLLOW_UP_VERBS.frequencyAskHr, ...data }),
  ]);
}
