/**
 * Who may see what. A leader sees the units they lead and every sub-unit; HR sees the units
 * their role grants (all, for an empty hrUnits); a person with no role sees nothing.
 * Decisions take a Person found by aadObjectId — never a display name.
 */
import type { Person, Role, Unit } from './model.js';

export function rolesOf(person: Person): Role[] {
  const roles: Role[] = [];
  if (person.leads.length > 0) roles.push('leader');
  if (person.hr === 'consultant') roles.push('hr-consultant');
  if (person.hr === 'admin') roles.push('hr-admin');
  return roles.length > 0 ? roles : ['none'];
}

export function isHr(person: Person): boolean {
  return person.hr !== null;
}

/** parentId → child ids, built once per unit list. */
export function childrenIndex(units: readonly Unit[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = index.get(u.parentId) ?? [];
    list.push(u.id);
    index.set(u.parentId, list);
  }
  return index;
}

/** The given units and all their descendants. */
export function withDescendants(units: readonly Unit[], rootIds: readonly string[]): Set<string> {
  const children = childrenIndex(units);
  const out = new Set<string>();
  const stack = [...rootIds];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The ancestors of a unit, nearest first (not including the unit). */
export function ancestorsOf(units: readonly Unit[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  let current = byId.get(unitId)?.parentId ?? null;
  while (current !== null && !out.includes(current)) {
    out.push(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return out;
}

/** Units whose individual data a leader may see: those they lead, with sub-units. */
export function unitsLedBy(person: Person, units: readonly Unit[]): Set<string> {
  return withDescendants(units, person.leads);
}

/** Units whose statistics this person may see. */
export function visibleUnits(person: Person, units: readonly Unit[]): Set<string> {
  if (person.hr === 'admin' || (person.hr === 'consultant' && person.hrUnits.length === 0)) {
    return new Set(units.map((u) => u.id));
  }
  const roots = [...person.leads, ...(person.hr === 'consultant' ? person.hrUnits : [])];
  return withDescendants(units, roots);
}

export function canSeeUnit(person: Person, units: readonly Unit[], unitId: string): boolean {
  return visibleUnits(person, units).has(unitId);
}

/** The HR consultants serving a unit: those with no restriction or serving it or an ancestor. */
export function hrConsultantsFor(
  persons: readonly Person[],
  units: readonly Unit[],
  unitId: string,
): Person[] {
  const line = new Set([unitId, ...ancestorsOf(units, unitId)]);
  const consultants = persons.filter((p) => p.hr === 'consultant');
  const specific = consultants.filter((p) => p.hrUnits.some((u) => line.has(u)));
  return specific.length > 0 ? specific : consultants.filter((p) => p.hrUnits.length === 0);
}
