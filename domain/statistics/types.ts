/** Shared types of the absence statistics (dagsværk per full-time employee, rolling 12 months). */
import type {
  AbsenceDay,
  AbsenceType,
  Employment,
  IsoDate,
  MunicipalitySettings,
  NationalAverage,
  SickPeriod,
  Target,
  TargetMethod,
  Unit,
} from '../model.js';

/** Hours in one dagsværk: a full-time working day, 37 h ÷ 5. */
export const HOURS_PER_DAGSVAERK = 7.4;

/** The plain data bundle the statistics are computed from. */
export interface StatisticsData {
  units: readonly Unit[];
  employments: readonly Employment[];
  sickPeriods: readonly SickPeriod[];
  absenceDays: readonly AbsenceDay[];
  targets: readonly Target[];
  nationalAverages: readonly NationalAverage[];
  settings: MunicipalitySettings;
}

/** Who asks: decides whether small groups are shown (suppression). */
export interface StatsViewer {
  /** HR (consultant or admin) sees every figure. */
  hr: boolean;
  /** Units the viewer leads; leading a unit includes its sub-units. */
  leads: readonly string[];
}

/** A yearly target as it applies to a unit. */
export interface ResolvedTarget {
  daysPerFte: number;
  year: number;
  method: TargetMethod;
  /** The unit whose target row this is (the unit itself, or the ancestor it inherits from). */
  fromUnitId: string;
  fromUnitName: string;
  inherited: boolean;
  /** True when computed here from national averages weighted by the staff mix (HT style). */
  computed: boolean;
}

/** The national average for the unit's staff mix (HT formula), with its source and year. */
export interface StaffMixAverage {
  daysPerFte: number;
  year: number;
  source: NationalAverage['source'];
}

/** The headline figures of one unit over one window. */
export interface UnitFigures {
  /** Dagsværk per FTE; null when the unit has no FTE in the window. */
  daysPerFte: number | null;
  /** Absence hours ÷ planned hours × 100; null when nothing was planned. */
  percent: number | null;
  /** Absence dagsværk (hours ÷ 7.4). */
  absenceDays: number;
  /** FTE weighted by days employed in the window. */
  fte: number;
  /** Distinct persons with a counted employment in the window. */
  persons: number;
}

export interface TrendPoint {
  /** `yyyy-MM`. */
  month: string;
  /** Dagsværk per FTE in the month, annualised (per FTE-year of 365 days); null when no FTE. */
  value: number | null;
  /** The same month a year earlier, annualised the same way. */
  yearEarlier: number | null;
  /** `yyyy-MM` of the year-earlier month. */
  yearEarlierMonth: string;
}

export interface ShortLong {
  shortMaxDays: number;
  shortPeriods: number;
  longPeriods: number;
  /** Dagsværk from short periods in the window. */
  shortDays: number;
  longDays: number;
}

export interface ComparisonFigure {
  kind: 'comparable' | 'sector' | 'municipality';
  /** Unit name (sector, municipality) or the unit type (comparable units). */
  name: string;
  /** Number of units pooled (1 for sector and municipality). */
  unitCount: number;
  daysPerFte: number | null;
  suppressed: boolean;
  /**
   * Why it is hidden: too few persons in it, or the figure minus what the viewer already sees
   * (their own units, the other comparisons) would reveal fewer than the minimum persons.
   */
  suppressedBy: 'fewPersons' | 'wouldReveal' | null;
}

export type Situation = 'above' | 'at' | 'below' | 'rising' | 'noTarget' | 'incomplete';

export type TriggerPeriod = { start: IsoDate; end: IsoDate | null; type?: AbsenceType };
