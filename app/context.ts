/**
 * What every use case is given: who acts (the person and their roles), where the answer is shown
 * (the audience), the instant, and the repositories. Use cases know no botbuilder, restify or
 * card: they return results and view models.
 */
import type { DateTime } from 'luxon';
import type { Audience } from '../domain/access.js';
import { ZONE } from '../domain/clock.js';
import type { IsoDate, Person, Role } from '../domain/model.js';
import type { Repositories } from '../data/repositories.js';
import type { AuditEntry } from '../data/schema.js';

export interface Actor {
  person: Person;
  roles: readonly Role[];
}

export interface UseCaseContext {
  actor: Actor;
  audience: Audience;
  now: DateTime;
  repos: Repositories;
}

/** Today in Copenhagen. */
export const todayIn = (ctx: Pick<UseCaseContext, 'now'>): IsoDate =>
  ctx.now.setZone(ZONE).toISODate() ?? '';

/** Writes one audit entry for an action of the context's actor. */
export async function auditAction(
  ctx: Pick<UseCaseContext, 'actor' | 'repos'>,
  action: string,
  subject: string | null,
  unitId: string | null,
  outcome: AuditEntry['outcome'],
  detail: string | null = null,
): Promise<void> {
  await ctx.repos.audit.record({
    actor: ctx.actor.person.aadObjectId,
    action,
    subject,
    unitId,
    outcome,
    detail,
  });
}
