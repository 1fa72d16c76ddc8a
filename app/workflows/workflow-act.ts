/**
 * Acting on a workflow from its card: refresh (the viewer's own view), complete / decline /
 * record on the current step, and "Jeg tager den" on an open request. Every change carries the
 * version it was made from; a stale card, a duplicate invoke, a wrong role, a transition not
 * allowed or a missing field is answered with the card at its true state and changes nothing.
 */
import { addWorkingDays } from '../../domain/calendar.js';
import { definitionOf } from '../../domain/workflows/catalogue.js';
import { stepOf, transition, type Transition } from '../../domain/workflows/machine.js';
import type {
  FieldValues,
  WorkflowAction,
  WorkflowInstance,
} from '../../domain/workflows/types.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { guardFreeText } from '../free-text.js';
import { notice, refused } from '../follow-up/notice.js';
import {
  auditDenied,
  isRefused,
  loadVisible,
  shown,
  type WorkflowAnswer,
} from './workflow-load.js';
import { tellStepOwners } from './workflow-notify.js';
import { attachFigure } from './workflow-effect.js';
import { workflowRolesOf } from './workflow-roles.js';
import type { WorkflowOptions } from './workflow-seams.js';

export interface ActInput {
  id: string;
  version: number;
  action: WorkflowAction;
  stepId: string;
  values: FieldValues;
}

const nowIso = (ctx: UseCaseContext): string => ctx.now.toUTC().toISO() ?? '';

/** The viewer's own view of the workflow as it is now. */
export async function refreshWorkflow(ctx: UseCaseContext, id: string): Promise<WorkflowAnswer> {
  const loaded = await loadVisible(ctx, id, 'workflow.read');
  if (isRefused(loaded)) return loaded;
  if (loaded.wf.personKey)
    await auditAction(ctx, 'workflow.read', loaded.wf.personKey, loaded.wf.unitId, 'allowed', id);
  return shown(ctx, loaded.wf, loaded.org, null, false);
}

/** The workflow after the transition: the step done, the next one due, values and history kept. */
export function applied(
  wf: WorkflowInstance,
  t: Transition,
  by: string,
  at: string,
  today: string,
): WorkflowInstance {
  const def = definitionOf(wf.kind);
  const next = { ...wf, state: t.to, updatedAt: at };
  next.history = [...wf.history, { at, by, action: t.action, stepId: t.from, to: t.to }];
  if (t.action === 'record') {
    next.records = [...wf.records, { stepId: t.from, on: today, by, values: t.values }];
    return next;
  }
  next.fields = { ...wf.fields };
  for (const [k, v] of Object.entries(t.values)) next.fields[`${t.from}.${k}`] = v;
  const following = stepOf(def, t.to);
  next.steps = wf.steps.map((s) => {
    if (s.id === t.from) return { ...s, doneAt: at, doneBy: by };
    if (following && s.id === following.id)
      return { ...s, due: addWorkingDays(today, following.dueWorkingDays) };
    return s;
  });
  return next;
}

export async function actOnWorkflow(
  ctx: UseCaseContext,
  input: ActInput,
  options: WorkflowOptions = {},
): Promise<WorkflowAnswer> {
  const verb = `workflow.${input.action}`;
  const loaded = await loadVisible(ctx, input.id, verb);
  if (isRefused(loaded)) return loaded;
  const { wf, org } = loaded;
  const refuse = async (reason: string, key: Parameters<typeof notice>[0], field?: string) => {
    await auditDenied(ctx, wf, verb, reason);
    const n = notice(key, field ? { field } : undefined);
    return shown(ctx, wf, org, n, false);
  };
  if (wf.version !== input.version || wf.state !== input.stepId)
    return refuse('stale', 'workflows.error.stale');
  if (wf.personKey && !['personal', 'tab', 'scheduled'].includes(ctx.audience))
    return refused(notice('followup.chat.personalOnly'));
  const roles = workflowRolesOf(ctx.actor.person, org, wf, ctx.audience);
  const t = transition(definitionOf(wf.kind), wf.state, input.action, roles, input.values);
  if (!t.ok) {
    const field = t.detail?.field === undefined ? undefined : String(t.detail.field);
    return refuse(t.reason, `workflows.error.${t.reason}`, field);
  }
  const texts = Object.values(t.value.values).filter((v): v is string => typeof v === 'string');
  const subject = { personKey: wf.personKey, unitId: wf.unitId };
  const verdict = await guardFreeText(ctx, verb, { text: texts.join('\n') }, subject);
  if (!verdict.ok)
    return { ...(await shown(ctx, wf, org, null, false)), notice: { kind: 'free-text', verdict } };
  const [by, at, today] = [ctx.actor.person.aadObjectId, nowIso(ctx), todayIn(ctx)];
  // W1's effect step attaches the unit's figure now, beside the one from the start.
  if (t.value.action === 'complete' && t.value.from === 'effect') {
    const figure = await attachFigure(ctx, wf, 'effect', today);
    for (const [k, v] of Object.entries(figure)) t.value.values[k.slice('effect.'.length)] = v;
  }
  const outcome = await ctx.repos.workflows.change(wf.id, input.version, (current) =>
    current.state === t.value.from ? applied(current, t.value, by, at, today) : null,
  );
  if (outcome.status === 'missing') return refused(notice('workflows.error.missing'));
  if (outcome.status !== 'applied')
    return shown(ctx, outcome.workflow, org, notice('workflows.error.stale'), false);
  await auditAction(
    ctx,
    verb,
    wf.personKey,
    wf.unitId,
    'allowed',
    `${wf.id}; ${t.value.from}→${t.value.to}`,
  );
  if (t.value.to !== t.value.from) await tellStepOwners(ctx, outcome.workflow, org, options);
  return shown(ctx, outcome.workflow, org, notice(`workflows.done.${input.action}`), true);
}

/** "Jeg tager den": HR serving the unit takes an open request; exactly one consultant wins. */
export async function takeWorkflow(
  ctx: UseCaseContext,
  id: string,
  options: WorkflowOptions = {},
): Promise<WorkflowAnswer> {
  const loaded = await loadVisible(ctx, id, 'workflow.take');
  if (isRefused(loaded)) return loaded;
  const { wf, org } = loaded;
  if (
    !workflowRolesOf(ctx.actor.person, org, { ...wf, personKey: null }, ctx.audience).includes('hr')
  ) {
    await auditDenied(ctx, wf, 'workflow.take', 'not-hr-for-unit');
    return shown(ctx, wf, org, notice('workflows.error.wrong-role'), false);
  }
  const outcome = await ctx.repos.workflows.take(id, ctx.actor.person.aadObjectId, nowIso(ctx));
  if (outcome.status === 'missing') return refused(notice('workflows.error.missing'));
  if (outcome.status === 'already-taken') {
    await auditDenied(ctx, wf, 'workflow.take', 'already-taken');
    const by = org.persons.find((p) => p.aadObjectId === outcome.workflow.assignee)?.displayName;
    const n = notice('workflows.error.taken', { name: by ?? '–' });
    return shown(ctx, outcome.workflow, org, n, false);
  }
  await auditAction(ctx, 'workflow.take', wf.personKey, wf.unitId, 'allowed', id);
  await tellStepOwners(ctx, outcome.workflow, org, options);
  return shown(ctx, outcome.workflow, org, notice('workflows.done.take'), true);
}
