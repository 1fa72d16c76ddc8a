/** A channel's subscriptions (with a stop button each), and the card confirming a new one. */
import type { SubscriptionView } from '../app/subscriptions.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import {
  actionSet,
  card,
  container,
  executeAction,
  heading,
  text,
  type AdaptiveCard,
} from './elements.js';
import { CHANNEL_VERBS } from './channel-actions.js';

export function cadenceText(cadence: SubscriptionView['cadence'], t: Translator): string {
  return t(`channels.cadence.${cadence}` as MessageKey);
}

export function whenText(
  s: Pick<SubscriptionView, 'cadence' | 'day' | 'hour'>,
  t: Translator,
): string {
  const hour = String(s.hour).padStart(2, '0');
  if (s.day === null) return t('channels.when.default', { hour });
  if (s.cadence === 'weekly')
    return t('channels.when.weekday', {
      weekday: t(`channels.weekday.${s.day}` as MessageKey),
      hour,
    });
  return t('channels.when.day', { day: String(s.day), hour });
}

/** "with the MED pack" after the cadence, for the subscriptions that have it. */
const withMedPack = (s: SubscriptionView, t: Translator): string =>
  s.medPack ? t('channels.list.withMedPack') : '';

export function subscribedCard(s: SubscriptionView, t: Translator): AdaptiveCard {
  return card([
    heading(t('channels.subscribed.title', { unit: s.unitName })),
    text(
      t('channels.subscribed.body', {
        cadence: cadenceText(s.cadence, t) + withMedPack(s, t),
        when: whenText(s, t),
      }),
    ),
  ]);
}

export function subscriptionsCard(subs: readonly SubscriptionView[], t: Translator): AdaptiveCard {
  if (subs.length === 0)
    return card([heading(t('channels.list.title')), text(t('channels.list.empty'))]);
  return card([
    heading(t('channels.list.title')),
    ...subs.map((s) =>
      container([
        text(s.unitName, { weight: 'Bolder' }),
        text(
          t('channels.list.item', {
            cadence: cadenceText(s.cadence, t) + withMedPack(s, t),
            when: whenText(s, t),
          }),
          {
            spacing: 'None',
          },
        ),
        actionSet([
          executeAction(t('channels.button.change'), { verb: CHANNEL_VERBS.edit, id: s.id }),
          executeAction(t('channels.button.stop'), { verb: CHANNEL_VERBS.stop, id: s.id }),
        ]),
      ]),
    ),
  ]);
}
