import { expect } from 'chai';
import { statisticsAsOf, statisticsPeriod } from '../../../domain/statistics/period.js';
import { buildStatisticsIndex } from '../../../domain/statistics/statistics-index.js';
import { trend } from '../../../domain/statistics/figures.js';
import { unitReport } from '../../../domain/statistics/unit-report.js';
import { unitTotals } from '../../../domain/statistics/unit-totals.js';
import { HR_VIEWER, bundle, emp, sick } from './fixtures.js';

describe('statisticsAsOf (whole months only)', () => {
  const cases: Array<[string, string]> = [
    ['2026-12-02', '2026-11-30'],
    ['2026-12-01', '2026-11-30'],
    ['2026-11-30', '2026-10-31'], // the last day of a month is not over yet
    ['2027-01-05', '2026-12-31'],
    ['2024-03-15', '2024-02-29'],
  ];
  for (const [today, expected] of cases) {
    it(`when today is ${today}, then the figures run to ${expected}`, () => {
      expect(statisticsAsOf(today)).to.equal(expected);
    });
  }
});

describe('statisticsPeriod', () => {
  const cases: Array<[string, number | null, unknown]> = [
    ['2026-12-02', null, { ok: true, value: { asOf: '2026-11-30', year: null } }],
    ['2026-12-02', 2025, { ok: true, value: { asOf: '2025-12-31', year: 2025 } }],
    ['2026-12-02', 2019, { ok: true, value: { asOf: '2019-12-31', year: 2019 } }],
    // The year under way: its latest figures, the rolling 12 months.
    ['2026-12-02', 2026, { ok: true, value: { asOf: '2026-11-30', year: null } }],
    ['2027-01-05', 2026, { ok: true, value: { asOf: '2026-12-31', year: 2026 } }],
    ['2026-12-02', 2027, { ok: false, reason: 'futureYear', detail: { year: 2027 } }],
  ];
  for (const [today, year, expected] of cases) {
    it(`when asked on ${today} about ${String(year ?? 'the last 12 months')}, then ${JSON.stringify(expected)}`, () => {
      expect(statisticsPeriod(today, year)).to.deep.equal(expected);
    });
  }
});

describe('the trend on 2 December', () => {
  // Sick Tue 1 – Wed 2 Dec 2026: two days in the month under way. Asked on 2 December, the
  // trend ends with November, so those two days do not show as a spike (2 ÷ 2 days × 365).
  const data = bundle({
    employments: [emp('p1', 'A')],
    sickPeriods: [sick('p1', '2026-11-02', '2026-11-02'), sick('p1', '2026-12-01', '2026-12-02')],
  });
  it('when the as-of date is the last whole month, then the last trend month is November and the window matches', () => {
    const index = buildStatisticsIndex(data);
    const asOf = statisticsAsOf('2026-12-02');
    const points = trend(unitTotals(index, asOf), index.tree.indexOf.get('A') ?? -1);
    expect(points.map((p) => p.month)[0]).to.equal('2025-12');
    expect(points.at(-1)?.month).to.equal('2026-11');
    expect(points.at(-1)?.value).to.be.closeTo(365 / 30, 1e-9);
    const r = unitReport(index, 'A', asOf, HR_VIEWER);
    if (!r.ok) throw new Error(r.reason);
    expect([r.value.windowFrom, r.value.windowTo]).to.deep.equal(['2025-12-01', '2026-11-30']);
    expect(r.value.figures?.absenceDays).to.equal(1);
  });
});

describe('a window the absence data does not reach', () => {
  // The data holds absence from 2025 only: 2019 is "no data", not 0,0 days.
  const data = bundle({
    employments: [emp('p1', 'A', { validFrom: '2010-01-01' })],
    sickPeriods: [sick('p1', '2025-01-06', '2025-01-07')],
  });
  const index = buildStatisticsIndex(data);
  it('when the year is 2019, then the report has no data and no figures', () => {
    const r = unitReport(index, 'A', '2019-12-31', HR_VIEWER);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value).to.deep.include({ noData: true, empty: false, figures: null, gap: null });
    expect(r.value.trend).to.deep.equal([]);
    expect(r.value.comparisons).to.deep.equal([]);
  });
  it('when the year before the window has no data, then "a year ago" is left out, not 0', () => {
    const r = unitReport(index, 'A', '2025-12-31', HR_VIEWER);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.noData).to.equal(false);
    expect(r.value.figures?.daysPerFte).to.be.closeTo(2, 1e-9);
    expect(r.value.previousYear).to.equal(null);
    expect(r.value.trend.every((p) => p.yearEarlier === null)).to.equal(true);
  });
  it('when the data starts more than a month into the window, then the report says from when', () => {
    const partly = unitReport(index, 'A', '2025-06-30', HR_VIEWER); // window from 1 Jul 2024
    const covered = unitReport(index, 'A', '2025-12-31', HR_VIEWER); // window from 1 Jan 2025
    if (!partly.ok || !covered.ok) throw new Error('report');
    expect(partly.value.coverage.window).to.deep.equal({ kind: 'partial', from: '2025-01-06' });
    expect(covered.value.coverage.window).to.deep.equal({ kind: 'complete' });
  });
  it('when the only registration anywhere is a child’s sickness, then the window still has data (0 days)', () => {
    const child = bundle({
      employments: [emp('p1', 'A')],
      sickPeriods: [sick('p1', '2025-03-03', '2025-03-03', { type: 'BARN_SYG' })],
    });
    const r = unitReport(buildStatisticsIndex(child), 'A', '2025-06-30', HR_VIEWER);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.noData).to.equal(false);
    expect(r.value.figures?.daysPerFte).to.equal(0);
  });
});
