/**
 * Frequent absence: the one rule that decides whether a person's sickness is frequent (e.g. 5 sick
 * periods or 14 sick days in 12 months). The statistics' frequent-absence list and the follow-up's
 * frequency card both ask it, so for the same person on the same day they say the same thing.
 *
 * Whose triggers apply: those of the follow-up policy that applies to the person's unit (the
 * nearest unit up the tree with a policy of its own, else the municipality's policy). A policy
 * without triggers of its own uses the municipality's triggers; so does an unknown policy id.
 *
 * Which absence counts: own sickness, partial sickness and work injury always; § 56 absence and
 * pregnancy-related absence when the municipality counts them as sickness (the same switches as
 * every statistics figure); a child's sickness and other absence never.
 *
 * How it is counted, the same whether the absence was registered as periods or imported as day
 * rows (one row per absent day; a row without planned hours or without absence hours is no
 * absence): each counted period and day row begun by the day asked about (asOf) is a span of days;
 * spans that overlap, touch, or are separated only by weekends and public holidays join into one
 * spell ("sick Friday, sick again Monday" is one period, a double registration is one). A working
 * day without counted sickness between two spans (e.g. a child's sick day) splits them. Then, in
 * the window from the day after (asOf − windowMonths months) up to asOf, both inclusive:
 *   periods  the spells overlapping the window (an open spell counts);
 *   days     the CALENDAR days of those spells inside the window, an open spell up to asOf. A
 *            weekend inside a spell counts, one between two spells does not. Calendar days, not
 *            working days: they match what a leader sees in the calendar and the short/long
 *            measure, and a spell's length does not depend on which weekdays the employee works.
 * A trigger counted per calendar year (`window: 'calendar-year'`, "3 perioder i et kalenderår")
 * counts from 1 January of asOf's year instead.
 * A long absence is not frequent absence: when the latest spell in the window is long (more
 * calendar days up to asOf than the municipality's short/long limit, `shortMaxDays`), a days
 * trigger counts the days of the other spells only — someone whose days all come from one long
 * spell is followed up by the long-absence steps, not flagged as frequently absent.
 * A trigger is met when its count reaches its threshold.
 */
import { addMonths, dayNumber, isoOf } from './calendar.js';
import { availablePolicies, policyForUnit } from './follow-up/policy-resolve.js';
import type { FollowUpPolicy } from './follow-up/policy-types.js';
import type { FrequencyTrigger, IsoDate, MunicipalitySettings, Unit } from './model.js';
import { DEFAULT_SICKNESS_FILTER, sicknessFilter } from './statistics/absence-types.js';
import type { DaySpan } from './statistics/spells.js';
import type { StatisticsIndex } from './statistics/statistics-index.js';
import {
  absenceOfPeriods,
  absenceOfRecord,
  sicknessSpells,
  type AbsenceSpan,
  type CountsAsSickness,
} from './absence-spans.js';
import type { TriggerPeriod } from './statistics/types.js';
import { subtreeOf } from './statistics/unit-tree.js';

export type { TriggerPeriod };

export interface TriggerEvaluation {
  triggerId: string;
  kind: FrequencyTrigger['kind'];
  threshold: number;
  windowMonths: number;
  /** Absent or 'rolling': the last windowMonths months; 'calendar-year': since 1 January. */
  window?: FrequencyTrigger['window'];
  /** Absent: the leader is told; 'hr': the HR consultants. */
  audience?: FrequencyTrigger['audience'];
  /** Periods, or calendar days, in the window. */
  value: number;
  met: boolean;
}

/** The rule as it applies in one municipality: whose triggers, and which absence counts. */
export interface FrequencyRules {
  /** The triggers for a person in the unit (null: no known unit, the municipality's policy). */
  triggersOf(unitId: string | null): readonly FrequencyTrigger[];
  counts: CountsAsSickness;
  /** The short/long limit in calendar days (a longer spell is long absence). */
  shortMaxDays: number;
}

