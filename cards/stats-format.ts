/**
 * Formatting shared by the stats cards: dates, months, day figures, the gap sentence, chart axes
 * and language.
 */
import type { IsoDate } from '../domain/model.js';
import { AT_TARGET_TOLERANCE } from '../domain/statistics/situation.js';
import type { Situation } from '../domain/statistics/types.js';
import { formatNumber, raw, type MessageKey, type Translator } from '../i18n/index.js';

const MONTH_KEYS: readonly MessageKey[] = [
  'stats.month.1',
  'stats.month.2',
  'stats.month.3',
  'stats.month.4',
  'stats.month.5',
  'stats.month.6',
  'stats.month.7',
  'stats.month.8',
  'stats.month.9',
  'stats.month.10',
  'stats.month.11',
  'stats.month.12',
];

export const PROMPT_KEYS: Readonly<Record<Situation, MessageKey>> = {
  above: 'stats.prompt.above',
  rising: 'stats.prompt.rising',
  at: 'stats.prompt.at',
  below: 'stats.prompt.below',
  noTarget: 'stats.prompt.noTarget',
  incomplete: 'stats.prompt.incomplete',
};

function monthName(month: number, t: Translator): string {
  const key = MONTH_KEYS[month - 1];
  return key ? t(key) : String(month);
}

/** `2025-06-30` → "30. jun 2025" / "30 Jun 2025". */
export function formatDate(date: IsoDate, t: Translator): string {
  const [y, m, d] = date.split('-').map(Number);
  return t('stats.date', {
    day: String(d ?? ''),
    month: raw(monthName(m ?? 0, t)),
    year: String(y ?? ''),
  });
}

/** `2025-06` → "jun 25" / "Jun 25"; without the year ("jun") when the chart is one year. */
export function formatMonth(month: string, t: Translator, withYear = true): string {
  const [y, m] = month.split('-').map(Number);
  const name = monthName(m ?? 0, t);
  return withYear ? `${name} ${String(y ?? '').slice(2)}` : name;
}

/** "data kun fra 3. nov 2025" / "data only from 3 Nov 2025". */
export function dataFromNote(date: IsoDate, t: Translator): string {
  return t('stats.dataFrom', { date: formatDate(date, t) });
}

/** The locale Teams formats a chart's numbers in (decimal comma in Danish). */
export function chartLang(t: Translator): string {
  return t.locale === 'da' ? 'da-DK' : 'en-GB';
}

/**
 * A round upper end for a chart axis from 0: a multiple of a 1-2-5 step that gives at most five
 * steps (16,4 → 20 in steps of 5; 3,3 → 4 in steps of 1; 2,4 → 2,5 in steps of 0,5).
 */
export function axisMax(value: number): number {
  if (!(value > 0)) return 1;
  const rough = value / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  return Number((Math.ceil(value / step - 1e-9) * step).toPrecision(12));
}

/** One decimal in the reader's language ("12,3" / "12.3"), or "–" for no figure. */
export function formatDays(value: number | null, t: Translator): string {
  return value === null ? t('stats.noFigure') : formatNumber(t.locale, value);
}

/** A chart value: rounded to one decimal. */
export function chartValue(value: number): number {
  return Math.round(value * 10) / 10;
}

export type GapKind = 'above' | 'below' | 'at';

export function gapKind(gap: number): GapKind {
  if (gap > AT_TARGET_TOLERANCE) return 'above';
  if (gap < -AT_TARGET_TOLERANCE) return 'below';
  return 'at';
}

/** "1,4 dage over måltal" / "1.4 days above target", "… under …", "På måltal". */
export function gapSentence(gap: number, t: Translator): string {
  const kind = gapKind(gap);
  if (kind === 'at') return t('stats.gap.at');
  return t(kind === 'above' ? 'stats.gap.above' : 'stats.gap.below', { gap: Math.abs(gap) });
}

export function gapColor(gap: number): 'Attention' | 'Good' {
  return gapKind(gap) === 'above' ? 'Attention' : 'Good';
}
