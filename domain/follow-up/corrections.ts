/**
 * Corrections of what a leader registered: the change log's entries (what a change did, with the
 * state needed to take it back), undoing one, and the corrections of a sick period (removed as
 * "not sick after all", its extent, its first sick day) with the plan kept consistent.
 *
 * An entry names the period it touched, the period before (absent: the change left the period
 * alone; null: the change created it) and the steps it touched, as they were and the versions it
 * left them at. Undoing checks that the period and those steps are still as the change left them
 * (otherwise someone has acted since, and nothing changes), then restores the before-state: a
 * restored step gets a version above the current one, so a card showing the undone state cannot
 * act, and keeps its delivery bookkeeping so nothing is delivered twice.
 *
 * The window: a change can be undone until the end of the next working day after the day it was
 * made (Copenhagen), so a change made on a Friday can still be undone on Monday.
 */
import { DateTime } from 'luxon';
import { nextWorkingDay } from '../calendar.js';
import { ZONE } from '../clock.js';
import type { IsoDate, SickPeriod } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import { mergePlan } from './plan.js';
import type { Purpose } from './policy-types.js';
import { validateRegistration, type RegistrationFailure } from './registration.js';
import type { FollowUpStep } from './step-types.js';

/** What a logged change was; each can be undone. */
export const CHANGE_KINDS = [
  'sick',
  'fit',
  'complete',
  'postpone',
  'not-sick',
  'extent',
  'first-day',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface StepRef {
  id: string;
  version: number;
}

export interface ChangeEntry {
  id: string;
  /** aadObjectId of the person who made the change (only they may undo it). */
  actor: string;
  /** UTC ISO instant of the change. */
  at: string;
  kind: ChangeKind;
  personKey: string;
  unitId: string;
  /** The sick period touched (for a step action: the step's period or person plan). */
  periodId: string;
  /** The period before the change; null: it did not exist; absent: the change left it alone. */
  periodBefore?: SickPeriod | null;
  /** The period's updatedAt after the change; null: removed; absent: the change left it alone. */
  periodAfter?: string | null;
  /** The touched steps that existed before the change, as they were. */
  stepsBefore: FollowUpStep[];
  /** The touched steps as the change left them (a step it removed is not listed). */
  stepsAfter: StepRef[];
  /** Instant of the undo; null while the change stands. */
  undoneAt: string | null;
}

/**
 * A period and its steps at one moment. `period` absent: not part of the state (a step action's
 * period is left alone); null: there is no such period.
 */
export interface PeriodState {
  period?: SickPeriod | null;
  steps: readonly FollowUpStep[];
}

export type CorrectionFailure =
  RegistrationFailure | 'from-import' | 'unchanged' | 'overlaps' | 'no-period' | 'changed-since';

const samePeriod = (a: SickPeriod | null, b: SickPeriod | null): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** The log entry of a change from `before` to `after` (only the steps it touched are kept). */
export function changeEntryOf(
  meta: Pick<ChangeEntry, 'id' | 'actor' | 'at' | 'kind' | 'personKey' | 'unitId' | 'periodId'>,
  before: PeriodState,
  after: PeriodState,
): ChangeEntry {
  const afterById = new Map(after.steps.map((s) => [s.id, s]));
  const beforeById = new Map(before.steps.map((s) => [s.id, s]));
  const entry: ChangeEntry = {
    ...meta,
    stepsBefore: structuredClone(
      before.steps.filter((s) => afterById.get(s.id)?.version !== s.version),
    ),
    stepsAfter: after.steps
      .filter((s) => beforeById.get(s.id)?.version !== s.version)
      .map((s) => ({ id: s.id, version: s.version })),
    undoneAt: null,
  };
  const [was, is] = [before.period, after.period];
  if (was !== undefined && is !== undefined && !samePeriod(was, is)) {
    entry.periodBefore = structuredClone(was);
    entry.periodAfter = is === null ? null : is.updatedAt;
  }
  return entry;
}

/** The last day a change made at the instant `at` may be undone (the next working day). */
export function undoDeadline(at: string): IsoDate {
  const day = DateTime.fromISO(at, { zone: 'utc' }).setZone(ZONE).toISODate() ?? '';
  return nextWorkingDay(day);
}

export const mayStillUndo = (entry: Pick<ChangeEntry, 'at'>, today: IsoDate): boolean =>
  today <= undoDeadline(entry.at);

/** The delivery bookkeeping a restored step keeps from its current self (nothing sent twice). */
function keepDeliveries(restored: FollowUpStep, current: FollowUpStep | undefined): FollowUpStep {
  if (!current) return restored;
  const { notifiedOn, remindedOn, escalatedToHrOn } = current;
  return { ...restored, notifiedOn, remindedOn, escalatedToHrOn };
}

/** Whether the period and the touched steps are still as the change left them. */
function unchangedSince(entry: ChangeEntry, current: PeriodState): boolean {
  if (entry.periodAfter !== undefined) {
    const now = current.period === undefined ? undefined : (current.period?.updatedAt ?? null);
    if (now !== entry.periodAfter) return false;
  }
  const byId = new Map(current.steps.map((s) => [s.id, s]));
  return entry.stepsAfter.every((ref) => byId.get(ref.id)?.version === ref.version);
}

/**
 * The state after undoing `entry`, from the period and all its steps as stored now; fails with
 * 'changed-since' when someone has acted on them since (nothing changes then).
 */
export function undoChange(
  entry: ChangeEntry,
  current: PeriodState,
  at: string,
): Result<PeriodState, 'changed-since'> {
  if (!unchangedSince(entry, current)) return fail('changed-since', { kind: entry.kind });
  const touched = new Set([...entry.stepsBefore, ...entry.stepsAfter].map((s) => s.id));
  const byId = new Map(current.steps.map((s) => [s.id, s]));
  const restored = entry.stepsBefore.map((b) => {
    const now = byId.get(b.id);
    return keepDeliveries({ ...b, version: Math.max(now?.version ?? 0, b.version) + 1 }, now);
  });
  const steps = [...current.steps.filter((s) => !touched.has(s.id)), ...restored];
  if (entry.periodBefore === undefined) return ok({ steps });
  if (entry.periodBefore === null) return ok({ period: null, steps: [] });
  return ok({ period: { ...entry.periodBefore, updatedAt: at }, steps });
}

/**
 * After `undone` is undone, the earlier changes that left the state it restored point at the
 * restored versions, so they can be undone in turn (register → Udført → undo → undo).
 */
export function rebaseEntries(
  entries: readonly ChangeEntry[],
  undone: ChangeEntry,
  restored: PeriodState,
): ChangeEntry[] {
  const now = new Map(restored.steps.map((s) => [s.id, s.version]));
  const was = new Map(undone.stepsBefore.map((s) => [s.id, s.version]));
  const periodWas = undone.periodBefore?.updatedAt;
  const periodNow = restored.period?.updatedAt;
  return entries.map((e) => {
    if (e.id === undone.id || e.undoneAt !== null || e.periodId !== undone.periodId) return e;
    const stepsAfter = e.stepsAfter.map((r) => {
      const v = now.get(r.id);
      return was.get(r.id) === r.version && v !== undefined ? { id: r.id, version: v } : r;
    });
    const rebased = { ...e, stepsAfter };
    if (periodWas !== undefined && periodNow !== undefined && e.periodAfter === periodWas)
      rebased.periodAfter = periodNow;
    return rebased;
  });
}

/** A period the leader may correct in chat: one registered in chat, not one from payroll. */
function correctable(current: PeriodState): Result<SickPeriod, 'no-period' | 'from-import'> {
  const period = current.period;
  if (!period) return fail('no-period');
  return period.source === 'import' ? fail('from-import', { periodId: period.id }) : ok(period);
}

/** "Not sick after all": the period and its whole plan go. */
export function removePeriod(current: PeriodState): Result<PeriodState, CorrectionFailure> {
  const period = correctable(current);
  return period.ok ? ok({ period: null, steps: [] }) : period;
}

/** The extent: `percent` 1–99 for partial sickness, null for full. The plan stays as it is. */
export function changeExtent(
  current: PeriodState,
  percent: number | null,
  at: string,
): Result<PeriodState, CorrectionFailure> {
  const found = correctable(current);
  if (!found.ok) return found;
  const period = found.value;
  if (percent !== null && (!Number.isInteger(percent) || percent < 1 || percent > 99))
    return fail('partial-out-of-range', { percent });
  if (period.partialPercent === percent) return fail('unchanged');
  const type = percent === null ? 'SYGDOM' : 'DELVIS_SYGDOM';
  const keepType = period.type !== 'SYGDOM' && period.type !== 'DELVIS_SYGDOM';
  const changed = { ...period, partialPercent: percent, updatedAt: at };
  return ok({ period: keepType ? changed : { ...changed, type }, steps: current.steps });
}

const FAR_FUTURE = '9999-12-31';

/**
 * The first sick day moved to `start`. `freshPlan` makes the plan of the moved period under its
 * policy; settled steps stay as they are, the others take their new dates (mergePlan).
 */
export function changeFirstDay(
  current: PeriodState,
  input: {
    start: IsoDate;
    today: IsoDate;
    at: string;
    /** The person's other periods (the moved one may not overlap them). */
    others: readonly SickPeriod[];
    freshPlan: (period: SickPeriod) => FollowUpStep[];
  },
): Result<PeriodState, CorrectionFailure> {
  const found = correctable(current);
  if (!found.ok) return found;
  const period = found.value;
  const valid = validateRegistration({ ...period, start: input.start }, input.today);
  if (!valid.ok) return valid;
  if (period.start === input.start) return fail('unchanged');
  const end = period.end ?? FAR_FUTURE;
  const clash = input.others.find(
    (o) => o.id !== period.id && o.start <= end && input.start <= (o.end ?? FAR_FUTURE),
  );
  if (clash) return fail('overlaps', { start: clash.start, end: clash.end ?? input.today });
  const moved = { ...period, start: input.start, updatedAt: input.at };
  return ok({ period: moved, steps: mergePlan(current.steps, input.freshPlan(moved)) });
}

/** What a confirmation or an answer names about a change. */
export interface ChangeSummary {
  kind: ChangeKind;
  employeeName: string;
  /** First sick day (sick, not-sick, extent, first-day), last sick day (fit), new date (postpone). */
  date: IsoDate | null;
  /** Partial sickness in per cent; null for full sickness or when not about the extent. */
  percent: number | null;
  /** The step's purpose (complete, postpone). */
  purpose: Purpose | null;
}

/** The summary of an entry, from the period and the step as they are now. */
export function summarize(
  entry: ChangeEntry,
  employeeName: string,
  now: { period: SickPeriod | null; step: FollowUpStep | null },
): ChangeSummary {
  const { period, step } = now;
  const base = { kind: entry.kind, employeeName, date: null, percent: null, purpose: null };
  switch (entry.kind) {
    case 'sick':
    case 'extent':
      return { ...base, date: period?.start ?? null, percent: period?.partialPercent ?? null };
    case 'first-day':
      return { ...base, date: period?.start ?? null };
    case 'fit':
      return { ...base, date: period?.end ?? null };
    case 'not-sick':
      return { ...base, date: entry.periodBefore?.start ?? null };
    case 'complete':
      return { ...base, purpose: step?.purpose ?? null };
    case 'postpone':
      return { ...base, purpose: step?.purpose ?? null, date: step?.postponedTo ?? null };
  }
}
