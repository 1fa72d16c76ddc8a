/**
 * A sector for channel summaries: Ældre og Sundhed with Plejecenter Ro (7 people), Hjemmeplejen
 * Nord (6) and Hjemmeplejen Syd (2). Syd is under the minimum group of 5; with the sector's own
 * figure shown, hiding Syd alone would let Syd be worked out (sector minus the shown units), so
 * Nord, the smallest shown unit, must be hidden as well.
 */
import type { StoreData } from '../../../data/schema.js';
import type { Employment } from '../../../domain/model.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
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

const STEP_BASE: FollowUpStep = {
  id: 'x',
  periodId: 'ro-nov',
  personKey: 'p-ro6',
  unitId: 'PC',
  policyId: 'koege',
  periodStart: '2026-11-02',
  key: 'x',
  kind: 'contact',
  purpose: 'early-contact',
  audience: 'leader',
  timing: 'contact-day',
  legal: false,
  mandatory: true,
  offersEarlyIntervention: false,
  escalateToHr: false,
  onlyIfAbsenceExceedsDays: null,
  keepAfterFit: false,
  day: 1,
  plannedDate: '2026-11-02',
  dueDate: '2026-11-02',
  schedule: { notifyOn: '2026-11-02', remindOn: null, approachOn: null, escalateOn: null },
  state: 'open',
  outcome: null,
  version: 1,
  postponedTo: null,
  closedOn: null,
  missedBeforeFit: false,
  createdOn: '2026-11-02',
  notifiedOn: null,
  remindedOn: null,
  escalatedToHrOn: null,
  hrHelpRequestedOn: null,
  earlyInterventionOfferedOn: null,
};

/**
 * The sector, plus a sick period in Plejecenter Ro in November 2026 whose five follow-up steps due
 * that month were taken three on time, one late, and one not yet: 60 % on time.
 */
export function sectorWithStepsSeed(): StoreData {
  const d = sectorSeed();
  d.sickPeriods.push(importedPeriod('ro-nov', 'p-ro6', '2026-11-02', '2026-11-27'));
  const due = ['2026-11-02', '2026-11-05', '2026-11-10', '2026-11-16', '2026-11-24'];
  const closed = ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-18', null];
  d.followUps = due.map((dueDate, i) => ({
    ...STEP_BASE,
    id: `ro-nov:s${i}`,
    key: `s${i}`,
    dueDate,
    plannedDate: dueDate,
    state: closed[i] ? 'done' : 'open',
    closedOn: closed[i] ?? null,
    keepAfterFit: true,
  }));
  return d;
}
