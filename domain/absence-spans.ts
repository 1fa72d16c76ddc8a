/**
 * A person's absence as spans of day numbers, the input of the frequent-absence rule
 * (domain/triggers.ts): registered periods and imported day rows alike, and the spells they join
 * into (overlapping, touching, or separated only by weekends and public holidays).
 */
import { dayNumber } from './calendar.js';
import type { AbsenceType, SickPeriod } from './model.js';
import { joinSpans, type DaySpan } from './statistics/spells.js';
import type { PersonRecord } from './statistics/statistics-index.js';
import type { StatisticsData } from './statistics/types.js';

/** A registered period, or one day row, as day numbers with its absence type. */
export interface AbsenceSpan extends DaySpan {
  readonly type: AbsenceType;
}

/** Which absence types count as sickness. */
export type CountsAsSickness = (type: AbsenceType) => boolean;

function periodSpan(p: Pick<SickPeriod, 'start' | 'end' | 'type'>): AbsenceSpan | null {
  const from = dayNumber(p.start);
  const to = p.end === null ? null : dayNumber(p.end);
  return to !== null && to < from ? null : { from, to, type: p.type };
}

/** Registered periods (one person's) as absence spans; a period ending before it starts is none. */
export function absenceOfPeriods(
  periods: readonly Pick<SickPeriod, 'start' | 'end' | 'type'>[],
): AbsenceSpan[] {
  const out: AbsenceSpan[] = [];
  for (const p of periods) {
    const span = periodSpan(p);
    if (span) out.push(span);
  }
  return out;
}

/**
 * The absence of each person from the raw data: their registered periods, and the day rows of
 * their employments (rows of an employment ending before it starts belong to nobody, as in the
 * statistics).
 */
export function absenceOfPersons(
  personKeys: Iterable<string>,
  data: Pick<StatisticsData, 'sickPeriods' | 'absenceDays' | 'employments'>,
): Map<string, AbsenceSpan[]> {
  const out = new Map<string, AbsenceSpan[]>();
  for (const key of personKeys) out.set(key, []);
  for (const p of data.sickPeriods) {
    const spans = out.get(p.personKey);
    const span = spans && periodSpan(p);
    if (span) spans.push(span);
  }
  const personOf = new Map<string, string>();
  for (const e of data.employments) {
    if (e.validTo !== null && e.validTo < e.validFrom) continue;
    if (out.has(e.personKey)) personOf.set(e.id, e.personKey);
  }
  if (personOf.size === 0) return out;
  for (const r of data.absenceDays) {
    const key = personOf.get(r.employmentId);
    if (key === undefined || r.plannedHours === 0 || !(r.hours > 0)) continue;
    const day = dayNumber(r.date);
    out.get(key)?.push({ from: day, to: day, type: r.type });
  }
  return out;
}

/** The absence of a person of the statistics index (the same spans as absenceOfPersons). */
export function absenceOfRecord(person: PersonRecord): AbsenceSpan[] {
  const out: AbsenceSpan[] = person.periods.map((p) => ({ from: p.from, to: p.to, type: p.type }));
  for (const r of person.dayRows)
    if (r.hours > 0) out.push({ from: r.day, to: r.day, type: r.type });
  return out;
}

/** The spells as of `asOf`: counted absence begun by then, joined, sorted by first day. */
export function sicknessSpells(
  absence: readonly AbsenceSpan[],
  asOf: number,
  counts: CountsAsSickness,
): DaySpan[] {
  const spans = absence.filter((a) => a.from <= asOf && counts(a.type));
  return joinSpans(spans.sort((a, b) => a.from - b.from));
}
