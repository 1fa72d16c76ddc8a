/**
 * The statistics' frequent-absence list and the follow-up's frequency card must say the same about
 * the same person on the same day: the same triggers (their unit's policy's), the same absence
 * types (§ 56 and pregnancy by the municipality's switches, a child's sickness never), and the
 * same spells whether the absence came as registered periods or as imported day rows. Both sides
 * run as the app runs them, on one lowdb store: the card through checkFrequencyTriggersMany, the
 * list through the statistics use case frequentAbsenceList (a leader of the whole municipality).
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { frequentAbsenceList } from '../../../app/statistics.js';
import { checkFrequencyTriggersMany } from '../../../app/frequency-check.js';
import { emptyStore } from '../../../data/defaults.js';
import { createLowdbRepositories } from '../../../data/lowdb-repositories.js';
import type { StoreData } from '../../../data/schema.js';
import { openStore } from '../../../data/store.js';
import { addDays, dayNumber, isoOf, isWorkingDayNo, weekdayOf } from '../../../domain/calendar.js';
import { POLICY_PRESETS } from '../../../domain/follow-up/policy-presets.js';
import type { FollowUpPolicy } from '../../../domain/follow-up/policy-types.js';
import type {
  AbsenceDay,
  AbsenceType,
  Employment,
  Person,
  SickPeriod,
  Unit,
} from '../../../domain/model.js';
import { day, emp, settings, sick, unit } from '../../domain/statistics/fixtures.js';
import { tempDir } from '../../helpers/tmp.js';

const NOW = '2026-03-02T08:00:00.000Z';
const MONDAY = '2026-03-02';

/** The municipality's policy is Køge (no triggers of its own: the municipal 5 periods / 14 days). */
const UNITS: Unit[] = [
  unit('KOM', null, 'kommune', null, 'Kommunen'),
  unit('MUN', 'KOM', 'institution', null, 'Municipal policy'),
  { ...unit('HT', 'KOM', 'institution', null, 'Høje-Taastrup policy'), policyId: 'hoeje-taastrup' },
  { ...unit('OWN', 'KOM', 'institution', null, 'Own policy'), policyId: 'egen-politik' },
  unit('OWN1', 'OWN', 'afsnit', null, 'Own policy, inherited'),
];

/** A policy document of the municipality's own, with triggers unlike the municipality's. */
const OWN_POLICY: FollowUpPolicy = {
  ...POLICY_PRESETS.find((p) => p.id === 'koege')!,
  id: 'egen-politik',
  name: 'Egen politik',
  source: 'test',
  frequencyTriggers: [
    { id: 'egen-periods-3-6m', kind: 'periods', threshold: 3, windowMonths: 6 },
    { id: 'egen-days-10-12m', kind: 'days', threshold: 10, windowMonths: 12 },
  ],
};

interface World {
  employments: Employment[];
  sickPeriods: SickPeriod[];
  absenceDays: AbsenceDay[];
  switches?: { countParagraph56?: boolean; countPregnancy?: boolean };
  policies?: FollowUpPolicy[];
}

type Said = Map<string, string[]>;

/** The municipality's top leader: the list of every unit is theirs to see. */
const LEADER: Person = {
  aadObjectId: 'leader-kom',
  upn: null,
  displayName: 'Top Leder',
  leads: ['KOM'],
  hr: null,
  hrUnits: [],
  locale: 'da',
};
const audience = 'personal' as const;

/** What the list and the card say about each person: the triggers met, with their counts. */
async function bothSides(world: World, asOf: string): Promise<{ list: Said; card: Said }> {
  const tmp = tempDir();
  const seed = (): StoreData => ({
    ...emptyStore(NOW),
    settings: settings({ ...world.switches }),
    units: UNITS,
    persons: [LEADER],
    employments: world.employments,
    sickPeriods: world.sickPeriods,
    absenceDays: world.absenceDays,
    ...(world.policies ? { policies: world.policies } : {}),
  });
  const store = await openStore(tmp.file('s.json'), { seed });
  try {
    const people = world.employments.map((e) => ({ personKey: e.personKey, unitId: e.unitId }));
    const list: Said = new Map(people.map((p) => [p.personKey, []]));
    const card: Said = new Map(people.map((p) => [p.personKey, []]));
    const repos = createLowdbRepositories(store, () => NOW);
    const now = DateTime.fromISO(`${asOf}T12:00:00`, { zone: 'Europe/Copenhagen' });
    const ctx = { actor: { person: LEADER, roles: ['leader' as const] }, audience, now, repos };
    const answer = await frequentAbsenceList(ctx, { unitId: null });
    if (answer.kind !== 'views' || answer.views[0]?.kind !== 'frequent') throw new Error('no list');
    for (const p of answer.views[0].people)
      list.set(p.personKey, p.met.map((m) => `${m.triggerId}=${m.value}`).sort());
    for (const [key, hits] of await checkFrequencyTriggersMany({ repos }, people, asOf))
      card.set(key, hits.map((h) => `${h.trigger.id}=${h.value}`).sort());
    return { list, card };
  } finally {
    await store.close();
    tmp.cleanup();
  }
}

