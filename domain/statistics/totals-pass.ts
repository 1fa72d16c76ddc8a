/**
 * The per-person steps of the unit-totals pass (see unit-totals.ts). Hot code: no closures or
 * allocations per period; working days come straight from the calendar's prefix sums.
 */
import type { WorkingDayPrefix } from '../calendar.js';
import { countInRange, type DerivedPeriod } from './day-rows.js';
import { FIRST_MONTH, MONTHS, WINDOW, type Ranges } from './ranges.js';
import type {
  IndexedEmployment,
  IndexedPeriod,
  PersonRecord,
  StatisticsIndex,
} from './statistics-index.js';
import type { PersonSpell } from './spells.js';
import { HOURS_PER_DAGSVAERK } from './types.js';
import type { UnitTotals } from './unit-totals.js';

export interface Pass {
  readonly index: StatisticsIndex;
  readonly r: Ranges;
  readonly t: UnitTotals;
  readonly personStamp: Int32Array;
  readonly periodStamp: Int32Array;
  readonly calendar: WorkingDayPrefix;
  readonly shortMaxDays: number;
  /** Per unit: Σ rate of employments covering every range. */
  readonly fullRate: Float64Array;
  /** Per unit × group: the same, for the staff mix. */
  readonly fullGroupRate: Float64Array;
  periodNo: number;
}

export function inc(arr: Float64Array, i: number, v: number): void {
  arr[i] = (arr[i] ?? 0) + v;
}

function workingDays(p: Pass, x: number, y: number): number {
  const { start, prefix } = p.calendar;
  return (prefix[y - start + 1] ?? 0) - (prefix[x - start] ?? 0);
}

/** Working days in [x, y] not taken over by day-level rows. */
function absentWorkingDays(p: Pass, emp: IndexedEmployment, x: number, y: number): number {
  const wd = workingDays(p, x, y);
  return emp.rowDays ? wd - countInRange(emp.rowDays, x, y) : wd;
}

function markChain(
  p: Pass,
  unit: number,
  stamp: Int32Array,
  id: number,
  counter: Int32Array,
): void {
  const chain = p.index.tree.chain[unit];
  if (!chain) return;
  for (let k = 0; k < chain.length; k++) {
    const a = chain[k] ?? 0;
    if (stamp[a] !== id) {
      stamp[a] = id;
      counter[a] = (counter[a] ?? 0) + 1;
    }
  }
}

/**
 * An employment's FTE-days and planned dagsværk per range. One that covers every range (the
 * common case) only adds its rate to `fullRate`, applied once per unit after the pass.
 */
function addEmployment(p: Pass, emp: IndexedEmployment, personNo: number): void {
  const { r, t } = p;
  const a = Math.max(emp.from, r.start);
  const b = Math.min(emp.to, r.asOf);
  if (a > b) return;
  if ((r.from[WINDOW] ?? 0) <= b && a <= r.asOf)
    markChain(p, emp.unit, p.personStamp, personNo, t.persons);
  if (a === r.start && b === r.asOf) {
    inc(p.fullRate, emp.unit, emp.rate);
    inc(p.fullGroupRate, emp.unit * p.index.groups.length + emp.group, emp.rate);
    return;
  }
  const base = emp.unit * r.count;
  for (let i = 0; i < r.count; i++) {
    const x = Math.max(a, r.from[i] ?? 0);
    const y = Math.min(b, r.to[i] ?? 0);
    if (x > y) continue;
    inc(t.fteDays, base + i, emp.rate * (y - x + 1));
    inc(t.plannedDv, base + i, emp.rate * workingDays(p, x, y));
    if (i === WINDOW)
      inc(t.groupFteDays, emp.unit * p.index.groups.length + emp.group, emp.rate * (y - x + 1));
  }
}

/** Applies the rates of employments covering every range. */
export function applyFullRates(p: Pass): void {
  const { r, t } = p;
  const groups = p.index.groups.length;
  const planned = Array.from(r.from, (from, i) => workingDays(p, from, r.to[i] ?? from));
  const windowDays = r.days[WINDOW] ?? 0;
  for (let u = 0; u < t.unitCount; u++) {
    const rate = p.fullRate[u] ?? 0;
    if (rate === 0) continue;
    for (let i = 0; i < r.count; i++) {
      inc(t.fteDays, u * r.count + i, rate * (r.days[i] ?? 0));
      inc(t.plannedDv, u * r.count + i, rate * (planned[i] ?? 0));
    }
    for (let g = 0; g < groups; g++)
      inc(t.groupFteDays, u * groups + g, (p.fullGroupRate[u * groups + g] ?? 0) * windowDays);
  }
}

