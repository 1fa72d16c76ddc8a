/**
 * Reading "abonnér på fravær for Ældre og Sundhed hver måned kl. 9" / "subscribe to absence for
 * Home Care North monthly at 9": the cadence, the hour, the day and the unit phrase that is left.
 * Pure text work; which unit the phrase means is decided by the use case (domain/unit-match.ts).
 */
import { fail, ok, type Result } from '../result.js';
import type { Cadence } from './cadence.js';

/** Letters on neither side, so "årligt" is not found inside "halvårligt". */
const word = (body: string) => new RegExp(`(?<![\\p{L}\\d])(?:${body})(?![\\p{L}])`, 'iu');

/** Half-yearly before yearly: the first phrase found wins. */
const CADENCE_PHRASES: ReadonlyArray<readonly [Cadence, RegExp]> = [
  ['weekly', word('hver uge|hver eneste uge|ugentlig(?:t|e)?|weekly|every week|each week')],
  ['monthly', word('hver måned|månedlig(?:t|e)?|monthly|every month|each month')],
  ['quarterly', word('kvartalsvis|hvert kvartal|quarterly|every quarter|each quarter')],
  [
    'halfyearly',
    word(
      'halvårlig(?:t|e)?|hvert halve år|hvert halvår|to gange om året|half-?yearly|semi-?annually|twice a year|every six months|every half year',
    ),
  ],
  ['yearly', word('årlig(?:t|e)?|hvert år|en gang om året|yearly|annually|every year|once a year')],
];

export function parseCadence(text: string): Cadence | null {
  return CADENCE_PHRASES.find(([, re]) => re.test(text))?.[0] ?? null;
}

const HOUR = word('(?:kl\\.?|klokken|at)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?');

/** "kl. 9", "kl 09:00", "at 9am": the hour, 'bad' for 25 or 9:30 (whole hours only), null if none. */
export function parseHour(text: string): number | 'bad' | null {
  const m = HOUR.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[2] !== undefined && m[2] !== '00') return 'bad';
  if (m[3] === 'pm' && hour < 12) hour += 12;
  if (m[3] === 'am' && hour === 12) hour = 0;
  return hour >= 0 && hour <= 23 ? hour : 'bad';
}

const WEEKDAYS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, word('(?:om |på |on )?(?:mandag(?:en)?|monday)s?')],
  [2, word('(?:om |på |on )?(?:tirsdag(?:en)?|tuesday)s?')],
  [3, word('(?:om |på |on )?(?:onsdag(?:en)?|wednesday)s?')],
  [4, word('(?:om |på |on )?(?:torsdag(?:en)?|thursday)s?')],
  [5, word('(?:om |på |on )?(?:fredag(?:en)?|friday)s?')],
];
const DAY_OF_MONTH = word('(?:den|on the|the)\\s*(\\d{1,2})(?:\\.|st|nd|rd|th)?');

export interface SubscribeRequest {
  /** The unit as written, or null for the whole municipality. */
  unitPhrase: string | null;
  cadence: Cadence;
  hour: number | null;
  /** Weekday 1–5 (weekly) or day of the month (other cadences); null = first working day. */
  day: number | null;
  /** "MED-pakke" / "MED pack": well-being and APV scores beside the figures. */
  medPack: boolean;
}

export type SubscribeFailure = 'noCadence' | 'badTime' | 'noUnit';

const LEAD = word(
  '(?:abonn[eé]r(?:e)?|subscribe)(?:\\s+(?:denne kanal|kanalen|this channel|the channel))?(?:\\s+(?:på|to|til))?(?:\\s+(?:sygefraværet|sygefravær|fraværet|fravær|absence|sickness absence))?(?:\\s+(?:for|i|in|på|of))?',
);
const MED_PACK = word('med-?pakken?|med pack|med-pack');
const MUNICIPALITY = word(
  'hele kommunen|kommunen|the whole municipality|the municipality|municipality',
);

/** Whether the text asks to subscribe (the routing's question, before any detail is read). */
export function isSubscribeText(text: string): boolean {
  return new RegExp(`^\\s*${LEAD.source}`, 'iu').test(text);
}

/** "abonnér" / "subscribe this channel" with nothing more: the settings card is the answer. */
export function isBareSubscribe(text: string): boolean {
  return isSubscribeText(text) && text.replace(LEAD, '').replace(/[?!.,\s]+/gu, '') === '';
}

export function readSubscribeRequest(text: string): Result<SubscribeRequest, SubscribeFailure> {
  const cadenceHit = CADENCE_PHRASES.find(([, re]) => re.test(text));
  if (!cadenceHit) return fail('noCadence');
  const hour = parseHour(text);
  if (hour === 'bad') return fail('badTime');
  const [cadence, cadenceRe] = cadenceHit;
  const medPack = MED_PACK.test(text);
  let rest = text.replace(MED_PACK, ' ').replace(cadenceRe, ' ').replace(HOUR, ' ');
  let day: number | null = null;
  if (cadence === 'weekly') {
    const hit = WEEKDAYS.find(([, re]) => re.test(rest));
    if (hit) [day, rest] = [hit[0], rest.replace(hit[1], ' ')];
  } else {
    const m = DAY_OF_MONTH.exec(rest);
    if (m) {
      day = Number(m[1]);
      if (day < 1 || day > 28) return fail('badTime');
      rest = rest.replace(DAY_OF_MONTH, ' ');
    }
  }
  rest = rest
    .replace(LEAD, ' ')
    .replace(/[?!.,]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (MUNICIPALITY.test(rest) && rest.replace(MUNICIPALITY, '').trim() === '')
    return ok({ unitPhrase: null, cadence, hour, day, medPack });
  if (rest === '') return fail('noUnit');
  return ok({ unitPhrase: rest, cadence, hour, day, medPack });
}
