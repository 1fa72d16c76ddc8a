import { expect } from 'chai';
import { mayAccess, type AccessRequest, type DeputyCover } from '../../domain/access.js';
import { deputyAsked } from '../../domain/deputy-ask.js';
import type { Deputyship } from '../../domain/deputyship.js';
import type { Person, Unit } from '../../domain/model.js';

describe('deputyAsked', () => {
  const sets: Array<[string, string, string | null, string | null]> = [
    ['Karen tager over 6.–24. juli', 'Karen', '6.–24. juli', null],
    [
      'Karen Olsen er min stedfortræder fra 6. til 24. juli',
      'Karen Olsen',
      'fra 6. til 24. juli',
      null,
    ],
    ['Karen covers for me 6–24 July', 'Karen', '6–24 July', null],
    ['Karen takes over July 6-24', 'Karen', 'July 6-24', null],
    ['make Karen my deputy next week', 'Karen', 'next week', null],
    ['sæt Camilla som min stedfortræder i næste uge', 'Camilla', 'i næste uge', null],
    ['Thomas dækker for mig fra mandag til fredag', 'Thomas', 'fra mandag til fredag', null],
    [
      'Karen tager over for Hjemmeplejen Syd 6.–24. juli',
      'Karen',
      '6.–24. juli',
      'Hjemmeplejen Syd',
    ],
    ['Søren tager over mens jeg har ferie', 'Søren', null, null],
  ];
  for (const [text, name, when, unit] of sets) {
    it(`"${text}" names ${name}, ${when ?? 'no dates'}${unit ? `, ${unit}` : ''}`, () => {
      expect(deputyAsked(text)).to.deep.equal({ kind: 'set', name, when, unit });
    });
  }

  const others: Array<[string, 'list' | 'stop' | null]> = [
    ['Hvem er min stedfortræder?', 'list'],
    ['stedfortræder', 'list'],
    ['Who is my deputy?', 'list'],
    ['stop stedfortræder', 'stop'],
    ['afslut min stedfortræder', 'stop'],
    ['stop my deputy', 'stop'],
    ['Mette er syg fra mandag', null],
    ['jeg holder ferie fra mandag og hele ugen og Jonas tager over', null],
    ['hvordan går det med Karen?', null],
  ];
  for (const [text, kind] of others) {
    it(`"${text}" is ${kind ?? 'not a deputy ask'}`, () => {
      expect(deputyAsked(text)).to.deep.equal(kind ? { kind } : null);
    });
  }
});

const unit = (id: string, parentId: string | null): Unit => ({
  id,
  name: id,
  parentId,
  level: 'institution',
  unitType: null,
  validFrom: '2020-01-01',
  validTo: null,
  policyId: null,
});
const person = (id: string, p: Partial<Person> = {}): Person => ({
  aadObjectId: id,
  upn: null,
  displayName: id,
  leads: [],
  hr: null,
  hrUnits: [],
  locale: null,
  ...p,
});

describe('mayAccess with a deputy', () => {
  const units = [unit('K', null), unit('HN', 'K'), unit('HN1', 'HN'), unit('HS', 'K')];
  const lone = person('lone', { leads: ['HN'] });
  const karen = person('karen', { leads: ['HS'] });
  const sofie = person('sofie', { hr: 'consultant', hrUnits: ['HS'] });
  const jonas = person('jonas');
  const persons = [lone, karen, sofie, jonas];
  const deputyship = (deputyId: string, p: Partial<Deputyship> = {}): Deputyship => ({
    id: `d-${deputyId}`,
    leaderId: 'lone',
    deputyId,
    unitIds: ['HN'],
    from: '2026-07-06',
    to: '2026-07-24',
    createdAt: '2026-06-17T08:00:00.000Z',
    endedAt: null,
    ...p,
  });
  const cover = (today: string, ...ds: Deputyship[]): DeputyCover => ({ today, deputyships: ds });
  const may = (
    who: Person,
    request: AccessRequest,
    c?: DeputyCover,
    audience: 'personal' | 'groupChat' = 'personal',
  ) => mayAccess(who, persons, units, audience, request, c).ok;
  const step = (unitId: string): AccessRequest => ({ kind: 'follow-up-step', unitId });

  const table: Array<[string, Person, AccessRequest, DeputyCover | undefined, boolean]> = [
    [
      'the deputy on a day in force, a unit covered',
      karen,
      step('HN'),
      cover('2026-07-06', deputyship('karen')),
      true,
    ],
    [
      'the deputy on a sub-unit of it',
      karen,
      step('HN1'),
      cover('2026-07-24', deputyship('karen')),
      true,
    ],
    [
      'the deputy the day before',
      karen,
      step('HN'),
      cover('2026-07-05', deputyship('karen')),
      false,
    ],
    [
      'the deputy the day after the last',
      karen,
      step('HN'),
      cover('2026-07-25', deputyship('karen')),
      false,
    ],
    [
      'the deputy after it was stopped',
      karen,
      step('HN'),
      cover('2026-07-10', deputyship('karen', { endedAt: '2026-07-09T08:00:00.000Z' })),
      false,
    ],
    [
      'an HR consultant named deputy',
      sofie,
      step('HN'),
      cover('2026-07-10', deputyship('sofie')),
      true,
    ],
    [
      'someone with no role named deputy',
      jonas,
      step('HN'),
      cover('2026-07-10', deputyship('jonas')),
      false,
    ],
    [
      'another leader not named',
      karen,
      step('HN'),
      cover('2026-07-10', deputyship('sofie')),
      false,
    ],
    ['the deputy without the deputyships passed', karen, step('HN'), undefined, false],
    [
      'the deputy on a unit not covered',
      karen,
      step('K'),
      cover('2026-07-10', deputyship('karen')),
      false,
    ],
    [
      'the deputy asking as employee (reads, registration)',
      karen,
      { kind: 'employee', unitId: 'HN' },
      cover('2026-07-10', deputyship('karen')),
      false,
    ],
    [
      'the deputy asking for the statistics of the unit',
      karen,
      { kind: 'unit-aggregates', unitId: 'HN' },
      cover('2026-07-10', deputyship('karen')),
      false,
    ],
    [
      'the deputy with a queued card as leader',
      karen,
      { kind: 'queued-card', unitIds: ['HN'], as: 'leader' },
      cover('2026-07-10', deputyship('karen')),
      true,
    ],
    ['the leader themself, always', lone, step('HN'), undefined, true],
    [
      'the deputy when the leader no longer leads the unit',
      karen,
      step('HN'),
      cover('2026-07-10', deputyship('karen', { leaderId: 'jonas' })),
      false,
    ],
  ];
  for (const [what, who, request, c, expected] of table) {
    it(`${what}: ${expected ? 'allowed' : 'refused'}`, () => {
      expect(may(who, request, c)).to.equal(expected);
    });
  }

  it('in a group chat even the deputy in force sees nothing about a person', () => {
    expect(may(karen, step('HN'), cover('2026-07-10', deputyship('karen')), 'groupChat')).to.equal(
      false,
    );
  });
});
