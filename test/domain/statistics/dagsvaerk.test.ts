import { expect } from 'chai';
import { buildStatisticsIndex } from '../../../domain/statistics/statistics-index.js';
import { unitFigures, trend } from '../../../domain/statistics/figures.js';
import { unitTotals } from '../../../domain/statistics/unit-totals.js';
import type { StatisticsData } from '../../../domain/statistics/types.js';
import { bundle, day, emp, settings, sick } from './fixtures.js';

const AS_OF = '2025-06-30'; // window 2024-07-01 .. 2025-06-30 (365 days, 253 working days)

function figures(data: StatisticsData, unitId: string, asOf = AS_OF) {
  const index = buildStatisticsIndex(data);
  const u = index.tree.indexOf.get(unitId);
  if (u === undefined) throw new Error(unitId);
  return unitFigures(unitTotals(index, asOf), u);
}

describe('dagsværk in the rolling 12-month window', () => {
  const cases: Array<{
    name: string;
    data: StatisticsData;
    unit?: string;
    asOf?: string;
    expected: number;
  }> = [
    {
      name: 'a full-timer sick Friday to Monday (no weekend work) loses 2 dagsværk',
      data: bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2025-01-10', '2025-01-13')],
      }),
      expected: 2,
    },
    {
      name: 'two half-timers each sick one day make 1 dagsværk',
      data: bundle({
        employments: [
          emp('p1', 'A', { occupationRate: 0.5 }),
          emp('p2', 'A', { occupationRate: 0.5 }),
        ],
        sickPeriods: [
          sick('p1', '2025-02-04', '2025-02-04'),
          sick('p2', '2025-02-05', '2025-02-05'),
        ],
      }),
      expected: 1,
    },
    {
      name: 'a full-timer 50 % partially sick Monday to Friday loses 2.5',
      data: bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [
          sick('p1', '2025-03-03', '2025-03-07', { type: 'DELVIS_SYGDOM', partialPercent: 50 }),
        ],
      }),
      expected: 2.5,
    },
    {
      name: 'a period across New Year skips Nytårsdag (30, 31 Dec, 2, 3 Jan)',
      data: bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2024-12-30', '2025-01-03')],
      }),
      expected: 4,
    },
    {
      name: 'Easter week 14–21 April 2025 counts only Mon, Tue, Wed',
      data: bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2025-04-14', '2025-04-21')],
      }),
      expected: 3,
    },
    {
      name: 'a 30-hour part-timer (0.8108) sick a full week loses 5 × 0.8108',
      data: bundle({
        employments: [emp('p1', 'A', { occupationRate: 0.8108 })],
        sickPeriods: [sick('p1', '2025-05-05', '2025-05-09')],
      }),
      expected: 4.054,
    },
    {
      name: 'an hourly-paid employee is left out by default',
      data: bundle({
        employments: [emp('p1', 'A', { payForm: 'hourly' })],
        sickPeriods: [sick('p1', '2025-01-06', '2025-01-07')],
      }),
      expected: 0,
    },
    {
      name: 'an hourly-paid employee counts when the municipality includes them',
      data: bundle({
        employments: [emp('p1', 'A', { payForm: 'hourly' })],
        sickPeriods: [sick('p1', '2025-01-06', '2025-01-07')],
        settings: settings({ includeHourlyPaid: true }),
      }),
      expected: 2,
    },
    {
      name: 'a period across the window start counts only its days inside (Mon 1 and Tue 2 July 2024)',
      data: bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2024-06-27', '2024-07-02')],
      }),
      expected: 2,
    },
    {
      name: 'an open period counts up to the as-of date (Thu 26, Fri 27, Mon 30 June)',
      data: bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2025-06-26', null)],
      }),
      expected: 3,
    },
    {
      name: 'a period after the as-of date does not count',
      data: bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2025-07-01', '2025-07-02')],
      }),
      expected: 0,
    },
    {
      name: 'sick days after the employment ended do not count',
      data: bundle({
        employments: [emp('p1', 'A', { validTo: '2025-01-07' })],
        sickPeriods: [sick('p1', '2025-01-06', '2025-01-10')],
      }),
      expected: 2,
    },
    {
      name: 'sub-units roll up into their parent',
      data: bundle({
        employments: [emp('p1', 'A1'), emp('p2', 'A')],
        sickPeriods: [
          sick('p1', '2025-01-06', '2025-01-06'),
          sick('p2', '2025-01-07', '2025-01-08'),
        ],
      }),
      expected: 3,
    },
  ];
  for (const c of cases) {
    it(`when ${c.name}, then the unit has ${c.expected} dagsværk`, () => {
      expect(figures(c.data, c.unit ?? 'A', c.asOf).absenceDays).to.be.closeTo(c.expected, 1e-9);
    });
  }
});

describe('absence types', () => {
  const cases: Array<[string, boolean, boolean, number]> = [
    ['SYGDOM', false, false, 1],
    ['ARBEJDSSKADE', false, false, 1],
    ['BARN_SYG', true, true, 0],
    ['ANDET', true, true, 0],
    ['PARAGRAF56', false, false, 0],
    ['PARAGRAF56', true, false, 1],
    ['GRAVIDITET', false, false, 0],
    ['GRAVIDITET', false, true, 1],
  ];
  for (const [type, p56, preg, expected] of cases) {
    it(`when the type is ${type} (§ 56 ${p56 ? 'on' : 'off'}, pregnancy ${preg ? 'on' : 'off'}), then ${expected} dagsværk count`, () => {
      const data = bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2025-01-06', '2025-01-06', { type: type as 'SYGDOM' })],
        settings: settings({ countParagraph56: p56, countPregnancy: preg }),
      });
      expect(figures(data, 'A').absenceDays).to.equal(expected);
    });
  }
});

