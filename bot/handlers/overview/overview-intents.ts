/**
 * The overview asks in chat, Danish and English, each recognised by its own patterns:
 *   overview  "hvem er syg i dag?", "overblik", "hvad skal jeg i dag?", "who is sick today?"
 *   employee  "hvordan går det med Mette?", "Mettes fravær", "how is Mette doing?"
 *   compare   "hvilke af mine enheder ligger højest?", "sammenlign mine enheder", "compare my units"
 *   hr-late   "forsinkede opfølgninger", "hvem mangler stadig en § 7a-samtale?", "late follow-ups"
 */
import { normalizeText } from '../../../domain/intents.js';
import { yearAsked, type YearAsked } from '../../../domain/statistics/chat-intents.js';
import type { HrLateFilter } from '../../../app/overview/hr-late.js';

const OVERVIEW = [
  /^(?:dagens |mit |et |vis )?overblik(?:ket)?(?: over i dag| for i dag| i dag)?$/,
  /^hvem (?:af mine(?: medarbejdere)? )?(?:er|der er) (?:syge?|sygemeldte?|fraværende)(?: i dag| nu)?$/,
  /^hvad (?:skal jeg|er der|venter der|står der)(?: på| nå| gøre)? i dag$/,
  /^(?:today'?s |my |an |show )?overview(?: for today| of today| today)?$/,
  /^who (?:is|are|'s) (?:off )?sick(?: today| now)?$/,
  /^which of my (?:employees|staff|people) (?:is|are) (?:off )?sick(?: today| now)?$/,
  /^what(?: is|'s) (?:due|on) today$/,
  /^what do i (?:need to|have to) do today$/,
];

export const isOverviewAsk = (text: string): boolean =>
  OVERVIEW.some((r) => r.test(normalizeText(text)));

/** Asks about one employee; `name` keeps the case written. */
const EMPLOYEE = [
  /^hvordan (?:går det|står det til) med (?<name>.+)$/iu,
  /^hvordan har (?<name>.+?) det$/iu,
  /^(?:(?:hvad er|hvordan er|hvordan ser|vis|vis mig) )?(?<name>.+?)(?:s|'s?|’s?) (?:syge)?fravær(?:et)?(?: ud)?$/iu,
  /^how(?: is|'s| are things with) (?<name>.+?)(?: doing| getting on)?$/iu,
  /^(?:(?:what is|what's|show|show me) )?(?<name>.+?)(?:'s?|’s?) (?:sickness )?absences?$/iu,
];

/** First words that make the phrase something other than a person ("how is my unit doing"). */
const NOT_A_NAME = new Set(
  (
    'min mit mine vores jeres din dit dine hans hendes deres os jer dig mig det den de der enheden ' +
    'afdelingen teamet fraværet fravær sygefraværet arbejdet kommunen i vi alle everyone my our ' +
    'your the this that it things everything absence sickness unit team department we you they'
  ).split(' '),
);

/** Words of unit names, so "Hjemmeplejen Nords fravær" stays a statistics question. */
const UNIT_WORD =
  /(pleje|center|centret|hus(et)?$|skole|institution|afsnit|enhed|afdeling|område|forvaltning|kommune|team|gruppe|tilbud|børnehave|vuggestue|dagtilbud|klub|sektor|distrikt|sundhed|unge|ældre|service|unit|department)/iu;

const NAME_SHAPE = /^[\p{L}][\p{L}.'’-]*(?: [\p{L}][\p{L}.'’-]*){0,3}$/u;

function asName(raw: string | undefined): string | null {
  const name = (raw ?? '').trim();
  if (!NAME_SHAPE.test(name)) return null;
  const words = name.toLowerCase().split(' ');
  const first = words[0] ?? '';
  // "vores fravær" reads as the name "vore": the word before the genitive -s counts too.
  if (NOT_A_NAME.has(first) || NOT_A_NAME.has(`${first}s`)) return null;
  return words.some((w) => UNIT_WORD.test(w)) ? null : name;
}

/** The employee's name in an employee ask, or null when the text is not one. */
export function employeeAsked(text: string): string | null {
  const clean = text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'“”.,!?]+|[\s"“”.,!?]+$/g, '')
    .trim();
  for (const pattern of EMPLOYEE) {
    const name = asName(pattern.exec(clean)?.groups?.name);
    if (name) return name;
  }
  return null;
}

const COMPARE = [
  /\bsammenlign(?:e|ing)?\b.*\b(?:enheder|afdelinger|institutioner|steder|områder)\b/,
  /\bhvilke(?:n)?\b.*\b(?:enheder|enhed|afdelinger|institutioner|områder)\b.*\b(?:højest|højeste|lavest|laveste|mest|flest|værst|bedst)\b/,
  /\brangliste(?:n)?\b/,
  /\bcompare\b.*\b(?:units|departments|teams|areas)\b/,
  /\bwhich\b.*\bunits?\b.*\b(?:highest|lowest|most|worst|best)\b/,
  /\brank(?:ing)? (?:of )?(?:my )?units\b/,
];

/** A comparison ask with the year it names, or null. */
export function compareAsked(text: string): { year: YearAsked } | null {
  const norm = normalizeText(text);
  return COMPARE.some((r) => r.test(norm)) ? { year: yearAsked(norm) } : null;
}

const HR_LATE = [
  /\b(?:forsinkede?|overskredne?|manglende) (?:opfølgning(?:er)?|trin|samtaler|frister|§ ?7 ?a)/,
  /\bhvem mangler\b.*\b(?:samtale|opfølgning|7 ?a)/,
  /\bhvem har (?:ikke|endnu ikke) (?:haft|holdt)\b.*\b(?:samtale|7 ?a)/,
  /\b(?:frister|opfølgning) (?:der|som) (?:nærmer sig|er overskredet|halter)\b/,
  /\b(?:late|overdue|missed) (?:follow-ups?|steps|conversations|deadlines|§ ?7 ?a)/,
  /\bwho (?:is |has )?(?:still )?(?:missing|not had|has not had|hasn't had|lacks|needs)\b.*\b(?:conversation|follow-up|7 ?a)/,
  /\bfollow-ups? (?:at risk|that are late|behind)\b/,
];

const LEGAL = /7 ?a\b|lovpligtig|sygefraværssamtale|legal conversation|statutory/;

/** An HR late-steps ask with what it is about, or null. */
export function hrLateAsked(text: string): { filter: HrLateFilter } | null {
  const norm = normalizeText(text);
  if (!HR_LATE.some((r) => r.test(norm))) return null;
  return { filter: LEGAL.test(norm) ? 'legal-conversation' : 'all' };
}
