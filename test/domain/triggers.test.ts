import { expect } from 'chai';
import type { FrequencyTrigger } from '../../domain/model.js';
import { POLICY_PRESETS } from '../../domain/follow-up/policy-presets.js';
import { countsAsSickness, sicknessFilter } from '../../domain/statistics/absence-types.js';
import { buildStatisticsIndex } from '../../domain/statistics/statistics-index.js';
import { absenceOfPersons, absenceOfRecord } from '../../domain/absence-spans.js';
import {
  evaluateFrequency,
  evaluateTriggers,
  frequencyRules,
  frequentAbsence,
  type TriggerPeriod,
} from '../../domain/triggers.js';
import { bundle, day, emp, sick, UNITS } from './statistics/fixtures.js';

const TRIGGERS: FrequencyTrigger[] = [
  { id: 'p5', kind: 'periods', threshold: 5, windowMonths: 12 },
  { id: 'd14', kind: 'days', threshold: 14, windowMonths: 12 },
];
const AS_OF = '2025-06-30'; // 12-month window 2024-07-01 .. 2025-06-30

const single = (d: string): TriggerPeriod => ({ start: d, end: d });

function values(periods: TriggerPeriod[], asOf = AS_OF) {
  return evaluateTriggers(periods, asOf, TRIGGERS).map((e) => [e.triggerId, e.value, e.met]);
}

describe('evaluateTriggers', () => {
  const cases: Array<[string, TriggerPeriod[], Array<[string, number, boolean]>]> = [
    [
      'five one-day periods',
      ['2024-08-01', '2024-10-01', '2024-12-02', '2025-02-03', '2025-04-01'].map(single),
      [
        ['p5', 5, true],
        ['d14', 5, false],
      ],
    ],
    [
      'four one-day periods',
      ['2024-08-01', '2024-10-01', '2024-12-02', '2025-02-03'].map(single),
      [
        ['p5', 4, false],
        ['d14', 4, false],
      ],
    ],
    [
      'overlapping periods 1–10 and 5–14 January (one period of 14 calendar days)',
      [
        { start: '2025-01-01', end: '2025-01-10' },
        { start: '2025-01-05', end: '2025-01-14' },
      ],
      [
        ['p5', 1, false],
        ['d14', 14, true],
      ],
    ],
    [
      'sick Friday 10 January and again Monday 13 January (one period Fri–Mon, 4 calendar days)',
      ['2025-01-10', '2025-01-13'].map(single),
      [
        ['p5', 1, false],
        ['d14', 4, false],
      ],
    ],
    [
      'sick Thu–Fri 9–10 January and Mon–Wed 13–15 January (one period of 7 calendar days)',
      [
        { start: '2025-01-09', end: '2025-01-10' },
        { start: '2025-01-13', end: '2025-01-15' },
      ],
      [
        ['p5', 1, false],
        ['d14', 7, false],
      ],
    ],
    [
      'sick Wed 16 April and Tue 22 April 2025 (Maundy Thursday to Easter Monday between: one period)',
      ['2025-04-16', '2025-04-22'].map(single),
      [
        ['p5', 1, false],
        ['d14', 7, false],
      ],
    ],
    [
      'sick Monday 13 and Wednesday 15 January (a working day between: two periods)',
      ['2025-01-13', '2025-01-15'].map(single),
      [
        ['p5', 2, false],
        ['d14', 2, false],
      ],
    ],
    [
      'sick Friday, a child’s sick day Monday, sick Tuesday (Monday splits: two periods)',
      [
        single('2025-01-10'),
        { start: '2025-01-13', end: '2025-01-13', type: 'BARN_SYG' },
        single('2025-01-14'),
      ],
      [
        ['p5', 2, false],
        ['d14', 2, false],
      ],
    ],
    [
      'five one-day periods of which two are Friday and the following Monday (four periods)',
      ['2024-08-01', '2024-10-04', '2024-10-07', '2025-02-03', '2025-04-01'].map(single),
      [
        ['p5', 4, false],
        ['d14', 7, false],
      ],
    ],
    [
      'a period across the window start (only 1–5 July inside)',
      [{ start: '2024-06-25', end: '2024-07-05' }],
      [
        ['p5', 1, false],
        ['d14', 5, false],
      ],
    ],
    [
      'an open period from 17 June (14 days up to 30 June)',
      [{ start: '2025-06-17', end: null }],
      [
        ['p5', 1, false],
        ['d14', 14, true],
      ],
    ],
    [
      'a period that ended before the window',
      [{ start: '2024-06-01', end: '2024-06-30' }],
      [
        ['p5', 0, false],
        ['d14', 0, false],
      ],
    ],
    [
      'a child’s sickness',
      [{ start: '2025-01-01', end: '2025-01-31', type: 'BARN_SYG' }],
      [
        ['p5', 0, false],
        ['d14', 0, false],
      ],
    ],
  ];
  for (const [what, periods, expected] of cases) {
    it(`when ${what}, then ${JSON.stringify(expected)}`, () => {
      expect(values(periods)).to.deep.equal(expected);
    });
  }
});

