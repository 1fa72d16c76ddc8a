import { expect } from 'chai';
import {
  deliveryInstant,
  dueItems,
  mergeDueItems,
  mergeDueItemsInto,
  recordDelivery,
  type DueMerge,
} from '../../../domain/follow-up/due.js';
import { completeStep } from '../../../domain/follow-up/step-actions.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
import { planFor, stepOf } from './follow-up-fixtures.js';

/** "kind key audience" per item, for compact rows. */
const summary = (steps: FollowUpStep[], date: string): string[] =>
  dueItems(steps, date).map((i) => `${i.kind} ${i.stepId.split(':')[1]} ${i.audience}`);

/*
 * Køge plan for a period starting Monday 2 March 2026, made that day (see plan.test.ts):
 *   sick-call 3-02, call-day-3 3-04, call-day-8 3-09 (contact days);
 *   conversation-14: deadline Fri 3-13, card on day 7 (Sun 3-08 → Mon 3-09);
 *   retention-plan info Mon 3-16; § 7a: deadline Fri 3-27, card on day 14 (Sun → Mon 3-16);
 *   NemRefusion (HR): deadline Wed 4-01, card on day 31 = Wed 4-01.
 * Reminders: once, the first working day after the due day (for deadlines: after the deadline).
 * Approaching / escalation: 3 working days before a deadline (Fri 3-13 → Tue 3-10;
 * Fri 3-27 → Tue 3-24; Wed 4-01 → Fri 3-27, which is before its card, so none).
 */
const KOEGE_DAYS: Array<{ date: string; expected: string[]; why?: string }> = [
  { date: '2026-03-02', expected: ['new sick-call leader'] },
  { date: '2026-03-03', expected: ['reminder sick-call leader'] },
  { date: '2026-03-04', expected: ['new call-day-3 leader'] },
  { date: '2026-03-05', expected: ['reminder call-day-3 leader'] },
  { date: '2026-03-06', expected: [] },
  { date: '2026-03-07', expected: [], why: 'Saturday' },
  { date: '2026-03-09', expected: ['new call-day-8 leader', 'new conversation-14 leader'] },
  {
    date: '2026-03-10',
    expected: ['reminder call-day-8 leader', 'approaching conversation-14 leader'],
  },
  { date: '2026-03-13', expected: [], why: 'deadline day itself: no extra card' },
  {
    date: '2026-03-16',
    expected: [
      'new legal-retention-plan leader',
      'reminder conversation-14 leader',
      'new legal-s7a leader',
    ],
    why: 'conversation-14 deadline Fri 3-13 passed → reminder the next working day, Mon 3-16',
  },
  { date: '2026-03-24', expected: ['approaching legal-s7a leader', 'escalation legal-s7a hr'] },
  { date: '2026-03-27', expected: [] },
  {
    date: '2026-03-30',
    expected: ['reminder legal-s7a leader'],
    why: 'first working day after Fri 3-27 (DST weekend between)',
  },
  { date: '2026-04-01', expected: ['new legal-municipality-report hr'] },
  { date: '2026-04-02', expected: [], why: 'Skærtorsdag' },
  {
    date: '2026-04-07',
    expected: ['reminder legal-municipality-report hr'],
    why: 'Wed 4-01 + Easter → Tue 4-07',
  },
];