/**
 * Adds weight × absent working days of [a, b] (one employment) to every range it overlaps.
 * Returns the amount inside the rolling window, or -1 when [a, b] misses the window.
 */
function addAbsence(p: Pass, emp: IndexedEmployment, a: number, b: number, weight: number): number {
  const { r, t } = p;
  const base = emp.unit * r.count;
  let inWindow = -1;
  for (let i = 0; i < FIRST_MONTH; i++) {
    const x = Math.max(a, r.from[i] ?? 0);
    const y = Math.min(b, r.to[i] ?? 0);
    if (x > y) continue;
    const v = weight * absentWorkingDays(p, emp, x, y);
    inc(t.dv, base + i, v);
    if (i === WINDOW) inWindow = v;
  }
  const s = Math.max(a, r.monthStart);
  const e = Math.min(b, r.asOf);
  if (s > e) return inWindow;
  for (let k = r.bucketOf[s - r.monthStart] ?? MONTHS; k < MONTHS; k++) {
    const i = FIRST_MONTH + k;
    const from = r.from[i] ?? 0;
    if (from > e) break;
    inc(
      t.dv,
      base + i,
      weight * absentWorkingDays(p, emp, Math.max(s, from), Math.min(e, r.to[i] ?? 0)),
    );
  }
  return inWindow;
}

/** Adds one day's dagsværk to the ranges holding `day`; true when the day is in the window. */
function addDay(p: Pass, unit: number, day: number, v: number): boolean {
  const { r, t } = p;
  const base = unit * r.count;
  for (let i = 0; i < FIRST_MONTH; i++) {
    if (day >= (r.from[i] ?? 0) && day <= (r.to[i] ?? 0)) inc(t.dv, base + i, v);
  }
  const k = day >= r.monthStart && day <= r.asOf ? (r.bucketOf[day - r.monthStart] ?? -1) : -1;
  if (k >= 0) inc(t.dv, base + FIRST_MONTH + k, v);
  return day >= (r.from[WINDOW] ?? 0) && day <= r.asOf;
}

function addPeriod(
  p: Pass,
  person: PersonRecord,
  period: IndexedPeriod,
  short: boolean,
  spellNo: number,
): void {
  const { r, t } = p;
  const last = Math.min(period.to ?? r.asOf, r.asOf);
  if (period.from > r.asOf || last < r.start) return;
  for (let k = 0; k < person.employments.length; k++) {
    const emp = person.employments[k];
    if (!emp || !emp.included || emp.unit < 0) continue;
    const a = Math.max(period.from, emp.from, r.start);
    const b = Math.min(last, emp.to);
    if (a > b) continue;
    const v = addAbsence(p, emp, a, b, emp.rate * period.share);
    if (v < 0) continue;
    inc(short ? t.shortDv : t.longDv, emp.unit, v);
    markChain(p, emp.unit, p.periodStamp, spellNo, short ? t.shortPeriods : t.longPeriods);
  }
}

function addDerived(p: Pass, group: DerivedPeriod, short: boolean, spellNo: number): void {
  const { r, t } = p;
  if (group.from > r.asOf || group.to < r.start) return;
  for (const row of group.rows) {
    const emp = row.emp;
    if (!emp.included || emp.unit < 0 || row.day < emp.from || row.day > emp.to) continue;
    const v = row.hours / HOURS_PER_DAGSVAERK;
    if (!addDay(p, emp.unit, row.day, v)) continue;
    inc(short ? t.shortDv : t.longDv, emp.unit, v);
    markChain(p, emp.unit, p.periodStamp, spellNo, short ? t.shortPeriods : t.longPeriods);
  }
}

/**
 * One spell (see spells.ts): short or long by its calendar length (an open one up to the as-of
 * date), counted once in every unit, and its ancestors, where it has absence in the window.
 */
function addSpell(p: Pass, person: PersonRecord, spell: PersonSpell): void {
  const { r } = p;
  if (spell.from > r.asOf || (spell.to !== null && spell.to < r.start)) return;
  const short = (spell.to ?? r.asOf) - spell.from + 1 <= p.shortMaxDays;
  const spellNo = ++p.periodNo;
  for (const period of spell.periods) addPeriod(p, person, period, short, spellNo);
  for (const group of spell.derived) addDerived(p, group, short, spellNo);
}

export function addPerson(p: Pass, person: PersonRecord, personNo: number): void {
  for (let k = 0; k < person.employments.length; k++) {
    const emp = person.employments[k];
    if (emp && emp.included && emp.unit >= 0) addEmployment(p, emp, personNo);
  }
  for (const spell of person.spells) addSpell(p, person, spell);
}
