/**
 * One pass over every person computes the totals of every unit for every range (see ranges.ts):
 * per-unit accumulators filled from each employment, sick period and day row (totals-pass.ts),
 * then additive sums rolled up the tree. Distinct counts (persons, periods — joined into spells,
 * see spells.ts) are marked directly on the unit's chain, so a person or period spanning two
 * sibling units counts once in their parent.
 *
 * Cost: O(employments + periods × employments-of-person + day rows) with O(1) working-day counts
 * (calendar prefix sums). The result is memoised on the index per as-of date.
 */
import { dayNumber, isoOf, workingDayPrefix } from '../calendar.js';
import type { IsoDate } from '../model.js';
import {
  atCheckpoint,
  runCooperatively,
  runSync,
  type Cooperation,
  type Steps,
} from './cooperative.js';
import { rangesFor, type Ranges } from './ranges.js';
import type { StatisticsIndex } from './statistics-index.js';
import { addPerson, applyFullRates, inc, type Pass } from './totals-pass.js';

export interface UnitTotals {
  readonly ranges: Ranges;
  readonly unitCount: number;
  /** Per unit × range (index unit * ranges.count + range), rolled up (unit incl. sub-units). */
  readonly dv: Float64Array;
  readonly fteDays: Float64Array;
  readonly plannedDv: Float64Array;
  /** Per unit, window only. */
  readonly shortDv: Float64Array;
  readonly longDv: Float64Array;
  readonly persons: Int32Array;
  readonly shortPeriods: Int32Array;
  readonly longPeriods: Int32Array;
  /** Per unit × occupational group (index unit * groups + group): FTE-days in the window. */
  readonly groupFteDays: Float64Array;
}

function emptyTotals(index: StatisticsIndex, r: Ranges): UnitTotals {
  const u = index.tree.units.length;
  return {
    ranges: r,
    unitCount: u,
    dv: new Float64Array(u * r.count),
    fteDays: new Float64Array(u * r.count),
    plannedDv: new Float64Array(u * r.count),
    shortDv: new Float64Array(u),
    longDv: new Float64Array(u),
    persons: new Int32Array(u),
    shortPeriods: new Int32Array(u),
    longPeriods: new Int32Array(u),
    groupFteDays: new Float64Array(u * index.groups.length),
  };
}

function addRow(arr: Float64Array, width: number, from: number, to: number): void {
  for (let k = 0; k < width; k++) inc(arr, to * width + k, arr[from * width + k] ?? 0);
}

function rollUp(index: StatisticsIndex, t: UnitTotals): void {
  const width = t.ranges.count;
  const groups = index.groups.length;
  for (const u of index.tree.bottomUp) {
    const parent = index.tree.parent[u] ?? -1;
    if (parent < 0) continue;
    addRow(t.dv, width, u, parent);
    addRow(t.fteDays, width, u, parent);
    addRow(t.plannedDv, width, u, parent);
    addRow(t.groupFteDays, groups, u, parent);
    inc(t.shortDv, parent, t.shortDv[u] ?? 0);
    inc(t.longDv, parent, t.longDv[u] ?? 0);
  }
}

function* totalsSteps(index: StatisticsIndex, asOf: IsoDate): Steps<UnitTotals> {
  const r = rangesFor(asOf);
  const t = emptyTotals(index, r);
  const u = t.unitCount;
  const p: Pass = {
    index,
    r,
    t,
    personStamp: new Int32Array(u).fill(-1),
    periodStamp: new Int32Array(u),
    calendar: workingDayPrefix(r.start, r.asOf),
    shortMaxDays: index.settings.statistics.shortMaxDays,
    fullRate: new Float64Array(u),
    fullGroupRate: new Float64Array(u * index.groups.length),
    periodNo: 0,
  };
  const persons = index.persons;
  for (let n = 0; n < persons.length; n++) {
    if (atCheckpoint(n + 1)) yield;
    const person = persons[n];
    if (person) addPerson(p, person, n);
  }
  applyFullRates(p);
  rollUp(index, t);
  return t;
}

const MEMO_LIMIT = 8;

const memoKey = (asOf: IsoDate): string => `totals:${isoOf(dayNumber(asOf))}`;

function remember(index: StatisticsIndex, key: string, totals: UnitTotals): void {
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
  index.memo.set(key, totals);
}

/** The totals of every unit as of `asOf`, computed once per index and date. */
export function unitTotals(index: StatisticsIndex, asOf: IsoDate): UnitTotals {
  const key = memoKey(asOf);
  const hit = index.memo.get(key);
  if (hit) return hit;
  const totals = runSync(totalsSteps(index, asOf));
  remember(index, key, totals);
  return totals;
}

/** True when the totals as of `asOf` are already computed for this index. */
export const hasUnitTotals = (index: StatisticsIndex, asOf: IsoDate): boolean =>
  index.memo.has(memoKey(asOf));

/**
 * Computes the totals as of `asOf` in slices (see cooperative.ts) and memoises them as
 * unitTotals does, so the first question for that date finds them ready.
 */
export async function warmUnitTotals(
  index: StatisticsIndex,
  asOf: IsoDate,
  cooperation: Cooperation,
): Promise<void> {
  const key = memoKey(asOf);
  if (index.memo.has(key)) return;
  const totals = await runCooperatively(totalsSteps(index, asOf), cooperation);
  if (!index.memo.has(key)) remember(index, key, totals);
}
