/** Small builders for hand-computed statistics cases. */
import type {
  AbsenceDay,
  AbsenceType,
  Employment,
  MunicipalitySettings,
  SickPeriod,
  Target,
  Unit,
  UnitLevel,
} from '../../../domain/model.js';
import type { StatisticsData } from '../../../domain/statistics/types.js';

export function unit(
  id: string,
  parentId: string | null,
  level: UnitLevel,
  unitType: string | null = null,
  name = id,
): Unit {
  return {
    id,
    name,
    parentId,
    level,
    unitType,
    validFrom: '2000-01-01',
    validTo: null,
    policyId: null,
  };
}

/**
 * KOM (kommune)
 *  ├─ SEC "Ældre og Sundhed" (forvaltning)
 *  │   ├─ A "Plejecenter A" (plejecenter) ── A1 "Afsnit A1"
 *  │   └─ B "Plejecenter B" (plejecenter)
 *  └─ SEC2 "Børn og Unge" (forvaltning) ── C "Solsikken" (daginstitution)
 */
export const UNITS: Unit[] = [
  unit('KOM', null, 'kommune', null, 'Kommunen'),
  unit('SEC', 'KOM', 'forvaltning', null, 'Ældre og Sundhed'),
  unit('A', 'SEC', 'institution', 'plejecenter', 'Plejecenter A'),
  unit('A1', 'A', 'afsnit', null, 'Afsnit A1'),
  unit('B', 'SEC', 'institution', 'plejecenter', 'Plejecenter B'),
  unit('SEC2', 'KOM', 'forvaltning', null, 'Børn og Unge'),
  unit('C', 'SEC2', 'institution', 'daginstitution', 'Solsikken'),
];

let seq = 0;

export function emp(personKey: string, unitId: string, o: Partial<Employment> = {}): Employment {
  seq += 1;
  return {
    id: `E${seq}`,
    personKey,
    displayName: `Person ${personKey}`,
    unitId,
    occupationRate: 1,
    occupationalGroup: 'Social- og sundhedspersonale',
    payForm: 'monthly',
    apprentice: false,
    validFrom: '2020-01-01',
    validTo: null,
    ...o,
  };
}

export function sick(
  personKey: string,
  start: string,
  end: string | null,
  o: Partial<SickPeriod> = {},
): SickPeriod {
  seq += 1;
  return {
    id: `S${seq}`,
    personKey,
    type: 'SYGDOM',
    start,
    end,
    partialPercent: null,
    source: 'import',
    sourceId: null,
    registeredBy: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...o,
  };
}

export function day(
  employmentId: string,
  date: string,
  hours: number,
  type: AbsenceType = 'SYGDOM',
  plannedHours: number | null = null,
): AbsenceDay {
  return { employmentId, date, type, hours, plannedHours };
}

export function target(
  unitId: string,
  year: number,
  daysPerFte: number,
  appliesToSubUnits: boolean,
): Target {
  return { unitId, year, daysPerFte, method: 'FAST', appliesToSubUnits };
}

export function settings(
  o: Partial<MunicipalitySettings['statistics']> = {},
): MunicipalitySettings {
  return {
    name: 'Testkommune',
    policyId: 'koege',
    statistics: {
      shortMaxDays: 14,
      countParagraph56: false,
      countPregnancy: false,
      includeHourlyPaid: false,
      includeApprentices: true,
      minGroupSize: 1,
      ...o,
    },
    frequencyTriggers: [
      { id: 'periods-5-12m', kind: 'periods', threshold: 5, windowMonths: 12 },
      { id: 'days-14-12m', kind: 'days', threshold: 14, windowMonths: 12 },
    ],
    dueHour: 8,
  };
}

export function bundle(o: Partial<StatisticsData> = {}): StatisticsData {
  return {
    units: UNITS,
    employments: [],
    sickPeriods: [],
    absenceDays: [],
    targets: [],
    nationalAverages: [],
    settings: settings(),
    ...o,
  };
}

/** Everyone may see everything (suppression is tested on its own). */
export const HR_VIEWER = { hr: true, leads: [] as string[] };
