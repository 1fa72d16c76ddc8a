/**
 * Finding an employee by the name a leader writes ("Mette", "mette jensen", "Soren" for Søren):
 * case-, accent- and æøå-insensitive. The full name wins; otherwise every written word must be
 * one of the name's words (first name, last name or both). More than one person is a choice for
 * the leader — never a guess. The caller passes only the employees the leader may see.
 */
import { looseName } from '../unit-match.js';

export interface NamedEmployee {
  personKey: string;
  displayName: string;
  unitId: string;
}

export type EmployeeMatch<E extends NamedEmployee> =
  { kind: 'one'; employee: E } | { kind: 'several'; candidates: E[] } | { kind: 'none' };

/** One entry per person (a person with two employments appears once), sorted by name. */
export function distinctPersons<E extends NamedEmployee>(employees: readonly E[]): E[] {
  const seen = new Map<string, E>();
  for (const e of employees) if (!seen.has(e.personKey)) seen.set(e.personKey, e);
  return [...seen.values()].sort(
    (a, b) =>
      a.displayName.localeCompare(b.displayName, 'da') || a.personKey.localeCompare(b.personKey),
  );
}

function wordsMatch(query: readonly string[], name: readonly string[]): boolean {
  const left = [...name];
  for (const w of query) {
    const i = left.indexOf(w);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

function result<E extends NamedEmployee>(found: E[]): EmployeeMatch<E> | null {
  if (found.length === 1 && found[0]) return { kind: 'one', employee: found[0] };
  return found.length > 1 ? { kind: 'several', candidates: found } : null;
}

export function matchEmployees<E extends NamedEmployee>(
  query: string,
  employees: readonly E[],
): EmployeeMatch<E> {
  const q = looseName(query);
  if (q === '') return { kind: 'none' };
  const persons = distinctPersons(employees);
  const exact = result(persons.filter((e) => looseName(e.displayName) === q));
  if (exact) return exact;
  const words = q.split(' ');
  const partial = result(
    persons.filter((e) => wordsMatch(words, looseName(e.displayName).split(' '))),
  );
  return partial ?? { kind: 'none' };
}
