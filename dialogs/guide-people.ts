/**
 * The employee a guide is about, seen from the acting leader: employed today in a unit they lead
 * (or below it), with the name shown in chat and the normal hours a week. Anyone else is not the
 * leader's employee, and the guide refuses before any absence is read.
 */
import { unitsLedBy } from '../domain/access.js';
import { today as todayIn } from '../domain/clock.js';
import type { IsoDate, Person } from '../domain/model.js';
import type { GuideActor, GuideDialogDeps } from './guide-deps.js';

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

export const todayOf = (deps: Pick<GuideDialogDeps, 'clock'>): IsoDate => todayIn(deps.clock);

/** The person if they are one of the leader's own employees today; null otherwise. */
export async function ownEmployee(
  deps: Pick<GuideDialogDeps, 'org' | 'clock'>,
  leader: Person,
  personKey: string,
): Promise<GuideEmployee | null> {
  const { units } = await deps.org.snapshot();
  const led = unitsLedBy(leader, units);
  if (led.size === 0) return null;
  const rows = await deps.org.employmentsInUnits(led, todayOf(deps));
  const own = rows.filter((e) => e.personKey === personKey);
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

/** One audit entry about one employee (every read of their absence, every change). */
export async function auditGuide(
  deps: Pick<GuideDialogDeps, 'audit'>,
  actor: GuideActor,
  entry: {
    action: string;
    subject: string | null;
    unitId: string | null;
    outcome: 'allowed' | 'denied' | 'rejected';
    detail?: string | null;
  },
): Promise<void> {
  await deps.audit.record({
    actor: actor.person.aadObjectId,
    action: entry.action,
    subject: entry.subject,
    unitId: entry.unitId,
    outcome: entry.outcome,
    detail: entry.detail ?? null,
  });
}
