/**
 * The StatisticsIndex: the data bundle indexed once (units as a tree, employments, sick periods
 * and day rows grouped by personKey, dates as day numbers), reused by every question until the
 * data changes. Build a new index when the data changes (see StatisticsIndexCache).
 */
import { dayNumber, isWorkingDayNo } from '../calendar.js';
import type {
  AbsenceType,
  Employment,
  MunicipalitySettings,
  SickPeriod,
  Target,
} from '../model.js';
import { countsAsSickness } from './absence-types.js';
import {
  atCheckpoint,
  runCooperatively,
  runSync,
  type Cooperation,
  type Steps,
} from './cooperative.js';
import { absenceSpanSteps, type AbsenceSpans } from './coverage.js';
import { derivePeriods, type DerivedPeriod, type IndexedDayRow } from './day-rows.js';
import { personSpells, type PersonSpell } from './spells.js';
import type { StatisticsData } from './types.js';
import { buildUnitTree, type UnitTree } from './unit-tree.js';
import type { UnitTotals } from './unit-totals.js';

/** Day number used for "no end" (far beyond any real date). */
export const OPEN_END = 1_000_000_000;

export interface IndexedEmployment {
  readonly source: Employment;
  /** Unit number in the tree; -1 when the unit is unknown. */
  readonly unit: number;
  readonly rate: number;
  readonly group: number;
  readonly from: number;
  readonly to: number;
  /** Counted in the statistics (hourly-paid / apprentices per settings). */
  readonly included: boolean;
  /** Sorted working days that carry day-level rows: those days are taken from the rows. */
  rowDays: Int32Array | null;
}

export interface IndexedPeriod {
  readonly source: SickPeriod;
  readonly type: AbsenceType;
  readonly from: number;
  /** Null while still sick. */
  readonly to: number | null;
  /** Share of working time absent: partialPercent / 100, or 1. */
  readonly share: number;
  readonly counted: boolean;
}

export interface PersonRecord {
  readonly key: string;
  readonly displayName: string;
  readonly employments: IndexedEmployment[];
  /** Sorted by first day. */
  readonly periods: IndexedPeriod[];
  /** Sorted by day. */
  readonly dayRows: IndexedDayRow[];
  /** Counted day rows joined into periods (see day-rows.ts). */
  derived: DerivedPeriod[];
  /** Counted periods and day-row periods joined into spells (see spells.ts), sorted. */
  spells: PersonSpell[];
}

export interface StatisticsIndex {
  readonly settings: MunicipalitySettings;
  readonly tree: UnitTree;
  readonly persons: readonly PersonRecord[];
  readonly personByKey: ReadonlyMap<string, PersonRecord>;
  readonly groups: readonly string[];
  readonly targets: readonly Target[];
  readonly nationalAverages: StatisticsData['nationalAverages'];
  /** Every absence registration (any type, any unit), to tell "no data" from "no absence". */
  readonly absenceSpans: AbsenceSpans;
  /** Computed totals per as-of date (see unit-totals.ts). */
  readonly memo: Map<string, UnitTotals>;
}

function personFor(map: Map<string, PersonRecord>, key: string, name: string): PersonRecord {
  let p = map.get(key);
  if (!p) {
    p = {
      key,
      displayName: name,
      employments: [],
      periods: [],
      dayRows: [],
      derived: [],
      spells: [],
    };
    map.set(key, p);
  }
  return p;
}

function indexEmployment(
  e: Employment,
  tree: UnitTree,
  group: number,
  data: StatisticsData,
): IndexedEmployment {
  const s = data.settings.statistics;
  const included =
    (e.payForm === 'monthly' || s.includeHourlyPaid) &&
    (!e.apprentice || s.includeApprentices) &&
    e.occupationRate > 0;
  return {
    source: e,
    unit: tree.indexOf.get(e.unitId) ?? -1,
    rate: e.occupationRate,
    group,
    from: dayNumber(e.validFrom),
    to: e.validTo === null ? OPEN_END : dayNumber(e.validTo),
    included,
    rowDays: null,
  };
}

function indexPeriod(p: SickPeriod, settings: MunicipalitySettings): IndexedPeriod | null {
  const from = dayNumber(p.start);
  const to = p.end === null ? null : dayNumber(p.end);
  if (to !== null && to < from) return null;
  const share = p.partialPercent === null ? 1 : p.partialPercent / 100;
  return {
    source: p,
    type: p.type,
    from,
    to,
    share,
    counted: countsAsSickness(p.type, settings.statistics),
  };
}