describe('frequentAbsence', () => {
  const moved = [
    emp('m', 'A', { validTo: '2025-03-31' }),
    emp('m', 'C', { validFrom: '2025-04-01' }),
  ];
  const rowsEmp = emp('r', 'B', { displayName: 'Rasmus' });
  const data = bundle({
    employments: [
      emp('x', 'A1', { displayName: 'Xenia' }),
      emp('y', 'A', { displayName: 'Yrsa' }),
      ...moved,
      rowsEmp,
      emp('z', 'C'),
    ],
    sickPeriods: [
      ...['2024-08-01', '2024-10-01', '2024-12-02', '2025-02-03', '2025-04-01'].map((d) =>
        sick('x', d, d),
      ),
      sick('y', '2025-01-06', '2025-01-10'),
      // Two short spells of 10 and 5 days each (one long spell alone would be long absence).
      sick('m', '2025-01-06', '2025-01-15'),
      sick('m', '2025-02-03', '2025-02-07'),
      sick('z', '2025-01-06', '2025-01-15'),
      sick('z', '2025-02-03', '2025-02-07'),
    ],
    absenceDays: ['2024-09-02', '2024-10-07', '2024-11-04', '2024-12-02', '2025-01-06'].map((d) =>
      day(rowsEmp.id, d, 7.4),
    ),
  });
  const index = buildStatisticsIndex(data);
  it('when a sector leader asks, then persons in its units who meet a municipality trigger are listed by name', () => {
    const people = frequentAbsence(index, ['SEC'], AS_OF);
    expect(
      people.map((p) => [p.displayName, p.unitId, p.met.map((m) => m.triggerId)]),
    ).to.deep.equal([
      ['Rasmus', 'B', ['periods-5-12m']],
      ['Xenia', 'A1', ['periods-5-12m']],
    ]);
  });
  it('when a person moved out of the unit before the as-of date, then they are not listed there', () => {
    expect(frequentAbsence(index, ['A'], AS_OF).map((p) => p.personKey)).to.deep.equal(['x']);
  });
  it('when the person now works in the asked unit, then periods from the old unit count too', () => {
    expect(
      frequentAbsence(index, ['C'], AS_OF)
        .map((p) => p.personKey)
        .sort(),
    ).to.deep.equal(['m', 'z']);
  });
});

describe('frequentAbsence over joined periods', () => {
  const cases: Array<[string, string[], boolean]> = [
    [
      'five one-day periods',
      ['2024-08-01', '2024-10-01', '2024-12-02', '2025-02-03', '2025-04-01'],
      true,
    ],
    [
      'five one-day periods of which two are Friday 4 and Monday 7 October (four periods)',
      ['2024-08-01', '2024-10-04', '2024-10-07', '2025-02-03', '2025-04-01'],
      false,
    ],
  ];
  for (const [what, days, listed] of cases) {
    it(`when ${what}, then the person is ${listed ? '' : 'not '}listed`, () => {
      const data = bundle({
        employments: [emp('j', 'A', { displayName: 'Jonna' })],
        sickPeriods: days.map((d) => sick('j', d, d)),
      });
      const people = frequentAbsence(buildStatisticsIndex(data), ['A'], AS_OF);
      expect(people.map((p) => p.personKey)).to.deep.equal(listed ? ['j'] : []);
    });
  }
});

