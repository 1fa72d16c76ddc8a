/**
 * The synthetic demo municipality, "Søndervig Kommune": deterministic from the seed (own PRNG,
 * never Math.random), ending at the given as-of date. See README (demo identities) and
 * samples/import/README.md (the same data as CSV files).
 */
import { DEFAULT_SETTINGS } from '../defaults.js';
import { krlNationalAverages, SD_ABSENCE_CODES } from '../import/reference-data.js';
import { SCHEMA_VERSION, type StoreData } from '../schema.js';
import { dayOf, minusYears } from './days.js';
import { AbsenceGenerator } from './demo-absence.js';
import { generateOrganisation, MUNICIPALITY_NAME, type Organisation } from './demo-organisation.js';
import { DEMO_JOB_CODES } from './demo-job-codes.js';
import { PeopleGenerator, type Window } from './demo-people.js';
import { generatePersons } from './demo-persons.js';
import { generateTargets } from './demo-targets.js';
import { NameMaker } from './name-maker.js';
import { Rng } from './prng.js';

export { DEMO_IDS } from './demo-persons.js';
export { FIXED_UNITS, MUNICIPALITY_NAME, ROOT_ID } from './demo-organisation.js';

export interface DemoOptions {
  /** Positions (headcount at any time); default 1,500. */
  employees?: number;
  /** Years of sick periods ending at asOf; default 3. */
  years?: number;
  seed?: number | string;
  /** Last day of the data, yyyy-MM-dd (the bot passes its clock's today). */
  asOf: string;
}

export const DEMO_DEFAULTS = { employees: 1500, years: 3, seed: 1 } as const;

export function generateDemo(options: DemoOptions): StoreData {
  const employees = options.employees ?? DEMO_DEFAULTS.employees;
  const years = options.years ?? DEMO_DEFAULTS.years;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf))
    throw new Error(`asOf must be yyyy-MM-dd: ${options.asOf}`);
  if (!(employees >= 1 && years >= 1)) throw new Error('employees and years must be at least 1');
  const root = new Rng(options.seed ?? DEMO_DEFAULTS.seed);
  const window: Window = {
    from: dayOf(minusYears(options.asOf, years)) + 1,
    to: dayOf(options.asOf),
  };
  const org = generateOrganisation(employees, root.fork('organisation'));
  const people = new PeopleGenerator(
    root.fork('people'),
    new NameMaker(root.fork('names')),
    window,
    org,
  );
  placeEmployees(org, employees, people, root.fork('headcount'));
  const employments = people.people.flatMap((p) => p.rows);
  const absence = new AbsenceGenerator(root.fork('absence'), window);
  for (const person of people.people) absence.add(person);
  return {
    ...storeShell(options.asOf),
    units: org.units,
    employments,
    persons: generatePersons(
      org.units,
      root.fork('persons'),
      new NameMaker(root.fork('leader-names')),
    ),
    targets: generateTargets(org, employments, window, root.fork('targets')),
    sickPeriods: absence.periods,
  };
}

/** Everything of the document that is not generated from the seed. */
function storeShell(asOf: string): StoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: `${asOf}T05:00:00.000Z`,
    origin: 'demo',
    settings: { ...structuredClone(DEFAULT_SETTINGS), name: MUNICIPALITY_NAME },
    units: [],
    employments: [],
    persons: [],
    targets: [],
    nationalAverages: krlNationalAverages(),
    absenceCodes: SD_ABSENCE_CODES.map((c) => ({ ...c })),
    jobCodes: DEMO_JOB_CODES.map((c) => ({ ...c })),
    sickPeriods: [],
    absenceDays: [],
    conversationRefs: [],
    audit: [],
    outbox: [],
    dialogState: {},
    followUps: [],
    guides: [],
  };
}

/** Splits the headcount over institutions by size (±30 %); Hjemmeplejen Nord gets 14–40. */
function placeEmployees(
  org: Organisation,
  employees: number,
  people: PeopleGenerator,
  rng: Rng,
): void {
  const weights = org.institutions.map((i) => i.spec.size * (0.7 + 0.6 * rng.next()));
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((employees * w) / total));
  const fixedIndex = org.institutions.findIndex(
    (i) => i.fixed && i.spec.unitType === 'hjemmepleje',
  );
  counts[fixedIndex] = Math.min(40, Math.max(14, counts[fixedIndex] ?? 0));
  let rest = employees - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0 && i < counts.length * 4; i++) {
    const k = i % counts.length;
    if (k === fixedIndex || (rest < 0 && (counts[k] ?? 0) === 0)) continue;
    counts[k] = (counts[k] ?? 0) + Math.sign(rest);
    rest -= Math.sign(rest);
  }
  org.institutions.forEach((inst, i) => people.fill(inst, counts[i] ?? 0));
}
