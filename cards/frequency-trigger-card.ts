/**
 * Frequent absence: when an employee meets a trigger of the policy (e.g. 5 periods in 12 months),
 * the leader is proposed a conversation about the frequent absence. The card frames it as care,
 * names § 56 as an option for chronic illness, and never asks for a cause.
 */
import type { TriggerHit } from '../domain/follow-up/frequency.js';
import { raw, type Translator } from '../i18n/index.js';
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
  /** Further triggers of the person that fired with it: all on one line, one card. */
  also?: readonly TriggerHit[];
  /** Updated variant after an action: what was done instead of the buttons. */
  handled: 'guide' | 'hr' | null;
}

/** One trigger's count in words, e.g. "5 sygeperioder på 12 måneder" or "… i 2026". */
function countText(t: Translator, hit: TriggerHit): string {
  const { kind, windowMonths, window } = hit.trigger;
  const count = String(hit.value);
  if (window === 'calendar-year') {
    const year = hit.date.slice(0, 4);
    return t(kind === 'periods' ? 'followup.flag.periodsYear' : 'followup.flag.daysYear', {
      count,
      year,
    });
  }
  const months = String(windowMonths);
  return t(kind === 'periods' ? 'followup.flag.periods' : 'followup.flag.days', { count, months });
}

/** The counts of every trigger that fired, periods first, as one phrase. */
export function frequencyCounts(t: Translator, hits: readonly TriggerHit[]): string {
  const sorted = [...hits].sort((a, b) => a.trigger.kind.localeCompare(b.trigger.kind) * -1);
  return sorted.map((h) => countText(t, h)).join(t('followup.flag.and'));
}

export function frequencyTriggerCard(view: FrequencyCardView, t: Translator): AdaptiveCard {
  const { trigger, personKey } = view.hit;
  const hits = [view.hit, ...(view.also ?? [])];
  const counts = raw(frequencyCounts(t, hits));
  const body: CardElement[] = [
    heading(t('followup.frequency.title', { name: view.employeeName })),
    text(t('followup.frequency.combined', { name: view.employeeName, counts }), {
      weight: 'Bolder',
    }),
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