describe('the frequent-absence rule', () => {
  it('when § 56 or pregnancy-related periods are evaluated, then they count only under the municipal switch; a child’s sickness never', () => {
    const of = (type: TriggerPeriod['type'], on: Partial<Record<'p56' | 'preg', boolean>> = {}) =>
      evaluateTriggers(
        ['2024-08-01', '2024-10-01', '2024-12-02', '2025-02-03', '2025-04-01'].map((d) => ({
          ...single(d),
          type,
        })),
        AS_OF,
        TRIGGERS,
        sicknessFilter({ countParagraph56: on.p56 ?? false, countPregnancy: on.preg ?? false }),
      )[0]?.value;
    expect([of('PARAGRAF56'), of('PARAGRAF56', { p56: true })]).to.deep.equal([0, 5]);
    expect([of('GRAVIDITET'), of('GRAVIDITET', { preg: true })]).to.deep.equal([0, 5]);
    expect(of('BARN_SYG', { p56: true, preg: true })).to.equal(0);
    expect([of('DELVIS_SYGDOM'), of('ARBEJDSSKADE')]).to.deep.equal([5, 5]);
  });

  it('when a registered period begins after the day asked about, then it does not join a spell before it', () => {
    // Asked on Saturday 28 June: sick Thu 26–Fri 27 June; a period from Monday 30 June is already
    // registered. As of Saturday the spell is Thu–Fri (2 days), not Thu–Sat.
    const periods = [
      { start: '2025-06-26', end: '2025-06-27' },
      { start: '2025-06-30', end: '2025-07-02' },
    ];
    expect(values(periods, '2025-06-28')).to.deep.equal([
      ['p5', 1, false],
      ['d14', 2, false],
    ]);
  });

  it('when the same absence came as day rows instead of periods, then it is counted the same', () => {
    const rowsEmp = emp('r', 'A');
    const data = bundle({
      employments: [rowsEmp, emp('p', 'A')],
      sickPeriods: [sick('p', '2025-01-09', '2025-01-10'), sick('p', '2025-01-13', '2025-01-14')],
      absenceDays: ['2025-01-09', '2025-01-10', '2025-01-13', '2025-01-14'].map((d) =>
        day(rowsEmp.id, d, 7.4),
      ),
    });
    const index = buildStatisticsIndex(data);
    const counted = (key: string) =>
      evaluateFrequency(absenceOfRecord(index.personByKey.get(key)!), AS_OF, TRIGGERS, (t) =>
        countsAsSickness(t, data.settings.statistics),
      ).map((e) => e.value);
    expect(counted('r')).to.deep.equal([1, 6]); // Thu 9 – Tue 14 January, one spell
    expect(counted('p')).to.deep.equal(counted('r'));
    const raw = absenceOfPersons(['r', 'p'], data);
    expect(raw.get('r')).to.deep.equal(absenceOfRecord(index.personByKey.get('r')!));
    expect(raw.get('p')).to.deep.equal(absenceOfRecord(index.personByKey.get('p')!));
  });

  it("when the person's unit has a policy with triggers, then the list uses them, not the municipality's", () => {
    const units = UNITS.map((u) => (u.id === 'B' ? { ...u, policyId: 'hoeje-taastrup' } : u));
    const five = ['2024-08-01', '2024-10-01', '2024-12-02', '2025-02-03', '2025-04-01'];
    const data = bundle({
      units,
      employments: [emp('a5', 'A'), emp('b5', 'B'), emp('b6', 'B')],
      sickPeriods: [
        ...five.map((d) => sick('a5', d, d)),
        ...five.map((d) => sick('b5', d, d)),
        ...[...five, '2025-05-06'].map((d) => sick('b6', d, d)),
      ],
    });
    const listed = frequentAbsence(buildStatisticsIndex(data), ['SEC'], AS_OF);
    expect(listed.map((p) => [p.personKey, p.met.map((m) => m.triggerId)])).to.deep.equal([
      ['a5', ['periods-5-12m']],
      ['b6', ['ht-periods-6-12m']],
    ]);
  });

  it("when the unit's policy is one of the municipality's own documents, then its triggers apply", () => {
    const own = { ...POLICY_PRESETS[0]!, id: 'egen', frequencyTriggers: [TRIGGERS[1]!] };
    const units = UNITS.map((u) => (u.id === 'A' ? { ...u, policyId: 'egen' } : u));
    const data = bundle({
      units,
      employments: [emp('x', 'A1')],
      sickPeriods: [sick('x', '2025-05-05', '2025-05-14'), sick('x', '2025-06-02', '2025-06-11')],
    });
    const index = buildStatisticsIndex(data);
    expect(
      frequentAbsence(index, ['A'], AS_OF, [own]).map((p) => p.met[0]?.triggerId),
    ).to.deep.equal(['d14']);
    const rules = frequencyRules({ units, settings: data.settings, policies: [own] });
    expect(rules.triggersOf('A1').map((t) => t.id)).to.deep.equal(['d14']);
    expect(rules.triggersOf(null).map((t) => t.id)).to.deep.equal(['periods-5-12m', 'days-14-12m']);
  });
});

