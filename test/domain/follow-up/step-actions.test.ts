import { expect } from 'chai';
import {
  completeStep,
  offerEarlyIntervention,
  postponeStep,
  requestHrHelp,
} from '../../../domain/follow-up/step-actions.js';
import type { StepOutcome } from '../../../domain/follow-up/step-types.js';
import { planFor, stepOf } from './follow-up-fixtures.js';

// Køge, start Mon 2026-03-02 (see plan.test.ts): call-day-3 Wed 3-04 (contact day),
// conversation-14 deadline Fri 3-13 (policy deadline), § 7a deadline Fri 3-27 (legal).
const plan = planFor('koege', '2026-03-02');
const call3 = stepOf(plan, 'call-day-3');
const conv14 = stepOf(plan, 'conversation-14');
const s7a = stepOf(plan, 'legal-s7a');
const retention = stepOf(plan, 'legal-retention-plan');

describe('completeStep', () => {
  const ROWS: Array<{
    name: string;
    step: typeof call3;
    outcome: StepOutcome;
    state?: string;
    reason?: string;
  }> = [
    { name: 'a call with the employee', step: call3, outcome: { kind: 'talked' }, state: 'done' },
    {
      name: 'a call via a colleague, as the employee preferred',
      step: call3,
      outcome: { kind: 'via-colleague' },
      state: 'done',
    },
    {
      name: 'a call not appropriate now (in treatment)',
      step: call3,
      outcome: { kind: 'not-appropriate', reason: 'in-treatment', note: null },
      state: 'skipped-with-reason',
    },
    {
      name: 'a conversation "via a colleague" (a personal conversation cannot be)',
      step: s7a,
      outcome: { kind: 'via-colleague' },
      reason: 'outcome-not-allowed',
    },
    { name: 'an info step noted', step: retention, outcome: { kind: 'noted' }, state: 'done' },
    {
      name: 'an info step "talked"',
      step: retention,
      outcome: { kind: 'talked' },
      reason: 'outcome-not-allowed',
    },
    {
      name: '"other" without a note',
      step: call3,
      outcome: { kind: 'not-appropriate', reason: 'other', note: '  ' },
      reason: 'note-required',
    },
    {
      name: 'a note longer than 140 characters',
      step: call3,
      outcome: { kind: 'not-appropriate', reason: 'other', note: 'x'.repeat(141) },
      reason: 'note-too-long',
    },
  ];
  for (const row of ROWS) {
    it(`when the leader records ${row.name}, then ${row.state ? `the step is ${row.state}` : `it fails with ${row.reason}`}`, () => {
      const r = completeStep(
        row.step,
        { version: row.step.version, outcome: row.outcome },
        '2026-03-04',
      );
      if (row.state) {
        expect(r.ok).to.equal(true);
        if (r.ok)
          expect(r.value).to.include({ state: row.state, version: 2, closedOn: '2026-03-04' });
      } else {
        expect(r.ok).to.equal(false);
        if (!r.ok) expect(r.reason).to.equal(row.reason);
      }
    });
  }

  it('when the same Udført invoke arrives twice, then the second is stale and changes nothing', () => {
    const first = completeStep(call3, { version: 1, outcome: { kind: 'talked' } }, '2026-03-04');
    if (!first.ok) throw new Error(first.reason);
    const second = completeStep(
      first.value,
      { version: 1, outcome: { kind: 'talked' } },
      '2026-03-04',
    );
    expect(second).to.deep.include({ ok: false, reason: 'stale' });
  });

  it('when a closed step is acted on with its current version, then it fails with not-open', () => {
    const first = completeStep(call3, { version: 1, outcome: { kind: 'talked' } }, '2026-03-04');
    if (!first.ok) throw new Error(first.reason);
    const again = completeStep(
      first.value,
      { version: 2, outcome: { kind: 'talked' } },
      '2026-03-04',
    );
    expect(again).to.deep.include({ ok: false, reason: 'not-open' });
  });

  it('when "other" has a note with spaces around it, then the note is trimmed', () => {
    const r = completeStep(
      call3,
      {
        version: 1,
        outcome: { kind: 'not-appropriate', reason: 'other', note: '  aftalt pause ' },
      },
      '2026-03-04',
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.outcome).to.deep.equal({
      kind: 'not-appropriate',
      reason: 'other',
      note: 'aftalt pause',
    });
  });
});

