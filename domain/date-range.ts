/**
 * A span of days as leaders write it in chat, Danish and English, for something ahead (a deputy
 * while they are away): "6.–24. juli", "fra 6. til 24. juli", "6/7-24/7", "6-24 July",
 * "July 6–24", "fra mandag til fredag", "i morgen til fredag", "næste uge", "uge 30", or one day.
 * Pure: resolved against `today`.
 *
 * Read forwards: the last day is the first such date on or after today (or the first day), and a
 * first day without a year is the nearest one on or before the last. A weekday means the nearest
 * such day on or after today ("næste/next" strictly after); the last day's weekday counts from the
 * first day. "6.–24. juli": the first day takes the month (and year) of the last.
 */
import { MONTHS } from './follow-up/chat-dates.js';
import { addDays, dayNumber, dayNumberOf, daysInMonth, isoOf, weekdayOf } from './calendar.js';
import type { IsoDate } from './model.js';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

const RELATIVE: Record<string, number> = {
  'i dag': 0,
  idag: 0,
  today: 0,
  'i morgen': 1,
  imorgen: 1,
  tomorrow: 1,
  'i overmorgen': 2,
  overmorgen: 2,
};

const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  tirsdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lørdag: 6,
  søndag: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** One end of the span as written: a date, a weekday, or a day with or without month and year. */
type Side =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'weekday'; weekday: number; strictlyAfter: boolean }
  | { kind: 'day'; day: number; month: number | null; year: number | null };

const fullYear = (y: string | undefined): number | null =>
  y === undefined ? null : Number(y) < 100 ? 2000 + Number(y) : Number(y);

function numericSide(p: string): Side | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(p);
  if (iso) return { kind: 'day', day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) };
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(p);
  if (ordinal) return { kind: 'day', day: Number(ordinal[1]), month: null, year: null };
  const dm = /^(\d{1,2})(?:\.|\s*[./]\s*(\d{1,2})(?:\s*[./]\s*(\d{2}|\d{4}))?\.?)?$/.exec(p);
  if (!dm) return null;
  const month = dm[2] === undefined ? null : Number(dm[2]);
  return { kind: 'day', day: Number(dm[1]), month, year: fullYear(dm[3]) };
}