describe('day-level rows', () => {
  it('when a 30-hour employee has a 6-hour sick day row, then it is 6 ÷ 7.4 dagsværk', () => {
    const e = emp('p1', 'A', { occupationRate: 0.8108 });
    const data = bundle({
      employments: [e],
      absenceDays: [day(e.id, '2025-01-10', 6, 'SYGDOM', 6)],
    });
    expect(figures(data, 'A').absenceDays).to.be.closeTo(6 / 7.4, 1e-9);
  });
  it('when a day row has no planned hours, then it is ignored', () => {
    const e = emp('p1', 'A');
    const data = bundle({
      employments: [e],
      absenceDays: [day(e.id, '2025-01-11', 7.4, 'SYGDOM', 0)],
    });
    expect(figures(data, 'A').absenceDays).to.equal(0);
  });
  it('when a day row and a sick period cover the same day, then the row replaces the period for that day', () => {
    const e = emp('p1', 'A');
    const data = bundle({
      employments: [e],
      sickPeriods: [sick('p1', '2025-01-13', '2025-01-14')],
      absenceDays: [day(e.id, '2025-01-13', 3.7)],
    });
    expect(figures(data, 'A').absenceDays).to.be.closeTo(1.5, 1e-9);
  });
});

describe('the FTE denominator and dagsværk per FTE', () => {
  it('when a full-timer is employed the whole window and sick 2 days, then it is 2 days per FTE and 2/253 of planned time', () => {
    const f = figures(
      bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2025-01-10', '2025-01-13')],
      }),
      'A',
    );
    expect(f.fte).to.be.closeTo(1, 1e-9);
    expect(f.daysPerFte).to.be.closeTo(2, 1e-9);
    expect(f.percent).to.be.closeTo((2 / 253) * 100, 1e-9);
  });
  it('when a full-timer is employed only from 1 January (181 of 365 days) and sick 1 day, then it is 365/181 days per FTE', () => {
    const data = bundle({
      employments: [emp('p1', 'A', { validFrom: '2025-01-01' })],
      sickPeriods: [sick('p1', '2025-01-06', '2025-01-06')],
    });
    const f = figures(data, 'A');
    expect(f.fte).to.be.closeTo(181 / 365, 1e-9);
    expect(f.daysPerFte).to.be.closeTo(365 / 181, 1e-9);
  });
  it('when the 30-hour part-timer is sick a full week, then it is 5 days per FTE', () => {
    const data = bundle({
      employments: [emp('p1', 'A', { occupationRate: 0.8108 })],
      sickPeriods: [sick('p1', '2025-05-05', '2025-05-09')],
    });
    expect(figures(data, 'A').daysPerFte).to.be.closeTo(5, 1e-9);
  });
  it('when the only employee is hourly-paid, then the unit has no FTE and no figure', () => {
    const f = figures(bundle({ employments: [emp('p1', 'A', { payForm: 'hourly' })] }), 'A');
    expect(f.fte).to.equal(0);
    expect(f.daysPerFte).to.equal(null);
  });
  it('when apprentices are excluded by the settings, then they leave the denominator', () => {
    const data = bundle({
      employments: [emp('p1', 'A'), emp('p2', 'A', { apprentice: true })],
      settings: settings({ includeApprentices: false }),
    });
    expect(figures(data, 'A').fte).to.be.closeTo(1, 1e-9);
  });
});

describe('a person who moved unit mid-window', () => {
  // In A until Mon 31 March 2025, in B from 1 April; sick Mon 31 March – Wed 2 April.
  const data = bundle({
    employments: [
      emp('p1', 'A', { validTo: '2025-03-31' }),
      emp('p1', 'B', { validFrom: '2025-04-01' }),
    ],
    sickPeriods: [sick('p1', '2025-03-31', '2025-04-02')],
  });
  const cases: Array<[string, number, number, number]> = [
    ['A', 1, 274 / 365, 1],
    ['B', 2, 91 / 365, 1],
    ['SEC', 3, 1, 1],
  ];
  for (const [unitId, dv, fte, persons] of cases) {
    it(`when looking at ${unitId}, then it has ${dv} dagsværk, ${fte.toFixed(3)} FTE and ${persons} person`, () => {
      const f = figures(data, unitId);
      expect(f.absenceDays).to.be.closeTo(dv, 1e-9);
      expect(f.fte).to.be.closeTo(fte, 1e-9);
      expect(f.persons).to.equal(persons);
    });
  }
});

describe('trend', () => {
  it('when a period crosses New Year, then December and January each get 2 dagsværk, annualised per 31 FTE-days', () => {
    const index = buildStatisticsIndex(
      bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2024-12-30', '2025-01-03')],
      }),
    );
    const points = trend(unitTotals(index, AS_OF), index.tree.indexOf.get('A') ?? -1);
    expect(points.map((p) => p.month)).to.deep.equal([
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    expect(points[5]?.value).to.be.closeTo((2 * 365) / 31, 1e-9);
    expect(points[6]?.value).to.be.closeTo((2 * 365) / 31, 1e-9);
    expect(points[7]?.value).to.equal(0);
    expect(points[0]?.yearEarlierMonth).to.equal('2023-07');
  });
  it('when the as-of date is mid-month, then the last month runs only to that date', () => {
    const index = buildStatisticsIndex(
      bundle({
        employments: [emp('p1', 'A')],
        sickPeriods: [sick('p1', '2025-06-02', '2025-06-02')],
      }),
    );
    const points = trend(unitTotals(index, '2025-06-10'), index.tree.indexOf.get('A') ?? -1);
    expect(points[11]?.month).to.equal('2025-06');
    expect(points[11]?.value).to.be.closeTo(365 / 10, 1e-9);
  });
});
