/**
 * Telling the owners of a workflow's current step that it is theirs now: at once when it cannot
 * wait (domain/workflows/notice.ts), else kept as a waiting notice for each owner's next day
 * message (the scheduler's daily build). A failure to send is logged.
 */
import { stepOf } from '../../domain/workflows/machine.js';
import { definitionOf } from '../../domain/workflows/catalogue.js';
import { isUrgentNotice } from '../../domain/workflows/notice.js';
import type { StepNotice, WorkflowInstance } from '../../domain/workflows/types.js';
import type { OrgSnapshot } from '../../data/repositories.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { holdersOf } from './workflow-roles.js';
import type { WorkflowOptions } from './workflow-seams.js';

/** Who owns the current step (everyone holding one of its roles), without the actor. */
export function currentOwners(org: OrgSnapshot, wf: WorkflowInstance): string[] {
  const step = stepOf(definitionOf(wf.kind), wf.state);
  if (!step) return [];
  const ids = step.owners.flatMap((r) => holdersOf(org, wf, r).map((p) => p.aadObjectId));
  return [...new Set(ids)];
}

/** Whose day message a notice joins: HR's when the owner holds the step only as HR. */
function audienceOf(org: OrgSnapshot, wf: WorkflowInstance, aad: string): StepNotice['audience'] {
  const step = stepOf(definitionOf(wf.kind), wf.state);
  const asLeader = (step?.owners ?? [])
    .filter((r) => r !== 'hr')
    .some((r) => holdersOf(org, wf, r).some((p) => p.aadObjectId === aad));
  return asLeader ? 'leader' : 'hr';
}

export async function tellStepOwners(
  ctx: UseCaseContext,
  wf: WorkflowInstance,
  org: OrgSnapshot,
  options: WorkflowOptions,
): Promise<void> {
  const me = ctx.actor.person.aadObjectId;
  const recipients = currentOwners(org, wf).filter((id) => id !== me);
  if (!options.notifier || recipients.length === 0) return;
  const today = todayIn(ctx);
  const due = wf.steps.find((s) => s.id === wf.state)?.due ?? null;
  const notice = (recipient: string): StepNotice => {
    const audience = audienceOf(org, wf, recipient);
    return { stepId: wf.state, due, recipient, audience, on: today, toldOn: null };
  };
  try {
    if (isUrgentNotice('step', due, today)) await options.notifier.stepOwners(wf, recipients);
    else await ctx.repos.workflows.addNotices(wf.id, recipients.map(notice));
  } catch (err) {
    options.onNotifyError?.(err);
  }
}

/** A new request HR owns and nobody has taken: to the intake channel, when one is set. */
export async function tellIntake(
  ctx: UseCaseContext,
  wf: WorkflowInstance,
  options: WorkflowOptions,
): Promise<void> {
  const step = stepOf(definitionOf(wf.kind), wf.state);
  if (!options.notifier || !step?.owners.includes('hr') || wf.assignee !== null) return;
  const channel = await ctx.repos.workflows.intakeChannel();
  if (!channel) return;
  try {
    await options.notifier.intake(wf, channel);
  } catch (err) {
    options.onNotifyError?.(err);
  }
}
