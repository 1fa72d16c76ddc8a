import type { MunicipalitySettings } from '../domain/model.js';
import { SCHEMA_VERSION, type StoreData } from './schema.js';

export const DEFAULT_SETTINGS: MunicipalitySettings = {
  name: 'Kommune',
  policyId: 'koege',
  statistics: {
    shortMaxDays: 14,
    countParagraph56: false,
    countPregnancy: false,
    includeHourlyPaid: false,
    includeApprentices: true,
    minGroupSize: 5,
  },
  frequencyTriggers: [
    { id: 'periods-5-12m', kind: 'periods', threshold: 5, windowMonths: 12 },
    { id: 'days-14-12m', kind: 'days', threshold: 14, windowMonths: 12 },
  ],
  dueHour: 8,
};

/** A new, empty store document (production start: never demo data). */
export function emptyStore(createdAt: string): StoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt,
    origin: 'empty',
    settings: structuredClone(DEFAULT_SETTINGS),
    units: [],
    employments: [],
    persons: [],
    targets: [],
    nationalAverages: [],
    absenceCodes: [],
    jobCodes: [],
    sickPeriods: [],
    absenceDays: [],
    conversationRefs: [],
    audit: [],
    outbox: [],
    dialogState: {},
    followUps: [],
    firedTriggers: [],
    hrRequests: [],
    followUpDigests: [],
    guides: [],
    scheduler: { lastPlannedDate: null, lastScanAt: null },
  };
}
