/** Shared by the workflow use cases: one workflow with what its view needs, or a refusal. */
import type { OrgSnapshot } from '../../data/repositories.js';
import type { WorkflowInstance } from '../../domain/workflows/types.js';
import { todayIn, type UseCaseContext } from '../context.js';
import { notice, refused, type Notice, type Refused } from '../follow-up/notice.js';
import { employeesByKey } from '../org.js';
import { maySeeWorkflow } from './workflow-roles.js';
import { withTeamsIds, workflowView, type WorkflowView } from './workflow-view.js';

/** A workflow shown (after a change, or refused with the card at its true state). */
export interface WorkflowShown {
  kind: 'workflow';
  view: WorkflowView;
  notice: Notice | null;
  changed: boolean;
}

export type WorkflowAnswer = WorkflowShown | Refused;

export async function viewFor(
  ctx: UseCaseContext,
  wf: WorkflowInstance,
  org: OrgSnapshot,
): Promise<WorkflowView> {
  const today = todayIn(ctx);
  const names = wf.personKey ? await employeesByKey(ctx.repos, [wf.personKey], today) : null;
  const employee = wf.personKey ? (names?.get(wf.personKey)?.displayName ?? '–') : null;
  const view = workflowView(wf, ctx.actor.person, org, ctx.audience, employee, today);
  return withTeamsIds(view, ctx.repos.conversations);
}

export async function shown(
  ctx: UseCaseContext,
  wf: WorkflowInstance,
  org: OrgSnapshot,
  n: Notice | null,
  changed: boolean,
): Promise<WorkflowShown> {
  return { kind: 'workflow', view: await viewFor(ctx, wf, org), notice: n, changed };
}

/** The workflow if it exists and the actor may see it; a refusal (audited) otherwise. */
export async function loadVisible(
  ctx: UseCaseContext,
  id: string,
  action: string,
): Promise<{ wf: WorkflowInstance; org: OrgSnapshot } | Refused> {
  const wf = await ctx.repos.workflows.get(id);
  if (!wf) return refused(notice('workflows.error.missing'));
  const org = await ctx.repos.org.snapshot();
  if (!maySeeWorkflow(ctx.actor.person, org, wf, ctx.audience)) {
    await auditDenied(ctx, wf, action, 'not-yours');
    return refused(notice('workflows.error.notYours'));
  }
  return { wf, org };
}

export async function auditDenied(
  ctx: UseCaseContext,
  wf: WorkflowInstance,
  action: string,
  reason: string,
): Promise<void> {
  await ctx.repos.audit.record({
    actor: ctx.actor.person.aadObjectId,
    action,
    subject: wf.personKey,
    unitId: wf.unitId,
    outcome: 'denied',
    detail: `${wf.id}; ${reason}`,
  });
}

export const isRefused = (v: unknown): v is Refused =>
  typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'refused';
