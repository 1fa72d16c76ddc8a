import { expect } from 'chai';
import { period } from '../follow-up/follow-up-fixtures.js';
import { closeOnFit } from '../../../domain/follow-up/fit.js';
import { dueItems } from '../../../domain/follow-up/due.js';
import { completeStep, postponeStep } from '../../../domain/follow-up/step-actions.js';
import { isPersonStep } from '../../../domain/follow-up/step-types.js';
import { agreedFollowUpSteps, agreedPersonSteps } from '../../../domain/guide/agreed-steps.js';
import type { ProposalBatch } from '../../../domain/guide/follow-up-proposals.js';
import type { SickPeriod } from '../../../domain/model.js';

const PERIOD: SickPeriod = period('2026-10-26', { id: 'sp-1', personKey: 'p-mette' });

function batch(
  proposals: ProposalBatch['proposals'],
  sickPeriodId: string | null = 'sp-1',
): ProposalBatch {
  return {
    sessionId: 'g-1',
    leaderId: 'anne',
    personKey: 'p-mette',
    sickPeriodId,
    kind: 'legal7a',
    agreedOn: '2026-11-12',
    expectedDuration: null,
    partialReturn: null,
    proposals,
  };
}

const input = (b: ProposalBatch) => ({
  batch: b,
  period: PERIOD,
  unitId: 'SOL',
  policyId: 'koege',
  today: '2026-11-12',
});

describe('agreedFollowUpSteps', () => {
  it('when a phone call is agreed for Thursday 19 November, then it is an open contact step on day 25 of the period', () => {
    const [step, ...rest] = agreedFollowUpSteps(
      input(batch([{ type: 'contact', date: '2026-11-19', form: 'phone', reason: 'agreed' }])),
    );
    expect(rest).to.deep.equal([]);
    expect(step).to.include({
      id: 'sp-1:guide-contact-2026-11-19',
      key: 'guide-contact-2026-11-19',
      periodId: 'sp-1',
      personKey: 'p-mette',
      unitId: 'SOL',
      policyId: 'koege',
      kind: 'contact',
      purpose: 'keep-in-touch',
      audience: 'leader',
      timing: 'contact-day',
      day: 25,
      plannedDate: '2026-11-19',
      dueDate: '2026-11-19',
      state: 'open',
      version: 1,
      mandatory: true,
      createdOn: '2026-11-12',
    });
    // A mandatory contact is reminded once, the working day after it is due.
    expect(step?.schedule).to.deep.equal({
      notifyOn: '2026-11-19',
      remindOn: '2026-11-20',
      approachOn: null,
      escalateOn: null,
    });
  });

  it('when the agreed day is a Saturday, then the step is due the Monday after', () => {
    const [step] = agreedFollowUpSteps(
      input(batch([{ type: 'contact', date: '2026-11-21', form: 'meeting', reason: 'agreed' }])),
    );
    expect(step).to.include({ day: 27, dueDate: '2026-11-23', kind: 'conversation' });
  });

  it('when the batch has a status talk, HR notices and tasks, then only the contacts become steps', () => {
    const steps = agreedFollowUpSteps(
      input(
        batch([
          { type: 'contact', date: '2026-11-16', form: 'meeting', reason: 'partialReturnCheck' },
          { type: 'hrNotification', offer: 'tidligIndsats' },
          { type: 'task', task: 'handleplan', dueDate: null },
        ]),
      ),
    );
    expect(steps.map((s) => [s.id, s.purpose, s.kind])).to.deep.equal([
      ['sp-1:guide-status-2026-11-16', 'status-talk', 'conversation'],
    ]);
  });

  it('when the batch belongs to no sick period, or another, then there are no steps', () => {
    const contact = {
      type: 'contact',
      date: '2026-11-19',
      form: 'phone',
      reason: 'agreed',
    } as const;
    expect(agreedFollowUpSteps(input(batch([contact], null)))).to.deep.equal([]);
    expect(agreedFollowUpSteps(input(batch([contact], 'sp-2')))).to.deep.equal([]);
  });

  it('when a return-to-work talk agreed a contact and the employee is then registered fit, then that contact stays open', () => {
    const contact = {
      type: 'contact',
      date: '2026-11-23',
      form: 'meeting',
      reason: 'agreed',
    } as const;
    const returnBatch = { ...batch([contact]), kind: 'returnToWork' as const };
    const steps = agreedFollowUpSteps(input(returnBatch));
    const afterFit = closeOnFit(steps, '2026-11-15', '2026-11-13');
    expect(afterFit.map((s) => [s.key, s.state])).to.deep.equal([
      ['guide-contact-2026-11-23', 'open'],
    ]);
  });

  it('when a § 7a talk agreed a contact and the employee is fit before it, then it is no longer needed', () => {
    const contact = {
      type: 'contact',
      date: '2026-11-23',
      form: 'phone',
      reason: 'agreed',
    } as const;
    const afterFit = closeOnFit(
      agreedFollowUpSteps(input(batch([contact]))),
      '2026-11-15',
      '2026-11-13',
    );
    expect(afterFit.map((s) => s.state)).to.deep.equal(['not-needed']);
  });
});

