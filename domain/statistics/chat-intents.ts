/**
 * Recognises the statistics questions a leader or HR consultant writes, in Danish or English:
 * "hvordan ligger vi ift. måltal?", "fravær i Hjemmeplejen Nord", "sygefravær sidste 12 måneder",
 * "what is my unit's absence vs target?", the help card's "Fravær vs. måltal", and the
 * frequent-absence question "hvem har haft mange sygeperioder?". A question may name a calendar
 * year ("fravær i 2024", "sygefravær sidste år", "absence last year"), and "hele kommunen" / "the
 * whole municipality" means the top of the unit tree, never a unit named so.
 */
import { normalizeText } from '../intents.js';
import { extractUnitPhrase } from '../unit-match.js';

/** A calendar year asked about: a number, or 'previous' for "sidste år" / "last year". */
export type YearAsked = number | 'previous' | null;

export type StatsIntent =
  | {
      kind: 'stats';
      unitPhrase: string | null;
      year: YearAsked;
      /** The whole municipality (the top unit) was asked about; set only when true. */
      wholeMunicipality?: true;
    }
  | { kind: 'frequent'; unitPhrase: string | null };

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const PREVIOUS_YEAR = /\b(sidste år|sidste kalenderår|i fjor|sidste aar|last year|previous year)\b/;

/** The year a statistics question names, if any. */
export function yearAsked(norm: string): YearAsked {
  const year = YEAR.exec(norm)?.[1];
  if (year) return Number(year);
  return PREVIOUS_YEAR.test(norm) ? 'previous' : null;
}

const FREQUENT = [
  /\bhvem\b.*\b(mange|flere|hyppige?)\b.*\b(sygeperioder|sygdomsperioder|fraværsperioder|perioder|fravær)\b/,
  /\bhyppigt (syge)?fravær\b/,
  /\bwho\b.*\b(many|frequent)\b.*\b(sick|absence)/,
  /\bfrequent (sickness )?absence\b/,
];

const STATS = [
  /\bm[åa]ltal(let)?\b/,
  /\b(syge)?fravær(et|sprocent|stal|statistik)?\b/,
  /\bsygefravaer\b|\bfravaer\b|\bmaaltal\b/,
  /\bhvordan ligger (vi|jeg|enheden|vores)\b/,
  /\babsence\b|\bsickness rate\b|\bsick days\b|\btarget\b/,
  /\b(statistik|statistics)\b/,
];

/** Words that make a text a registration or a plan question, not a statistics question. */
const NOT_STATS =
  /\b(er syg|er rask|is sick|is fit|is back|registrer|register|gøre for|do for|samtale|conversation)\b/;

const WHOLE_MUNICIPALITY =
  /(?<!\p{L})(?:(?:hele\s+)?kommunen(?:s)?|(?:the\s+)?(?:whole\s+|entire\s+)?municipality(?:'s)?|municipality[- ]wide)(?!\p{L})/iu;

/**
 * The details of a statistics question whose kind is already known (a classifier chose it): the
 * unit named, the year, the whole municipality. Words alone decide nothing here.
 */
export function readStatsQuestion(text: string, kind: StatsIntent['kind']): StatsIntent {
  const whole = WHOLE_MUNICIPALITY.test(text);
  const unitPhrase = whole ? null : extractUnitPhrase(text);
  if (kind === 'frequent') return { kind, unitPhrase };
  const year = yearAsked(normalizeText(text));
  return { kind, unitPhrase, year, ...(whole ? { wholeMunicipality: true as const } : {}) };
}

export function recognizeStatsIntent(text: string): StatsIntent | null {
  const norm = normalizeText(text);
  if (norm === '' || NOT_STATS.test(norm)) return null;
  if (FREQUENT.some((r) => r.test(norm))) return readStatsQuestion(text, 'frequent');
  if (STATS.some((r) => r.test(norm))) return readStatsQuestion(text, 'stats');
  return null;
}