describe('dueItems', () => {
  const plan = planFor('koege', '2026-03-02');
  for (const row of KOEGE_DAYS) {
    it(`when nothing is done and the day is ${row.date}${row.why ? ` (${row.why})` : ''}, then the items are as hand-computed`, () => {
      const got = summary(plan, row.date);
      expect([...got].sort()).to.deep.equal([...row.expected].sort());
    });
  }

  it('when the same day is asked twice, then the items and their ids are identical', () => {
    expect(dueItems(plan, '2026-03-24')).to.deep.equal(dueItems(plan, '2026-03-24'));
    // Sorted by audience ('hr' before 'leader'), then person, due date and id.
    expect(dueItems(plan, '2026-03-24').map((i) => i.id)).to.deep.equal([
      'p1:legal-s7a:escalation@2026-03-24',
      'p1:legal-s7a:approaching@2026-03-24',
    ]);
  });

  it('when the day-3 call is done on its day, then it is not reminded', () => {
    const s = stepOf(plan, 'call-day-3');
    const done = completeStep(s, { version: 1, outcome: { kind: 'talked' } }, '2026-03-04');
    if (!done.ok) throw new Error(done.reason);
    const steps = plan.map((x) => (x.id === s.id ? done.value : x));
    expect(summary(steps, '2026-03-05')).to.deep.equal([]);
  });

  it('when the § 7a conversation is done before 3 working days remain, then HR is not told', () => {
    const s = stepOf(plan, 'legal-s7a');
    const done = completeStep(s, { version: 1, outcome: { kind: 'talked' } }, '2026-03-20');
    if (!done.ok) throw new Error(done.reason);
    const steps = plan.map((x) => (x.id === s.id ? done.value : x));
    expect(summary(steps, '2026-03-24')).to.deep.equal([]);
  });

  it('when a step is overdue at its reminder, then the item says so; a new item on its day does not', () => {
    expect(dueItems(plan, '2026-03-05')[0]!.overdue).to.equal(true);
    expect(dueItems(plan, '2026-03-04')[0]!.overdue).to.equal(false);
  });

  it('when the period is registered late (Thursday 3-05 for a Monday start), then past steps arrive at once, overdue', () => {
    // sick-call (3-02) and call-day-3 (3-04) are delivered on 3-05 and reminded once on Fri 3-06.
    const late = planFor('koege', '2026-03-02', { today: '2026-03-05' });
    expect(summary(late, '2026-03-05').sort()).to.deep.equal([
      'new call-day-3 leader',
      'new sick-call leader',
    ]);
    expect(dueItems(late, '2026-03-05').every((i) => i.overdue)).to.equal(true);
    expect(summary(late, '2026-03-06').sort()).to.deep.equal([
      'reminder call-day-3 leader',
      'reminder sick-call leader',
    ]);
  });

  it('when a period is registered on a Saturday, then its first items arrive on Monday', () => {
    // Start Fri 3-06 registered Sat 3-07: day 1 (3-06) is delivered Mon 3-09, reminded Tue 3-10.
    const sat = planFor('koege', '2026-03-06', { today: '2026-03-07' });
    expect(summary(sat, '2026-03-09')).to.include('new sick-call leader');
    expect(summary(sat, '2026-03-10')).to.include('reminder sick-call leader');
  });

  it('when a hoeje-taastrup unit is below target, then recommended steps arrive once and are never reminded', () => {
    const ht = planFor('hoeje-taastrup', '2026-03-02', { aboveTarget: false });
    expect(summary(ht, '2026-03-02')).to.deep.equal(['new contact-day-1 leader']);
    expect(summary(ht, '2026-03-03')).to.deep.equal([]);
    // conversation-14: card Mon 3-09; no approaching (Tue 3-10) and no reminder (Mon 3-16).
    expect(summary(ht, '2026-03-10')).to.deep.equal([]);
    expect(summary(ht, '2026-03-16')).to.not.include('reminder conversation-14 leader');
  });

  it('when the § 7a deadline falls on Langfredag, then HR is told 3 working days before the moved deadline', () => {
    // Start Sat 3-07: § 7a day 28 = Fri 4-03 → Wed 4-01; 3 working days before = Fri 3-27
    // (Tue 3-31, Mon 3-30, Fri 3-27 — over the DST weekend); reminder Tue 4-07 (after Easter).
    const p = planFor('koege', '2026-03-07');
    expect(summary(p, '2026-03-27')).to.include('escalation legal-s7a hr');
    expect(summary(p, '2026-04-07')).to.include('reminder legal-s7a leader');
  });
});

describe('recordDelivery', () => {
  it('when items are delivered, then the bookkeeping dates are set and the version is unchanged', () => {
    const s = stepOf(planFor('koege', '2026-03-02'), 'legal-s7a');
    const a = recordDelivery(s, { kind: 'new', date: '2026-03-16' });
    const b = recordDelivery(a, { kind: 'reminder', date: '2026-03-30' });
    const c = recordDelivery(b, { kind: 'escalation', date: '2026-03-24' });
    expect(c).to.include({
      notifiedOn: '2026-03-16',
      remindedOn: '2026-03-30',
      escalatedToHrOn: '2026-03-24',
      version: 1,
    });
  });
});

describe('deliveryInstant', () => {
  const ROWS: Array<[string, number, string, string]> = [
    ['2026-03-27', 8, '2026-03-27T07:00:00.000Z', 'Friday before DST: CET, UTC+1'],
    ['2026-03-30', 8, '2026-03-30T06:00:00.000Z', 'Monday after DST starts: CEST, UTC+2'],
    ['2026-10-23', 8, '2026-10-23T06:00:00.000Z', 'Friday before DST ends: CEST'],
    ['2026-10-26', 8, '2026-10-26T07:00:00.000Z', 'Monday after DST ends: CET'],
    ['2026-06-15', 7, '2026-06-15T05:00:00.000Z', 'summer, dueHour 7'],
  ];
  for (const [date, hour, expected, why] of ROWS) {
    it(`when the day is ${date} at ${hour} o'clock (${why}), then the instant is ${expected}`, () => {
      expect(deliveryInstant(date, hour)).to.equal(expected);
    });
  }
});

describe('mergeDueItems', () => {
  const plan = planFor('koege', '2026-03-02');
  const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
  const all = days.flatMap((d) => dueItems(plan, d));

  it('when three working days are caught up on the fourth, then each step is one line, late from its first day, showing its latest kind', () => {
    const merged = mergeDueItems(all, '2026-03-05');
    expect(
      merged.map((m) => [m.item.stepId.split(':')[1], m.item.kind, m.lateFrom, m.covers.length]),
    ).to.deep.equal([
      ['sick-call', 'reminder', '2026-03-02', 2],
      ['call-day-3', 'reminder', '2026-03-04', 2],
    ]);
  });

  it('when the items are merged one at a time, then the lines are the same as merged at once', () => {
    const pieces: DueMerge = new Map();
    for (const item of all) mergeDueItemsInto(pieces, [item], '2026-03-05');
    expect([...pieces.values()]).to.deep.equal(mergeDueItems(all, '2026-03-05'));
  });

  it('when only today is merged, then nothing is late', () => {
    const merged = mergeDueItems(dueItems(plan, '2026-03-04'), '2026-03-04');
    expect(merged.map((m) => [m.item.kind, m.lateFrom])).to.deep.equal([['new', null]]);
  });
});
