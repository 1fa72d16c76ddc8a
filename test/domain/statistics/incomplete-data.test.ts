/**
 * No comparison and no verdict from incomplete data: a figure whose window the absence data covers
 * only partly is shown with the date the data starts, never held against the target or a year
 * earlier, and trend months before the data have no value.
 */
import { expect } from 'chai';
import { dayNumber } from '../../../domain/calendar.js';
import { buildAbsenceSpans, coverageOf } from '../../../domain/statistics/coverage.js';
import { rankUnits } from '../../../domain/statistics/ranking.js';
import { situationOf } from '../../../domain/statistics/situation.js';
import { buildStatisticsIndex } from '../../../domain/statistics/statistics-index.js';
import type { StatisticsData } from '../../../domain/statistics/types.js';
import { unitReport, type UnitReport } from '../../../domain/statistics/unit-report.js';
import { statsGuidance } from '../../../domain/tips.js';
import { HR_VIEWER, bundle, emp, sick, target } from './fixtures.js';

function report(data: StatisticsData, asOf: string, unitId = 'A'): UnitReport {
  const r = unitReport(buildStatisticsIndex(data), unitId, asOf, HR_VIEWER);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('coverageOf', () => {
  // The data starts on 4 Dec 2023 (and an open period runs on from 2024).
  const spans = buildAbsenceSpans(
    [sick('p', '2023-12-04', '2023-12-05'), sick('p', '2024-06-03', null)],
    [],
    1_000_000_000,
  );
  const CASES: Array<[string, string, string, object]> = [
    ['a year before the data', '2022-01-01', '2022-12-31', { kind: 'none' }],
    [
      '2023, with data only in December',
      '2023-01-01',
      '2023-12-31',
      { kind: 'partial', from: '2023-12-04' },
    ],
    ['a window starting 31 days before the data', '2023-11-03', '2024-11-02', { kind: 'complete' }],
    [
      'a window starting 32 days before the data',
      '2023-11-02',
      '2024-11-01',
      { kind: 'partial', from: '2023-12-04' },
    ],
    ['2024', '2024-01-01', '2024-12-31', { kind: 'complete' }],
  ];
  for (const [what, from, to, expected] of CASES) {
    it(`when the range is ${what}, then it is ${JSON.stringify(expected)}`, () => {
      expect(coverageOf(spans, dayNumber(from), dayNumber(to))).to.deep.equal(expected);
    });
  }
});

describe('situationOf with incomplete figures', () => {
  const CASES: Array<[string, number, number | null, number | null, boolean, boolean, string]> = [
    ['a partial window above target', 12, 10, 8, false, true, 'incomplete'],
    ['a partial window below target', 5, 10, 8, false, true, 'incomplete'],
    ['a partial window without target', 5, null, 1, false, true, 'incomplete'],
    [
      'a complete window, 3× a partial year earlier, no target',
      9,
      null,
      3,
      true,
      false,
      'noTarget',
    ],
    ['a complete window, 3× a partial year earlier, under target', 9, 10, 3, true, false, 'below'],
    ['a complete window above target, a partial year earlier', 12, 10, 3, true, false, 'above'],
    ['both complete and rising', 9, null, 3, true, true, 'rising'],
  ];
  for (const [what, current, tgt, earlier, window, previousYear, expected] of CASES) {
    it(`when ${what}, then ${expected}`, () => {
      expect(situationOf(current, tgt, earlier, { window, previousYear })).to.equal(expected);
    });
  }
  it('when the situation is incomplete, then the tip is to take the figures with a pinch of salt (T057)', () => {
    expect(statsGuidance('incomplete')).to.deep.equal({ prompt: 'incomplete', tip: 'T057' });
  });
});

describe('unitReport when the data starts in December 2023', () => {
  // A: one full-timer. The first registration anywhere is 4–5 Dec 2023 (2 days); in 2024 A is
  // sick 10 working days (8–19 Jan). Target 2024: 12 days.
  const data = bundle({
    employments: [emp('a1', 'A'), emp('b1', 'B')],
    sickPeriods: [sick('a1', '2023-12-04', '2023-12-05'), sick('a1', '2024-01-08', '2024-01-19')],
    targets: [target('A', 2024, 12, false), target('A', 2023, 12, false)],
  });

  it('when the 2024 card is compared with 2023, then 2023 is marked partial and the rise is not called rising', () => {
    const r = report(data, '2024-12-31');
    expect(r.coverage).to.deep.equal({
      window: { kind: 'complete' },
      previousYear: { kind: 'partial', from: '2023-12-04' },
    });
    expect(r.figures?.daysPerFte).to.be.closeTo(10, 0.01);
    expect(r.previousYear).to.be.closeTo(2, 0.01);
    expect(r.situation).to.equal('below');
    expect(r.gap).to.be.closeTo(-2, 0.01);
  });

  it('when the 2024 card has no target, then a 5-fold rise from a partial 2023 is not "rising"', () => {
    const r = report({ ...data, targets: [] }, '2024-12-31');
    expect(r.situation).to.equal('noTarget');
    expect(statsGuidance(r.situation).tip).to.equal('T059');
  });

  it('when the trend is drawn, then the year-earlier months before December 2023 have no value', () => {
    const r = report(data, '2024-12-31');
    const earlier = r.trend.map((p) => [p.yearEarlierMonth, p.yearEarlier === null]);
    expect(earlier.slice(0, 11).every(([, none]) => none)).to.equal(true);
    expect(earlier[11]).to.deep.equal(['2023-12', false]);
    expect(r.trend.every((p) => p.value !== null)).to.equal(true);
  });

  it('when the 2023 card is asked for, then its figure is shown but not held against the target', () => {
    const r = report(data, '2023-12-31');
    expect(r.coverage.window).to.deep.equal({ kind: 'partial', from: '2023-12-04' });
    expect(r.figures?.daysPerFte).to.be.closeTo(2, 0.01);
    expect(r.target?.daysPerFte).to.equal(12);
    expect(r.gap).to.equal(null);
    expect(r.situation).to.equal('incomplete');
    expect(r.previousYear).to.equal(null);
    expect(r.trend.filter((p) => p.value !== null).map((p) => p.month)).to.deep.equal(['2023-12']);
  });

  it('when the units are ranked for 2023, then no row has a gap, each says from when, and they go by figure', () => {
    const index = buildStatisticsIndex({
      ...data,
      targets: [...data.targets, target('B', 2023, 1, false)],
    });
    const rows = rankUnits(index, ['B', 'A'], '2023-12-31', HR_VIEWER);
    expect(rows.map((r) => [r.unitId, r.gap, r.dataFrom])).to.deep.equal([
      ['A', null, '2023-12-04'],
      ['B', null, '2023-12-04'],
    ]);
  });
});
