/**
 * Deadline rules. Day 1 is the first sick day, so day n is `start + (n − 1)` calendar days.
 * A contact day on a weekend/holiday moves to the NEXT working day; a deadline (a latest date)
 * never moves later: it moves to the PREVIOUS working day. Working days: domain/calendar.ts.
 */
import {
  addDays,
  addWorkingDays,
  dayNumber,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
} from '../calendar.js';
import type { IsoDate } from '../model.js';
import type { StepKind, StepRule, StepTiming } from './policy-types.js';
import type { StepSchedule } from './step-types.js';

/** Working days before a deadline at which the leader is nudged and HR is told. */
export const ESCALATION_WORKING_DAYS = 3;

/** Kinds that are reminded once after their due day; notices and info are delivered once. */
const REMINDED_KINDS: ReadonlySet<StepKind> = new Set(['contact', 'conversation', 'report']);

export function dateOfDay(start: IsoDate, day: number): IsoDate {
  return addDays(start, day - 1);
}

/** Calendar days from start to end, both included (a one-day absence is 1). */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : nextWorkingDay(date);
}

export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : previousWorkingDay(date);
}

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);

/** The step's date: a contact day moves forward, a deadline moves back. */
export function ruleDate(start: IsoDate, day: number, timing: StepTiming): IsoDate {
  const nominal = dateOfDay(start, day);
  return timing === 'contact-day' ? workingDayOnOrAfter(nominal) : workingDayOnOrBefore(nominal);
}

/** When a rule's card first arrives: its day, or `leadDays` before a deadline (never after it). */
export function ruleNoticeDate(start: IsoDate, rule: StepRule): IsoDate {
  const due = ruleDate(start, rule.day, rule.timing);
  if (rule.timing === 'contact-day') return due;
  const early = workingDayOnOrAfter(dateOfDay(start, Math.max(1, rule.day - rule.leadDays)));
  return minDate(early, due);
}

export interface ScheduleInput {
  kind: StepKind;
  timing: StepTiming;
  mandatory: boolean;
  escalateToHr: boolean;
  dueDate: IsoDate;
}

/**
 * The delivery days of a step. `notifyOn` is the planned first delivery, moved to the first
 * working day on or after `earliest` (a late registration is delivered at once, marked overdue).
 * - reminder: ONCE, on the first working day after the due day (the contact day, or for a
 *   deadline step the deadline itself), if still open. Recommended (non-mandatory) steps and
 *   notices/info are never reminded.
 * - approaching: deadline steps, 3 working days before the deadline, if later than notifyOn.
 * - escalation: steps with escalateToHr (§ 7a), 3 working days before the deadline (or at once
 *   when registered later than that).
 */
export function buildSchedule(
  s: ScheduleInput,
  plannedNotice: IsoDate,
  earliest: IsoDate,
): StepSchedule {
  const notifyOn = maxDate(plannedNotice, workingDayOnOrAfter(earliest));
  if (!s.mandatory) return { notifyOn, remindOn: null, approachOn: null, escalateOn: null };
  const remindOn = REMINDED_KINDS.has(s.kind) ? nextWorkingDay(maxDate(s.dueDate, notifyOn)) : null;
  if (s.timing === 'contact-day') return { notifyOn, remindOn, approachOn: null, escalateOn: null };
  const beforeDeadline = addWorkingDays(s.dueDate, -ESCALATION_WORKING_DAYS);
  return {
    notifyOn,
    remindOn,
    approachOn: beforeDeadline > notifyOn ? beforeDeadline : null,
    escalateOn: s.escalateToHr ? maxDate(beforeDeadline, workingDayOnOrAfter(earliest)) : null,
  };
}