function* addEmployments(
  data: StatisticsData,
  tree: UnitTree,
  map: Map<string, PersonRecord>,
  groups: Map<string, number>,
): Steps<Map<string, IndexedEmployment>> {
  const byId = new Map<string, IndexedEmployment>();
  let n = 0;
  for (const e of data.employments) {
    if (atCheckpoint(++n)) yield;
    let g = groups.get(e.occupationalGroup);
    if (g === undefined) groups.set(e.occupationalGroup, (g = groups.size));
    const ie = indexEmployment(e, tree, g, data);
    if (ie.to < ie.from) continue;
    personFor(map, e.personKey, e.displayName).employments.push(ie);
    byId.set(e.id, ie);
  }
  return byId;
}

function* addPeriods(data: StatisticsData, map: Map<string, PersonRecord>): Steps<void> {
  let n = 0;
  for (const p of data.sickPeriods) {
    if (atCheckpoint(++n)) yield;
    const ip = indexPeriod(p, data.settings);
    if (ip) personFor(map, p.personKey, p.personKey).periods.push(ip);
  }
}

function* addDayRows(
  data: StatisticsData,
  byId: Map<string, IndexedEmployment>,
  map: Map<string, PersonRecord>,
): Steps<void> {
  const rowDays = new Map<IndexedEmployment, number[]>();
  let n = 0;
  for (const r of data.absenceDays) {
    if (atCheckpoint(++n)) yield;
    const emp = byId.get(r.employmentId);
    if (!emp) continue;
    const day = dayNumber(r.date);
    const counted = countsAsSickness(r.type, data.settings.statistics);
    if (r.plannedHours !== 0) {
      const row = { day, hours: r.hours, emp, counted, type: r.type };
      personFor(map, emp.source.personKey, emp.source.displayName).dayRows.push(row);
    }
    const list = rowDays.get(emp) ?? [];
    list.push(day);
    rowDays.set(emp, list);
  }
  for (const [emp, days] of rowDays) {
    if (atCheckpoint(++n)) yield;
    emp.rowDays = Int32Array.from([...new Set(days)].filter(isWorkingDayNo)).sort();
  }
}

/** Sorts each person's records and joins their day rows and periods into spells. */
function* finishPersons(map: Map<string, PersonRecord>): Steps<void> {
  let n = 0;
  for (const person of map.values()) {
    if (atCheckpoint(++n)) yield;
    person.employments.sort((a, b) => a.from - b.from);
    person.periods.sort((a, b) => a.from - b.from);
    person.dayRows.sort((a, b) => a.day - b.day);
    person.derived = derivePeriods(person.dayRows, person.periods);
    person.spells = personSpells(person.periods, person.derived);
  }
}

/** The build, step by step (see cooperative.ts for how it is run). */
function* indexSteps(data: StatisticsData): Steps<StatisticsIndex> {
  const tree = buildUnitTree(data.units);
  const map = new Map<string, PersonRecord>();
  const groups = new Map<string, number>();
  const byId = yield* addEmployments(data, tree, map, groups);
  yield* addPeriods(data, map);
  yield* addDayRows(data, byId, map);
  yield* finishPersons(map);
  const absenceSpans = yield* absenceSpanSteps(data.sickPeriods, data.absenceDays, OPEN_END);
  return {
    settings: data.settings,
    tree,
    persons: [...map.values()],
    personByKey: map,
    groups: [...groups.keys()],
    targets: data.targets,
    nationalAverages: data.nationalAverages,
    absenceSpans,
    memo: new Map(),
  };
}

export function buildStatisticsIndex(data: StatisticsData): StatisticsIndex {
  return runSync(indexSteps(data));
}

/**
 * The same index, built in slices that give the event loop a turn whenever `cooperation` says
 * the slice is spent. The input lists are copied first: a store may add to them between slices,
 * and every step must see the same registrations.
 */
export function buildStatisticsIndexAsync(
  data: StatisticsData,
  cooperation: Cooperation,
): Promise<StatisticsIndex> {
  const snapshot: StatisticsData = {
    ...data,
    units: data.units.slice(),
    employments: data.employments.slice(),
    sickPeriods: data.sickPeriods.slice(),
    absenceDays: data.absenceDays.slice(),
  };
  return runCooperatively(indexSteps(snapshot), cooperation);
}

/** Keeps one index per data version: build once, reuse until the version changes. */
export class StatisticsIndexCache {
  private version: unknown = undefined;
  private index: StatisticsIndex | null = null;

  /** The index for `version`; `load` is called only when the version differs from the last. */
  get(version: unknown, load: () => StatisticsData): StatisticsIndex {
    if (this.index === null || version !== this.version) {
      this.index = buildStatisticsIndex(load());
      this.version = version;
    }
    return this.index;
  }

  invalidate(): void {
    this.index = null;
  }
}
