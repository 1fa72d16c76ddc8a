/**
 * Records a change in the actor's change log, so they can undo it (app/follow-up/corrections.ts).
 * Called by the use cases that change a sick period or a step: register sick, register fit,
 * Udført, Udskyd.
 */
import {
  changeEntryOf,
  type ChangeKind,
  type PeriodState,
} from '../../domain/follow-up/corrections.js';
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { UseCaseContext } from '../context.js';

/** The audit log's action for each kind of change (an undo names it in its detail). */
export const CHANGE_AUDIT: Record<ChangeKind, string> = {
  sick: 'followup.sick.register',
  fit: 'followup.fit.register',
  complete: 'followup.complete',
  postpone: 'followup.postpone',
  'not-sick': 'followup.sick.remove',
  extent: 'followup.sick.extent',
  'first-day': 'followup.sick.firstDay',
};

export interface ChangeSubject {
  personKey: string;
  unitId: string;
  periodId: string;
}

/** The log entry's identity: a fresh id, the actor and the instant. */
export function changeMeta(ctx: UseCaseContext, kind: ChangeKind, subject: ChangeSubject) {
  return {
    id: `change-${crypto.randomUUID()}`,
    actor: ctx.actor.person.aadObjectId,
    at: ctx.now.toUTC().toISO() ?? '',
    kind,
    ...subject,
  };
}

export async function recordChange(
  ctx: UseCaseContext,
  kind: ChangeKind,
  subject: ChangeSubject,
  before: PeriodState,
  after: PeriodState,
): Promise<void> {
  await ctx.repos.changeLog.append(changeEntryOf(changeMeta(ctx, kind, subject), before, after));
}

/** Udført and Udskyd are logged (the other step buttons record a request, not a change). */
export async function recordStepChange(
  ctx: UseCaseContext,
  verb: string,
  before: FollowUpStep,
  after: FollowUpStep,
): Promise<void> {
  const kind =
    verb === 'followup.complete' ? 'complete' : verb === 'followup.postpone' ? 'postpone' : null;
  if (!kind) return;
  const subject = { personKey: before.personKey, unitId: before.unitId, periodId: before.periodId };
  const entry = changeEntryOf(
    changeMeta(ctx, kind, subject),
    { steps: [before] },
    { steps: [after] },
  );
  await ctx.repos.changeLog.append(entry);
}
