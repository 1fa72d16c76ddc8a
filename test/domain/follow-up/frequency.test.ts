import { expect } from 'chai';
import {
  countInWindow,
  firedNoLongerMet,
  triggersToFire,
  type FiredTrigger,
} from '../../../domain/follow-up/frequency.js';
import { POLICY_PRESETS } from '../../../domain/follow-up/policy-presets.js';
import type { FrequencyTrigger, SickPeriod } from '../../../domain/model.js';
import { effectiveTriggers, evaluateTriggers } from '../../../domain/triggers.js';
import { addDays } from '../../../domain/calendar.js';
import { sicknessFilter } from '../../../domain/statistics/absence-types.js';
import { period } from './follow-up-fixtures.js';

const ALBERTSLUND: FrequencyTrigger[] = [
  { id: 'albertslund-periods-3-6m', kind: 'periods', threshold: 3, windowMonths: 6 },
  { id: 'albertslund-days-15-12m', kind: 'days', threshold: 15, windowMonths: 12 },
];

/** person-1's hits on `date`: the rule's evaluations, less what fired in the window. */
function fire(
  all: readonly SickPeriod[],
  triggers: readonly FrequencyTrigger[],
  date: string,
  fired: readonly FiredTrigger[],
) {
  const own = all.filter((p) => p.personKey === 'person-1');
  return triggersToFire('person-1', evaluateTriggers(own, date, triggers), date, fired);
}

// Asked on Mon 2026-03-02. 6-month window: 2025-09-03 .. 2026-03-02.
const periods = [
  period('2025-09-01', { id: 'a', end: '2025-09-02' }), // ends before the window: not counted
  period('2026-01-05', { id: 'b', end: '2026-01-06' }), // Mon–Tue: 2 working days
  period('2026-02-02', { id: 'c', end: '2026-02-03', type: 'DELVIS_SYGDOM', partialPercent: 50 }), // partial counts: 2
  period('2026-02-10', { id: 'd', end: '2026-02-10', type: 'BARN_SYG' }), // a child's sickness: never counted
  period('2026-03-02', { id: 'e' }), // open, counted up to 3-02: 1 working day
  period('2026-02-16', { id: 'f', end: '2026-02-20', personKey: 'someone-else' }),
];

describe('countInWindow', () => {
  it('when counting 6 months back from 2026-03-02, then 3 periods and 5 working days', () => {
    expect(countInWindow(periods, 'person-1', 6, '2026-03-02')).to.deep.equal({
      periods: 3,
      days: 5,
    });
  });

  it('when a period is § 56 or pregnancy-related, then it counts only when the municipality counts it', () => {
    const p = [
      period('2026-01-05', { id: 'a', end: '2026-01-06', type: 'PARAGRAF56' }),
      period('2026-02-02', { id: 'b', end: '2026-02-02', type: 'GRAVIDITET' }),
    ];
    expect(countInWindow(p, 'person-1', 6, '2026-03-02')).to.deep.equal({ periods: 0, days: 0 });
    const both = sicknessFilter({ countParagraph56: true, countPregnancy: true });
    expect(countInWindow(p, 'person-1', 6, '2026-03-02', both)).to.deep.equal({
      periods: 2,
      days: 3,
    });
  });

  it('when a period overlaps the window start, then only the days inside count', () => {
    // Window from 2025-09-03; period Mon 2025-09-01 .. Fri 09-05 → Wed, Thu, Fri = 3 days.
    const p = [period('2025-09-01', { end: '2025-09-05' })];
    expect(countInWindow(p, 'person-1', 6, '2026-03-02')).to.deep.equal({ periods: 1, days: 3 });
  });
});