function namedSide(p: string): Side | null {
  const dayFirst = /^(\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(\p{L}+)\.?(?:\s+(\d{4}))?$/u.exec(p);
  const monthFirst = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$/u.exec(p);
  const m = dayFirst
    ? { day: dayFirst[1], name: dayFirst[2], year: dayFirst[3] }
    : monthFirst
      ? { day: monthFirst[2], name: monthFirst[1], year: monthFirst[3] }
      : null;
  const month = m ? MONTHS[m.name ?? ''] : undefined;
  if (!m || month === undefined) return null;
  return { kind: 'day', day: Number(m.day), month, year: fullYear(m.year) };
}

function sideOf(phrase: string, today: IsoDate): Side | null {
  const p = phrase
    .replace(/^(?:den|the|d\.|på|paa|on)\s+/, '')
    .replace(/[,;:!?]+$/, '')
    .trim();
  const relative = RELATIVE[p];
  if (relative !== undefined) return { kind: 'date', date: addDays(today, relative) };
  const wd = /^(?:(næste|naeste|next|kommende)\s+)?(\p{L}+)$/u.exec(p);
  const weekday = wd ? WEEKDAYS[wd[2] ?? ''] : undefined;
  if (wd && weekday !== undefined) return { kind: 'weekday', weekday, strictlyAfter: !!wd[1] };
  return numericSide(p) ?? namedSide(p);
}

function weekdayFrom(weekday: number, strictlyAfter: boolean, ref: IsoDate): IsoDate {
  const ahead = (weekday - weekdayOf(dayNumber(ref)) + 7) % 7;
  return addDays(ref, strictlyAfter && ahead === 0 ? 7 : ahead);
}

function dateOf(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  return day > daysInMonth(year, month) ? null : isoOf(dayNumberOf(year, month, day));
}

/** The first date with this day and month on or after `ref` (or in the year given). */
function onOrAfter(day: number, month: number, year: number | null, ref: IsoDate): IsoDate | null {
  if (year !== null) return dateOf(year, month, day);
  const base = Number(ref.slice(0, 4));
  for (const y of [base, base + 1, base + 2]) {
    const d = dateOf(y, month, day);
    if (d !== null && d >= ref) return d;
  }
  return null;
}

/** An end of the span that stands on its own (not a day borrowing from the other end). */
function standalone(side: Side, ref: IsoDate): IsoDate | null {
  if (side.kind === 'date') return side.date;
  if (side.kind === 'weekday') return weekdayFrom(side.weekday, side.strictlyAfter, ref);
  return side.month === null ? null : onOrAfter(side.day, side.month, side.year, ref);
}

/** The first day, given the last: its own month, or the last day's (the month before if later). */
function firstDay(side: Extract<Side, { kind: 'day' }>, to: IsoDate): IsoDate | null {
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (side.month === null) {
    const [y, m] = side.day > td ? (tm === 1 ? [ty - 1, 12] : [ty, tm - 1]) : [ty, tm];
    return dateOf(side.year ?? y, m, side.day);
  }
  if (side.year !== null) return dateOf(side.year, side.month, side.day);
  const later = side.month > tm || (side.month === tm && side.day > td);
  if (later && side.month === tm) return null;
  return dateOf(later ? ty - 1 : ty, side.month, side.day);
}

function resolve(start: Side, end: Side, today: IsoDate): DateRange | null {
  if (start.kind !== 'day') {
    const from = standalone(start, today);
    const to = from === null ? null : standalone(end, from);
    return from !== null && to !== null ? { from, to } : null;
  }
  const borrowed: Side =
    end.kind === 'day' && end.month === null && start.month !== null
      ? { ...end, month: start.month, year: end.year ?? start.year }
      : end;
  const to = standalone(borrowed, today);
  const from = to === null ? null : firstDay(start, to);
  return from !== null && to !== null ? { from, to } : null;
}

/** ISO week `week` of the year of `today` (or the next year once it is past): Monday–Friday. */
function isoWeek(week: number, today: IsoDate): DateRange | null {
  if (week < 1 || week > 53) return null;
  for (const year of [Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1]) {
    const jan4 = dayNumberOf(year, 1, 4);
    const monday = jan4 - (weekdayOf(jan4) - 1) + (week - 1) * 7;
    if (isoOf(monday + 4) >= today) return { from: isoOf(monday), to: isoOf(monday + 4) };
  }
  return null;
}

function wholeWeek(p: string, today: IsoDate): DateRange | null {
  if (/^(?:i |in )?(?:næste|naeste|next|den kommende|kommende) uge$|^next week$/.test(p)) {
    const monday = weekdayFrom(1, true, today);
    return { from: monday, to: addDays(monday, 4) };
  }
  const week = /^(?:i |in )?(?:uge|week) (\d{1,2})$/.exec(p);
  return week ? isoWeek(Number(week[1]), today) : null;
}

const SPACED_SEPARATOR =
  /\s+(?:til og med|til|to|until|till|through|thru|and|og|-|–|—)\s+|\s*[–—]\s*/g;

/** Where the phrase may split into first and last day: spaced words and dashes, then a bare '-'. */
function splits(p: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of p.matchAll(SPACED_SEPARATOR))
    out.push([p.slice(0, m.index), p.slice(m.index + m[0].length)]);
  for (let i = p.indexOf('-'); i > 0; i = p.indexOf('-', i + 1))
    out.push([p.slice(0, i), p.slice(i + 1)]);
  return out;
}

/** The span a chat phrase names, or null when it names none (or an impossible or reversed one). */
export function parseDateRange(phrase: string, today: IsoDate): DateRange | null {
  const p = phrase
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[,;:!?]+$/, '')
    .trim()
    .replace(/^(?:i perioden|perioden|fra og med|fra|from|between|mellem)\s+/, '');
  const week = wholeWeek(p, today);
  if (week) return week;
  for (const [a, b] of splits(p)) {
    const start = sideOf(a.trim(), today);
    const end = start ? sideOf(b.trim().replace(/^(?:og med|and including)\s+/, ''), today) : null;
    const range = start && end ? resolve(start, end, today) : null;
    if (range) return range.to >= range.from ? range : null;
  }
  const single = sideOf(p, today);
  const day = single ? standalone(single, today) : null;
  return day === null ? null : { from: day, to: day };
}
