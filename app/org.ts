/**
 * The organisation as the use cases need it: employees by person key (names on cards), a unit's
 * leader, and everyone employed today in a set of units.
 */
import { distinctPersons } from '../domain/follow-up/name-match.js';
import { ancestorsOf } from '../domain/access.js';
import type { IsoDate, Person, Unit } from '../domain/model.js';
import { directLeaders, unitsById } from '../domain/org-index.js';
import type { OrgSnapshot, Repositories } from '../data/repositories.js';

export interface Employee {
  personKey: string;
  displayName: string;
  unitId: string;
  unitName: string;
}

type Org = Pick<Repositories, 'org'>;

/** One entry per person employed today in the given units, sorted by name. */
export async function employeesIn(
  repos: Org,
  units: readonly Unit[],
  unitIds: ReadonlySet<string>,
  today: IsoDate,
): Promise<Employee[]> {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const rows = await repos.org.employmentsInUnits(unitIds, today);
  return distinctPersons(
    rows.map((e) => ({
      personKey: e.personKey,
      displayName: e.displayName,
      unitId: e.unitId,
      unitName: names.get(e.unitId) ?? e.unitId,
    })),
  );
}

/**
 * These persons as employed today (any unit), by person key: the names on a card about a few
 * people, read without loading the whole municipality's employments.
 */
export async function employeesByKey(
  repos: Org,
  personKeys: Iterable<string>,
  today: IsoDate,
): Promise<Map<string, Employee>> {
  const keys = new Set(personKeys);
  if (keys.size === 0) return new Map();
  const { units } = await repos.org.snapshot();
  const names = new Map(units.map((u) => [u.id, u.name]));
  const rows = await repos.org.employmentsOfPersons(keys, today);
  const all = distinctPersons(
    rows.map((e) => ({
      personKey: e.personKey,
      displayName: e.displayName,
      unitId: e.unitId,
      unitName: names.get(e.unitId) ?? e.unitId,
    })),
  );
  return new Map(all.map((e) => [e.personKey, e]));
}

/**
 * personKey → the unit of the person's employment valid today (a known unit), for these persons
 * only: reading every employment of a 45,000-employee municipality twice a tick cost ~300 ms.
 */
export async function unitsOfPersons(
  repos: Org,
  personKeys: Iterable<string>,
  today: IsoDate,
): Promise<Map<string, string>> {
  const keys = new Set(personKeys);
  if (keys.size === 0) return new Map();
  const known = unitsById((await repos.org.snapshot()).units);
  const rows = await repos.org.employmentsOfPersons(keys, today);
  return new Map(rows.filter((e) => known.has(e.unitId)).map((e) => [e.personKey, e.unitId]));
}

/** The leader of a unit: the nearest person leading it or an ancestor. */
export function leaderOf(snapshot: OrgSnapshot, unitId: string): Person | null {
  const leaders = directLeaders(snapshot.persons);
  const leader = leaders.get(unitId);
  if (leader) return leader;
  for (const id of ancestorsOf(snapshot.units, unitId)) {
    const above = leaders.get(id);
    if (above) return above;
  }
  return null;
}
