import { expect } from 'chai';
import { comparableUnits } from '../../../domain/statistics/comparisons.js';
import { rankUnits, childUnitIds } from '../../../domain/statistics/ranking.js';
import { situationOf } from '../../../domain/statistics/situation.js';
import {
  buildStatisticsIndex,
  StatisticsIndexCache,
} from '../../../domain/statistics/statistics-index.js';
import { unitReport, type UnitReport } from '../../../domain/statistics/unit-report.js';
import type { StatisticsData } from '../../../domain/statistics/types.js';
import { HR_VIEWER, bundle, day, emp, settings, sick, target } from './fixtures.js';

const AS_OF = '2025-06-30';

function report(data: StatisticsData, unitId: string, viewer = HR_VIEWER): UnitReport {
  const r = unitReport(buildStatisticsIndex(data), unitId, AS_OF, viewer);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('short vs long periods', () => {
  // Short: 14 calendar days or fewer. Long: 15 or more. Only window days count as dagsværk.
  const e = emp('p1', 'A');
  const data = bundle({
    employments: [e, emp('p2', 'A')],
    sickPeriods: [
      sick('p1', '2025-01-06', '2025-01-19'), // 14 calendar days: short, 10 working days
      sick('p2', '2025-02-03', '2025-02-17'), // 15 calendar days: long, 11 working days
      sick('p1', '2024-06-10', '2024-07-02'), // 23 calendar days: long, only Jul 1–2 inside
      sick('p2', '2025-01-06', '2025-01-06', { type: 'BARN_SYG' }), // never counts
    ],
  });
  it('when periods of 14 and 15 calendar days occur, then 14 is short and 15 is long', () => {
    const s = report(data, 'A').shortLong;
    expect(s).to.deep.equal({
      shortMaxDays: 14,
      shortPeriods: 1,
      longPeriods: 2,
      shortDays: 10,
      longDays: 13,
    });
  });
  it('when the threshold is set to 20 days, then the 15-day period is short', () => {
    const s = report({ ...data, settings: settings({ shortMaxDays: 20 }) }, 'A').shortLong;
    expect(s?.shortPeriods).to.equal(2);
    expect(s?.longPeriods).to.equal(1);
  });
  it('when day rows on Friday and Monday stand alone, then they form one short period', () => {
    const d = bundle({
      employments: [e],
      absenceDays: [day(e.id, '2025-01-10', 7.4), day(e.id, '2025-01-13', 7.4)],
    });
    expect(report(d, 'A').shortLong?.shortPeriods).to.equal(1);
  });
  it('when day rows are on Monday and Wednesday, then they are two periods', () => {
    const d = bundle({
      employments: [e],
      absenceDays: [day(e.id, '2025-01-13', 7.4), day(e.id, '2025-01-15', 7.4)],
    });
    expect(report(d, 'A').shortLong?.shortPeriods).to.equal(2);
  });
});

describe('situationOf', () => {
  const cases: Array<[number | null, number | null, number | null, string]> = [
    [12, 10, 12, 'above'],
    [12, 10, 8, 'above'],
    [9, 10, 9, 'below'],
    [10.03, 10, 10, 'at'],
    [9, 10, 8, 'rising'],
    [9, null, 8, 'rising'],
    [9, null, 9, 'noTarget'],
    [null, 10, null, 'noTarget'],
  ];
  for (const [current, tgt, previous, expected] of cases) {
    it(`when current ${String(current)}, target ${String(tgt)}, a year ago ${String(previous)}, then ${expected}`, () => {
      expect(situationOf(current, tgt, previous)).to.equal(expected);
    });
  }
});

describe('unitReport', () => {
  // A: one full-timer sick 3 days; B: two full-timers, one sick 1 day; C: one full-timer, no absence.
  const data = bundle({
    employments: [emp('a1', 'A'), emp('b1', 'B'), emp('b2', 'B'), emp('c1', 'C')],
    sickPeriods: [
      sick('a1', '2025-01-06', '2025-01-08'),
      sick('b1', '2025-01-06', '2025-01-06'),
      sick('a1', '2024-03-04', '2024-03-04'),
    ],
    targets: [target('SEC', 2025, 2, true)],
  });
  it('when A is 3 days per FTE against an inherited target of 2, then the gap is +1 and the situation above', () => {
    const r = report(data, 'A');
    expect(r.figures?.daysPerFte).to.be.closeTo(3, 1e-9);
    expect(r.target?.fromUnitName).to.equal('Ældre og Sundhed');
    expect(r.gap).to.be.closeTo(1, 1e-9);
    expect(r.situation).to.equal('above');
    expect(r.previousYear).to.be.closeTo(1, 1e-9);
    expect(r.windowFrom).to.equal('2024-07-01');
  });
  it('when comparing A, then similar units are B (0.5), the sector is 4/3 and the municipality 1', () => {
    const r = report(data, 'A');
    const byKind = Object.fromEntries(r.comparisons.map((c) => [c.kind, c]));
    expect(byKind.comparable?.name).to.equal('plejecenter');
    expect(byKind.comparable?.unitCount).to.equal(1);
    expect(byKind.comparable?.daysPerFte).to.be.closeTo(0.5, 1e-9);
    expect(byKind.sector?.daysPerFte).to.be.closeTo(4 / 3, 1e-9);
    expect(byKind.municipality?.daysPerFte).to.be.closeTo(1, 1e-9);
  });
  it('when the comparisons are left out (the scheduler asking per unit), then the rest of the report is the same', () => {
    const index = buildStatisticsIndex(data);
    const full = unitReport(index, 'A', AS_OF, HR_VIEWER, { staffMixAsTarget: true });
    const lean = unitReport(index, 'A', AS_OF, HR_VIEWER, {
      staffMixAsTarget: true,
      withoutComparisons: true,
    });
    if (!full.ok || !lean.ok) throw new Error('report failed');
    expect(full.value.comparisons).to.have.length.greaterThan(0);
    expect(lean.value).to.deep.equal({ ...full.value, comparisons: [] });
  });
  it('when a unit has no employees, then it is empty', () => {
    expect(report(data, 'A1').empty).to.equal(true);
  });
  it('when the comparable units are counted, then nested units and the own line are left out', () => {
    const index = buildStatisticsIndex(data);
    const ids = comparableUnits(index, index.tree.indexOf.get('A') ?? -1).map(
      (u) => index.tree.units[u]?.id,
    );
    expect(ids).to.deep.equal(['B']);
  });
  it('when ranking the sector’s units, then those above target come first and C without target after', () => {
    const index = buildStatisticsIndex({
      ...data,
      targets: [target('A', 2025, 2, false), target('B', 2025, 2, false)],
    });
    const rows = rankUnits(index, ['C', 'B', 'A', 'NOPE'], AS_OF, HR_VIEWER);
    expect(rows.map((r) => r.unitId)).to.deep.equal(['A', 'B', 'C']);
    expect(rows[1]?.gap).to.be.closeTo(-1.5, 1e-9);
    expect(rows[2]?.gap).to.equal(null);
  });
  it('when a leader of A ranks units with too few persons, then the others are suppressed and ranked last', () => {
    const index = buildStatisticsIndex({ ...data, settings: settings({ minGroupSize: 2 }) });
    const rows = rankUnits(index, ['A', 'B', 'C'], AS_OF, { hr: false, leads: ['A'] });
    expect(rows.map((r) => [r.unitId, r.suppressed, r.daysPerFte === null])).to.deep.equal([
      ['A', false, false],
      ['B', false, false],
      ['C', true, true],
    ]);
  });
  it('when listing the sector’s sub-units, then they come by name', () => {
    expect(childUnitIds(buildStatisticsIndex(data), 'SEC')).to.deep.equal(['A', 'B']);
  });
});

describe('StatisticsIndexCache', () => {
  it('when the version is unchanged, then the index is reused; when it changes, then it is rebuilt', () => {
    const cache = new StatisticsIndexCache();
    let loads = 0;
    const load = () => {
      loads += 1;
      return bundle();
    };
    const first = cache.get(1, load);
    expect(cache.get(1, load)).to.equal(first);
    expect(cache.get(2, load)).to.not.equal(first);
    expect(loads).to.equal(2);
  });
});
