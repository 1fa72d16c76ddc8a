/**
 * Danish display names ("Mette Jensen"). In Hjemmeplejen Nord every first name is distinct, so a
 * leader there can say "Mette er syg" and be understood; names already used by the fixed demo
 * identities are kept out of that unit's pool.
 */
import { FIXED_UNITS } from './demo-organisation.js';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './names.js';
import type { Rng } from './prng.js';
import { FEMALE_SHARE } from './unit-catalogue.js';

const LAST_NAME_WEIGHTS: readonly (readonly [string, number])[] = LAST_NAMES.map((n, i) => [
  n,
  1 / (i + 4),
]);
/** First names kept out of the distinct-name unit (used there by the fixed identities or its leader). */
const RESERVED_IN_DISTINCT_UNIT = new Set(['Mette', 'Jonas', 'Lone']);

export class NameMaker {
  private readonly usedFirst = new Map<string, Set<string>>();

  constructor(
    private readonly rng: Rng,
    private readonly distinctUnits: ReadonlySet<string> = new Set([FIXED_UNITS.homeCareNorth]),
  ) {}

  femaleShare(group: string): number {
    return FEMALE_SHARE[group] ?? 0.7;
  }

  /** A full name for a new employee of `unitId`. */
  next(unitId: string, female: boolean): string {
    return `${this.firstName(unitId, female)} ${this.rng.weighted(LAST_NAME_WEIGHTS)}`;
  }

  /** A name for someone outside any unit's staff (leaders, HR). */
  any(female: boolean): string {
    return `${this.rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES)} ${this.rng.weighted(LAST_NAME_WEIGHTS)}`;
  }

  private firstName(unitId: string, female: boolean): string {
    const pool = female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
    if (!this.distinctUnits.has(unitId)) return this.rng.pick(pool);
    const used = this.usedFirst.get(unitId) ?? new Set(RESERVED_IN_DISTINCT_UNIT);
    this.usedFirst.set(unitId, used);
    const free = pool.filter((n) => !used.has(n));
    const name = this.rng.pick(free.length > 0 ? free : pool);
    used.add(name);
    return name;
  }
}
