import { expect } from 'chai';
import { generatePlan, mergePlan } from '../../../domain/follow-up/plan.js';
import { POLICY_PRESETS } from '../../../domain/follow-up/policy-presets.js';
import { dueDates, period, planFor, stepOf } from './follow-up-fixtures.js';

/*
 * Calendar used below (2026, Danish working days from domain/calendar.ts):
 * March: Mon 2, Fri 6, Sat 7, Sun 8, Mon 9, Wed 11, Fri 13, Sun 15, Mon 16, Fri 27,
 *        Sun 29 (DST starts), Mon 30. April: Wed 1, Thu 2 Skærtorsdag, Fri 3 Langfredag,
 *        Sun 5 Påskedag, Mon 6 2. påskedag, Tue 7.
 * A period starting Monday 2 March: day n = 2 March + (n − 1).
 *   day 1 Mon 3-02, day 2 Tue 3-03, day 3 Wed 3-04, day 5 Fri 3-06, day 6 Sat 3-07,
 *   day 8 Mon 3-09, day 10 Wed 3-11, day 14 Sun 3-15, day 28 Sun 3-29, day 35 Sun 4-05.
 * Legal overlay for this start, the same under every preset:
 *   retention-plan info (contact day 14, Sun) → next working day Mon 3-16;
 *   § 7a deadline day 28 = Sun 3-29 (DST) → previous working day Fri 3-27;
 *   NemRefusion deadline day 35 = Easter Sunday 4-05 → Sat, Langfredag, Skærtorsdag are not
 *   working days → Wed 4-01.
 */
const OVERLAY = {
  'legal-retention-plan': '2026-03-16',
  'legal-s7a': '2026-03-27',
  'legal-municipality-report': '2026-04-01',
};

const PRESET_ROWS: Array<{ policy: string; expected: Record<string, string> }> = [
  {
    policy: 'koege',
    // conversation-14 is a deadline: day 14 (Sun 3-15) moves BACK to Fri 3-13.
    expected: {
      'sick-call': '2026-03-02',
      'call-day-3': '2026-03-04',
      'call-day-8': '2026-03-09',
      'conversation-14': '2026-03-13',
    },
  },
  {
    policy: 'horsens-1-5-14',
    // day 14 is a contact day: Sun 3-15 moves FORWARD to Mon 3-16.
    expected: {
      'contact-day-1': '2026-03-02',
      'contact-day-5': '2026-03-06',
      'contact-day-14': '2026-03-16',
    },
  },
  {
    policy: 'aarhus',
    expected: { 'contact-day-1': '2026-03-02', 'conversation-14': '2026-03-13' },
  },
  {
    policy: 'hoeje-taastrup',
    // notices are contact days: day 14 Sun → Mon 3-16; day 28 Sun 3-29 → Mon 3-30.
    expected: {
      'contact-day-1': '2026-03-02',
      'conversation-14': '2026-03-13',
      'notice-2w': '2026-03-16',
      'notice-4w': '2026-03-30',
    },
  },
  { policy: 'skive', expected: { 'contact-window': '2026-03-13' } },
  { policy: 'legal-minimum', expected: {} },
  {
    policy: 'silkeborg-1-5-10',
    expected: {
      'contact-day-1': '2026-03-02',
      'contact-day-5': '2026-03-06',
      'contact-day-10': '2026-03-11',
    },
  },
  {
    policy: 'soenderborg-1-5-14-28',
    expected: {
      'contact-day-1': '2026-03-02',
      'contact-day-5': '2026-03-06',
      'contact-day-14': '2026-03-16',
      'contact-day-28': '2026-03-30',
    },
  },
  {
    policy: 'albertslund-2-6-14',
    // day 6 is Sat 3-07 → Mon 3-09.
    expected: {
      'contact-day-2': '2026-03-03',
      'contact-day-6': '2026-03-09',
      'contact-day-14': '2026-03-16',
    },
  },
];

