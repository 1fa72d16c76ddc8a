/**
 * Starting a workflow: the form comes pre-filled with what is known (unit, employee, the sick
 * period and its milestones) and asks only the definition's launch fields. Only a role the
 * definition names may launch it; a referral for an employee outside the leader's units is
 * refused (mayAccess); launch texts pass the diagnosis guardrail. A form sent twice starts once.
 */
import { mayAccess } from '../../domain/access.js';
import { addDays, addWorkingDays, dayNumber } from '../../domain/calendar.js';
import type { IsoDate, Person } from '../../domain/model.js';
import { definitionOf } from '../../domain/workflows/catalogue.js';
import { firstState, readFields } from '../../domain/workflows/machine.js';
import type {
  FieldSpec,
  FieldValues,
  WorkflowInstance,
  WorkflowKind,
} from '../../domain/workflows/types.js';
import type { OrgSnapshot } from '../../data/repositories.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { currentPeriod } from '../follow-up/follow-up-plan-view.js';
import { notice, refused, type Refused } from '../follow-up/notice.js';
import { guardFreeText } from '../free-text.js';
import { employeesByKey } from '../org.js';
import { isRefused, shown, type WorkflowAnswer } from './workflow-load.js';
import { tellIntake, tellStepOwners } from './workflow-notify.js';
import { attachFigure, unitFigure } from './workflow-effect.js';
import { mayLaunch } from './workflow-roles.js';
import type { WorkflowOptions } from './workflow-seams.js';

export interface LaunchTarget {
  kind: WorkflowKind;
  personKey?: string | null;
  unitId?: string | null;
}

export interface LaunchForm {
  kind: WorkflowKind;
  unitId: string;
  unitName: string;
  personKey: string | null;
  employeeName: string | null;
  sick: { since: IsoDate; days: number; milestones: Array<{ key: string; on: IsoDate }> } | null;
  /** A unit's workflow: its days per FTE (rolling 12 months) and target, as anyone may see them. */
  figures: { daysPerFte: number; target: number | null; asOf: IsoDate } | null;
  fields: readonly FieldSpec[];
}

/** The sick period's milestones: first jobcentre follow-up by week 8, the review at week 22. */
const milestones = (start: IsoDate) => [
  { key: 'week8', on: addDays(start, 55) },
  { key: 'week22', on: addDays(start, 153) },
];

async function refuse(
  ctx: UseCaseContext,
  target: LaunchTarget,
  unitId: string | null,
  why: string,
) {
  await auditAction(
    ctx,
    `workflow.launch`,
    target.personKey ?? null,
    unitId,
    'denied',
    `${target.kind}; ${why}`,
  );
  const key =
    why === 'not-your-unit' ? 'workflows.error.notYourUnit' : 'workflows.error.launchRole';
  return refused(notice(key));
}

/** The unit a unit's workflow is about when the launch names none: the first unit the actor leads. */
export const launchUnitOf = (person: Person): string | null => person.leads[0] ?? null;

