/**
 * The domain model shared by every folder. Plain data only: no framework, no storage.
 * Calendar dates are `yyyy-MM-dd` strings; instants are UTC ISO strings.
 * There is deliberately no field anywhere for a diagnosis, a symptom or a CPR number.
 */

/** A calendar date, `yyyy-MM-dd`, interpreted in Europe/Copenhagen. */
export type IsoDate = string;
/** An instant, UTC ISO-8601 (`2026-11-22T07:00:00.000Z`). */
export type IsoInstant = string;

export type Locale = 'da' | 'en';

/** Normalised absence types (docs/statistics.md). BARN_SYG never counts as the employee's sickness. */
export const ABSENCE_TYPES = [
  'SYGDOM',
  'DELVIS_SYGDOM',
  'ARBEJDSSKADE',
  'PARAGRAF56',
  'GRAVIDITET',
  'BARN_SYG',
  'ANDET',
] as const;
export type AbsenceType = (typeof ABSENCE_TYPES)[number];

export type UnitLevel = 'kommune' | 'forvaltning' | 'omraade' | 'institution' | 'afsnit';

/** An organisational unit. The tree is built from parentId; the root has parentId null. */
export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
  level: UnitLevel;
  /** Kind of workplace for "comparable units", e.g. 'plejecenter', 'daginstitution', 'skole'. */
  unitType: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** Follow-up policy override for this unit (and its sub-units); null inherits. */
  policyId: string | null;
}

export type PayForm = 'monthly' | 'hourly';

/**
 * One employment row, valid from/to. A person who changes unit or hours gets several rows
 * (same personKey), so every figure can use what was valid on each day.
 */
export interface Employment {
  id: string;
  /** Pseudonymous person key linking a person's employments. Never a CPR number. */
  personKey: string;
  /** Name shown to the person's own leader in chat. */
  displayName: string;
  unitId: string;
  /** Share of a 37-hour week (beskæftigelsesgrad), e.g. 0.8108 = 30 h. */
  occupationRate: number;
  /** KRL personalegruppe, key to national averages. */
  occupationalGroup: string;
  payForm: PayForm;
  apprentice: boolean;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/** A sick period. `end` null = still sick. `partialPercent` null = full sickness. */
export interface SickPeriod {
  id: string;
  /** Links to Employment.personKey: the period follows the person across employments. */
  personKey: string;
  type: AbsenceType;
  start: IsoDate;
  end: IsoDate | null;
  /** Share of working time absent for partial sickness, 1–99; null for full absence. */
  partialPercent: number | null;
  source: 'chat' | 'import';
  /** Id in the source system (fravaer_id) for idempotent re-import; null for chat. */
  sourceId: string | null;
  registeredBy: string | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

/** A day-level absence row (SD_FRAVDAG style): hours are exact. */
export interface AbsenceDay {
  employmentId: string;
  date: IsoDate;
  type: AbsenceType;
  hours: number;
  plannedHours: number | null;
}

export type TargetMethod = 'FAST' | 'LANDSGNS_VAEGTET' | 'REDUKTION' | 'FORVENTET';

/** A yearly target per unit in dagsværk per FTE, rolling 12 months. */
export interface Target {
  unitId: string;
  year: number;
  daysPerFte: number;
  method: TargetMethod;
  appliesToSubUnits: boolean;
}

export interface NationalAverage {
  year: number;
  source: 'KRL' | 'DST' | 'BENCHMARK' | 'EGEN';
  sector: 'KOMMUNER' | 'REGIONER';
  /** KRL label; 'ALLE' = all staff. */
  occupationalGroup: string;
  daysPerFte: number;
}

export type HrRole = 'consultant' | 'admin';

/** A person who uses the bot. Recognised by aadObjectId only. */
export interface Person {
  aadObjectId: string;
  upn: string | null;
  displayName: string;
  /** Units this person leads (leading a unit includes its sub-units). */
  leads: string[];
  hr: HrRole | null;
  /** For an HR consultant: the units they serve (empty = the whole municipality). */
  hrUnits: string[];
  /**
   * Units where the person is a shop steward (tillidsrepræsentant, TR), with their sub-units. A TR
   * may flag a worry for Tidlig Indsats to the unit's leader and sees no one's absence.
   */
  tr?: string[];
  locale: Locale | null;
}

export interface StatisticsSettings {
  /** Periods up to this many calendar days are short. */
  shortMaxDays: number;
  countParagraph56: boolean;
  countPregnancy: boolean;
  includeHourlyPaid: boolean;
  includeApprentices: boolean;
  /** Aggregates over fewer people are suppressed outside the unit's own leader and HR. */
  minGroupSize: number;
}

export interface FrequencyTrigger {
  id: string;
  kind: 'periods' | 'days';
  threshold: number;
  /** Window in months (rolling) — 12 for "in 12 months". */
  windowMonths: number;
  /** 'calendar-year': counted from 1 January of the day asked about ("3 perioder i et kalenderår"). */
  window?: 'rolling' | 'calendar-year';
  /** Who is told when it fires: the person's leader (default) or HR (Høje-Taastrup's HR notice). */
  audience?: 'leader' | 'hr';
}

export interface MunicipalitySettings {
  name: string;
  /** Follow-up policy preset id, e.g. 'koege'. */
  policyId: string;
  statistics: StatisticsSettings;
  frequencyTriggers: FrequencyTrigger[];
  /** Local hour (Europe/Copenhagen) at which due cards are delivered. */
  dueHour: number;
}

export type Role = 'leader' | 'hr-consultant' | 'hr-admin' | 'none';