/** The short/long limit when none is given (the statistics' default). */
export const DEFAULT_SHORT_MAX_DAYS = 14;

/** What the rules are made of: the unit tree, the settings, the municipality's own policies. */
export interface FrequencyOrg {
  readonly units: readonly Unit[];
  readonly settings: MunicipalitySettings;
  /** The municipality's own policy documents; absent or empty = the presets only. */
  readonly policies?: readonly FollowUpPolicy[];
}

/** The policy's own triggers win; a policy without any uses the municipality's settings. */
export function effectiveTriggers(
  policy: FollowUpPolicy,
  municipal: readonly FrequencyTrigger[],
): FrequencyTrigger[] {
  return policy.frequencyTriggers.length > 0 ? [...policy.frequencyTriggers] : [...municipal];
}

/** The rules of a municipality; the triggers of each unit are resolved once. */
export function frequencyRules(org: FrequencyOrg): FrequencyRules {
  const available = availablePolicies(org.policies ?? []);
  const municipal = org.settings.frequencyTriggers;
  const byUnit = new Map<string | null, readonly FrequencyTrigger[]>();
  return {
    triggersOf(unitId) {
      let triggers = byUnit.get(unitId);
      if (triggers === undefined) {
        const policy = policyForUnit(unitId ?? '', org.units, org.settings.policyId, available);
        triggers = policy.ok ? effectiveTriggers(policy.value, municipal) : [...municipal];
        byUnit.set(unitId, triggers);
      }
      return triggers;
    },
    counts: sicknessFilter(org.settings.statistics),
    shortMaxDays: org.settings.statistics.shortMaxDays,
  };
}

const windowStarts = new Map<number, number>();

/** First day of a rolling window of `months` months ending on `asOf` (memoised). */
function windowStart(asOf: number, months: number): number {
  const key = asOf * 100 + months;
  let start = windowStarts.get(key);
  if (start === undefined) {
    if (windowStarts.size > 1000) windowStarts.clear();
    start = dayNumber(addMonths(isoOf(asOf), -months)) + 1;
    windowStarts.set(key, start);
  }
  return start;
}

/** First day of the calendar year of `asOf`. */
function yearStart(asOf: number): number {
  return dayNumber(`${isoOf(asOf).slice(0, 4)}-01-01`);
}

/**
 * Spells overlapping the window ending on `asOf` (the last `windowMonths` months, or with
 * `calendarYear` the year so far), and their calendar days inside it; `longDays` also counts the
 * days of the latest spell when it is longer than `shortMaxDays` (long absence).
 */
export function windowCount(
  spells: readonly DaySpan[],
  asOf: number,
  windowMonths: number,
  options: { calendarYear?: boolean; shortMaxDays?: number } = {},
): { periods: number; days: number; longDays: number } {
  const w0 = options.calendarYear ? yearStart(asOf) : windowStart(asOf, windowMonths);
  let periods = 0;
  let days = 0;
  let last: { days: number; length: number } | null = null;
  for (const spell of spells) {
    const to = Math.min(spell.to ?? asOf, asOf);
    if (spell.from > asOf || to < w0) continue;
    periods += 1;
    const inside = to - Math.max(spell.from, w0) + 1;
    days += inside;
    last = { days: inside, length: to - spell.from + 1 };
  }
  const limit = options.shortMaxDays ?? DEFAULT_SHORT_MAX_DAYS;
  const longDays = last && last.length > limit ? last.days : 0;
  return { periods, days, longDays };
}

