/**
 * Who may see what. A leader sees the units they lead and every sub-unit; HR sees the units
 * their role grants (all, for an empty hrUnits); a person with no role sees nothing.
 * Decisions take a Person found by aadObjectId — never a display name.
 */
import { inForceOn, mayBeDeputy, type Deputyship } from './deputyship.js';
import type { IsoDate, Person, Role, Unit } from './model.js';
import { ancestorsOf, childrenById, hrConsultantsIn } from './org-index.js';

export { ancestorsOf } from './org-index.js';

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

/** The given units and all their descendants. */
export function withDescendants(units: readonly Unit[], rootIds: readonly string[]): Set<string> {
  const children = childrenById(units);
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
  const consultants = hrConsultantsIn(persons);
  const specific = consultants.filter((p) => p.hrUnits.some((u) => line.has(u)));
  return specific.length > 0 ? specific : consultants.filter((p) => p.hrUnits.length === 0);
}

/**
 * Where an answer is shown. Person-level data (names, sick periods, follow-up steps, cases) is
 * shown only where the reader is the actor alone: the personal chat, the personal tab, and
 * proactive cards sent to one recipient's personal chat. A group chat, a channel and a channel
 * tab get aggregates only, and the own-leader/HR exemption from small-group suppression does not
 * apply there, because others read along.
 */
export type Audience = 'personal' | 'groupChat' | 'channel' | 'tab' | 'channelTab' | 'scheduled';

export const AUDIENCES: readonly Audience[] = [
  'personal',
  'groupChat',
  'channel',
  'tab',
  'channelTab',
  'scheduled',
];

/** Whether anything about an individual may be shown to this audience. */
export function showsPersons(audience: Audience): boolean {
  return audience === 'personal' || audience === 'tab' || audience === 'scheduled';
}

/**
 * Who reads an aggregate, for small-group suppression: the actor's own exemptions (HR, or the
 * unit's own leader) count only where the actor reads alone; elsewhere nobody is exempt.
 */
export function aggregateViewer(
  person: Person,
  audience: Audience,
): { hr: boolean; leads: readonly string[] } {
  if (!showsPersons(audience)) return { hr: false, leads: [] };
  return { hr: isHr(person), leads: person.leads };
}

/** What an actor asks to see or do; decided by `mayAccess` alone. */
export type AccessRequest =
  /** Aggregated figures of a unit (statistics, rankings, summaries). */
  | { kind: 'unit-aggregates'; unitId: string }
  /** A person's absence, plan or frequency as their leader (read or change). */
  | { kind: 'employee'; unitId: string }
  /**
   * A follow-up step of a person (the due card, Udført, Udskyd): as their leader, or as the deputy
   * of their absent leader on a day the deputyship is in force (see DeputyCover).
   */
  | { kind: 'follow-up-step'; unitId: string }
  /** A follow-up case addressed to HR for a unit (HR steps, HR requests, replies). */
  | { kind: 'hr-case'; unitId: string }
  /** A shop steward's (TR) flag for Tidlig Indsats to the unit's leader: it names no one. */
  | { kind: 'tr-flag'; unitId: string }
  /** Anything about individuals in these units on a card queued for this recipient earlier. */
  | { kind: 'queued-card'; unitIds: readonly string[]; as: 'leader' | 'hr' | 'hr-admin' };

export type AccessDenial = 'audience' | 'not-your-unit' | 'not-hr-for-unit' | 'no-role';

/** The deputyships to weigh and the day asked about; without it nobody acts as a deputy. */
export interface DeputyCover {
  today: IsoDate;
  deputyships: readonly Deputyship[];
}

/**
 * Whether `person` covers the unit as a deputy today: a deputyship naming them is in force, they
 * may still be a deputy (leader or HR consultant), and the absent leader still leads the unit.
 */
export function coversAsDeputy(
  person: Person,
  persons: readonly Person[],
  units: readonly Unit[],
  cover: DeputyCover | undefined,
  unitId: string,
): Deputyship | null {
  if (!cover || !mayBeDeputy(person)) return null;
  for (const d of cover.deputyships) {
    if (d.deputyId !== person.aadObjectId || !inForceOn(d, cover.today)) continue;
    const leader = persons.find((p) => p.aadObjectId === d.leaderId);
    if (!leader || !unitsLedBy(leader, units).has(unitId)) continue;
    if (withDescendants(units, d.unitIds).has(unitId)) return d;
  }
  return null;
}

/**
 * The one answer to "may this actor, for this audience, see or do this". Every door (chat,
 * cards, proactive rendering, the tab) asks here; nothing else decides access. `cover` lets a
 * deputy in force act on the absent leader's follow-up steps ('follow-up-step', and queued cards
 * as leader); no other request looks at it.
 */
export function mayAccess(
  person: Person,
  persons: readonly Person[],
  units: readonly Unit[],
  audience: Audience,
  request: AccessRequest,
  cover?: DeputyCover,
): { ok: true } | { ok: false; reason: AccessDenial } {
  const deny = (reason: AccessDenial) => ({ ok: false as const, reason });
  if (request.kind === 'unit-aggregates') {
    return visibleUnits(person, units).has(request.unitId) ? { ok: true } : deny('not-your-unit');
  }
  if (request.kind === 'tr-flag') {
    if (!person.tr?.length) return deny('no-role');
    return withDescendants(units, person.tr).has(request.unitId)
      ? { ok: true }
      : deny('not-your-unit');
  }
  if (!showsPersons(audience)) return deny('audience');
  if (request.kind === 'employee' || request.kind === 'follow-up-step') {
    const deputy = () =>
      request.kind === 'follow-up-step' &&
      coversAsDeputy(person, persons, units, cover, request.unitId) !== null;
    if (unitsLedBy(person, units).has(request.unitId) || deputy()) return { ok: true };
    return deny(person.leads.length === 0 ? 'no-role' : 'not-your-unit');
  }
  if (request.kind === 'hr-case') {
    return isHrFor(person, persons, units, request.unitId) ? { ok: true } : deny('not-hr-for-unit');
  }
  const holdsRole = request.as === 'leader' ? mayLeadOrCover(person, cover) : person.hr !== null;
  if (!holdsRole) return deny('no-role');
  const check = (unitId: string): boolean =>
    request.as === 'leader'
      ? unitsLedBy(person, units).has(unitId) ||
        coversAsDeputy(person, persons, units, cover, unitId) !== null
      : request.as === 'hr-admin'
        ? person.hr === 'admin'
        : isHrFor(person, persons, units, unitId);
  return request.unitIds.every(check) ? { ok: true } : deny('not-your-unit');
}

/** A leader, or (with deputyships to weigh) a possible deputy: the units decide the rest. */
const mayLeadOrCover = (person: Person, cover: DeputyCover | undefined): boolean =>
  person.leads.length > 0 || (cover !== undefined && mayBeDeputy(person));

/** An HR admin, or an HR consultant who serves the unit (see hrConsultantsFor). */
function isHrFor(
  person: Person,
  persons: readonly Person[],
  units: readonly Unit[],
  unitId: string,
): boolean {
  if (person.hr === 'admin') return true;
  if (person.hr !== 'consultant') return false;
  return hrConsultantsFor(persons, units, unitId).some((p) => p.aadObjectId === person.aadObjectId);
}
