/**
 * Look-ups over the organisation's unit and person lists, built once per list. The lists handed to
 * domain functions are values: the stores hand out a new list whenever the organisation changes
 * (lowdb per revision, PostgreSQL per version) and never edit a handed-out list in place, so a
 * list's index lives exactly as long as the list (a WeakMap on it). At 45,000 employees a morning
 * asks "who leads this unit?" and "which policy applies?" tens of thousands of times; building a
 * map of every unit for each question cost seconds of blocked event loop.
 */
import type { Person, Unit } from './model.js';

function perList<K extends object, V>(build: (list: K) => V): (list: K) => V {
  const cache = new WeakMap<K, V>();
  return (list) => {
    let value = cache.get(list);
    if (value === undefined) cache.set(list, (value = build(list)));
    return value;
  };
}

/** Units by id. */
export const unitsById = perList(
  (units: readonly Unit[]): ReadonlyMap<string, Unit> => new Map(units.map((u) => [u.id, u])),
);

/** parentId → child ids. */
export const childrenById = perList((units: readonly Unit[]): ReadonlyMap<string, string[]> => {
  const index = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = index.get(u.parentId) ?? [];
    list.push(u.id);
    index.set(u.parentId, list);
  }
  return index;
});

/** Unit id → the first person (in list order) who leads it directly. */
export const directLeaders = perList((persons: readonly Person[]): ReadonlyMap<string, Person> => {
  const index = new Map<string, Person>();
  for (const p of persons)
    for (const unitId of p.leads) if (!index.has(unitId)) index.set(unitId, p);
  return index;
});

/** The HR consultants, in list order. */
export const hrConsultantsIn = perList((persons: readonly Person[]): readonly Person[] =>
  persons.filter((p) => p.hr === 'consultant'),
);

/** The unit's ancestors, nearest first (not the unit itself; guarded against cycles). */
export function ancestorsOf(units: readonly Unit[], unitId: string): string[] {
  const byId = unitsById(units);
  const out: string[] = [];
  let current = byId.get(unitId)?.parentId ?? null;
  while (current !== null && !out.includes(current)) {
    out.push(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return out;
}
