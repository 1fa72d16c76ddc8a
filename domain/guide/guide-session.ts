/**
 * A guide session: one leader preparing, holding and following up one conversation with one
 * employee. A plain object kept in the store, so the leader can leave at any step and come back
 * days later (or after a restart). No field holds a diagnosis or health detail.
 */
import { today, type Clock } from '../clock.js';
import type { IsoDate, IsoInstant } from '../model.js';
import { fail, ok, type Result } from '../result.js';
import type { Agreements } from './agreements.js';
import { daysBetween } from './checks.js';
import { GUIDE_LIMITS, type GuideError } from './guide-errors.js';
import {
  MAX_CONTACT_DAY,
  needsSickPeriod,
  phaseOf,
  stepsFor,
  type ChecklistItemId,
  type GuideKind,
  type GuidePhase,
  type HoldDecision,
  type PointId,
  type StepId,
} from './guide-kinds.js';
import type { Meeting } from './meeting.js';

export const GUIDE_STATUSES = ['active', 'paused', 'completed', 'cancelled'] as const;
export type GuideStatus = (typeof GUIDE_STATUSES)[number];

export interface ChecklistAnswer {
  checked: ChecklistItemId[];
  decision: HoldDecision;
}

export interface GuideSession {
  id: string;
  /** aadObjectId of the leader who owns the guide; nobody else may open it. */
  leaderId: string;
  personKey: string;
  sickPeriodId: string | null;
  kind: GuideKind;
  /** Planned day of a first-contact call (1, 3, 5, 8 … per policy); null for other kinds. */
  contactDay: number | null;
  status: GuideStatus;
  step: StepId;
  checklist: ChecklistAnswer | null;
  meeting: Meeting | null;
  agreements: Agreements | null;
  /** Points gone through, in order. */
  covered: PointId[];
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
  pausedAt: IsoInstant | null;
  closedAt: IsoInstant | null;
}

/** What a transition needs to know about the world, read fresh from the store each time. */
export interface GuideContext {
  clock: Clock;
  /** aadObjectId of the person acting. */
  actorId: string;
  /** The linked sick period as it is now; null when the guide has none. */
  sickPeriod: { start: IsoDate; end: IsoDate | null } | null;
  /** The employee's normal hours a week (37 × occupation rate). */
  weeklyHours: number;
}

export interface StartGuideInput {
  id: string;
  personKey: string;
  sickPeriodId: string | null;
  kind: GuideKind;
  contactDay: number | null;
  /** The caller's access check: the actor leads the employee's unit. */
  actorLeadsEmployee: boolean;
}

export const nowIso = (clock: Clock): IsoInstant => clock().toUTC().toISO() ?? '';

export function stepsOf(
  session: Pick<GuideSession, 'kind' | 'contactDay' | 'checklist'>,
): readonly StepId[] {
  return stepsFor(session, session.checklist?.decision ?? null);
}

export interface Progress {
  /** 1-based position of the current step. */
  index: number;
  total: number;
  phase: GuidePhase;
}

/** Where the session is: "3 af 12", and whether before, during or after the conversation. */
export function progressOf(session: GuideSession): Progress {
  const steps = stepsOf(session);
  const at = steps.indexOf(session.step);
  return { index: Math.max(at, 0) + 1, total: steps.length, phase: phaseOf(session.step) };
}

/**
 * Why the guide cannot go on for this sick period, if it cannot. Finishing the agreements and
 * minutes after the talk stays possible when the employee has since reported fit.
 */
export function sickPeriodProblem(
  kind: GuideKind,
  sickPeriod: GuideContext['sickPeriod'],
  on: IsoDate,
  phase: GuidePhase,
): GuideError | null {
  if (!needsSickPeriod(kind)) return null;
  if (sickPeriod === null) return 'sickPeriodRequired';
  if (phase === 'after' || sickPeriod.end === null || sickPeriod.end >= on) return null;
  if (kind === 'returnToWork' && daysBetween(sickPeriod.end, on) <= GUIDE_LIMITS.returnGraceDays)
    return null;
  return 'sickPeriodClosed';
}

function checkContactDay(kind: GuideKind, day: number | null): Result<number | null, GuideError> {
  if (kind !== 'firstContact') return ok(null);
  if (day === null) return ok(1);
  return Number.isInteger(day) && day >= 1 && day <= MAX_CONTACT_DAY
    ? ok(day)
    : fail('contactDayInvalid');
}

/** Starts a guide for the actor, at the checklist of the kind. */
export function startGuide(
  input: StartGuideInput,
  ctx: GuideContext,
): Result<GuideSession, GuideError> {
  if (!input.actorLeadsEmployee) return fail('notYourEmployee');
  const contactDay = checkContactDay(input.kind, input.contactDay);
  if (!contactDay.ok) return contactDay;
  const problem = sickPeriodProblem(input.kind, ctx.sickPeriod, today(ctx.clock), 'before');
  if (problem) return fail(problem);
  const at = nowIso(ctx.clock);
  return ok({
    id: input.id,
    leaderId: ctx.actorId,
    personKey: input.personKey,
    sickPeriodId: input.sickPeriodId,
    kind: input.kind,
    contactDay: contactDay.value,
    status: 'active',
    step: 'checklist',
    checklist: null,
    meeting: null,
    agreements: null,
    covered: [],
    createdAt: at,
    updatedAt: at,
    pausedAt: null,
    closedAt: null,
  });
}
