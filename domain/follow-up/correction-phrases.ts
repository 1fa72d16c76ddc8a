/**
 * The correction sentences a leader writes in chat, Danish and English:
 *   undo: "fortryd", "fortryd det", "det var en fejl", "undo", "that was a mistake";
 *   not sick after all: "Mette er ikke syg alligevel", "Mette var ikke syg", "Mette is not sick
 *   after all";
 *   extent: "Mette er kun 50 % syg", "Mette er fuldt syg", "Mette is only 50% sick",
 *   "Mette is fully sick";
 *   first sick day: "Mette var syg fra tirsdag", "første sygedag for Mette var tirsdag",
 *   "ret Mettes første sygedag til tirsdag", "change Mette's first sick day to Tuesday".
 * Pure: dates are resolved against `today`; a date that cannot be read comes back as text.
 * ("annuller", "afbryd", "stop", "cancel" stop an open dialog; they are not undo words.)
 */
import type { IsoDate } from '../model.js';
import { normalizeText } from '../intents.js';
import { parseDatePhrase } from './chat-dates.js';
import { plausibleName } from './chat-intents.js';

export type CorrectionPhrase =
  | { kind: 'undo' }
  | { kind: 'not-sick'; name: string }
  | { kind: 'extent'; name: string; percent: number | null }
  | { kind: 'first-day'; name: string; start: IsoDate | null; dateText: string | null };

const UNDO = new Set([
  'fortryd',
  'fortryd det',
  'fortryd det sidste',
  'fortryd sidste',
  'fortryd sidste ændring',
  'fortryd min sidste ændring',
  'fortryd sidste registrering',
  'det var en fejl',
  'det var forkert',
  'det var en fejl, fortryd',
  'undo',
  'undo that',
  'undo it',
  'undo the last one',
  'undo last change',
  'undo my last change',
  'undo the last change',
  'that was a mistake',
  'that was wrong',
  'revert',
]);

/** The undo words ("fortryd", "undo", "det var en fejl" …). */
export function isUndo(text: string): boolean {
  return UNDO.has(normalizeText(text));
}

const NOT_SICK = [
  /^(?<name>.+?)\s+(?:er|var)\s+(?:alligevel\s+)?ikke\s+syg(?:\s+alligevel)?(?:\s+(?:i\s+dag|likevel))?$/iu,
  /^(?<name>.+?)\s+(?:is|was)\s+(?:not|n't)\s+sick(?:\s+after\s+all)?$/iu,
  /^(?<name>.+?)\s+isn't\s+sick(?:\s+after\s+all)?$/iu,
  /^(?<name>.+?)\s+wasn't\s+sick(?:\s+after\s+all)?$/iu,
];

const PCT = String.raw`(?<pct>\d{1,3})\s*(?:%|procent|pct\.?|percent|per cent)`;
const EXTENT = [
  new RegExp(
    String.raw`^(?<name>.+?)\s+er\s+(?:kun|nu|kun\s+delvist|nu\s+kun)\s+${PCT}\s+syg$`,
    'iu',
  ),
  new RegExp(String.raw`^(?<name>.+?)\s+er\s+(?:kun|nu)\s+delvist?\s+syg,?\s+${PCT}$`, 'iu'),
  new RegExp(String.raw`^(?<name>.+?)\s+is\s+(?:only|now)\s+${PCT}\s+sick$`, 'iu'),
  new RegExp(String.raw`^(?<name>.+?)\s+is\s+(?:only|now)\s+partly\s+sick,?\s+${PCT}$`, 'iu'),
  new RegExp(String.raw`^(?:ret|sæt)\s+omfanget\s+(?:for|af)\s+(?<name>.+?)\s+til\s+${PCT}$`, 'iu'),
  new RegExp(String.raw`^change\s+(?<name>.+?)(?:'s|’s)?\s+extent\s+to\s+${PCT}$`, 'iu'),
];
const FULL = [
  /^(?<name>.+?)\s+er\s+(?:nu\s+)?(?:fuldt|helt)\s+syg(?:\s+igen)?$/iu,
  /^(?<name>.+?)\s+is\s+(?:now\s+)?fully\s+sick(?:\s+again)?$/iu,
];

const FIRST_DAY = [
  /^(?<name>.+?)\s+var\s+(?:allerede\s+)?syg\s+(?:fra|siden)\s+(?<date>.+)$/iu,
  /^(?:første\s+sygedag\s+for|startdatoen\s+for)\s+(?<name>.+?)\s+(?:er|var)\s+(?<date>.+)$/iu,
  /^(?:ret|ændr|sæt)\s+(?:første\s+sygedag|startdatoen)\s+for\s+(?<name>.+?)\s+til\s+(?<date>.+)$/iu,
  /^(?:ret|ændr|sæt)\s+(?<name>.+?)s\s+første\s+sygedag\s+til\s+(?<date>.+)$/iu,
  /^change\s+(?<name>.+?)(?:'s|’s)\s+first\s+sick\s+day\s+to\s+(?<date>.+)$/iu,
  /^change\s+the\s+first\s+sick\s+day\s+(?:of|for)\s+(?<name>.+?)\s+to\s+(?<date>.+)$/iu,
  /^(?<name>.+?)(?:'s|’s)\s+first\s+sick\s+day\s+was\s+(?<date>.+)$/iu,
];

function cleanText(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '');
}

function named<T>(
  res: readonly RegExp[],
  text: string,
  make: (name: string, g: Record<string, string>) => T,
): T | null {
  for (const re of res) {
    const m = re.exec(text);
    const name = m?.groups?.name ? plausibleName(m.groups.name) : null;
    if (m && name) return make(name, m.groups ?? {});
  }
  return null;
}

function firstDay(name: string, phrase: string, today: IsoDate): CorrectionPhrase {
  const p = phrase.replace(/^(?:den|the|on)\s+/iu, '').trim();
  const start = parseDatePhrase(p, today, 'past');
  return { kind: 'first-day', name, start, dateText: start === null ? p : null };
}

/** The correction a chat message asks for, or null when it is not one. */
export function parseCorrection(text: string, today: IsoDate): CorrectionPhrase | null {
  if (isUndo(text)) return { kind: 'undo' };
  const body = cleanText(text);
  if (body.endsWith('?')) return null;
  return (
    named(NOT_SICK, body, (name) => ({ kind: 'not-sick', name }) as const) ??
    named(EXTENT, body, (name, g) => ({ kind: 'extent', name, percent: Number(g.pct) }) as const) ??
    named(FULL, body, (name) => ({ kind: 'extent', name, percent: null }) as const) ??
    named(FIRST_DAY, body, (name, g) => firstDay(name, g.date ?? '', today))
  );
}
