/**
 * Who holds which role on a workflow. Access itself is decided by domain/access.ts mayAccess:
 * a leader or sector chief must be allowed the unit's employees, HR must serve the unit. Of the
 * leaders so allowed, the nearest one leading the unit is its 'leader' and the nearest one above
 * them its 'sector-chief'. A unit-level workflow (W1, W2) shows nothing about a person, so where
 * its card is shown (a channel) does not narrow who may act on it; an employee's workflow is
 * answered only where the reader is alone.
 */
import { hrConsultantsFor, mayAccess, showsPersons, type Audience } from '../../domain/access.js';
import type { Person } from '../../domain/model.js';
import { definitionOf } from '../../domain/workflows/catalogue.js';
import type { WorkflowInstance, WorkflowKind, WorkflowRole } from '../../domain/workflows/types.js';
import type { OrgSnapshot } from '../../data/repositories.js';
import { leaderOf } from '../org.js';

type Subject = Pick<WorkflowInstance, 'unitId' | 'personKey'>;

const audienceFor = (wf: Subject, audience: Audience): Audience =>
  wf.personKey === null ? 'personal' : audience;

/** The unit's leader and the leader above them (either may be missing). */
export function leadersOf(
  org: OrgSnapshot,
  unitId: string,
): { leader: Person | null; chief: Person | null } {
  const leader = leaderOf(org, unitId);
  const ledUnit = leader ? findLedAncestor(org, unitId, leader) : null;
  const parent = ledUnit ? (org.units.find((u) => u.id === ledUnit)?.parentId ?? null) : null;
  return { leader, chief: parent ? leaderOf(org, parent) : null };
}

/** The unit (or ancestor) that `leader` leads, nearest first. */
function findLedAncestor(org: OrgSnapshot, unitId: string, leader: Person): string | null {
  let current: string | null = unitId;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (leader.leads.includes(current)) return current;
    seen.add(current);
    const id: string = current;
    current = org.units.find((u) => u.id === id)?.parentId ?? null;
  }
  return null;
}

/** The roles `person` holds on a workflow about this unit (and employee), for this audience. */
export function workflowRolesOf(
  person: Person,
  org: OrgSnapshot,
  wf: Subject,
  audience: Audience,
): WorkflowRole[] {
  const where = audienceFor(wf, audience);
  const { persons, units } = org;
  const roles: WorkflowRole[] = [];
  const asLeader = mayAccess(person, persons, units, where, {
    kind: 'employee',
    unitId: wf.unitId,
  });
  if (asLeader.ok) {
    const { leader, chief } = leadersOf(org, wf.unitId);
    if (leader?.aadObjectId === person.aadObjectId) roles.push('leader');
    if (chief?.aadObjectId === person.aadObjectId) roles.push('sector-chief');
  }
  if (mayAccess(person, persons, units, where, { kind: 'hr-case', unitId: wf.unitId }).ok)
    roles.push('hr');
  // A TR holds a role only on a unit's workflow (a flag); never on one about an employee.
  const flag = { kind: 'tr-flag', unitId: wf.unitId } as const;
  if (wf.personKey === null && mayAccess(person, persons, units, where, flag).ok) roles.push('tr');
  return roles;
}

/** Whether `person` may launch a workflow of `kind` about this subject: a role its definition names. */
export function mayLaunch(
  person: Person,
  org: OrgSnapshot,
  kind: WorkflowKind,
  subject: Subject,
  audience: Audience,
): boolean {
  const roles = workflowRolesOf(person, org, subject, audience);
  return definitionOf(kind).launchedBy.some((r) => roles.includes(r));
}

/** Whether `person` may see the workflow at all (a read-only view without a role). */
export function maySeeWorkflow(
  person: Person,
  org: OrgSnapshot,
  wf: Subject,
  audience: Audience,
): boolean {
  // Where others read along, an employee's workflow is shown without name or values.
  const shownAs = showsPersons(audience) ? wf : { ...wf, personKey: null };
  if (workflowRolesOf(person, org, shownAs, audience).length > 0) return true;
  const { persons, units } = org;
  const request =
    shownAs.personKey === null
      ? ({ kind: 'unit-aggregates', unitId: wf.unitId } as const)
      : ({ kind: 'employee', unitId: wf.unitId } as const);
  return mayAccess(person, persons, units, audience, request).ok;
}

/** The people holding `role` on the workflow (HR: the consultant who took it, else all serving). */
export function holdersOf(
  org: OrgSnapshot,
  wf: Pick<WorkflowInstance, 'unitId' | 'assignee'>,
  role: WorkflowRole,
): Person[] {
  const { leader, chief } = leadersOf(org, wf.unitId);
  if (role === 'leader') return leader ? [leader] : [];
  if (role === 'sector-chief') return chief ? [chief] : [];
  if (role === 'tr') return [];
  const assignee = org.persons.find((p) => p.aadObjectId === wf.assignee);
  return assignee ? [assignee] : hrConsultantsFor(org.persons, org.units, wf.unitId);
}
