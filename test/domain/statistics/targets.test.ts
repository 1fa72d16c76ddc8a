import { expect } from 'chai';
import type { NationalAverage } from '../../../domain/model.js';
import { buildStatisticsIndex } from '../../../domain/statistics/statistics-index.js';
import {
  resolveTarget,
  staffMixAverage,
  weightedAverage,
} from '../../../domain/statistics/targets.js';
import { unitReport } from '../../../domain/statistics/unit-report.js';
import { formatNumber } from '../../../i18n/index.js';
import { HR_VIEWER, bundle, emp, target } from './fixtures.js';

function avg(
  occupationalGroup: string,
  daysPerFte: number,
  year = 2019,
  source: NationalAverage['source'] = 'KRL',
): NationalAverage {
  return { year, source, sector: 'KOMMUNER', occupationalGroup, daysPerFte };
}

describe('resolveTarget', () => {
  const targets = [
    target('KOM', 2025, 13.5, false),
    target('SEC', 2025, 12, true),
    target('A', 2025, 11, false),
  ];
  const cases: Array<[string, number, number | null, string | null, boolean]> = [
    ['A', 2025, 11, 'A', false],
    ['A1', 2025, 12, 'SEC', true], // A's target (N) covers A only, so A1 inherits the sector's (J)
    ['B', 2025, 12, 'SEC', true],
    ['SEC', 2025, 12, 'SEC', false],
    ['KOM', 2025, 13.5, 'KOM', false],
    ['C', 2025, null, null, false], // KOM's target is N and SEC2 has none
    ['B', 2024, null, null, false], // no target for that year
  ];
  for (const [unitId, year, expected, from, inherited] of cases) {
    it(`when asking for ${unitId} in ${year}, then the target is ${String(expected)}${from ? ` from ${from}` : ''}`, () => {
      const t = resolveTarget(buildStatisticsIndex(bundle({ targets })), unitId, year);
      expect(t?.daysPerFte ?? null).to.equal(expected);
      expect(t?.fromUnitId ?? null).to.equal(from);
      expect(t?.inherited ?? false).to.equal(inherited);
    });
  }
  it('when the parent target applies to sub-units, then the sub-unit inherits the parent rather than a higher one', () => {
    const index = buildStatisticsIndex(
      bundle({ targets: [target('SEC', 2025, 12, true), target('A', 2025, 11, true)] }),
    );
    expect(resolveTarget(index, 'A1', 2025)?.daysPerFte).to.equal(11);
  });
});

describe('staffMixAverage (HT-style target)', () => {
  const averages = [
    avg('Pædagoger', 14.1),
    avg('Pædagogmedhjælpere', 13.7),
    avg('Administration', 8.9),
    avg('ALLE', 12.1),
    avg('Pædagoger', 99, 2019, 'DST'),
  ];
  it('when the mix is 12 pedagogues, 6 assistants and 2 administration, then the target is 13.5', () => {
    const mix = [
      { group: 'Pædagoger', fte: 12 },
      { group: 'Pædagogmedhjælpere', fte: 6 },
      { group: 'Administration', fte: 2 },
    ];
    const result = staffMixAverage(mix, averages, 2025);
    expect(result?.daysPerFte).to.be.closeTo(269.2 / 20, 1e-9);
    expect(formatNumber('da', result?.daysPerFte ?? 0)).to.equal('13,5');
    expect(result?.source).to.equal('KRL');
    expect(result?.year).to.equal(2019);
  });
  it('when a group has no national average, then the all-staff average stands in for it', () => {
    const result = staffMixAverage(
      [
        { group: 'Pædagoger', fte: 1 },
        { group: 'Ukendt', fte: 1 },
      ],
      averages,
      2025,
    );
    expect(result?.daysPerFte).to.be.closeTo((14.1 + 12.1) / 2, 1e-9);
  });
  it('when there are no averages from before the year, then there is none', () => {
    expect(staffMixAverage([{ group: 'Pædagoger', fte: 1 }], averages, 2018)).to.equal(null);
  });
  it('when the weights are empty, then the weighted average is null', () => {
    expect(weightedAverage([])).to.equal(null);
  });
  it('when a unit employs that mix all year, then its report carries 13.5 and uses it as target only when asked', () => {
    const employments = [
      ...Array.from({ length: 12 }, (_, i) =>
        emp(`p${i}`, 'C', { occupationalGroup: 'Pædagoger' }),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        emp(`q${i}`, 'C', { occupationalGroup: 'Pædagogmedhjælpere' }),
      ),
      ...Array.from({ length: 2 }, (_, i) =>
        emp(`r${i}`, 'C', { occupationalGroup: 'Administration' }),
      ),
    ];
    const index = buildStatisticsIndex(bundle({ employments, nationalAverages: averages }));
    const plain = unitReport(index, 'C', '2025-06-30', HR_VIEWER);
    const computed = unitReport(index, 'C', '2025-06-30', HR_VIEWER, { staffMixAsTarget: true });
    if (!plain.ok || !computed.ok) throw new Error('report failed');
    expect(plain.value.staffMix?.daysPerFte).to.be.closeTo(13.46, 1e-9);
    expect(plain.value.target).to.equal(null);
    expect(computed.value.target?.daysPerFte).to.be.closeTo(13.46, 1e-9);
    expect(computed.value.target?.computed).to.equal(true);
  });
});