// Asked on Mon 2026-03-02 with a 12-month window (2025-03-03 .. 2026-03-02) unless said.
const SPELL_CASES: Array<{
  when: string;
  periods: SickPeriod[];
  months?: number;
  expected: { periods: number; days: number };
}> = [
  {
    when: 'two registrations overlap',
    periods: [
      period('2026-01-05', { id: 'a', end: '2026-01-09' }),
      period('2026-01-07', { id: 'b', end: '2026-01-12' }),
    ],
    expected: { periods: 1, days: 8 }, // Mon 01-05 .. Mon 01-12, each day once
  },
  {
    when: 'the same period is registered twice',
    periods: [
      period('2026-01-05', { id: 'a', end: '2026-01-06' }),
      period('2026-01-05', { id: 'b', end: '2026-01-06' }),
    ],
    expected: { periods: 1, days: 2 },
  },
  {
    when: 'one period ends the day before the next starts',
    periods: [
      period('2026-01-05', { id: 'a', end: '2026-01-06' }),
      period('2026-01-07', { id: 'b', end: '2026-01-07' }),
    ],
    expected: { periods: 1, days: 3 },
  },
  {
    when: 'sick on Friday and sick again on Monday',
    periods: [
      period('2026-01-09', { id: 'a', end: '2026-01-09' }),
      period('2026-01-12', { id: 'b', end: '2026-01-13' }),
    ],
    expected: { periods: 1, days: 5 }, // Fri .. Tue, the weekend inside the spell counts
  },
  {
    when: 'only Easter lies between two periods',
    periods: [
      period('2025-04-16', { id: 'a', end: '2025-04-16' }), // Wed before Maundy Thursday
      period('2025-04-22', { id: 'b', end: '2025-04-22' }), // Tue after Easter Monday
    ],
    expected: { periods: 1, days: 7 },
  },
  {
    when: 'a working day lies between (sick Friday, back Monday, sick Tuesday)',
    periods: [
      period('2026-01-09', { id: 'a', end: '2026-01-09' }),
      period('2026-01-13', { id: 'b', end: '2026-01-13' }),
    ],
    expected: { periods: 2, days: 2 }, // the weekend between two spells does not count
  },
  {
    when: "only a child's sick day lies between two periods",
    periods: [
      period('2026-01-09', { id: 'a', end: '2026-01-09' }),
      period('2026-01-12', { id: 'c', end: '2026-01-12', type: 'BARN_SYG' }),
      period('2026-01-13', { id: 'b', end: '2026-01-13' }),
    ],
    expected: { periods: 2, days: 2 },
  },
  {
    when: 'a partial period continues a full one',
    periods: [
      period('2026-01-05', { id: 'a', end: '2026-01-07' }),
      period('2026-01-08', {
        id: 'b',
        end: '2026-01-16',
        type: 'DELVIS_SYGDOM',
        partialPercent: 50,
      }),
    ],
    expected: { periods: 1, days: 12 },
  },
  {
    when: 'a closed registration lies inside an open period',
    periods: [
      period('2026-02-23', { id: 'a' }),
      period('2026-02-24', { id: 'b', end: '2026-02-25' }),
    ],
    expected: { periods: 1, days: 8 }, // 02-23 .. 03-02
  },
  {
    when: 'a spell begun before the window continues into it',
    months: 6, // window 2025-09-03 .. 2026-03-02
    periods: [
      period('2025-08-29', { id: 'a', end: '2025-08-29' }), // Fri, before the window
      period('2025-09-01', { id: 'b', end: '2025-09-05' }), // Mon .. Fri, joined to it
    ],
    expected: { periods: 1, days: 3 }, // only 09-03 .. 09-05 inside
  },
  {
    when: 'a joined spell ends before the window',
    months: 6,
    periods: [
      period('2025-08-29', { id: 'a', end: '2025-08-29' }),
      period('2025-09-01', { id: 'b', end: '2025-09-02' }),
    ],
    expected: { periods: 0, days: 0 },
  },
  {
    when: 'a period starts after the day asked about, or ends after it',
    periods: [
      period('2026-02-27', { id: 'a', end: '2026-03-06' }), // counted up to 03-02: 4 days
      period('2026-03-03', { id: 'b', end: '2026-03-04' }), // not begun yet
    ],
    expected: { periods: 1, days: 4 },
  },
];

