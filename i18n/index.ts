import { da, type MessageKey } from './da.js';
import { en } from './en.js';
import type { Locale } from '../domain/model.js';

export type { MessageKey };
export type Params = Record<string, string | number>;
/** A translator bound to one locale: the only way cards and dialogs get text. */
export type Translator = ((key: MessageKey, params?: Params) => string) & { locale: Locale };

const TABLES: Record<Locale, Record<MessageKey, string>> = { da, en };

/** Formats a number for the locale: decimal comma in Danish. */
export function formatNumber(locale: Locale, value: number, decimals = 1): string {
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** Looks up `key` in the locale's table and fills `{name}` placeholders. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const template = TABLES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
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
