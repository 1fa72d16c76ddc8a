/**
 * What every follow-up handler needs about the leader's reach: today in Copenhagen, the leader's
 * own employees (valid today, in the units they lead and their sub-units), names for person keys,
 * and the audit entry for each individual read or write.
 */
import { showsPersons, unitsLedBy } from '../../../domain/access.js';
import { ZONE } from '../../../domain/clock.js';
import { distinctPersons } from '../../../domain/follow-up/name-match.js';
import type { IsoDate, Person, Unit } from '../../../domain/model.js';
import type { AuditEntry } from '../../../data/schema.js';
import type { OrgSnapshot } from '../../../data/repositories.js';
import type { AppDeps } from '../../deps.js';
import type { Turn } from '../../turn.js';

export interface Employee {
  personKey: string;
  displayName: string;
  unitId: string;
  unitName: string;
}

export const todayOf = (turn: Pick<Turn, 'now'>): IsoDate =>
  turn.now.setZone(ZONE).toISODate() ?? '';

/** Whether this turn's audience may see anything about an individual (domain/access.ts). */
export const isPersonalChat = (turn: Turn): boolean => showsPersons(turn.audience);

export const isLeader = (turn: Turn): boolean => turn.roles.includes('leader');

export const isHrConsultant = (turn: Turn): boolean => turn.roles.includes('hr-consultant');

/** One entry per person employed today in the given units, sorted by name. */
async function employeesIn(
  deps: Pick<AppDeps, 'repos'>,
  units: readonly Unit[],
  unitIds: ReadonlySet<string>,
  today: IsoDate,
): Promise<Employee[]> {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const rows = await deps.repos.org.employmentsInUnits(unitIds, today);
  return distinctPersons(
    rows.map((e) => ({
      personKey: e.personKey,
      displayName: e.displayName,
      unitId: e.unitId,
      unitName: names.get(e.unitId) ?? e.unitId,
    })),
  );
}

/** The leader's own employees: employed today in a unit they lead (or below it). */
export async function myEmployees(turn: Turn): Promise<Employee[]> {
  const { units } = await turn.deps.repos.org.snapshot();
  return employeesIn(turn.deps, units, unitsLedBy(turn.person, units), todayOf(turn));
}

/** The employee with this key if they are one of the leader's own; null otherwise. */
export async function myEmployee(turn: Turn, personKey: string): Promise<Employee | null> {
  return (await myEmployees(turn)).find((e) => e.personKey === personKey) ?? null;
}

/** Everyone employed today outside the leader's units (only to notice and audit a wrong name). */
export async function othersEmployees(turn: Turn): Promise<Employee[]> {
  const { units } = await turn.deps.repos.org.snapshot();
  const mine = unitsLedBy(turn.person, units);
  const others = new Set(units.filter((u) => !mine.has(u.id)).map((u) => u.id));
  return employeesIn(turn.deps, units, others, todayOf(turn));
}

/** Anyone employed today (any unit), by person key: names on cards the scheduler renders. */
export async function employeeDirectory(
  deps: Pick<AppDeps, 'repos'>,
  today: IsoDate,
): Promise<Map<string, Employee>> {
  const { units } = await deps.repos.org.snapshot();
  const all = await employeesIn(deps, units, new Set(units.map((u) => u.id)), today);
  return new Map(all.map((e) => [e.personKey, e]));
}

/** The leader of a unit: the nearest person leading it or an ancestor. */
export function leaderOf(snapshot: OrgSnapshot, unitId: string): Person | null {
  const byId = new Map(snapshot.units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let current: string | null = unitId;
  while (current !== null && !seen.has(current)) {
    const id: string = current;
    const leader = snapshot.persons.find((p) => p.leads.includes(id));
    if (leader) return leader;
    seen.add(id);
    current = byId.get(id)?.parentId ?? null;
  }
  return null;
}

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
