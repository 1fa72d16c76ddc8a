/**
 * "mine forløb" (the workflows whose current step is the actor's, or that HR took) and "åbne
 * forløb" (every running workflow the actor may see), by due date. Names only where the reader
 * is alone; every employee shown is an audited read.
 */
import { definitionOf } from '../../domain/workflows/catalogue.js';
import { isEnded, stepOf } from '../../domain/workflows/machine.js';
import type { IsoDate } from '../../domain/model.js';
import type { WorkflowKind } from '../../domain/workflows/types.js';
import { showsPersons, withDescendants } from '../../domain/access.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { employeesByKey } from '../org.js';
import { holdersOf, maySeeWorkflow, workflowRolesOf } from './workflow-roles.js';

export interface WorkflowListItem {
  id: string;
  kind: WorkflowKind;
  stepId: string;
  unitName: string;
  employeeName: string | null;
  due: IsoDate | null;
  overdue: boolean;
  mine: boolean;
  /** Who holds the current step: HR's consultant once taken, else everyone in its owner roles. */
  ownerNames: string[];
}

export interface WorkflowList {
  filter: 'mine' | 'open';
  items: WorkflowListItem[];
  today: IsoDate;
}

/** `unitId` narrows the list to that unit and the units under it (a channel tab's unit). */
export async function listWorkflows(
  ctx: UseCaseContext,
  filter: 'mine' | 'open',
  unitId?: string,
): Promise<WorkflowList> {
  const org = await ctx.repos.org.snapshot();
  const within = unitId === undefined ? null : withDescendants(org.units, [unitId]);
  const today = todayIn(ctx);
  const workflows = await ctx.repos.workflows.all();
  const names = await employeesByKey(
    ctx.repos,
    workflows.flatMap((wf) => (wf.personKey ? [wf.personKey] : [])),
    today,
  );
  const me = ctx.actor.person;
  const items: WorkflowListItem[] = [];
  for (const wf of workflows) {
    if (isEnded(wf.state) || !maySeeWorkflow(me, org, wf, ctx.audience)) continue;
    if (within && !within.has(wf.unitId)) continue;
    const step = stepOf(definitionOf(wf.kind), wf.state);
    const roles = workflowRolesOf(me, org, wf, ctx.audience);
    const owns = step?.owners.some((r) => roles.includes(r)) ?? false;
    const mine =
      (owns && (wf.assignee === null || wf.assignee === me.aadObjectId || !roles.includes('hr'))) ||
      wf.assignee === me.aadObjectId;
    if (filter === 'mine' && !mine) continue;
    const due = wf.steps.find((s) => s.id === wf.state)?.due ?? null;
    const person = showsPersons(ctx.audience) && wf.personKey ? wf.personKey : null;
    if (person) await auditAction(ctx, 'workflow.list', person, wf.unitId, 'allowed', wf.id);
    items.push({
      id: wf.id,
      kind: wf.kind,
      stepId: wf.state,
      unitName: org.units.find((u) => u.id === wf.unitId)?.name ?? wf.unitId,
      employeeName: person ? (names.get(person)?.displayName ?? '–') : null,
      due,
      overdue: due !== null && due < today,
      mine,
      ownerNames: [
        ...new Set(step?.owners.flatMap((r) => holdersOf(org, wf, r).map((p) => p.displayName))),
      ],
    });
  }
  items.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  return { filter, items, today };
}
