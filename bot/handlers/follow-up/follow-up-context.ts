/**
 * What every follow-up handler needs about the leader's reach: today in Copenhagen, the leader's
 * own employees (valid today, in the units they lead and their sub-units), names for person keys,
 * and the audit entry for each individual read or write.
 */
import { showsPersons } from '../../../domain/access.js';
import { ZONE } from '../../../domain/clock.js';
import type { IsoDate } from '../../../domain/model.js';
import type { AuditEntry } from '../../../data/schema.js';
import type { Employee } from '../../../app/org.js';
import { othersEmployees as othersOf, ownEmployee, ownEmployees } from '../../../app/employees.js';
import type { Turn } from '../../turn.js';

export type { Employee } from '../../../app/org.js';

export const todayOf = (turn: Pick<Turn, 'now'>): IsoDate =>
  turn.now.setZone(ZONE).toISODate() ?? '';

/** Whether this turn's audience may see anything about an individual (domain/access.ts). */
export const isPersonalChat = (turn: Turn): boolean => showsPersons(turn.audience);

export const isLeader = (turn: Turn): boolean => turn.roles.includes('leader');

export const isHrConsultant = (turn: Turn): boolean => turn.roles.includes('hr-consultant');

/** The leader's own employees (app/employees.ts). */
export const myEmployees = (turn: Turn): Promise<Employee[]> => ownEmployees(turn.ctx);

/** The employee with this key if they are one of the leader's own; null otherwise. */
export const myEmployee = (turn: Turn, personKey: string): Promise<Employee | null> =>
  ownEmployee(turn.ctx, personKey);

/** Everyone employed today outside the leader's units (only to notice and audit a wrong name). */
export const othersEmployees = (turn: Turn): Promise<Employee[]> => othersOf(turn.ctx);

export async function audit(
  turn: Turn,
  action: string,
  subject: string | null,
  unitId: string | null,
  outcome: AuditEntry['outcome'],
  detail: string | null = null,
): Promise<void> {
  await turn.deps.repos.audit.record({
    actor: turn.person.aadObjectId,
    action,
    subject,
    unitId,
    outcome,
    detail,
  });
}