/** The form's facts, after the same checks the launch makes. */
export async function launchForm(
  ctx: UseCaseContext,
  target: LaunchTarget,
): Promise<LaunchForm | Refused> {
  const def = definitionOf(target.kind);
  const org = await ctx.repos.org.snapshot();
  const today = todayIn(ctx);
  let unitId = target.unitId ?? null;
  let employeeName: string | null = null;
  if (def.employee) {
    if (!target.personKey) return refused(notice('workflows.error.noEmployee'));
    const employee = (await employeesByKey(ctx.repos, [target.personKey], today)).get(
      target.personKey,
    );
    if (!employee) return refused(notice('workflows.error.noEmployee'));
    unitId = employee.unitId;
    employeeName = employee.displayName;
    const request = { kind: 'employee', unitId } as const;
    if (!mayAccess(ctx.actor.person, org.persons, org.units, ctx.audience, request).ok)
      return refuse(ctx, target, unitId, 'not-your-unit');
  }
  unitId ??= launchUnitOf(ctx.actor.person);
  // A unit id from a card payload is checked: one that does not exist is refused.
  if (!unitId || !org.units.some((u) => u.id === unitId))
    return refused(notice('workflows.error.noUnit'));
  const subject = { unitId, personKey: def.employee ? (target.personKey ?? null) : null };
  if (!mayLaunch(ctx.actor.person, org, target.kind, subject, ctx.audience))
    return refuse(ctx, target, unitId, 'role');
  const period = subject.personKey ? await currentPeriod(ctx.repos, subject.personKey) : null;
  const sick = period
    ? {
        since: period.start,
        days: dayNumber(period.end ?? today) - dayNumber(period.start) + 1,
        milestones: milestones(period.start),
      }
    : null;
  const unitName = org.units.find((u) => u.id === unitId)?.name ?? unitId;
  const form = { kind: target.kind, unitId, unitName, personKey: subject.personKey };
  // The unit's figure only for someone who may see it (a shop steward may not).
  const aggregates = { kind: 'unit-aggregates', unitId } as const;
  const mayRead = mayAccess(ctx.actor.person, org.persons, org.units, ctx.audience, aggregates).ok;
  const figure = def.employee || !mayRead ? null : await unitFigure(ctx, unitId, today);
  const figures =
    figure?.daysPerFte != null
      ? { daysPerFte: figure.daysPerFte, target: figure.target, asOf: figure.asOf }
      : null;
  return { ...form, employeeName, sick, figures, fields: def.launchFields };
}

function newInstance(
  ctx: UseCaseContext,
  form: LaunchForm,
  id: string,
  fields: Record<string, string | number>,
  sickPeriodId: string | null,
): WorkflowInstance {
  const def = definitionOf(form.kind);
  const [at, today, by] = [
    ctx.now.toUTC().toISO() ?? '',
    todayIn(ctx),
    ctx.actor.person.aadObjectId,
  ];
  const first = firstState(def);
  const steps = def.steps.map((s) => ({
    id: s.id,
    owners: [...s.owners],
    due: s.id === first ? addWorkingDays(today, s.dueWorkingDays) : null,
    doneAt: null,
    doneBy: null,
  }));
  const history = [{ at, by, action: 'launch', stepId: null, to: first }];
  const base = { id, kind: form.kind, unitId: form.unitId, personKey: form.personKey };
  const rest = { sickPeriodId, state: first, version: 1, steps, fields, records: [], history };
  const assignee = ctx.actor.roles.includes('hr-consultant') ? by : null;
  return { ...base, ...rest, launchedBy: by, assignee, createdAt: at, updatedAt: at };
}

export async function launchWorkflow(
  ctx: UseCaseContext,
  input: LaunchTarget & { launchId?: string | null; values: FieldValues },
  options: WorkflowOptions = {},
): Promise<WorkflowAnswer> {
  const form = await launchForm(ctx, input);
  if (isRefused(form)) return form;
  const id = `wf-${input.launchId ?? crypto.randomUUID()}`;
  const org: OrgSnapshot = await ctx.repos.org.snapshot();
  const existing = await ctx.repos.workflows.get(id);
  if (existing) return shown(ctx, existing, org, notice('workflows.error.duplicate'), false);
  const values = readFields(form.fields, input.values);
  if (!values.ok) {
    const field = String(values.detail?.field ?? '');
    return refused(notice(`workflows.error.${values.reason}`, { field }));
  }
  const texts = Object.values(values.value).filter((v): v is string => typeof v === 'string');
  const subject = { personKey: form.personKey, unitId: form.unitId };
  const verdict = await guardFreeText(ctx, 'workflow.launch', { text: texts.join('\n') }, subject);
  if (!verdict.ok) return refused({ kind: 'free-text', verdict });
  const period = form.personKey ? await currentPeriod(ctx.repos, form.personKey) : null;
  const baseline = await attachFigure(ctx, form, 'baseline', todayIn(ctx));
  const wf = newInstance(ctx, form, id, { ...values.value, ...baseline }, period?.id ?? null);
  await ctx.repos.workflows.create(wf);
  await auditAction(
    ctx,
    'workflow.launch',
    wf.personKey,
    wf.unitId,
    'allowed',
    `${wf.id}; ${wf.kind}`,
  );
  await tellStepOwners(ctx, wf, org, options);
  await tellIntake(ctx, wf, options);
  return shown(ctx, wf, org, notice('workflows.done.launch'), true);
}
