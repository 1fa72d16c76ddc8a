/**
 * The tab's "sick now": a leader's own employees who are sick today, each with the next follow-up
 * step addressed to the leader and its due date, overdue first. Individual data: only where the
 * actor reads alone (the personal tab), only the leader's own employees (ownEmployees, and
 * mayAccess per step), and every person shown is audited.
 */
import { mayAccess } from '../../domain/access.js';
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../domain/model.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { ownEmployees } from '../employees.js';
import { message, personalOnly, type OverviewMessage } from '../overview/answer.js';
import { sickToday } from '../overview/leader-overview.js';

export interface SickNowRow {
  name: string;
  unitName: string;
  start: IsoDate;
  day: number;
  partialPercent: number | null;
  next: FollowUpStep | null;
  overdue: boolean;
}

export interface SickNowView {
  kind: 'sick-now';
  today: IsoDate;
  rows: SickNowRow[];
}

/** Overdue first, then by due date; people without a step last; ties by name. */
function byUrgency(a: SickNowRow, b: SickNowRow): number {
  const da = a.next?.dueDate ?? '9999-12-31';
  const db = b.next?.dueDate ?? '9999-12-31';
  return da.localeCompare(db) || a.name.localeCompare(b.name, 'da');
}

async function nextSteps(ctx: UseCaseContext, personKeys: ReadonlySet<string>) {
  const { persons, units } = await ctx.repos.org.snapshot();
  const next = new Map<string, FollowUpStep>();
  for (const s of await ctx.repos.followUps.activeSteps()) {
    if (s.audience !== 'leader' || !personKeys.has(s.personKey)) continue;
    const request = { kind: 'follow-up-step' as const, unitId: s.unitId };
    if (!mayAccess(ctx.actor.person, persons, units, ctx.audience, request).ok) continue;
    const known = next.get(s.personKey);
    if (!known || s.dueDate < known.dueDate) next.set(s.personKey, s);
  }
  return next;
}

export async function sickNow(ctx: UseCaseContext): Promise<SickNowView | OverviewMessage> {
  const gate = personalOnly(ctx);
  if (gate) return gate;
  if (ctx.actor.person.leads.length === 0)
    return message(ctx.actor.person.hr ? 'overview.leadersOnlyHr' : 'overview.leadersOnly');
  const today = todayIn(ctx);
  const mine = await ownEmployees(ctx);
  const sick = await sickToday(ctx, mine, today);
  const next = await nextSteps(ctx, new Set(sick.map((s) => s.personKey)));
  await Promise.all(
    sick.map((s) => auditAction(ctx, 'absence.tab.read', s.personKey, s.unitId, 'allowed')),
  );
  const rows = sick.map((s): SickNowRow => {
    const step = next.get(s.personKey) ?? null;
    return {
      name: s.name,
      unitName: s.unitName,
      start: s.start,
      day: s.day,
      partialPercent: s.partialPercent,
      next: step,
      overdue: step !== null && step.dueDate < today,
    };
  });
  return { kind: 'sick-now', today, rows: rows.sort(byUrgency) };
}
