/**
 * The settings of a channel subscription: which unit (a sector, or the whole municipality: the
 * units the person may see), how often, which day and hour, which language, and the MED pack. Saved with
 * Action.Execute; the payload is checked by channelActionSchema and again by the use case.
 */
import { CADENCES } from '../domain/subscriptions/cadence.js';
import type { Translator } from '../i18n/index.js';
import { CHANNEL_VERBS } from './channel-actions.js';
import { cadenceText } from './channel-subscriptions-card.js';
import {
  card,
  choiceInput,
  executeAction,
  heading,
  numberInput,
  text,
  toggleInput,
  type AdaptiveCard,
} from './elements.js';

export interface ChannelSettingsView {
  /** null: a new subscription. */
  subscriptionId: string | null;
  units: ReadonlyArray<{ id: string; name: string }>;
  current: {
    unitId: string;
    cadence: (typeof CADENCES)[number];
    day: number | null;
    hour: number;
    locale: 'da' | 'en';
    medPack?: boolean;
  } | null;
}

export function channelSettingsCard(view: ChannelSettingsView, t: Translator): AdaptiveCard {
  const c = view.current;
  return card(
    [
      heading(t('channels.settings.title')),
      text(t('channels.settings.body'), { isSubtle: true, spacing: 'None' }),
      choiceInput({
        id: 'unitId',
        label: t('channels.settings.unit'),
        isRequired: true,
        errorMessage: t('channels.settings.unitMissing'),
        style: 'filtered',
        choices: view.units.map((u) => ({ title: u.name, value: u.id })),
        ...(c ? { value: c.unitId } : {}),
      }),
      choiceInput({
        id: 'cadence',
        label: t('channels.settings.cadence'),
        value: c?.cadence ?? 'monthly',
        choices: CADENCES.map((k) => ({ title: cadenceText(k, t), value: k })),
      }),
      numberInput({
        id: 'day',
        label: t('channels.settings.day'),
        min: 1,
        max: 28,
        placeholder: t('channels.settings.dayPlaceholder'),
        ...(c?.day ? { value: c.day } : {}),
      }),
      numberInput({
        id: 'hour',
        label: t('channels.settings.hour'),
        min: 0,
        max: 23,
        value: c?.hour ?? 8,
      }),
      choiceInput({
        id: 'locale',
        label: t('channels.settings.language'),
        value: c?.locale ?? t.locale,
        choices: [
          { title: t('channels.settings.da'), value: 'da' },
          { title: t('channels.settings.en'), value: 'en' },
        ],
      }),
      toggleInput({
        id: 'medPack',
        label: t('channels.settings.medPackLabel'),
        title: t('channels.settings.medPack'),
        value: c?.medPack ? 'true' : 'false',
      }),
    ],
    [
      executeAction(
        t('channels.settings.save'),
        {
          verb: CHANNEL_VERBS.save,
          id: view.subscriptionId ?? '',
        },
        'positive',
      ),
    ],
  );
}
