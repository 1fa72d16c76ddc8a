/** Telling the owners of a workflow's current step that it is theirs now (a failure is logged). */
import { stepOf } from '../../domain/workflows/machine.js';
import { definitionOf } from '../../domain/workflows/catalogue.js';
import type { WorkflowInstance } from '../../domain/workflows/types.js';
import type { OrgSnapshot } from '../../data/repositories.js';
import type { UseCaseContext } from '../context.js';
import { holdersOf } from './workflow-roles.js';
import type { WorkflowOptions } from './workflow-seams.js';

/** Who owns the current step (everyone holding one of its roles), without the actor. */
export function currentOwners(org: OrgSnapshot, wf: WorkflowInstance): string[] {
  const step = stepOf(definitionOf(wf.kind), wf.state);
  if (!step) return [];
  const ids = step.owners.flatMap((r) => holdersOf(org, wf, r).map((p) => p.aadObjectId));
  return [...new Set(ids)];
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
  try {
    await options.notifier.stepOwners(wf, recipients);
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
