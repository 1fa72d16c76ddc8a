/**
 * "forsinkede opfølgninger", "hvem mangler stadig en § 7a-samtale?", "late follow-ups": for HR,
 * the follow-up steps in the units their role covers (mayAccess 'hr-case') that are late or due
 * within a few working days, most late first, grouped by unit. The names are HR's to see there,
 * in the personal chat only; every person shown is audited.
 */
import { mayAccess } from '../../domain/access.js';
import type { Purpose, StepKind, StepTiming } from '../../domain/follow-up/policy-types.js';
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../domain/model.js';
import {
  AT_RISK_WORKING_DAYS,
  hrAttention,
  type Attention,
} from '../../domain/overview/attention.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { employeesByKey, leaderOf } from '../org.js';
import { message, personalOnly, type OverviewMessage } from './answer.js';

/** At most this many steps are shown; the rest are counted. */
export const MAX_HR_ROWS = 15;

/** Which steps the question is about: all, or only the § 7a conversation. */
export type HrLateFilter = 'all' | 'legal-conversation';

export interface HrLateRow {
  name: string;
  leaderName: string;
  purpose: Purpose;
  kind: StepKind;
  legal: boolean;
  timing: StepTiming;
  dueDate: IsoDate;
  attention: Attention;
}

export interface HrLateGroup {
  unitId: string;
  unitName: string;
  rows: HrLateRow[];
}

export interface HrLateView {
  kind: 'hr-late';
  today: IsoDate;
  filter: HrLateFilter;
  horizon: number;
  groups: HrLateGroup[];
  shown: number;
  total: number;
}

type Flagged = { step: FollowUpStep; attention: Attention };

/** Most late first, then soonest due; ties by step id (stable). */
const byUrgency = (a: Flagged, b: Flagged): number =>
  a.step.dueDate.localeCompare(b.step.dueDate) || a.step.id.localeCompare(b.step.id);

async function flaggedSteps(ctx: UseCaseContext, filter: HrLateFilter, today: IsoDate) {
  const { persons, units } = await ctx.repos.org.snapshot();
  const mayRead = (unitId: string) =>
    mayAccess(ctx.actor.person, persons, units, ctx.audience, { kind: 'hr-case', unitId }).ok;
  const out: Flagged[] = [];
  for (const step of await ctx.repos.followUps.activeSteps()) {
    if (filter === 'legal-conversation' && step.purpose !== 'legal-conversation') continue;
    const attention = hrAttention(step, today);
    if (attention && mayRead(step.unitId)) out.push({ step, attention });
  }
  return out.sort(byUrgency);
}

async function grouped(ctx: UseCaseContext, shown: readonly Flagged[], today: IsoDate) {
  const snapshot = await ctx.repos.org.snapshot();
  const unitNames = new Map(snapshot.units.map((u) => [u.id, u.name]));
  const names = await employeesByKey(
    ctx.repos,
    shown.map(({ step }) => step.personKey),
    today,
  );
  const groups = new Map<string, HrLateGroup>();
  for (const { step, attention } of shown) {
    const group = groups.get(step.unitId) ?? {
      unitId: step.unitId,
      unitName: unitNames.get(step.unitId) ?? step.unitId,
      rows: [],
    };
    group.rows.push({
      name: names.get(step.personKey)?.displayName ?? '–',
      leaderName: leaderOf(snapshot, step.unitId)?.displayName ?? '–',
      purpose: step.purpose,
      kind: step.kind,
      legal: step.legal,
      timing: step.timing,
      dueDate: step.dueDate,
      attention,
    });
    groups.set(step.unitId, group);
  }
  // Groups keep the order of their most urgent step.
  return [...groups.values()];
}

export async function hrLateSteps(
  ctx: UseCaseContext,
  input: { filter: HrLateFilter },
): Promise<HrLateView | OverviewMessage> {
  const gate = personalOnly(ctx);
  if (gate) return gate;
  if (ctx.actor.person.hr === null)
    return message(
      ctx.actor.person.leads.length > 0 ? 'overview.hrLate.leaderHint' : 'overview.hrLate.hrOnly',
    );
  const today = todayIn(ctx);
  const flagged = await flaggedSteps(ctx, input.filter, today);
  const shown = flagged.slice(0, MAX_HR_ROWS);
  const people = new Map(shown.map(({ step }) => [step.personKey, step.unitId]));
  await Promise.all(
    [...people].map(([personKey, unitId]) =>
      auditAction(ctx, 'absence.hrlate.read', personKey, unitId, 'allowed', input.filter),
    ),
  );
  return {
    kind: 'hr-late',
    today,
    filter: input.filter,
    horizon: AT_RISK_WORKING_DAYS,
    groups: await grouped(ctx, shown, today),
    shown: shown.length,
    total: flagged.length,
  };
}