const oneDays = (personKey: string, days: readonly string[], type: AbsenceType = 'SYGDOM') =>
  days.map((d) => sick(personKey, d, d, { type }));

// Five single sick days in the 12 months up to Monday 2 March 2026, none joined to another.
const FIVE = ['2025-04-08', '2025-06-10', '2025-09-09', '2025-11-11', '2026-01-13'];

describe('frequent absence: the list and the card agree', () => {
  it('when § 56 or pregnancy-related absence is not counted by the municipality, then neither the list nor the card counts it; when it is, both do', async () => {
    const world: World = {
      employments: [emp('p56', 'MUN'), emp('preg', 'MUN'), emp('child', 'MUN')],
      sickPeriods: [
        ...oneDays('p56', FIVE, 'PARAGRAF56'),
        ...oneDays('preg', FIVE, 'GRAVIDITET'),
        ...oneDays('child', FIVE, 'BARN_SYG'),
      ],
      absenceDays: [],
    };
    const off = await bothSides(world, MONDAY);
    const none = { p56: [], preg: [], child: [] };
    expect(Object.fromEntries(off.card), 'card, switches off').to.deep.equal(none);
    expect(Object.fromEntries(off.list), 'list, switches off').to.deep.equal(none);
    const on = await bothSides(
      { ...world, switches: { countParagraph56: true, countPregnancy: true } },
      MONDAY,
    );
    const counted = { p56: ['periods-5-12m=5'], preg: ['periods-5-12m=5'], child: [] };
    expect(Object.fromEntries(on.card), 'card, switches on').to.deep.equal(counted);
    expect(Object.fromEntries(on.list), 'list, switches on').to.deep.equal(counted);
  });

  it('when the absence came as imported day rows, then the card counts it as the list does, the same as the same absence registered as periods', async () => {
    const rows = emp('rows', 'MUN');
    // Five sick days, and a Friday with the following Monday (one spell of 4 calendar days).
    const rowDays = [...FIVE, '2026-02-06', '2026-02-09'];
    const world: World = {
      employments: [rows, emp('periods', 'MUN')],
      sickPeriods: [...oneDays('periods', FIVE), sick('periods', '2026-02-06', '2026-02-09')],
      absenceDays: [
        ...rowDays.map((d) => day(rows.id, d, 7.4, 'SYGDOM', 7.4)),
        day(rows.id, '2026-02-10', 7.4, 'SYGDOM', 0), // no planned hours: no absence
        day(rows.id, '2026-02-11', 0, 'SYGDOM', 7.4), // no absence hours: no absence
      ],
    };
    const { list, card } = await bothSides(world, MONDAY);
    const said = ['periods-5-12m=6'];
    expect(card.get('rows'), 'card from day rows').to.deep.equal(said);
    expect(list.get('rows'), 'list from day rows').to.deep.equal(said);
    expect(card.get('periods'), 'card from periods').to.deep.equal(said);
    expect(list.get('periods'), 'list from periods').to.deep.equal(said);
  });

  it("when the person's unit has a policy with its own triggers, then the list uses them as the card does", async () => {
    const world: World = {
      employments: [emp('five', 'HT'), emp('six', 'HT')],
      sickPeriods: [...oneDays('five', FIVE), ...oneDays('six', [...FIVE, '2026-02-17'])],
      absenceDays: [],
    };
    const { list, card } = await bothSides(world, MONDAY);
    const said = { five: [], six: ['ht-periods-6-12m=6'] };
    expect(Object.fromEntries(card), 'card').to.deep.equal(said);
    expect(Object.fromEntries(list), 'list').to.deep.equal(said);
  });

  describe('over generated persons', () => {
    const combos = [
      { countParagraph56: false, countPregnancy: false },
      { countParagraph56: true, countPregnancy: false },
      { countParagraph56: false, countPregnancy: true },
      { countParagraph56: true, countPregnancy: true },
    ];
    const asOfs = [MONDAY, '2026-02-28' /* a Saturday */];
    let seed = 1;
    const seen = { listed: 0, notListed: 0, units: new Set<string>(), rowsOnly: 0 };
    for (const switches of combos)
      for (const asOf of asOfs) {
        const s = seed++;
        it(`when ${JSON.stringify(switches)} on ${asOf}, then the list and the card say the same about each of 60 persons`, async () => {
          const world = generate(s, 60, asOf);
          const { list, card } = await bothSides(
            { ...world, switches, policies: [OWN_POLICY] },
            asOf,
          );
          for (const [key, said] of list) {
            expect(card.get(key), key).to.deep.equal(said);
            if (said.length > 0) {
              seen.listed += 1;
              seen.units.add(world.employments.find((e) => e.personKey === key)!.unitId);
              if (!world.sickPeriods.some((p) => p.personKey === key)) seen.rowsOnly += 1;
            } else seen.notListed += 1;
          }
        });
      }
    after(() => {
      // The generated persons exercise every side of the rule, not only the empty case.
      expect(seen.listed).to.be.greaterThan(30);
      expect(seen.notListed).to.be.greaterThan(30);
      expect(seen.rowsOnly).to.be.greaterThan(0);
      expect([...seen.units].sort()).to.deep.equal(['HT', 'MUN', 'OWN', 'OWN1']);
    });
  });
});

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: Array<[AbsenceType, number]> = [
  ['SYGDOM', 35],
  ['DELVIS_SYGDOM', 10],
  ['ARBEJDSSKADE', 8],
  ['PARAGRAF56', 12],
  ['GRAVIDITET', 12],
  ['BARN_SYG', 15],
  ['ANDET', 8],
];