describe('countInWindow joins periods into spells like the statistics', () => {
  for (const c of SPELL_CASES) {
    const months = c.months ?? 12;
    it(`when ${c.when}, then ${c.expected.periods} period(s) and ${c.expected.days} day(s)`, () => {
      expect(countInWindow(c.periods, 'person-1', months, '2026-03-02')).to.deep.equal(c.expected);
    });
  }

  it("when asked about the same periods, then the counts equal the statistics' trigger values", () => {
    const triggers: FrequencyTrigger[] = [
      { id: 'p', kind: 'periods', threshold: 1, windowMonths: 12 },
      { id: 'd', kind: 'days', threshold: 1, windowMonths: 12 },
    ];
    for (const c of SPELL_CASES.filter((x) => x.months === undefined)) {
      const counted = countInWindow(c.periods, 'person-1', 12, '2026-03-02');
      const stats = evaluateTriggers(c.periods, '2026-03-02', triggers).map((e) => e.value);
      expect(stats, c.when).to.deep.equal([counted.periods, counted.days]);
    }
  });

  it('when five Friday–Monday spells are registered as ten periods, then they count as five, not ten', () => {
    const split = ['2025-06-06', '2025-08-08', '2025-10-03', '2025-12-05', '2026-02-06'].flatMap(
      (fri, i) => [
        period(fri, { id: `f${i}`, end: fri }),
        period(addDays(fri, 3), { id: `m${i}`, end: addDays(fri, 3) }),
      ],
    );
    const five: FrequencyTrigger = { id: 'p5', kind: 'periods', threshold: 5, windowMonths: 12 };
    expect(countInWindow(split, 'person-1', 12, '2026-03-02').periods).to.equal(5);
    const six: FrequencyTrigger = { ...five, id: 'p6', threshold: 6 };
    expect(fire(split, [six], '2026-03-02', [])).to.deep.equal([]);
    expect(fire(split, [five], '2026-03-02', [])).to.have.length(1);
  });
});

describe('triggersToFire', () => {
  it("when the third period in 6 months starts, then Albertslund's period trigger fires, not the days one", () => {
    const hits = fire(periods, ALBERTSLUND, '2026-03-02', []);
    expect(hits.map((h) => [h.trigger.id, h.value, h.id])).to.deep.equal([
      ['albertslund-periods-3-6m', 3, 'person-1:albertslund-periods-3-6m@2026-03-02'],
    ]);
  });

  it('when the trigger already fired inside the window, then it does not fire again', () => {
    const fired = [
      { personKey: 'person-1', triggerId: 'albertslund-periods-3-6m', on: '2026-01-10' },
    ];
    expect(fire(periods, ALBERTSLUND, '2026-03-02', fired)).to.deep.equal([]);
  });

  it('when the earlier firing is older than the window, then it fires again', () => {
    const fired = [
      { personKey: 'person-1', triggerId: 'albertslund-periods-3-6m', on: '2025-09-02' },
    ];
    expect(fire(periods, ALBERTSLUND, '2026-03-02', fired)).to.have.length(1);
  });
});

describe('effectiveTriggers', () => {
  const municipal: FrequencyTrigger[] = [
    { id: 'm', kind: 'periods', threshold: 5, windowMonths: 12 },
  ];
  it('when the policy has triggers, then they win; otherwise the municipal ones apply', () => {
    const byId = (id: string) => POLICY_PRESETS.find((p) => p.id === id)!;
    expect(effectiveTriggers(byId('hoeje-taastrup'), municipal).map((t) => t.id)).to.deep.equal([
      'ht-periods-6-12m',
    ]);
    expect(effectiveTriggers(byId('koege'), municipal).map((t) => t.id)).to.deep.equal(['m']);
  });
});

describe('firedNoLongerMet', () => {
  const periods = ['2026-01-05', '2026-03-02', '2026-05-04'].map((d, i) =>
    period(d, { id: `p${i}`, end: d }),
  );
  const fired = (triggerId: string, on: string) => ({ id: `${triggerId}@${on}`, triggerId, on });

  it('when a period behind a fired trigger is gone, then that trigger is no longer met on its day; one still met, or one the policy no longer has, is kept', () => {
    const assess = (all: readonly SickPeriod[]) => (date: string) =>
      evaluateTriggers(all, date, ALBERTSLUND);
    const list = [
      fired('albertslund-periods-3-6m', '2026-05-04'),
      fired('albertslund-days-15-12m', '2026-05-04'),
      fired('retired-trigger', '2026-05-04'),
    ];
    // With all three periods the 3-in-6-months trigger held on 4 May; the days trigger never did.
    expect(firedNoLongerMet(list, assess(periods)).map((f) => f.id)).to.deep.equal([
      'albertslund-days-15-12m@2026-05-04',
    ]);
    expect(firedNoLongerMet(list, assess(periods.slice(0, 2))).map((f) => f.id)).to.deep.equal([
      'albertslund-periods-3-6m@2026-05-04',
      'albertslund-days-15-12m@2026-05-04',
    ]);
  });
});
