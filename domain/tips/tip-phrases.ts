/**
 * The tip asks in chat, Danish and English:
 *   tip        "giv mig et tip", "tip om tillid", "tips til samtalen", "give me a tip", "tip about trust"
 *   weekly     "ugens trivselstip", "ugentligt tip", "weekly tip", "tip of the week"
 *   statistics "tip-statistik", "tipstatistik", "tip statistics"
 * and the theme a tip ask names (or the basics for new leaders).
 */
import { normalizeText } from '../intents.js';
import type { TipTheme } from './catalogue.js';

export type TipAsk =
  { kind: 'tip'; asked: TipTheme | 'basics' | null } | { kind: 'weekly' } | { kind: 'stats' };

const STATS =
  /^(?:vis )?(?:tip-?statistik(?:ken)?|statistik (?:over|for) tips(?:ene)?|tips? statistics|statistics (?:on|for) tips)$/;

const WEEKLY =
  /\b(?:ugens (?:trivsels)?tip|ugentlig(?:t|e)? (?:trivsels)?tips?|weekly (?:well-being )?tips?|tip of the week|ugens tip)\b/;

const TIP = /\b(?:trivsels)?tips?\b|\bgodt råd\b|\bgode råd\b|\bwell-being tips?\b/;

const THEMES: ReadonlyArray<[TipTheme | 'basics', RegExp]> = [
  [
    'basics',
    /\bny(?:e)? (?:som )?leder(?:e)?\b|\bgrundlæggende\b|\bnew (?:to leading|leaders?|in the role)\b|\bbasics\b/,
  ],
  ['trust', /\btillid\b|\btrust\b/],
  ['fairness', /\bretfærdig(?:hed)?\b|\bfair(?:ness)?\b/],
  [
    'cooperation',
    /\bsamarbejde(?:t)?\b|\bsocial kapital\b|\bcooperation\b|\bteamwork\b|\bsocial capital\b/,
  ],
  ['core-task', /\bkerneopgave(?:n)?\b|\bcore task\b/],
  ['conversations', /\bsamtale(?:n|r|rne)?\b|\bconversations?\b|\btalks?\b/],
  [
    'statistics',
    /\bstatistik(?:ken)?\b|\bfraværstal(?:lene)?\b|\bstatistics\b|\bfigures\b|\bnumbers\b/,
  ],
  [
    'early-help',
    /\btidlig (?:indsats|hjælp)\b|\btilbagevenden\b|\bearly (?:help|intervention)\b|\breturn to work\b/,
  ],
  ['stress', /\bstress(?:et)?\b/],
  [
    'physical-environment',
    /\b(?:fysisk(?:e)? )?arbejdsmiljø(?:et)?\b|\b(?:physical|working) environment\b/,
  ],
];

/** The theme a tip ask names, or null for any tip. */
export function themeAsked(text: string): TipTheme | 'basics' | null {
  const norm = normalizeText(text);
  return THEMES.find(([, pattern]) => pattern.test(norm))?.[0] ?? null;
}

/** What a tip ask is, or null when the text is not one. */
export function tipAsked(text: string): TipAsk | null {
  const norm = normalizeText(text);
  if (STATS.test(norm)) return { kind: 'stats' };
  if (WEEKLY.test(norm)) return { kind: 'weekly' };
  if (TIP.test(norm)) return { kind: 'tip', asked: themeAsked(norm) };
  return null;
}