describe('generatePlan', () => {
  it('has a table row for every preset', () => {
    expect(PRESET_ROWS.map((r) => r.policy).sort()).to.deep.equal(
      POLICY_PRESETS.map((p) => p.id).sort(),
    );
  });

  for (const row of PRESET_ROWS) {
    it(`when ${row.policy} is applied to a period starting Monday 2 March 2026, then the due dates are as hand-computed`, () => {
      expect(dueDates(planFor(row.policy, '2026-03-02'))).to.deep.equal({
        ...row.expected,
        ...OVERLAY,
      });
    });
  }

  /*
   * Every preset on a period starting Langfredag, Fri 3 April 2026 (the Friday before Easter).
   * Not working days: Fri 4-03 Langfredag, Sat 4-04, Sun 4-05 Påskedag, Mon 4-06 2. påskedag.
   * day 1 Fri 4-03, day 2 Sat 4-04, day 3 Sun 4-05 → all three move FORWARD to Tue 4-07;
   * day 5 Tue 4-07; day 6 Wed 4-08; day 8 Fri 4-10; day 10 Sun 4-12 → Mon 4-13; day 14 Thu 4-16
   * (a working day, so deadlines stay); day 28 Thu 4-30; day 35 Thu 5-07.
   */
  const EASTER_OVERLAY = {
    'legal-retention-plan': '2026-04-16',
    'legal-s7a': '2026-04-30',
    'legal-municipality-report': '2026-05-07',
  };
  const EASTER_ROWS: Array<{ policy: string; expected: Record<string, string> }> = [
    {
      policy: 'koege',
      expected: {
        'sick-call': '2026-04-07',
        'call-day-3': '2026-04-07',
        'call-day-8': '2026-04-10',
        'conversation-14': '2026-04-16',
      },
    },
    {
      policy: 'horsens-1-5-14',
      expected: {
        'contact-day-1': '2026-04-07',
        'contact-day-5': '2026-04-07',
        'contact-day-14': '2026-04-16',
      },
    },
    {
      policy: 'aarhus',
      expected: { 'contact-day-1': '2026-04-07', 'conversation-14': '2026-04-16' },
    },
    {
      policy: 'hoeje-taastrup',
      expected: {
        'contact-day-1': '2026-04-07',
        'conversation-14': '2026-04-16',
        'notice-2w': '2026-04-16',
        'notice-4w': '2026-04-30',
      },
    },
    { policy: 'skive', expected: { 'contact-window': '2026-04-16' } },
    { policy: 'legal-minimum', expected: {} },
    {
      policy: 'silkeborg-1-5-10',
      expected: {
        'contact-day-1': '2026-04-07',
        'contact-day-5': '2026-04-07',
        'contact-day-10': '2026-04-13',
      },
    },
    {
      policy: 'soenderborg-1-5-14-28',
      expected: {
        'contact-day-1': '2026-04-07',
        'contact-day-5': '2026-04-07',
        'contact-day-14': '2026-04-16',
        'contact-day-28': '2026-04-30',
      },
    },
    {
      policy: 'albertslund-2-6-14',
      expected: {
        'contact-day-2': '2026-04-07',
        'contact-day-6': '2026-04-08',
        'contact-day-14': '2026-04-16',
      },
    },
  ];

  it('has a Langfredag row for every preset', () => {
    expect(EASTER_ROWS.map((r) => r.policy).sort()).to.deep.equal(
      POLICY_PRESETS.map((p) => p.id).sort(),
    );
  });

  for (const row of EASTER_ROWS) {
    it(`when ${row.policy} is applied to a period starting Langfredag 3 April 2026, then the due dates skip Easter`, () => {
      expect(dueDates(planFor(row.policy, '2026-04-03'))).to.deep.equal({
        ...row.expected,
        ...EASTER_OVERLAY,
      });
    });
  }

  const TRICKY: Array<{
    name: string;
    policy: string;
    start: string;
    expected: Record<string, string>;
  }> = [
    {
      // Langfredag start. Day 1 Fri 4-03 (holiday) → Sat, Sun, Mon 4-06 (2. påskedag) → Tue 4-07.
      // Day 3 = Påskedag Sun 4-05 → Tue 4-07. Day 8 = Fri 4-10 (working). Day 14 = Thu 4-16.
      // § 7a day 28 = Thu 4-30 (working; Store bededag is abolished from 2024).
      // NemRefusion day 35 = Thu 5-07 (working).
      name: 'the period starts on Langfredag (the Friday before Easter)',
      policy: 'koege',
      start: '2026-04-03',
      expected: {
        'sick-call': '2026-04-07',
        'call-day-3': '2026-04-07',
        'call-day-8': '2026-04-10',
        'conversation-14': '2026-04-16',
        'legal-retention-plan': '2026-04-16',
        'legal-s7a': '2026-04-30',
        'legal-municipality-report': '2026-05-07',
      },
    },
    {
      // Skærtorsdag start. Day 1 Thu 4-02 and day 5 Mon 4-06 are holidays → both Tue 4-07.
      // Day 14 = Wed 4-15. § 7a day 28 = Wed 4-29. Day 35 = Wed 5-06.
      name: 'the period starts on Skærtorsdag',
      policy: 'horsens-1-5-14',
      start: '2026-04-02',
      expected: {
        'contact-day-1': '2026-04-07',
        'contact-day-5': '2026-04-07',
        'contact-day-14': '2026-04-15',
        'legal-retention-plan': '2026-04-15',
        'legal-s7a': '2026-04-29',
        'legal-municipality-report': '2026-05-06',
      },
    },
    {
      // Saturday start. Day 1 Sat 3-07 → Mon 3-09; day 3 Mon 3-09; day 8 Sat 3-14 → Mon 3-16;
      // day 14 Fri 3-20 (deadline, working). § 7a day 28 = Langfredag Fri 4-03 → Thu 4-02
      // (Skærtorsdag) → Wed 4-01: a legal deadline moves back over two holidays.
      // NemRefusion day 35 = Fri 4-10.
      name: 'the period starts on a Saturday and day 28 is Langfredag',
      policy: 'koege',
      start: '2026-03-07',
      expected: {
        'sick-call': '2026-03-09',
        'call-day-3': '2026-03-09',
        'call-day-8': '2026-03-16',
        'conversation-14': '2026-03-20',
        'legal-retention-plan': '2026-03-20',
        'legal-s7a': '2026-04-01',
        'legal-municipality-report': '2026-04-10',
      },
    },
    {
      // § 7a on Kr. himmelfartsdag: start Fri 4-17, day 28 = Thu 5-14 (holiday) → Wed 5-13.
      // Day 14 = Thu 4-30. Day 35 = Thu 5-21 (working).
      name: 'day 28 (§ 7a) is Kristi himmelfartsdag',
      policy: 'legal-minimum',
      start: '2026-04-17',
      expected: {
        'legal-retention-plan': '2026-04-30',
        'legal-s7a': '2026-05-13',
        'legal-municipality-report': '2026-05-21',
      },
    },
    {
      // Christmas: start Sat 11-28, day 28 = Fri 12-25 (Juledag) → Thu 12-24: juleaften is an
      // observance, a working day in domain/calendar.ts. Day 14 = Fri 12-11.
      // Day 35 = Fri 1-01-2027 (Nytårsdag) → Thu 12-31 (working).
      name: 'day 28 (§ 7a) is Juledag',
      policy: 'legal-minimum',
      start: '2026-11-28',
      expected: {
        'legal-retention-plan': '2026-12-11',
        'legal-s7a': '2026-12-24',
        'legal-municipality-report': '2026-12-31',
      },
    },
    {
      // DST autumn: start Fri 10-23, day 3 = Sun 10-25 (clocks go back) → Mon 10-26;
      // day 8 = Fri 10-30; day 14 = Thu 11-05; day 28 = Thu 11-19; day 35 = Thu 11-26.
      name: 'day 3 is the last Sunday of October (DST ends)',
      policy: 'koege',
      start: '2026-10-23',
      expected: {
        'sick-call': '2026-10-23',
        'call-day-3': '2026-10-26',
        'call-day-8': '2026-10-30',
        'conversation-14': '2026-11-05',
        'legal-retention-plan': '2026-11-05',
        'legal-s7a': '2026-11-19',
        'legal-municipality-report': '2026-11-26',
      },
    },
    {
      // DST spring: start Fri 3-27, day 3 = Sun 3-29 (clocks go forward) → Mon 3-30;
      // day 8 = Fri 4-03 Langfredag → Tue 4-07; day 14 = Thu 4-09 deadline (working);
      // day 28 = Thu 4-23; day 35 = Thu 4-30.
      name: 'day 3 is the last Sunday of March (DST starts) and day 8 is Langfredag',
      policy: 'koege',
      start: '2026-03-27',
      expected: {
        'sick-call': '2026-03-27',
        'call-day-3': '2026-03-30',
        'call-day-8': '2026-04-07',
        'conversation-14': '2026-04-09',
        'legal-retention-plan': '2026-04-09',
        'legal-s7a': '2026-04-23',
        'legal-municipality-report': '2026-04-30',
      },
    },
  ];

  for (const row of TRICKY) {
    it(`when ${row.name}, then the due dates follow the working-day rules`, () => {
      expect(dueDates(planFor(row.policy, row.start))).to.deep.equal(row.expected);
    });
  }

  it('when a step is made, then its id is `${periodId}:${key}`, state open, version 1', () => {
    const s = stepOf(planFor('koege', '2026-03-02'), 'call-day-3');
    expect(s.id).to.equal('p1:call-day-3');
    expect(s.state).to.equal('open');
    expect(s.version).to.equal(1);
    expect(s.offersEarlyIntervention).to.equal(true);
    expect(s.timing).to.equal('contact-day');
  });

  it('when only the day-3 call offers Tidlig Indsats in koege, then no other step does', () => {
    const offering = planFor('koege', '2026-03-02').filter((s) => s.offersEarlyIntervention);
    expect(offering.map((s) => s.key)).to.deep.equal(['call-day-3']);
  });

  it('when the § 7a and NemRefusion steps are made, then they are legal deadlines', () => {
    const plan = planFor('koege', '2026-03-02');
    for (const key of ['legal-s7a', 'legal-municipality-report']) {
      expect(stepOf(plan, key)).to.include({ legal: true, timing: 'deadline' });
    }
    expect(stepOf(plan, 'legal-municipality-report').audience).to.equal('hr');
  });

  it('when the unit is below target in hoeje-taastrup, then the early steps are recommended only', () => {
    const plan = planFor('hoeje-taastrup', '2026-03-02', { aboveTarget: false });
    expect(stepOf(plan, 'contact-day-1').mandatory).to.equal(false);
    expect(stepOf(plan, 'conversation-14').mandatory).to.equal(false);
    expect(stepOf(plan, 'notice-2w').mandatory).to.equal(true);
    expect(stepOf(plan, 'legal-s7a').mandatory).to.equal(true);
    const above = planFor('hoeje-taastrup', '2026-03-02', { aboveTarget: true });
    expect(stepOf(above, 'contact-day-1').mandatory).to.equal(true);
  });

  it('when the sickness is partial (50 %), then the plan is the same as for full sickness', () => {
    const full = dueDates(planFor('koege', '2026-03-02'));
    const partial = dueDates(
      planFor('koege', '2026-03-02', { type: 'DELVIS_SYGDOM', partialPercent: 50 }),
    );
    expect(partial).to.deep.equal(full);
  });

  it("when the absence is a child's sickness, then no plan is made", () => {
    const policy = POLICY_PRESETS[0]!;
    const r = generatePlan({
      period: period('2026-03-02', { type: 'BARN_SYG' }),
      unitId: 'u',
      policy,
      unitAboveTarget: true,
      today: '2026-03-02',
    });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.reason).to.equal('not-sickness');
  });

  it('when the period already has an end, then the steps after it are closed as not needed', () => {
    // Period 3-02..3-05 registered on 3-06: nothing was delivered while sick, so nothing is "missed".
    const plan = planFor('koege', '2026-03-02', { end: '2026-03-05', today: '2026-03-06' });
    expect(plan.every((s) => s.state === 'not-needed')).to.equal(true);
    expect(plan.some((s) => s.missedBeforeFit)).to.equal(false);
  });
});

describe('mergePlan', () => {
  it('when a period is re-planned, then done steps are kept and open ones get a higher version', () => {
    const old = planFor('koege', '2026-03-02');
    const done = old.map((s) =>
      s.key === 'sick-call' ? { ...s, state: 'done' as const, version: 2 } : s,
    );
    const merged = mergePlan(done, planFor('koege', '2026-03-02'));
    expect(stepOf(merged, 'sick-call').state).to.equal('done');
    expect(stepOf(merged, 'call-day-3').version).to.equal(2);
    expect(merged).to.have.length(old.length);
  });
});
