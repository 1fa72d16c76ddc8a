/**
 * Locale formatting for the guide's cards and documents: calendar dates, times, hours and
 * lists. Calendar dates are `yyyy-MM-dd` days, formatted as days (no time zone involved).
 */
import type { Locale } from '../domain/model.js';
import { formatNumber } from '../i18n/index.js';

const TAGS: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayMillis(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not a yyyy-MM-dd date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** "torsdag den 12. november 2026" / "Thursday, 12 November 2026". */
export function formatLongDate(locale: Locale, iso: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  };
  return new Intl.DateTimeFormat(TAGS[locale], options).format(dayMillis(iso));
}

/** "12. november 2026" / "12 November 2026". */
export function formatDate(locale: Locale, iso: string): string {
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  };
  return new Intl.DateTimeFormat(TAGS[locale], options).format(dayMillis(iso));
}

/** "10.00" in Danish, "10:00" in English, from `HH:mm`. */
export function formatTime(locale: Locale, hhmm: string): string {
  return locale === 'da' ? hhmm.replace(':', '.') : hhmm;
}

/** Hours without needless decimals: 12 → "12", 12.5 → "12,5", 12.25 → "12,25". */
export function formatHours(locale: Locale, hours: number): string {
  const decimals = Number.isInteger(hours) ? 0 : Number.isInteger(hours * 10) ? 1 : 2;
  return formatNumber(locale, hours, decimals);
}

/** A whole number as a string, so that `t()` does not add a decimal. */
export const count = (n: number): string => String(Math.round(n));

/** "A, B og C" / "A, B and C". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(TAGS[locale], { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A choice label as it reads inside a sentence: "Lettere opgaver" → "lettere opgaver", while
 * names stay as they are ("Tidlig Indsats", "HR", "§ 56-aftale").
 */
export function inSentence(label: string): string {
  const [first, ...rest] = label.split(' ');
  if (!first || !/^\p{Lu}\p{Ll}/u.test(first)) return label;
  if (rest.some((word) => /^\p{Lu}/u.test(word))) return label;
  return (
    first.charAt(0).toLocaleLowerCase() +
    first.slice(1) +
    (rest.length > 0 ? ` ${rest.join(' ')}` : '')
  );
}

/** The first name of a display name, for a warm greeting. */
export const firstName = (displayName: string): string =>
  displayName.trim().split(/\s+/)[0] ?? displayName;
