/**
 * The employee a guide is about, seen from the acting leader: employed today in a unit they lead
 * (or below it), where the audience may see individuals (mayAccess decides both), with the name
 * shown in chat and the normal hours a week. Anyone else is not the leader's employee, and the
 * guide refuses before any absence is read.
 */
import { mayAccess, unitsLedBy } from '../../domain/access.js';
import { todayIn, type UseCaseContext } from '../context.js';

/** A full-time week (the occupation rate is a share of it). */
export const FULL_TIME_HOURS = 37;

export interface GuideEmployee {
  personKey: string;
  displayName: string;
  unitId: string;
  unitName: string;
  /** Normal hours a week: 37 × the occupation rates valid today. */
  weeklyHours: number;
}

/** The person if they are one of the actor's own employees today, for this audience; else null. */
export async function ownGuideEmployee(
  ctx: UseCaseContext,
  personKey: string,
): Promise<GuideEmployee | null> {
  const { person } = ctx.actor;
  const { units, persons } = await ctx.repos.org.snapshot();
  const led = unitsLedBy(person, units);
  if (led.size === 0) return null;
  const mayRead = (unitId: string): boolean =>
    mayAccess(person, persons, units, ctx.audience, { kind: 'employee', unitId }).ok;
  const rows = await ctx.repos.org.employmentsInUnits(led, todayIn(ctx));
  const own = rows.filter((e) => e.personKey === personKey && mayRead(e.unitId));
  const first = own[0];
  if (!first) return null;
  const rate = own.reduce((sum, e) => sum + e.occupationRate, 0);
  return {
    personKey,
    displayName: first.displayName,
    unitId: first.unitId,
    unitName: units.find((u) => u.id === first.unitId)?.name ?? first.unitId,
    weeklyHours: Math.round(FULL_TIME_HOURS * rate * 100) / 100,
  };
}
