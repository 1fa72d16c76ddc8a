/**
 * Dates as leaders write them in chat, in Danish and English: "i dag", "i går", "i forgårs",
 * "i morgen", weekday names ("mandag", "sidste fredag", "on Monday"), "3.11", "3/11",
 * "3.11.2026", "2026-11-03", "3. november", "November 3". Pure: resolved against `today`.
 *
 * A weekday name means the nearest such day on or before today ('past', e.g. "syg fra mandag")
 * or on or after today ('future', e.g. "rask fra mandag"); "sidste/last" forces the past and
 * "næste/next" the future (strictly). A day and month without a year take the year that puts the
 * date nearest to today (so on 5 January, "28.12" is last December).
 */
import { addDays, dayNumber, dayNumberOf, daysInMonth, isoOf, weekdayOf } from '../calendar.js';
import type { IsoDate } from '../model.js';

export type DateDirection = 'past' | 'future';

const RELATIVE: Record<string, number> = {
  'i dag': 0,
  idag: 0,
  today: 0,
  'i morges': 0,
  imorges: 0,
  'this morning': 0,
  'i går': -1,
  'i gaar': -1,
  igår: -1,
  yesterday: -1,
  'i forgårs': -2,
  'i forgaars': -2,
  'the day before yesterday': -2,
  'i morgen': 1,
  imorgen: 1,
  tomorrow: 1,
};

const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  tirsdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lørdag: 6,
  loerdag: 6,
  søndag: 7,
  soendag: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export const MONTHS: Record<string, number> = {
  januar: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  marts: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** The date a year-less day and month most likely means: the occurrence nearest to today. */
function nearestYear(month: number, day: number, today: IsoDate): IsoDate | null {
  const base = Number(today.slice(0, 4));
  const todayNo = dayNumber(today);
  let best: number | null = null;
  for (const year of [base - 1, base, base + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const no = dayNumberOf(year, month, day);
    if (best === null || Math.abs(no - todayNo) < Math.abs(best - todayNo)) best = no;
  }
  return best === null ? null : isoOf(best);
}

function calendarDate(
  year: number | null,
  month: number,
  day: number,
  today: IsoDate,
): IsoDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (year === null) return nearestYear(month, day, today);
  const full = year < 100 ? 2000 + year : year;
  if (full < 1900 || full > 2200 || day > daysInMonth(full, month)) return null;
  return isoOf(dayNumberOf(full, month, day));
}

function weekdayDate(phrase: string, today: IsoDate, direction: DateDirection): IsoDate | null {
  const m = /^(?:(sidste|forrige|last|næste|naeste|next|på|paa|on|i)\s+)?(\p{L}+)$/u.exec(phrase);
  const weekday = m ? WEEKDAYS[m[2] ?? ''] : undefined;
  if (!m || weekday === undefined) return null;
  const modifier = m[1] ?? '';
  const current = weekdayOf(dayNumber(today));
  const back = (current - weekday + 7) % 7;
  const ahead = (weekday - current + 7) % 7;
  if (['sidste', 'forrige', 'last'].includes(modifier)) return addDays(today, -(back || 7));
  if (['næste', 'naeste', 'next'].includes(modifier)) return addDays(today, ahead || 7);
  return direction === 'past' ? addDays(today, -back) : addDays(today, ahead);
}

function numericDate(phrase: string, today: IsoDate): IsoDate | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(phrase);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), today);
  const dm = /^(\d{1,2})\s*[./]\s*(\d{1,2})(?:\s*[./]\s*(\d{2}|\d{4}))?\.?$/.exec(phrase);
  if (!dm) return null;
  const year = dm[3] === undefined ? null : Number(dm[3]);
  return calendarDate(year, Number(dm[2]), Number(dm[1]), today);
}

function namedMonthDate(phrase: string, today: IsoDate): IsoDate | null {
  const dayFirst = /^(\d{1,2})\.?\s*(?:of\s+)?(\p{L}+)\.?(?:\s+(\d{4}))?$/u.exec(phrase);
  const monthFirst = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$/u.exec(phrase);
  const [day, name, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [undefined, undefined, undefined];
  const month = name === undefined ? undefined : MONTHS[name];
  if (day === undefined || month === undefined) return null;
  return calendarDate(year === undefined ? null : Number(year), month, Number(day), today);
}

/** Lower case, single spaces, without "den"/"the"/"d." in front and punctuation behind. */
function clean(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[,;:!?]+$/g, '')
    .replace(/^(?:den|the|d\.)\s+/, '')
    .trim();
}

/** The date a chat phrase names, or null when it names none (or an impossible one, e.g. 31.2). */
export function parseDatePhrase(
  phrase: string,
  today: IsoDate,
  direction: DateDirection,
): IsoDate | null {
  const p = clean(phrase);
  if (p === '') return null;
  const relative = RELATIVE[p];
  if (relative !== undefined) return addDays(today, relative);
  return weekdayDate(p, today, direction) ?? numericDate(p, today) ?? namedMonthDate(p, today);
}
