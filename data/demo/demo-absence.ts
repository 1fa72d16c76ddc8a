/**
 * Sick periods for the demo: many short periods and few long ones, a winter peak, partial
 * sickness after some long periods, rare work injuries, some § 56 and pregnancy-related absence,
 * child's sickness (never counted) and periods still open at the as-of date. The level per person
 * follows the national figure for their occupational group × the unit's factor × a personal factor.
 */
import type { AbsenceType } from '../../domain/model.js';
import type { StoreData } from '../schema.js';
import { dayOf, isoOf, isWeekday, monthOf } from './days.js';
import type { DemoPerson, Window } from './demo-people.js';
import type { Rng } from './prng.js';
import { GROUP_LEVEL } from './unit-catalogue.js';

type SickPeriod = StoreData['sickPeriods'][number];

/** Relative sickness by month (January first): a winter peak and a summer low. */
const SEASON = [1.35, 1.35, 1.2, 1.0, 0.9, 0.8, 0.6, 0.8, 0.95, 1.05, 1.2, 1.25];
const SEASON_MAX = 1.35;
/** Share of the yearly level from short periods, and mean working days per period (measured). */
const SHORT_SHARE = 0.45;
const MEAN_SHORT_WORKDAYS = 2.4;
const MEAN_LONG_WORKDAYS = 36;
/** Makes up for periods dropped as overlapping and for public holidays (measured at 45,000). */
const CALIBRATION = 1.1;
const SHORT_LENGTHS: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 1], 0.38],
  [[2, 2], 0.2],
  [[3, 3], 0.12],
  [[4, 7], 0.2],
  [[8, 14], 0.1],
];
const PARTIAL_PERCENTS = [50, 67.57, 40, 75, 25, 60];

interface Draft {
  type: AbsenceType;
  start: number;
  end: number;
  partialPercent: number | null;
}

export class AbsenceGenerator {
  readonly periods: SickPeriod[] = [];
  private seq = 0;

  constructor(
    private readonly rng: Rng,
    private readonly window: Window,
  ) {}

  add(person: DemoPerson): void {
    const span = this.spanOf(person);
    if (!span) return;
    const drafts = this.sequence(person, span.from, span.to).concat(
      this.childSickness(span.from, span.to),
    );
    drafts.sort((a, b) => a.start - b.start);
    let lastEnd = -Infinity;
    for (const d of drafts) {
      if (d.start <= lastEnd + 1 || d.start > span.to) continue;
      lastEnd = d.end;
      this.emit(person, d, span.open);
    }
  }

  /** The days this person was employed inside the window, and whether still employed at as-of. */
  private spanOf(person: DemoPerson): { from: number; to: number; open: boolean } | null {
    const first = person.rows[0];
    const last = person.rows[person.rows.length - 1];
    if (!first || !last) return null;
    const end = last.validTo === null ? Infinity : dayOf(last.validTo);
    const from = Math.max(dayOf(first.validFrom), this.window.from);
    const to = Math.min(end, this.window.to);
    return from <= to ? { from, to, open: end > this.window.to } : null;
  }

  /** Own sickness (short and long), in time order, with partial sickness after some long periods. */
  private sequence(person: DemoPerson, from: number, to: number): Draft[] {
    const years = (to - from + 1) / 365;
    const hourly = person.rows[0]?.payForm === 'hourly' ? 0.6 : 1;
    const level = (GROUP_LEVEL[person.group] ?? 12) * person.absenceFactor * hourly * CALIBRATION;
    const shortFrailty = this.rng.lognormal(0.6);
    const longFrailty = this.rng.lognormal(1.1);
    const p56 = this.rng.chance(0.02);
    const drafts: Draft[] = [];
    const nShort = this.rng.poisson(
      (years * level * SHORT_SHARE * shortFrailty) / MEAN_SHORT_WORKDAYS,
    );
    const nLong = this.rng.poisson(
      (years * level * (1 - SHORT_SHARE) * longFrailty) / MEAN_LONG_WORKDAYS,
    );
    for (let i = 0; i < nShort; i++) drafts.push(this.shortPeriod(from, to, p56));
    for (let i = 0; i < nLong; i++) drafts.push(...this.longPeriod(from, to, person.female));
    return drafts;
  }

  private shortPeriod(from: number, to: number, p56: boolean): Draft {
    const start = this.seasonalStart(from, to);
    const [lo, hi] = this.rng.weighted(SHORT_LENGTHS);
    const type: AbsenceType = p56
      ? 'PARAGRAF56'
      : this.rng.chance(0.01)
        ? 'ARBEJDSSKADE'
        : 'SYGDOM';
    return { type, start, end: start + this.rng.int(lo, hi) - 1, partialPercent: null };
  }

  /** A long period; sometimes pregnancy-related or a work injury; sometimes partial afterwards. */
  private longPeriod(from: number, to: number, female: boolean): Draft[] {
    const start = this.seasonalStart(from, to);
    const end = start + 14 + Math.min(380, Math.floor(-40 * Math.log(1 - this.rng.next())));
    const r = this.rng.next();
    const type: AbsenceType =
      female && r < 0.06 ? 'GRAVIDITET' : r > 0.97 ? 'ARBEJDSSKADE' : 'SYGDOM';
    const out: Draft[] = [{ type, start, end, partialPercent: null }];
    if (type === 'SYGDOM' && this.rng.chance(0.3)) {
      const partialEnd = end + this.rng.int(14, 56);
      out.push({
        type: 'DELVIS_SYGDOM',
        start: end + 1,
        end: partialEnd,
        partialPercent: this.rng.pick(PARTIAL_PERCENTS),
      });
    }
    return out;
  }

  /** Child's sickness: 40 % of staff, about 1.5 one- or two-day periods a year. */
  private childSickness(from: number, to: number): Draft[] {
    if (!this.rng.chance(0.4)) return [];
    const n = this.rng.poisson((1.5 * (to - from + 1)) / 365);
    return Array.from({ length: n }, () => {
      const start = this.seasonalStart(from, to);
      return {
        type: 'BARN_SYG' as const,
        start,
        end: start + this.rng.int(0, 1),
        partialPercent: null,
      };
    });
  }

  /** A weekday in [from, to], drawn with the winter peak (rejection sampling). */
  private seasonalStart(from: number, to: number): number {
    for (let i = 0; i < 50; i++) {
      const day = this.rng.int(from, to);
      if (!isWeekday(day)) continue;
      if (this.rng.next() * SEASON_MAX < (SEASON[monthOf(day) - 1] ?? 1)) return day;
    }
    return from;
  }

  private emit(person: DemoPerson, d: Draft, stillEmployed: boolean): void {
    const asOf = this.window.to;
    if (d.end >= asOf && person.fixed) return;
    const end =
      d.end >= asOf && stillEmployed ? null : Math.min(d.end, this.lastEmployedDay(person));
    const sourceId = `F-${String(++this.seq).padStart(7, '0')}`;
    const start = isoOf(d.start);
    const createdAt = `${start}T07:30:00.000Z`;
    this.periods.push({
      id: `imp:${sourceId}`,
      personKey: person.personKey,
      type: d.type,
      start,
      end: end === null ? null : isoOf(end),
      partialPercent: d.partialPercent,
      source: 'import',
      sourceId,
      registeredBy: null,
      createdAt,
      updatedAt: end === null ? createdAt : `${isoOf(Math.min(end, asOf))}T15:00:00.000Z`,
    });
  }

  private lastEmployedDay(person: DemoPerson): number {
    const last = person.rows[person.rows.length - 1]?.validTo;
    return Math.min(last ? dayOf(last) : Infinity, this.window.to);
  }
}
