/**
 * The follow-up sentences a leader writes in chat, Danish and English:
 *   "Mette er syg", "Mette er syg fra i går", "Mette er delvist syg, 50 %", "Mette er rask igen",
 *   "Mette er rask fra i morgen", "registrer sygdom", "hvad skal jeg gøre for Mette?",
 *   "Mette is sick since yesterday", "Mette is partly sick, 50%", "Mette is back",
 *   "register sickness", "what should I do for Mette?".
 * Pure: relative dates are resolved against `today` (Copenhagen). A date the parser cannot read
 * is returned as text (`dateText`) with a null date, so the handler can say so.
 */
import type { IsoDate } from '../model.js';
import { parseDatePhrase, type DateDirection } from './chat-dates.js';

export type FollowUpIntent =
  | { kind: 'register-card' }
  | {
      kind: 'sick';
      name: string;
      /** First sick day; null when `dateText` could not be read. */
      start: IsoDate | null;
      dateText: string | null;
      /** 1–99 for partial sickness (not range-checked here); null for full sickness. */
      partialPercent: number | null;
      /** "delvist syg" without a percent. */
      percentMissing: boolean;
    }
  | {
      kind: 'fit';
      name: string;
      /** The first day back at work; null when `dateText` could not be read. */
      fitDate: IsoDate | null;
      dateText: string | null;
    }
  | { kind: 'plan'; name: string };

const REGISTER_CARD = new Set([
  'registrer sygdom',
  'registrér sygdom',
  'registrer syg',
  'registrer sygemelding',
  'ny sygemelding',
  'sygemelding',
  'register sickness',
  'register sick',
  'register sick leave',
  'register absence',
  'report sickness',
]);

/** Words that are not a name: "hvem er syg?", "jeg er syg", "who is sick". */
const NOT_A_NAME = new Set(
  (
    'hvem hvad hvor hvilke hvilken jeg du han hun vi de i der det den man nogen ingen alle ' +
    'mange flere who what which where i you he she we they it someone anyone nobody everyone many'
  ).split(' '),
);

const PERCENT =
  /(?:(?:med|på|af|with|at|of)\s+)?(\d{1,3}(?:[.,]\d+)?)\s*(?:%|procent|pct\.?|percent|per cent)/iu;
const CONNECTOR =
  /^(?:fra og med|fra den|fra|siden|pr\.|per|med virkning fra|since|from|as of|starting|on)\s+/iu;
const FILLER = /\b(?:igen|på arbejde|på job|i arbejde|again|at work|to work|for work)\b/giu;

interface Pattern {
  kind: 'sick' | 'fit';
  /** The verb between the name and the predicate. */
  verbs: string;
  /** The predicate; group `pct` (percent before "syg") and `partial` may be set. */
  predicate: string;
}

const PATTERNS: Pattern[] = [
  {
    kind: 'sick',
    verbs:
      'er|blev|har været|har meldt sig|meldte sig|melder sig|er blevet|ringede(?: ind)?|ringer(?: ind)?|har ringet(?: ind)?',
    predicate:
      '(?:(?<pct>\\d{1,3}(?:[.,]\\d+)?)\\s*(?:%|procent|pct\\.?)\\s+)?(?<partial>delvis(?:t)?\\s+)?(?:syge?meldt|syg)',
  },
  {
    kind: 'sick',
    verbs:
      'is|was|has been|got|went|called in|calls in|has called in|phoned in|rang in|reported|reports|is off',
    predicate:
      '(?:(?<pct>\\d{1,3}(?:[.,]\\d+)?)\\s*(?:%|percent|per cent)\\s+)?(?<partial>(?:partly|partially|part-time|part time|partial)\\s+)?(?:sick|ill|unwell|off sick|on sick leave)',
  },
  {
    kind: 'fit',
    verbs: 'er|blev|har meldt sig|meldte sig|melder sig|kom|kommer|er kommet|er mødt',
    predicate: '(?:raskmeldt|rask|tilbage|ind)',
  },
  {
    kind: 'fit',
    verbs: 'is|was|came|comes|has come|got|is feeling',
    predicate: '(?:fit|back|well|recovered|better)',
  },
];