/**
 * Persons in every unit with sickness episodes over the 13 months before `asOf` and a little
 * after it: every absence type; as periods (some open, some partial), as day rows (with rows
 * without planned or absence hours, and weekend rows), or both for the same episode; episodes
 * often touching the one before or separated only by a weekend, so that spells join.
 */
function generate(seed: number, count: number, asOf: string): World {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const type = (): AbsenceType => {
    let r = rnd() * TYPES.reduce((n, [, w]) => n + w, 0);
    for (const [t, w] of TYPES) if ((r -= w) < 0) return t;
    return 'SYGDOM';
  };
  const world: World = { employments: [], sickPeriods: [], absenceDays: [] };
  const last = dayNumber(asOf);
  for (let i = 0; i < count; i++) {
    const key = `g${seed}-${i}`;
    const e = emp(key, pick(['MUN', 'HT', 'OWN', 'OWN1']), {
      displayName: `Person ${key}`,
      payForm: rnd() < 0.2 ? 'hourly' : 'monthly',
    });
    world.employments.push(e);
    const episodes = Math.floor(rnd() * 10);
    let cursor = last - 400 + Math.floor(rnd() * 60);
    for (let k = 0; k < episodes && cursor <= last + 5; k++) {
      const t = type();
      const from = cursor;
      const to = from + Math.floor(rnd() * (rnd() < 0.8 ? 4 : 15));
      const shape = rnd();
      if (shape < 0.6) {
        const open = k === episodes - 1 && rnd() < 0.3;
        const partial = t === 'DELVIS_SYGDOM' ? { partialPercent: 50 } : {};
        world.sickPeriods.push(
          sick(key, isoOf(from), open ? null : isoOf(to), { type: t, ...partial }),
        );
      }
      if (shape >= 0.5) {
        for (let d = from; d <= to; d++) {
          const working = isWorkingDayNo(d);
          if (!working && rnd() > 0.1) continue;
          const roll = rnd();
          const planned = roll < 0.08 ? 0 : 7.4;
          const hours = roll > 0.95 ? 0 : t === 'DELVIS_SYGDOM' ? 3.7 : 7.4;
          world.absenceDays.push(day(e.id, isoOf(d), hours, t, planned));
        }
      }
      const gap = rnd();
      if (gap < 0.2)
        cursor = to + 1; // touching
      else if (gap < 0.45)
        cursor = nextMonday(to); // only a weekend (or less) between
      else cursor = to + 2 + Math.floor(rnd() * 70);
    }
  }
  return world;
}

/** The Monday after the day (the day after a Friday–Sunday, or a week on). */
function nextMonday(dayNo: number): number {
  const iso = isoOf(dayNo);
  let next = dayNumber(addDays(iso, 1));
  while (weekdayOf(next) !== 1) next += 1;
  return next;
}
