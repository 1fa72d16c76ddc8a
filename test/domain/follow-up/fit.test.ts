import { expect } from 'chai';
import { dueItems } from '../../../domain/follow-up/due.js';
import { closeOnFit } from '../../../domain/follow-up/fit.js';
import { completeStep } from '../../../domain/follow-up/step-actions.js';
import { planFor, stepOf } from './follow-up-fixtures.js';

/*
 * Køge, start Mon 2026-03-02: sick-call 3-02, call-day-3 3-04, call-day-8 3-09, conversation-14
 * (deadline) 3-13, retention 3-16, § 7a 3-27, NemRefusion 4-01 (only if the absence > 30 days).
 * Absence length = last sick day − start + 1: 3-09 → 8 days; 3-31 → 30 days; 4-01 → 31 days.
 */
describe('closeOnFit', () => {
  const base = planFor('koege', '2026-03-02');
  const done = completeStep(
    stepOf(base, 'call-day-3'),
    { version: 1, outcome: { kind: 'talked' } },
    '2026-03-04',
  );
  if (!done.ok) throw new Error(done.reason);
  const plan = base.map((s) => (s.id === done.value.id ? done.value : s));

  const ROWS: Array<{
    lastSickDay: string;
    key: string;
    state: string;
    missed: boolean;
    why: string;
  }> = [
    {
      lastSickDay: '2026-03-09',
      key: 'sick-call',
      state: 'not-needed',
      missed: true,
      why: 'due 3-02, never marked: missed',
    },
    {
      lastSickDay: '2026-03-09',
      key: 'call-day-3',
      state: 'done',
      missed: false,
      why: 'already done: untouched',
    },
    {
      lastSickDay: '2026-03-09',
      key: 'call-day-8',
      state: 'not-needed',
      missed: true,
      why: 'due on the last sick day',
    },
    {
      lastSickDay: '2026-03-09',
      key: 'conversation-14',
      state: 'not-needed',
      missed: false,
      why: 'deadline 3-13 after fit',
    },
    {
      lastSickDay: '2026-03-09',
      key: 'legal-s7a',
      state: 'not-needed',
      missed: false,
      why: '§ 7a due after the fit date',
    },
    {
      lastSickDay: '2026-03-09',
      key: 'legal-municipality-report',
      state: 'not-needed',
      missed: false,
      why: '8 days ≤ 30',
    },
    {
      lastSickDay: '2026-03-31',
      key: 'legal-s7a',
      state: 'not-needed',
      missed: true,
      why: 'deadline 3-27 passed while sick',
    },
    {
      lastSickDay: '2026-03-31',
      key: 'legal-municipality-report',
      state: 'not-needed',
      missed: false,
      why: 'exactly 30 days: no report',
    },
    {
      lastSickDay: '2026-04-01',
      key: 'legal-municipality-report',
      state: 'open',
      missed: false,
      why: '31 days: the report is still due',
    },
  ];
  for (const row of ROWS) {
    it(`when the last sick day is ${row.lastSickDay}, then ${row.key} is ${row.state} (${row.why})`, () => {
      const s = stepOf(closeOnFit(plan, row.lastSickDay, '2026-04-02'), row.key);
      expect({ state: s.state, missed: s.missedBeforeFit }).to.deep.equal({
        state: row.state,
        missed: row.missed,
      });
    });
  }

  it('when a step is closed by fit, then its version is bumped so old cards cannot act', () => {
    const s = stepOf(closeOnFit(plan, '2026-03-09', '2026-03-10'), 'conversation-14');
    expect(s).to.include({ version: 2, closedOn: '2026-03-10' });
  });

  it('when the employee is fit, then no further items are delivered for the period', () => {
    const closed = closeOnFit(plan, '2026-03-09', '2026-03-10');
    for (const day of ['2026-03-10', '2026-03-16', '2026-03-24', '2026-03-30', '2026-04-01']) {
      expect(dueItems(closed, day), day).to.deep.equal([]);
    }
  });

  it('when the absence passed 30 days, then HR still gets the NemRefusion card after the fit', () => {
    const closed = closeOnFit(plan, '2026-04-01', '2026-04-01');
    expect(dueItems(closed, '2026-04-07').map((i) => i.id)).to.deep.equal([
      'p1:legal-municipality-report:reminder@2026-04-07',
    ]);
  });
});
