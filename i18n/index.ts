import { da, type MessageKey } from './da.js';
import { en } from './en.js';
import type { Locale } from '../domain/model.js';
import { escapeMarkdown, Raw } from './markdown.js';

export type { MessageKey };
export { escapeMarkdown, raw, Raw, unescapeMarkdown } from './markdown.js';
/** Strings are data and are escaped for markdown; numbers are formatted; raw() goes in as is. */
export type Params = Record<string, string | number | Raw>;
/** A translator bound to one locale: the only way cards and dialogs get text. */
export type Translator = ((key: MessageKey, params?: Params) => string) & { locale: Locale };

const TABLES: Record<Locale, Record<MessageKey, string>> = { da, en };

/** Formats a number for the locale: decimal comma in Danish. */
export function formatNumber(locale: Locale, value: number, decimals = 1): string {
  return numberFormat(locale, decimals).format(value);
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and precision: building an Intl.NumberFormat costs ~50 µs. */
function numberFormat(locale: Locale, decimals: number): Intl.NumberFormat {
  const key = `${locale}:${decimals}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    NUMBER_FORMATS.set(key, format);
  }
  return format;
}

/** Whether position `at` of `template` begins its line (only blanks before it on the line). */
const startsLine = (template: string, at: number): boolean =>
  /(^|\n)[ \t]*$/.test(template.slice(0, at));

/**
 * Looks up `key` in the locale's table and fills `{name}` placeholders. A string parameter is
 * data, never markup: it is escaped for markdown (a name written as a link stays text).
 */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const template = TABLES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string, at: number) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(locale, value);
    if (value instanceof Raw) return value.text;
    return escapeMarkdown(value, { atLineStart: startsLine(template, at) });
  });
}

export function translator(locale: Locale): Translator {
  const fn = (key: MessageKey, params?: Params): string => t(locale, key, params);
  return Object.assign(fn, { locale });
}

/** da* → Danish; anything else → English; missing → the default. */
export function localeFrom(activityLocale: string | undefined | null, fallback: Locale): Locale {
  if (!activityLocale) return fallback;
  return activityLocale.toLowerCase().startsWith('da') ? 'da' : 'en';
}

export { da, en };
