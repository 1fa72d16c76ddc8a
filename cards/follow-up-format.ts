/**
 * Small shared helpers for the follow-up cards: localized dates and the texts of domain values.
 * Dates are calendar dates (`yyyy-MM-dd`) formatted as such (UTC midnight, no zone shift).
 */
import type { Translator } from '../i18n/index.js';
import type { IsoDate, Locale } from '../domain/model.js';
import type { Purpose } from '../domain/follow-up/policy-types.js';
import type { FollowUpStep, StepOutcome } from '../domain/follow-up/step-types.js';

function utc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/**
 * "tirsdag 7. april" / "Tuesday 7 April"; " 2027" is appended when the year differs from `ref`'s.
 * The year is appended by hand: Intl's Danish pattern with a year says "tirsdag den 7. april 2027"
 * and the English one "Tuesday, 7 April 2027", so dates on one card would read differently.
 */
export function formatDay(locale: Locale, date: IsoDate, ref?: IsoDate): string {
  const withYear = ref !== undefined && ref.slice(0, 4) !== date.slice(0, 4);
  const day = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utc(date));
  return withYear ? `${day} ${date.slice(0, 4)}` : day;
}

/** Calendar arithmetic on `yyyy-MM-dd` (for input min/max values). */
export function plusDays(date: IsoDate, days: number): IsoDate {
  return new Date(utc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

export const stepTitle = (t: Translator, purpose: Purpose): string => t(`followup.step.${purpose}`);
export const stepPurpose = (t: Translator, purpose: Purpose): string =>
  t(`followup.purpose.${purpose}`);

/** The recorded outcome in words, with the reason for "not appropriate now" (never the note). */
export function outcomeText(t: Translator, outcome: StepOutcome): string {
  if (outcome.kind !== 'not-appropriate') return t(`followup.outcome.${outcome.kind}`);
  return `${t('followup.outcome.not-appropriate')}: ${t(`followup.reason.${outcome.reason}`)}`;
}

/** The step's state in words ("missed" for a step closed by fit after its due day passed). */
export function stateText(t: Translator, step: FollowUpStep): string {
  if (step.state === 'not-needed' && step.missedBeforeFit) return t('followup.state.missed');
  if ((step.state === 'done' || step.state === 'skipped-with-reason') && step.outcome) {
    return outcomeText(t, step.outcome);
  }
  return t(`followup.state.${step.state}`);
}

/** "7. april" for a contact day, "Senest 7. april" for a deadline. */
export function dueText(
  t: Translator,
  step: Pick<FollowUpStep, 'timing' | 'dueDate'>,
  ref?: IsoDate,
): string {
  const date = formatDay(t.locale, step.dueDate, ref);
  return step.timing === 'deadline'
    ? t('followup.date.latest', { date })
    : t('followup.date.on', { date });
}