describe('agreedPersonSteps', () => {
  // A frequent-absence talk on Thursday 12 November with Mette at work: no sick period.
  const meeting = {
    type: 'contact',
    date: '2026-11-19',
    form: 'meeting',
    reason: 'agreed',
  } as const;
  const frequent = (agreedOn = '2026-11-12'): ProposalBatch => ({
    ...batch([meeting, { type: 'hrNotification', offer: 'psychologist' }], null),
    kind: 'frequent',
    agreedOn,
  });
  const personInput = (b: ProposalBatch, today = b.agreedOn) => ({
    batch: b,
    unitId: 'SOL',
    policyId: 'koege',
    today,
  });

  it('when a frequent-absence talk without a sick period agrees a meeting, then it is an open step of the person, due and reminded like any other', () => {
    const [step, ...rest] = agreedPersonSteps(personInput(frequent()));
    expect(rest).to.deep.equal([]);
    expect(step).to.include({
      id: 'person:p-mette:guide-contact-2026-11-19',
      periodId: 'person:p-mette',
      scope: 'person',
      personKey: 'p-mette',
      unitId: 'SOL',
      kind: 'conversation',
      purpose: 'keep-in-touch',
      audience: 'leader',
      mandatory: true,
      periodStart: '2026-11-12',
      day: 8,
      dueDate: '2026-11-19',
      state: 'open',
    });
    expect(isPersonStep(step!)).to.equal(true);
    expect(step?.schedule).to.deep.equal({
      notifyOn: '2026-11-19',
      remindOn: '2026-11-20',
      approachOn: null,
      escalateOn: null,
    });
    expect(dueItems([step!], '2026-11-19').map((i) => i.id)).to.deep.equal([
      'person:p-mette:guide-contact-2026-11-19:new@2026-11-19',
    ]);
    expect(dueItems([step!], '2026-11-20').map((i) => i.kind)).to.deep.equal(['reminder']);
  });

  it('when the same contact is agreed again on another day, then the step id is the same (one step, one card)', () => {
    const again = agreedPersonSteps(personInput(frequent('2026-11-16')));
    expect(again.map((s) => s.id)).to.deep.equal(['person:p-mette:guide-contact-2026-11-19']);
  });

  it("when the guide has a sick period, then the person gets no steps of their own (they are the period's)", () => {
    expect(agreedPersonSteps(personInput({ ...frequent(), sickPeriodId: 'sp-1' }))).to.deep.equal(
      [],
    );
  });

  it('when the leader marks it Udført or Udskyd, then it closes, or moves with a fresh reminder', () => {
    const [step] = agreedPersonSteps(personInput(frequent()));
    const done = completeStep(step!, { version: 1, outcome: { kind: 'talked' } }, '2026-11-19');
    expect(done.ok && done.value).to.include({ state: 'done', closedOn: '2026-11-19', version: 2 });
    const moved = postponeStep(step!, { version: 1, date: '2026-11-26' }, '2026-11-19');
    expect(moved.ok && moved.value.schedule).to.deep.equal({
      notifyOn: '2026-11-26',
      remindOn: '2026-11-27',
      approachOn: null,
      escalateOn: null,
    });
    expect(dueItems([moved.ok ? moved.value : step!], '2026-11-20')).to.deep.equal([]);
  });
});
