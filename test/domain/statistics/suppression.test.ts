import { expect } from 'chai';
import { buildStatisticsIndex } from '../../../domain/statistics/statistics-index.js';
import { isOwnLeaderOrHr, isSuppressed } from '../../../domain/statistics/suppression.js';
import { unitReport } from '../../../domain/statistics/unit-report.js';
import { bundle, emp, settings, sick } from './fixtures.js';

describe('isSuppressed', () => {
  const cases: Array<[number, number, boolean, boolean]> = [
    [4, 5, false, true],
    [5, 5, false, false],
    [4, 5, true, false],
    [0, 5, false, true],
    [1, 1, false, false],
  ];
  for (const [persons, min, privileged, expected] of cases) {
    it(`when ${persons} persons, minimum ${min}, viewer ${privileged ? 'is' : 'is not'} own leader or HR, then ${expected ? '' : 'not '}suppressed`, () => {
      expect(isSuppressed(persons, min, privileged)).to.equal(expected);
    });
  }
});

describe('isOwnLeaderOrHr', () => {
  const index = buildStatisticsIndex(bundle());
  const cases: Array<[string, { hr: boolean; leads: string[] }, string, boolean]> = [
    ['a sector leader looking at a sub-sub-unit', { hr: false, leads: ['SEC'] }, 'A1', true],
    ['a leader of B looking at A', { hr: false, leads: ['B'] }, 'A', false],
    ['a leader of A looking at the sector', { hr: false, leads: ['A'] }, 'SEC', false],
    ['HR', { hr: true, leads: [] }, 'C', true],
  ];
  for (const [what, viewer, unitId, expected] of cases) {
    it(`when ${what}, then ${String(expected)}`, () => {
      expect(isOwnLeaderOrHr(index, viewer, unitId)).to.equal(expected);
    });
  }
});

describe('unitReport suppression', () => {
  const data = bundle({
    employments: [emp('p1', 'B'), emp('p2', 'B'), emp('p3', 'B')],
    sickPeriods: [sick('p1', '2025-01-06', '2025-01-07')],
    settings: settings({ minGroupSize: 5 }),
  });
  const index = buildStatisticsIndex(data);
  it('when a leader of another unit asks about a unit of 3 persons, then no figures are included', () => {
    const r = unitReport(index, 'B', '2025-06-30', { hr: false, leads: ['A'] });
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.suppressed).to.equal(true);
    expect(r.value.figures).to.equal(null);
    expect(r.value.trend).to.deep.equal([]);
    expect(r.value.shortLong).to.equal(null);
  });
  it('when the unit’s own leader asks, then the figures are shown', () => {
    const r = unitReport(index, 'B', '2025-06-30', { hr: false, leads: ['B'] });
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.suppressed).to.equal(false);
    expect(r.value.figures?.daysPerFte).to.be.closeTo(2 / 3, 1e-9);
  });
  it('when the unit is unknown, then the report fails with unknownUnit', () => {
    const r = unitReport(index, 'NOPE', '2025-06-30', { hr: true, leads: [] });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.reason).to.equal('unknownUnit');
  });
});

describe('comparison suppression', () => {
  // A (3 persons) is compared with B (3 persons, same type) inside the sector; minimum 5.
  const data = bundle({
    employments: ['a1', 'a2', 'a3']
      .map((p) => emp(p, 'A'))
      .concat(['b1', 'b2', 'b3'].map((p) => emp(p, 'B'))),
    sickPeriods: [sick('b1', '2025-01-06', '2025-01-07')],
    settings: settings({ minGroupSize: 5 }),
  });
  const index = buildStatisticsIndex(data);
  const comparable = (viewer: { hr: boolean; leads: string[] }) => {
    const r = unitReport(index, 'A', '2025-06-30', viewer);
    if (!r.ok) throw new Error(r.reason);
    return r.value.comparisons.find((c) => c.kind === 'comparable');
  };
  const cases: Array<[string, { hr: boolean; leads: string[] }, boolean]> = [
    ['the leader of A only (B is not theirs)', { hr: false, leads: ['A'] }, true],
    ['the sector chief (leads A and B)', { hr: false, leads: ['SEC'] }, false],
    ['HR', { hr: true, leads: [] }, false],
  ];
  for (const [who, viewer, hidden] of cases) {
    it(`when ${who} looks at A, then the 3-person comparable pool is ${hidden ? '' : 'not '}suppressed`, () => {
      const c = comparable(viewer);
      expect(c?.suppressed).to.equal(hidden);
      if (hidden) expect(c?.daysPerFte).to.equal(null);
      else expect(c?.daysPerFte).to.be.closeTo(2 / 3, 1e-9);
    });
  }
  it('when the leader of A sees the sector (6 persons), then it is hidden: minus A it is B’s 3', () => {
    const r = unitReport(index, 'A', '2025-06-30', { hr: false, leads: ['A'] });
    if (!r.ok) throw new Error(r.reason);
    const sector = r.value.comparisons.find((c) => c.kind === 'sector');
    expect([sector?.suppressed, sector?.suppressedBy]).to.deep.equal([true, 'wouldReveal']);
  });
});
