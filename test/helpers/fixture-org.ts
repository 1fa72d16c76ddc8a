/** A small hand-built organisation for bot tests (the demo generator is tested on its own). */
import { emptyStore } from '../../data/defaults.js';
import type { StoreData } from '../../data/schema.js';
import type { Employment, Person, Unit } from '../../domain/model.js';

export const IDS = {
  leader: '00000000-0000-4000-8000-000000000001',
  chief: '00000000-0000-4000-8000-000000000002',
  hr: '00000000-0000-4000-8000-000000000003',
  employee: '00000000-0000-4000-8000-000000000004',
  otherLeader: '00000000-0000-4000-8000-0000000000aa',
};

const unit = (
  id: string,
  name: string,
  parentId: string | null,
  level: Unit['level'],
  unitType: string | null = null,
): Unit => ({
  id,
  name,
  parentId,
  level,
  unitType,
  validFrom: '2020-01-01',
  validTo: null,
  policyId: null,
});

const person = (aadObjectId: string, displayName: string, p: Partial<Person> = {}): Person => ({
  aadObjectId,
  upn: null,
  displayName,
  leads: [],
  hr: null,
  hrUnits: [],
  locale: null,
  ...p,
});

const employment = (
  id: string,
  personKey: string,
  displayName: string,
  unitId: string,
  rate = 1,
): Employment => ({
  id,
  personKey,
  displayName,
  unitId,
  occupationRate: rate,
  occupationalGroup: 'Social- og sundhedspersonale',
  payForm: 'monthly',
  apprentice: false,
  validFrom: '2021-01-01',
  validTo: null,
});

export function fixtureStore(createdAt = '2026-11-22T07:00:00.000Z'): StoreData {
  const data = emptyStore(createdAt);
  data.origin = 'demo';
  data.settings.name = 'Testkommune';
  data.units = [
    unit('K', 'Testkommune', null, 'kommune'),
    unit('AE', 'Ældre og Sundhed', 'K', 'forvaltning'),
    unit('HN', 'Hjemmeplejen Nord', 'AE', 'institution', 'hjemmepleje'),
    unit('HS', 'Hjemmeplejen Syd', 'AE', 'institution', 'hjemmepleje'),
    unit('BU', 'Børn og Unge', 'K', 'forvaltning'),
    unit('SO', 'Børnehuset Solsikken', 'BU', 'institution', 'daginstitution'),
  ];
  data.persons = [
    person(IDS.leader, 'Lone Kristensen', { leads: ['HN'] }),
    person(IDS.chief, 'Henrik Mortensen', { leads: ['AE'] }),
    person(IDS.hr, 'Sofie Nielsen', { hr: 'consultant' }),
    person(IDS.employee, 'Jonas Poulsen'),
    person(IDS.otherLeader, 'Pia Holm', { leads: ['SO'] }),
  ];
  data.employments = [
    employment('E1', 'p-mette', 'Mette Jensen', 'HN'),
    employment('E2', 'p-ali', 'Ali Hassan', 'HN', 0.8108),
    employment('E3', 'p-karen', 'Karen Olsen', 'HN'),
    employment('E4', 'p-mette2', 'Mette Larsen', 'HS'),
    employment('E5', 'p-jonas', 'Jonas Poulsen', 'SO'),
  ];
  return data;
}