describe('the frequent-absence rule and long absence', () => {
  const periods = (...spans: Array<[string, string]>): TriggerPeriod[] =>
    spans.map(([start, end]) => ({ start, end }));
  const cases: Array<[string, TriggerPeriod[], Array<[string, number, boolean]>]> = [
    [
      'one spell of 200 days (sick most of the year)',
      periods(['2024-12-01', '2025-06-18']),
      [
        ['p5', 1, false],
        ['d14', 0, false],
      ],
    ],
    [
      'an open spell that began 40 days ago',
      [{ start: '2025-05-22', end: null }],
      [
        ['p5', 1, false],
        ['d14', 0, false],
      ],
    ],
    [
      'three short spells (16 days), then a long one',
      periods(
        ['2024-09-02', '2024-09-06'],
        ['2024-11-04', '2024-11-08'],
        ['2025-01-06', '2025-01-11'],
        ['2025-04-01', '2025-05-30'],
      ),
      [
        ['p5', 4, false],
        ['d14', 16, true],
      ],
    ],
    [
      'two short spells of 10 and 5 days',
      periods(['2025-01-06', '2025-01-15'], ['2025-02-03', '2025-02-07']),
      [
        ['p5', 2, false],
        ['d14', 15, true],
      ],
    ],
    [
      'one spell of exactly 14 days (short)',
      periods(['2025-06-02', '2025-06-15']),
      [
        ['p5', 1, false],
        ['d14', 14, true],
      ],
    ],
  ];
  for (const [what, list, expected] of cases) {
    it(`when ${what}, then ${JSON.stringify(expected)}`, () => {
      expect(values(list)).to.deep.equal(expected);
    });
  }
});

describe('the frequent-absence rule per calendar year', () => {
  const yearly: FrequencyTrigger[] = [
    { id: 'p3-year', kind: 'periods', threshold: 3, windowMonths: 12, window: 'calendar-year' },
  ];
  const spells = ['2024-10-01', '2024-11-04', '2025-01-06', '2025-03-03'].map(single);
  it('when two of four periods in the last 12 months fell last year, then only this year’s two count', () => {
    const [e] = evaluateTriggers(spells, '2025-06-30', yearly);
    expect([e?.value, e?.met, e?.window]).to.deep.equal([2, false, 'calendar-year']);
  });
  it('when the third period of the year comes, then it is met', () => {
    const [e] = evaluateTriggers([...spells, single('2025-06-02')], '2025-06-30', yearly);
    expect([e?.value, e?.met]).to.deep.equal([3, true]);
  });
  it('when the same periods are counted in a rolling window, then last year’s count too', () => {
    const [e] = evaluateTriggers(spells, '2025-06-30', [{ ...yearly[0]!, window: 'rolling' }]);
    expect(e?.value).to.equal(4);
  });
});