describe('postponeStep', () => {
  const ROWS: Array<{
    name: string;
    step: typeof call3;
    today: string;
    date: string;
    expected?: {
      dueDate: string;
      notifyOn: string;
      remindOn: string | null;
      approachOn: string | null;
    };
    reason?: string;
  }> = [
    {
      // Sat 3-07 → Mon 3-09; reminder the next working day, Tue 3-10.
      name: 'a contact day to a Saturday',
      step: call3,
      today: '2026-03-04',
      date: '2026-03-07',
      expected: {
        dueDate: '2026-03-09',
        notifyOn: '2026-03-09',
        remindOn: '2026-03-10',
        approachOn: null,
      },
    },
    {
      name: 'a contact day to today',
      step: call3,
      today: '2026-03-04',
      date: '2026-03-04',
      reason: 'postpone-not-future',
    },
    {
      name: 'a contact day into the past',
      step: call3,
      today: '2026-03-04',
      date: '2026-03-03',
      reason: 'postpone-not-future',
    },
    {
      name: 'the § 7a conversation past its deadline (Fri 3-27)',
      step: s7a,
      today: '2026-03-16',
      date: '2026-03-28',
      reason: 'postpone-past-deadline',
    },
    {
      // To the deadline itself: no approaching nudge (3-24 is before 3-27); reminder Mon 3-30.
      name: 'the § 7a conversation to its deadline day',
      step: s7a,
      today: '2026-03-16',
      date: '2026-03-27',
      expected: {
        dueDate: '2026-03-27',
        notifyOn: '2026-03-27',
        remindOn: '2026-03-30',
        approachOn: null,
      },
    },
    {
      // Sat 3-21 → Mon 3-23; the deadline stays Fri 3-27; approaching Tue 3-24 is still later.
      name: 'the § 7a conversation to a Saturday before its deadline',
      step: s7a,
      today: '2026-03-16',
      date: '2026-03-21',
      expected: {
        dueDate: '2026-03-27',
        notifyOn: '2026-03-23',
        remindOn: '2026-03-30',
        approachOn: '2026-03-24',
      },
    },
    {
      // A policy (not legal) deadline may move: Fri 3-20 becomes the deadline; 3 working days
      // before it (Tue 3-17) is before the card, so no approaching; reminder Mon 3-23.
      name: 'the 14-day conversation (policy deadline Fri 3-13) to Fri 3-20',
      step: conv14,
      today: '2026-03-09',
      date: '2026-03-20',
      expected: {
        dueDate: '2026-03-20',
        notifyOn: '2026-03-20',
        remindOn: '2026-03-23',
        approachOn: null,
      },
    },
  ];
  for (const row of ROWS) {
    it(`when the leader postpones ${row.name}, then ${row.expected ? 'the dates are as hand-computed' : `it fails with ${row.reason}`}`, () => {
      const r = postponeStep(row.step, { version: row.step.version, date: row.date }, row.today);
      if (row.expected) {
        if (!r.ok) throw new Error(r.reason);
        const { dueDate, schedule, state, version } = r.value;
        expect({
          dueDate,
          notifyOn: schedule.notifyOn,
          remindOn: schedule.remindOn,
          approachOn: schedule.approachOn,
        }).to.deep.equal(row.expected);
        expect({ state, version }).to.deep.equal({ state: 'postponed', version: 2 });
      } else {
        expect(r).to.deep.include({ ok: false, reason: row.reason });
      }
    });
  }

  it('when the § 7a conversation is postponed, then the HR escalation day stays as planned', () => {
    const r = postponeStep(s7a, { version: 1, date: '2026-03-26' }, '2026-03-16');
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.schedule.escalateOn).to.equal('2026-03-24');
  });

  it('when a postponed step is done, then it is done', () => {
    const p = postponeStep(call3, { version: 1, date: '2026-03-06' }, '2026-03-04');
    if (!p.ok) throw new Error(p.reason);
    const d = completeStep(p.value, { version: 2, outcome: { kind: 'talked' } }, '2026-03-06');
    expect(d.ok && d.value.state).to.equal('done');
  });
});

describe('requestHrHelp and offerEarlyIntervention', () => {
  it('when HR help is asked for, then it is recorded once', () => {
    const r = requestHrHelp(call3, { version: 1 }, '2026-03-04');
    if (!r.ok) throw new Error(r.reason);
    expect(r.value).to.include({ hrHelpRequestedOn: '2026-03-04', version: 2, state: 'open' });
    expect(requestHrHelp(r.value, { version: 2 }, '2026-03-05')).to.deep.include({
      ok: false,
      reason: 'already-requested',
    });
  });

  it('when Tidlig Indsats is offered at the day-3 call, then it is recorded', () => {
    const r = offerEarlyIntervention(call3, { version: 1 }, '2026-03-04');
    expect(r.ok && r.value.earlyInterventionOfferedOn).to.equal('2026-03-04');
  });

  it('when Tidlig Indsats is offered on a step whose policy does not offer it, then it fails', () => {
    expect(offerEarlyIntervention(s7a, { version: 1 }, '2026-03-16')).to.deep.include({
      ok: false,
      reason: 'not-offered',
    });
  });
});
