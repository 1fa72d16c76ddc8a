/**
 * Registering sickness for one of the leader's own employees: validate, make the plan from the
 * unit's policy, store period and plan in one write, audit, check the frequency triggers, and
 * return the plan to show (an audited read). Refusals change nothing.
 */
import type { TriggerHit } from '../../domain/follow-up/frequency.js';
import { deliveryInstant, dueItems } from '../../domain/follow-up/due.js';
import { validateRegistration } from '../../domain/follow-up/registration.js';
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { IsoDate, SickPeriod } from '../../domain/model.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import type { FollowUpOptions } from '../follow-up-seams.js';
import { checkFrequencyTriggers } from '../frequency-check.js';
import { planUnderPolicy } from '../follow-up-plan.js';
import { leaderOf, type Employee } from '../org.js';
import { recordChange } from './change-log.js';
import { periodPlanView, type PlanView } from './follow-up-plan-view.js';
import { notice, refused, type Notice, type Refused } from './notice.js';

export interface SickInput {
  start: IsoDate;
  partialPercent: number | null;
}

/** What was stored (or found already stored); the plan is added by `withPlan`. */
export type SickStored =
  | { kind: 'recorded'; period: SickPeriod; hits: TriggerHit[] }
  | { kind: 'already-sick'; period: SickPeriod };

/** A registration to show: the period, its plan, and any frequency trigger it set off. */
export interface SickShown {
  kind: SickStored['kind'];
  employeeName: string;
  period: SickPeriod;
  plan: PlanView;
  hits: TriggerHit[];
}

function newPeriod(ctx: UseCaseContext, employee: Employee, input: SickInput): SickPeriod {
  const at = ctx.now.toUTC().toISO() ?? '';
  return {
    id: `chat-${crypto.randomUUID()}`,
    personKey: employee.personKey,
    type: input.partialPercent === null ? 'SYGDOM' : 'DELVIS_SYGDOM',
    start: input.start,
    end: null,
    partialPercent: input.partialPercent,
    source: 'chat',
    sourceId: null,
    registeredBy: ctx.actor.person.aadObjectId,
    createdAt: at,
    updatedAt: at,
  };
}

/** The date checks alone (before any name is looked up): a refusal, or null. */
export function sickInputProblem(ctx: UseCaseContext, input: SickInput): Notice | null {
  const valid = validateRegistration({ ...input, end: null }, todayIn(ctx));
  return valid.ok ? null : notice(`followup.error.${valid.reason}`);
}

/** The new period and its plan from the unit's policy, or a refusal. */
async function planned(
  ctx: UseCaseContext,
  employee: Employee,
  input: SickInput,
  options: FollowUpOptions,
): Promise<{ period: SickPeriod; plan: FollowUpStep[] } | Notice> {
  const problem = sickInputProblem(ctx, input);
  if (problem) return problem;
  const period = newPeriod(ctx, employee, input);
  const plan = await planUnderPolicy(ctx, period, employee.unitId, todayIn(ctx), options);
  return plan.ok ? { period, plan: plan.value } : notice(`followup.error.${plan.reason}`);
}

function overlapNotice(ctx: UseCaseContext, employee: Employee, clash: SickPeriod): Notice {
  const dates = { start: clash.start, end: clash.end ?? todayIn(ctx) };
  return notice('followup.chat.overlaps', { name: employee.displayName }, dates);
}

/**
 * Stores a sick period with its plan for an employee the caller has established is the actor's
 * own. A person already sick keeps the open period (returned); an overlap with a closed one is
 * refused.
 */
export async function storeSickness(
  ctx: UseCaseContext,
  employee: Employee,
  input: SickInput,
  options: FollowUpOptions,
): Promise<SickStored | Refused> {
  const made = await planned(ctx, employee, input, options);
  if ('kind' in made) return refused(made);
  const stored = await ctx.repos.absence.recordSickPeriod(made.period, made.plan);
  if (stored.outcome === 'already-sick') return { kind: 'already-sick', period: stored.period };
  if (stored.outcome === 'overlaps') return refused(overlapNotice(ctx, employee, stored.period));
  const { personKey, unitId } = employee;
  const subject = { personKey, unitId, periodId: made.period.id };
  const after = { period: stored.period, steps: made.plan };
  // Independent of each other once the period is stored: together, so the embedded store saves
  // them in one write of its file rather than three.
  const [fired] = await Promise.all([
    checkFrequencyTriggers(ctx, personKey, todayIn(ctx), unitId),
    auditAction(ctx, 'followup.sick.register', personKey, unitId, 'allowed', made.period.id),
    recordChange(ctx, 'sick', subject, { period: null, steps: [] }, after),
  ]);
  // A trigger the policy addresses to HR goes to HR's message, not into the leader's reply.
  const hits = fired.filter((h) => h.trigger.audience !== 'hr');
  await markShown(ctx, made.plan, hits);
  return { kind: 'recorded', period: stored.period, hits };
}

/**
 * The reply shows the plan (with its first step) and any frequency card: the flags are recorded
 * as shown, and — once the day's message has gone out — what of the plan is due today for the
 * registering leader as delivered, so the day's message is not updated with what they just saw.
 */
async function markShown(ctx: UseCaseContext, plan: FollowUpStep[], hits: TriggerHit[]) {
  const today = todayIn(ctx);
  const snapshot = await ctx.repos.org.snapshot();
  const me = ctx.actor.person.aadObjectId;
  await ctx.repos.followUps.markTriggersShown(
    hits.map((h) => h.id),
    today,
  );
  // Before the due hour the steps join the morning's message (the day's to-do list) as usual.
  if ((ctx.now.toUTC().toISO() ?? '') < deliveryInstant(today, snapshot.settings.dueHour)) return;
  // Only what would have come to this leader: another unit's leader still gets their own.
  const mine = plan.filter(
    (s) => s.audience === 'leader' && leaderOf(snapshot, s.unitId)?.aadObjectId === me,
  );
  const due = dueItems(mine, today).filter((i) => i.audience === 'leader');
  await ctx.repos.followUps.recordDeliveries(
    due.map((i) => ({ stepId: i.stepId, kind: i.kind, date: today })),
  );
}

/** A stored registration with the plan to show (read and audited now). */
export async function withPlan(
  ctx: UseCaseContext,
  employee: Employee,
  stored: SickStored,
  options: FollowUpOptions,
): Promise<SickShown> {
  return {
    kind: stored.kind,
    employeeName: employee.displayName,
    period: stored.period,
    plan: await periodPlanView(ctx, employee, stored.period, options),
    hits: stored.kind === 'recorded' ? stored.hits : [],
  };
}
