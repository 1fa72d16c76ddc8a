/**
 * A sector for channel summaries: Ældre og Sundhed with Plejecenter Ro (7 people), Hjemmeplejen
 * Nord (6) and Hjemmeplejen Syd (2). Syd is under the minimum group of 5; with the sector's own
 * figure shown, hiding Syd alone would let Syd be worked out (sector minus the shown units), so
 * Nord, the smallest shown unit, must be hidden as well.
 */
import type { StoreData } from '../../../data/schema.js';
import type { Employment } from '../../../domain/model.js';
import { fixtureStore } from '../../helpers/fixture-org.js';
import { importedPeriod } from '../../helpers/sick-periods.js';

export const NAMES = [
  'Mette Jensen',
  'Ali Hassan',
  'Karen Olsen',
  'Mette Larsen',
  'Jonas Poulsen',
  'Ro Ansat 1',
  'Nord Ansat 1',
  'Syd Ansat 1',
];

const staff = (id: string, key: string, name: string, unitId: string): Employment => ({
  id,
  personKey: key,
  displayName: name,
  unitId,
  occupationRate: 1,
  occupationalGroup: 'Social- og sundhedspersonale',
  payForm: 'monthly',
  apprentice: false,
  validFrom: '2021-01-01',
  validTo: null,
});

export function sectorSeed(): StoreData {
  const d = fixtureStore();
  d.units.push({
    id: 'PC',
    name: 'Plejecenter Ro',
    parentId: 'AE',
    level: 'institution',
    unitType: 'plejecenter',
    validFrom: '2020-01-01',
    validTo: null,
    policyId: null,
  });
  for (let i = 1; i <= 7; i++)
    d.employments.push(staff(`R${i}`, `p-ro${i}`, `Ro Ansat ${i}`, 'PC'));
  for (let i = 1; i <= 3; i++)
    d.employments.push(staff(`N${i}`, `p-nord${i}`, `Nord Ansat ${i}`, 'HN'));
  d.employments.push(staff('S1', 'p-syd1', 'Syd Ansat 1', 'HS'));
  const days = ['2026-02-03', '2026-04-07', '2026-06-02', '2026-08-04', '2026-10-06'];
  d.sickPeriods = days.map((day, i) => importedPeriod(`r${i}`, `p-ro${i + 1}`, day, day));
  d.sickPeriods.push(importedPeriod('m1', 'p-mette', '2026-09-07', '2026-09-11'));
  d.sickPeriods.push(importedPeriod('s1', 'p-syd1', '2026-03-02', '2026-03-13'));
  // A child's sickness in January 2024 (never counted) marks where the absence data starts.
  d.sickPeriods.push({
    ...importedPeriod('c0', 'p-karen', '2024-01-08', '2024-01-08'),
    type: 'BARN_SYG',
  });
  d.targets = [
    { unitId: 'AE', year: 2026, daysPerFte: 1.5, method: 'FAST', appliesToSubUnits: true },
  ];
  return d;
}
