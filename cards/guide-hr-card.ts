/**
 * The card the unit's HR consultant gets when an employee says yes to an offer: what they need
 * to act, and nothing about health. (Tracked HR workflows come later; this card only informs.)
 */
import type { ExpectedDuration, Offer, PartialReturn } from '../domain/guide/agreements.js';
import type { GuideKind } from '../domain/guide/guide-kinds.js';
import type { IsoDate } from '../domain/model.js';
import { escapeMarkdown, raw, type Translator } from '../i18n/index.js';
import { card, facts, heading, text, type AdaptiveCard } from './elements.js';
import { formatHours, formatLongDate } from './guide-format.js';

export interface GuideHrView {
  offer: Offer;
  employeeName: string;
  leaderName: string;
  unitName: string;
  agreedOn: IsoDate;
  /** The conversation the offer was agreed in. */
  kind: GuideKind;
  /** First day of the sick period the guide is about; null for frequent absence without one. */
  firstSickDay: IsoDate | null;
  expectedDuration: ExpectedDuration | null;
  partialReturn: PartialReturn | null;
}

export function guideHrCard(view: GuideHrView, t: Translator): AdaptiveCard {
  const rows: Array<[string, string]> = [
    [t('guide.hr.employee'), escapeMarkdown(view.employeeName)],
    [t('guide.hr.leader'), escapeMarkdown(view.leaderName)],
    [t('guide.hr.unit'), escapeMarkdown(view.unitName)],
    [t('guide.hr.agreedOn'), formatLongDate(t.locale, view.agreedOn)],
    [t('guide.hr.conversation'), t(`guide.kind.${view.kind}.title`)],
  ];
  if (view.firstSickDay)
    rows.push([t('guide.hr.firstSickDay'), formatLongDate(t.locale, view.firstSickDay)]);
  if (view.expectedDuration)
    rows.push([
      t('guide.agreements.expectedDuration'),
      t(`guide.duration.${view.expectedDuration}`),
    ]);
  if (view.partialReturn) {
    const { hoursPerWeek, start } = view.partialReturn;
    rows.push([
      t('guide.agreements.partialReturnLabel'),
      t('guide.hr.partialReturn', {
        hours: formatHours(t.locale, hoursPerWeek),
        date: formatLongDate(t.locale, start),
      }),
    ]);
  }
  return card([
    heading(t('guide.hr.title', { offer: raw(t(`guide.offer.${view.offer}`)) })),
    text(t('guide.hr.intro', { leader: view.leaderName })),
    facts(rows),
    text(t('guide.hr.privacy'), { isSubtle: true, size: 'Small' }),
  ]);
}
