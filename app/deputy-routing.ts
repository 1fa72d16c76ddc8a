/**
 * Where a leader's follow-up goes while a deputy covers for them (recipientOn, deputyOrLeader for
 * the scheduler) and the deputy's use of the absent leader's steps (actsAsDeputy, audited). The
 * rule itself is domain/access.ts's; this loads the deputyships in force and asks it.
 */
import { coversAsDeputy, mayAccess, withDescendants, type DeputyCover } from '../domain/access.js';
import { deputyshipOf, standsOn } from '../domain/deputyship.js';
import type { IsoDate, Person } from '../domain/model.js';
import type { OrgSnapshot, Repositories } from '../data/repositories.js';
import { auditAction, todayIn, type UseCaseContext } from './context.js';
import { leaderOf } from './org.js';

/** The deputyships that may be in force from `today` on, for mayAccess. */
export async function deputyCover(
  repos: Pick<Repositories, 'deputies'>,
  today: IsoDate,
): Promise<DeputyCover> {
  const all = await repos.deputies.all();
  return { today, deputyships: all.filter((d) => standsOn(d, today)) };
}

/**
 * Who gets the leader's follow-up of `unitId` on `date`: the deputy in force for it, else the
 * leader. Synchronous, for the scheduler's grouping with a cover loaded once (deputyCover).
 */
export function deputyOrLeader(
  org: OrgSnapshot,
  cover: DeputyCover,
  leader: Person,
  unitId: string,
): Person {
  const d = deputyshipOf(cover.deputyships, leader.aadObjectId, cover.today);
  const deputy = d ? org.persons.find((p) => p.aadObjectId === d.deputyId) : undefined;
  if (!deputy) return leader;
  return coversAsDeputy(deputy, org.persons, org.units, cover, unitId) ? deputy : leader;
}

/**
 * The recipient of the leader's due items, reminders and escalations on `date`: the deputy's id
 * while a deputyship is in force (for `unitId`, when given), else the leader's own.
 */
export async function recipientOn(
  repos: Pick<Repositories, 'deputies' | 'org'>,
  leaderId: string,
  date: IsoDate,
  unitId?: string,
): Promise<string> {
  const cover = await deputyCover(repos, date);
  const d = deputyshipOf(cover.deputyships, leaderId, date);
  if (!d) return leaderId;
  const org = await repos.org.snapshot();
  const leader = org.persons.find((p) => p.aadObjectId === leaderId);
  if (!leader) return leaderId;
  const unit = unitId ?? [...withDescendants(org.units, d.unitIds)][0] ?? '';
  return deputyOrLeader(org, cover, leader, unit).aadObjectId;
}

/** The person who gets a unit's leader follow-up on `date` (its leader, or their deputy). */
export async function stepRecipient(
  repos: Pick<Repositories, 'deputies' | 'org'>,
  unitId: string,
  date: IsoDate,
): Promise<Person | null> {
  const org = await repos.org.snapshot();
  const leader = leaderOf(org, unitId);
  if (!leader) return null;
  return deputyOrLeader(org, await deputyCover(repos, date), leader, unitId);
}

/**
 * Whether the actor acts on this step as the deputy of its absent leader today (decided by
 * mayAccess 'follow-up-step' with the deputyships in force); each such use is audited.
 */
export async function actsAsDeputy(
  ctx: UseCaseContext,
  step: { personKey: string; unitId: string },
  action: string,
): Promise<boolean> {
  const { persons, units } = await ctx.repos.org.snapshot();
  const cover = await deputyCover(ctx.repos, todayIn(ctx));
  if (cover.deputyships.length === 0) return false;
  const request = { kind: 'follow-up-step', unitId: step.unitId } as const;
  const person = ctx.actor.person;
  if (!mayAccess(person, persons, units, ctx.audience, request, cover).ok) return false;
  const d = coversAsDeputy(person, persons, units, cover, step.unitId);
  const detail = `${action}; leader=${d?.leaderId ?? '?'}; id=${d?.id ?? '?'}`;
  await auditAction(ctx, 'deputy.used', step.personKey, step.unitId, 'allowed', detail);
  return true;
}