const COMPILED = PATTERNS.map((p) => ({
  kind: p.kind,
  re: new RegExp(`^(?<name>.+?)\\s+(?:${p.verbs})\\s+${p.predicate}(?<rest>(?![\\p{L}]).*)$`, 'iu'),
}));

const PLAN = [
  /^(?:hvad skal jeg gøre (?:for|med|ved|i forhold til)|hvad gør jeg (?:for|med|ved)|hvordan følger jeg op på|(?:vis\s+)?opfølgningsplan(?:en)?\s+(?:for|til)|vis\s+planen\s+for|(?:vis\s+)?opfølgning(?:en)?\s+(?:for|af|på|med))\s+(?<name>.+)$/iu,
  /^(?:what should i do (?:for|about|with)|what do i (?:need to )?do (?:for|about|with)|how do i follow up (?:on|with)|(?:show\s+)?(?:the\s+)?follow[- ]?up\s+plan\s+(?:for|of)|show\s+(?:the\s+)?plan\s+for|(?:show\s+)?(?:the\s+)?follow[- ]?up\s+(?:for|on))\s+(?<name>.+)$/iu,
];

function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A plausible person name: letters, hyphens, apostrophes; at most four words; not a pronoun. */
export function plausibleName(raw: string): string | null {
  const name = raw.replace(/\s+(?:nu|now|i dag|today)$/iu, '').trim();
  if (!/^\p{L}[\p{L}'’.\- ]*$/u.test(name) || name.split(' ').length > 4) return null;
  return NOT_A_NAME.has(name.split(' ')[0]?.toLowerCase() ?? '') ? null : name;
}

function readPercent(
  rest: string,
  before: string | undefined,
): { pct: number | null; rest: string } {
  const m = PERCENT.exec(rest);
  const raw = before ?? m?.[1];
  const pct = raw === undefined ? null : Number(raw.replace(',', '.'));
  return { pct, rest: m ? rest.replace(m[0], ' ') : rest };
}

/** The date of the remainder ("fra i går", "since Monday"); `today` when nothing is left. */
function readDate(
  rest: string,
  today: IsoDate,
  fallback: DateDirection,
): { date: IsoDate | null; text: string | null } {
  let phrase = rest
    .replace(FILLER, ' ')
    .replace(/^[\s,;:.–-]+|[\s,;:.!–-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (phrase === '') return { date: today, text: null };
  const connector = CONNECTOR.exec(phrase);
  const direction: DateDirection = /^(?:siden|since)\b/iu.test(phrase) ? 'past' : fallback;
  if (connector) phrase = phrase.slice(connector[0].length);
  const date = parseDatePhrase(phrase, today, direction);
  return { date, text: date === null ? phrase : null };
}

function statement(text: string, today: IsoDate): FollowUpIntent | null {
  if (text.endsWith('?')) return null;
  const body = text.replace(/[.!]+$/, '');
  for (const { kind, re } of COMPILED) {
    const m = re.exec(body);
    const name = m?.groups?.name ? plausibleName(m.groups.name) : null;
    if (!m || name === null) continue;
    const g = m.groups ?? {};
    if (kind === 'fit') {
      const { date, text: dateText } = readDate(g.rest ?? '', today, 'future');
      return { kind, name, fitDate: date, dateText };
    }
    const partial = g.partial !== undefined || g.pct !== undefined;
    const { pct, rest } = readPercent(g.rest ?? '', g.pct);
    const { date, text: dateText } = readDate(rest, today, 'past');
    const partialPercent = partial || pct !== null ? pct : null;
    const percentMissing = partial && pct === null;
    return { kind, name, start: date, dateText, partialPercent, percentMissing };
  }
  return null;
}

/** The follow-up intent of a chat message, or null when the text is not about follow-up. */
export function parseFollowUpIntent(text: string, today: IsoDate): FollowUpIntent | null {
  const cleaned = clean(text);
  const lowered = cleaned.toLowerCase().replace(/[.!?]+$/, '');
  if (REGISTER_CARD.has(lowered)) return { kind: 'register-card' };
  for (const re of PLAN) {
    const m = re.exec(cleaned.replace(/[?.!]+$/, ''));
    const name = m?.groups?.name ? plausibleName(m.groups.name) : null;
    if (name) return { kind: 'plan', name };
  }
  return statement(cleaned, today);
}
