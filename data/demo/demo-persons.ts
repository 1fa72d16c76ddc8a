/**
 * Teams identities of the demo: the four fixed identities (README) plus a leader for every other
 * unit, a municipal director for the root and an HR admin, all with deterministic object ids.
 */
import type { StoreData } from '../schema.js';
import { FIXED_UNITS, ROOT_ID } from './demo-organisation.js';
import type { NameMaker } from './name-maker.js';
import type { Rng } from './prng.js';

type Person = StoreData['persons'][number];
type Unit = StoreData['units'][number];

/** The fixed demo identities (Teams aadObjectId) and their units. */
export const DEMO_IDS = {
  leader: '00000000-0000-4000-8000-000000000001',
  chief: '00000000-0000-4000-8000-000000000002',
  hr: '00000000-0000-4000-8000-000000000003',
  employee: '00000000-0000-4000-8000-000000000004',
  /** Tina Rasmussen, shop steward (TR) of Hjemmeplejen Nord, with no other role. */
  tr: '00000000-0000-4000-8000-000000000005',
  /** Hjemmeplejen Nord, led by Lone Kristensen. */
  leaderUnit: FIXED_UNITS.homeCareNorth,
  /** Ældre og Sundhed, led by Henrik Mortensen. */
  chiefUnit: FIXED_UNITS.sector,
  /** Employment ids of Mette Jensen and Jonas Poulsen (Hjemmeplejen Nord), Mette Hansen (Solgården). */
  metteJensenEmployment: 'XA-00001',
  jonasEmployment: 'XA-00002',
  metteHansenEmployment: 'XA-00003',
} as const;

export const DEMO_DOMAIN = 'soendervig.dk';

const FIXED_PERSONS: readonly Omit<Person, 'upn' | 'locale'>[] = [
  {
    aadObjectId: DEMO_IDS.leader,
    displayName: 'Lone Kristensen',
    leads: [DEMO_IDS.leaderUnit],
    hr: null,
    hrUnits: [],
  },
  {
    aadObjectId: DEMO_IDS.chief,
    displayName: 'Henrik Mortensen',
    leads: [DEMO_IDS.chiefUnit],
    hr: null,
    hrUnits: [],
  },
  {
    aadObjectId: DEMO_IDS.hr,
    displayName: 'Sofie Nielsen',
    leads: [],
    hr: 'consultant',
    hrUnits: [],
  },
  {
    aadObjectId: DEMO_IDS.employee,
    displayName: 'Jonas Poulsen',
    leads: [],
    hr: null,
    hrUnits: [],
  },
];

/** "Søren Ærø-Østergaard" → "soeren.aeroe-oestergaard". */
export function upnLocalPart(displayName: string): string {
  return displayName
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** Hands out unique UPNs: "lone.kristensen@soendervig.dk", then "…2@…" for a namesake. */
function upnMaker(): (displayName: string) => string {
  const used = new Set<string>();
  return (displayName) => {
    const local = upnLocalPart(displayName);
    let upn = `${local}@${DEMO_DOMAIN}`;
    for (let n = 2; used.has(upn); n++) upn = `${local}${n}@${DEMO_DOMAIN}`;
    used.add(upn);
    return upn;
  };
}

export function generatePersons(units: readonly Unit[], rng: Rng, names: NameMaker): Person[] {
  const upnFor = upnMaker();
  const person = (
    aadObjectId: string,
    displayName: string,
    roles: Pick<Person, 'leads' | 'hr' | 'hrUnits'>,
  ): Person => ({
    aadObjectId,
    upn: upnFor(displayName),
    displayName,
    ...roles,
    locale: null,
  });
  const persons = FIXED_PERSONS.map((p) =>
    person(p.aadObjectId, p.displayName, { leads: p.leads, hr: p.hr, hrUnits: p.hrUnits }),
  );
  const led = new Set<string>([DEMO_IDS.leaderUnit, DEMO_IDS.chiefUnit]);
  for (const unit of units) {
    if (led.has(unit.id)) continue;
    const displayName = unit.id === ROOT_ID ? 'Birgitte Holm' : leaderName(rng, names);
    persons.push(person(rng.uuid(), displayName, { leads: [unit.id], hr: null, hrUnits: [] }));
  }
  persons.push(person(rng.uuid(), 'Karsten Lund', { leads: [], hr: 'admin', hrUnits: [] }));
  const tr = person(DEMO_IDS.tr, 'Tina Rasmussen', { leads: [], hr: null, hrUnits: [] });
  persons.push({ ...tr, tr: [DEMO_IDS.leaderUnit] });
  return persons;
}

/** A random leader name, never one of the fixed identities' names. */
function leaderName(rng: Rng, names: NameMaker): string {
  const taken = new Set(FIXED_PERSONS.map((p) => p.displayName));
  for (;;) {
    const name = names.any(rng.chance(0.7));
    if (!taken.has(name)) return name;
  }
}
