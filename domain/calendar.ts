/**
 * Danish working days: Monday to Friday that are not a Danish public holiday.
 *
 * Holidays come from `date-holidays` (country DK), type 'public' only: Nytårsdag, Skærtorsdag,
 * Langfredag, Påskedag, 2. påskedag, Kr. himmelfartsdag, Pinsedag, 2. pinsedag, Juledag,
 * 2. juledag, and Store bededag up to and including 2023 (abolished from 2024; the library knows).
 * Grundlovsdag, juleaften and 1. maj are observances, not holidays: they are working days.
 *
 * Fast by design: dates are turned into day numbers (days since 1970-01-01) with plain
 * arithmetic, and one table of working-day flags with prefix sums covers every year asked about,
 * so `workingDaysBetween` is O(1). The table grows (and is rebuilt) only when a new year is needed.
 */
import Holidays from 'date-holidays';
import type { IsoDate } from './model.js';

/* ---------- day numbers (no Date objects, no time zone: a calendar date is a day) ---------- */

/** Day number of a civil date: days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Digits at positions [from, to) of `s`, or -1 when any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Day number of a `yyyy-MM-dd` date. Throws on a malformed date (a bug: dates are validated
 * on entry). Parsed by hand: the index turns about a million dates into day numbers.
 */
export function dayNumber(date: IsoDate): number {
  const year = date.length === 10 && date[4] === '-' && date[7] === '-' ? digits(date, 0, 4) : -1;
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`not a yyyy-MM-dd calendar date: ${date}`);
  }
  return dayNumberOf(year, month, day);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `yyyy-MM-dd` of a day number. */
export function isoOf(dayNo: number): IsoDate {
  const { year, month, day } = civilOf(dayNo);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNo: number): number {
  return ((((dayNo + 3) % 7) + 7) % 7) + 1;
}

/* ---------- the working-day table ---------- */

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

interface Table {
  firstYear: number;
  lastYear: number;
  /** Day number of 1 January of firstYear. */
  start: number;
  /** Day number of 1 January after lastYear (exclusive end). */
  end: number;
  /** 1 = working day, per day from `start`. */
  working: Uint8Array;
  /** prefix[i] = working days in [start, start + i). */
  prefix: Int32Array;
}

let holidays: Holidays | null = null;
let table: Table | null = null;
const holidayCache = new Map<number, ReadonlySet<number>>();

/** The Danish public holidays of a year, as day numbers (cached per year). */
export function publicHolidays(year: number): ReadonlySet<number> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  holidays ??= new Holidays('DK');
  const days = new Set<number>();
  for (const h of holidays.getHolidays(year)) {
    if (h.type === 'public') days.add(dayNumber(h.date.slice(0, 10)));
  }
  holidayCache.set(year, days);
  return days;
}

function buildTable(firstYear: number, lastYear: number): Table {
  const start = dayNumberOf(firstYear, 1, 1);
  const end = dayNumberOf(lastYear + 1, 1, 1);
  const working = new Uint8Array(end - start);
  const prefix = new Int32Array(end - start + 1);
  for (let year = firstYear; year <= lastYear; year++) {
    const off = publicHolidays(year);
    const from = dayNumberOf(year, 1, 1);
    const to = dayNumberOf(year + 1, 1, 1);
    for (let d = from; d < to; d++) {
      working[d - start] = weekdayOf(d) <= 5 && !off.has(d) ? 1 : 0;
    }
  }
  for (let i = 0; i < working.length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (working[i] ?? 0);
  return { firstYear, lastYear, start, end, working, prefix };
}

/** The table covering the years of both day numbers (grown once, then reused). */
function tableFor(fromDay: number, toDay: number): Table {
  if (table && fromDay >= table.start && toDay < table.end && toDay >= table.start) return table;
  const y1 = civilOf(Math.min(fromDay, toDay)).year;
  const y2 = civilOf(Math.max(fromDay, toDay)).year;
  if (y1 < MIN_YEAR || y2 > MAX_YEAR) throw new Error(`year outside ${MIN_YEAR}–${MAX_YEAR}`);
  if (table && table.firstYear <= y1 && table.lastYear >= y2) return table;
  const first = Math.min(y1 - 1, table?.firstYear ?? y1 - 1);
  const last = Math.max(y2 + 1, table?.lastYear ?? y2 + 1);
  table = buildTable(Math.max(MIN_YEAR, first), Math.min(MAX_YEAR, last));
  return table;
}

/** Prefix sums covering [fromDay, toDay]: working days in [x, y] = prefix[y − start + 1] − prefix[x − start]. */
export interface WorkingDayPrefix {
  readonly start: number;
  readonly prefix: Int32Array;
}

/** The prefix sums for hot loops that count working days many times over one span. */
export function workingDayPrefix(fromDay: number, toDay: number): WorkingDayPrefix {
  const t = tableFor(fromDay, toDay);
  return { start: t.start, prefix: t.prefix };
}

/** Working day by day number. */
export function isWorkingDayNo(dayNo: number): boolean {
  const t = tableFor(dayNo, dayNo);
  return t.working[dayNo - t.start] === 1;
}

/** Working days in [fromDay, toDay], both inclusive; 0 when toDay < fromDay. O(1). */
export function workingDaysBetweenNo(fromDay: number, toDay: number): number {
  if (toDay < fromDay) return 0;
  const t = tableFor(fromDay, toDay);
  return (t.prefix[toDay - t.start + 1] ?? 0) - (t.prefix[fromDay - t.start] ?? 0);
}

/* ---------- the date-string API ---------- */

export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayNo(dayNumber(date));
}

/** Working days from `from` to `to`, both inclusive; 0 when `to` is before `from`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  return workingDaysBetweenNo(dayNumber(from), dayNumber(to));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let d = dayNumber(date) + 1;
  while (!isWorkingDayNo(d)) d++;
  return isoOf(d);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: IsoDate): IsoDate {
  let d = dayNumber(date) - 1;
  while (!isWorkingDayNo(d)) d--;
  return isoOf(d);
}

/**
 * Moves `n` working days from `date`: n > 0 forward, n < 0 backward, each step landing on a
 * working day (so addWorkingDays(friday, 1) is the next Monday, or Tuesday after a holiday).
 * n = 0 returns `date` unchanged, even when it is not a working day.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  let d = dayNumber(date);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(Math.trunc(n)); left > 0; left--) {
    d += step;
    while (!isWorkingDayNo(d)) d += step;
  }
  return isoOf(d);
}

/** Calendar-date arithmetic: `date` plus `months` months, the day clamped to the month's end. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = civilOf(dayNumber(date));
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return isoOf(dayNumberOf(y, m, Math.min(day, daysInMonth(y, m))));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOf(dayNumber(date) + days);
}