/** Every trigger evaluated (met or not) on a person's absence as of `asOf`. */
export function evaluateFrequency(
  absence: readonly AbsenceSpan[],
  asOf: IsoDate,
  triggers: readonly FrequencyTrigger[],
  counts: CountsAsSickness,
  shortMaxDays: number = DEFAULT_SHORT_MAX_DAYS,
): TriggerEvaluation[] {
  const day = dayNumber(asOf);
  const spells = sicknessSpells(absence, day, counts);
  return triggers.map((trigger) => {
    const calendarYear = trigger.window === 'calendar-year';
    const counted = windowCount(spells, day, trigger.windowMonths, { calendarYear, shortMaxDays });
    const value = trigger.kind === 'periods' ? counted.periods : counted.days - counted.longDays;
    return {
      triggerId: trigger.id,
      kind: trigger.kind,
      threshold: trigger.threshold,
      windowMonths: trigger.windowMonths,
      ...(calendarYear ? { window: trigger.window } : {}),
      ...(trigger.audience === 'hr' ? { audience: trigger.audience } : {}),
      value,
      met: value >= trigger.threshold,
    };
  });
}

/**
 * The decision: every trigger that applies to a person in `unitId`, evaluated on their absence
 * as of `asOf`. The frequent-absence list and the frequency card both come from here.
 */
export function assessFrequency(
  rules: FrequencyRules,
  unitId: string | null,
  absence: readonly AbsenceSpan[],
  asOf: IsoDate,
): TriggerEvaluation[] {
  return evaluateFrequency(
    absence,
    asOf,
    rules.triggersOf(unitId),
    rules.counts,
    rules.shortMaxDays,
  );
}

/**
 * The rule on periods given as dates, with explicit triggers; a period without a type is own
 * sickness. `counts` defaults to the statistics' default (§ 56 and pregnancy not counted).
 */
export function evaluateTriggers(
  periodsOfPerson: readonly TriggerPeriod[],
  asOf: IsoDate,
  triggers: readonly FrequencyTrigger[],
  counts: CountsAsSickness = DEFAULT_SICKNESS_FILTER,
): TriggerEvaluation[] {
  const absence = absenceOfPeriods(
    periodsOfPerson.map((p) => ({ ...p, type: p.type ?? 'SYGDOM' })),
  );
  return evaluateFrequency(absence, asOf, triggers, counts);
}

export interface FrequentAbsentee {
  personKey: string;
  displayName: string;
  unitId: string;
  unitName: string;
  /** The triggers met (at least one). */
  met: TriggerEvaluation[];
  /** Every trigger of the person's unit, met or not. */
  evaluations: TriggerEvaluation[];
}

/**
 * Persons employed on `asOf` in the given units (or their sub-units) who meet any trigger of
 * their unit's policy. `policies` are the municipality's own policy documents (as in the org
 * snapshot), so a unit with a custom policy gets that policy's triggers. Hourly-paid staff are
 * included: this is follow-up, not statistics. Access control and the audit log are the caller's
 * job.
 */
export function frequentAbsence(
  index: StatisticsIndex,
  unitIds: readonly string[],
  asOf: IsoDate,
  policies: readonly FollowUpPolicy[] = [],
): FrequentAbsentee[] {
  const rules = frequencyRules({ units: index.tree.units, settings: index.settings, policies });
  const units = new Set<number>();
  for (const id of unitIds) {
    const u = index.tree.indexOf.get(id);
    if (u !== undefined) for (const s of subtreeOf(index.tree, u)) units.add(s);
  }
  const day = dayNumber(asOf);
  const out: FrequentAbsentee[] = [];
  for (const person of index.persons) {
    const emp = person.employments.find((e) => units.has(e.unit) && e.from <= day && e.to >= day);
    const unit = emp ? index.tree.units[emp.unit] : undefined;
    if (!emp || !unit) continue;
    const evaluations = assessFrequency(rules, unit.id, absenceOfRecord(person), asOf);
    const met = evaluations.filter((e) => e.met);
    if (met.length === 0) continue;
    out.push({
      personKey: person.key,
      displayName: person.displayName,
      unitId: unit.id,
      unitName: unit.name,
      met,
      evaluations,
    });
  }
  return out.sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'));
}
