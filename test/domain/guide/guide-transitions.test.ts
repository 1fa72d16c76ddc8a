import { expect } from 'chai';
import { fixedClock } from '../../../domain/clock.js';
import {
  pointsFor,
  stepsFor,
  type GuideKind,
  type StepId,
} from '../../../domain/guide/guide-kinds.js';
import {
  progressOf,
  startGuide,
  type StartGuideInput,
} from '../../../domain/guide/guide-session.js';
import { applyGuideCommand } from '../../../domain/guide/guide-transitions.js';
import {
  apply,
  context,
  LEADER,
  OTHER_LEADER,
  start,
  walk,
  WORKED_AGREEMENTS,
} from './guide-fixtures.js';

describe('stepsFor', () => {
  const cases: ReadonlyArray<readonly [GuideKind, number | null, number]> = [
    ['firstContact', 1, 8], // checklist, 5 points, agreements, summary
    ['firstContact', 3, 9], // checklist, 6 points, agreements, summary
    ['early', null, 13], // checklist, invitation, draft, 7 points, agreements, summary, minutes
    ['legal7a', null, 13],
    ['frequent', null, 12],
    ['returnToWork', null, 12],
    ['partialReturn', null, 9], // checklist, 5 points, agreements, summary, minutes
  ];
  for (const [kind, day, total] of cases) {
    it(`when the kind is ${kind}${day ? ` on day ${day}` : ''}, then there are ${total} steps`, () => {
      expect(stepsFor({ kind, contactDay: day }, 'hold')).to.have.length(total);
    });
  }

  it('when the leader decides not to hold it now, then only checklist, agreements and summary remain', () => {
    expect(stepsFor({ kind: 'legal7a', contactDay: null }, 'notNow')).to.deep.equal([
      'checklist',
      'agreements',
      'summary',
    ]);
  });
});

describe('startGuide', () => {
  const input: StartGuideInput = {
    id: 'g1',
    personKey: 'p-mette',
    sickPeriodId: 'sp-1',
    kind: 'legal7a',
    contactDay: null,
    actorLeadsEmployee: true,
  };

  it('when a leader starts a § 7a guide, then it is active at the checklist and owned by the leader', () => {
    const result = startGuide(input, context());
    expect(result.ok && result.value).to.include({
      status: 'active',
      step: 'checklist',
      leaderId: LEADER,
      createdAt: '2026-11-09T08:00:00.000Z',
    });
  });

  const refusals: ReadonlyArray<
    readonly [string, Partial<StartGuideInput>, ReturnType<typeof context>, string]
  > = [
    [
      'the employee is not the leader’s',
      { actorLeadsEmployee: false },
      context(),
      'notYourEmployee',
    ],
    ['there is no sick period', {}, context({ sickPeriod: null }), 'sickPeriodRequired'],
    [
      'the sick period closed yesterday',
      {},
      context({ sickPeriod: { start: '2026-10-26', end: '2026-11-08' } }),
      'sickPeriodClosed',
    ],
    [
      'a first call is planned for day 0',
      { kind: 'firstContact', contactDay: 0 },
      context(),
      'contactDayInvalid',
    ],
    [
      'a first call is planned for day 31',
      { kind: 'firstContact', contactDay: 31 },
      context(),
      'contactDayInvalid',
    ],
    [
      'a return talk comes 29 days after the period closed',
      { kind: 'returnToWork' },
      context({ sickPeriod: { start: '2026-09-01', end: '2026-10-11' } }),
      'sickPeriodClosed',
    ],
  ];
  for (const [when, change, ctx, reason] of refusals) {
    it(`when ${when}, then it is refused with ${reason}`, () => {
      expect(startGuide({ ...input, ...change }, ctx)).to.deep.equal({ ok: false, reason });
    });
  }

  const accepted: ReadonlyArray<
    readonly [string, Partial<StartGuideInput>, ReturnType<typeof context>]
  > = [
    [
      'frequent absence has no sick period',
      { kind: 'frequent', sickPeriodId: null },
      context({ sickPeriod: null }),
    ],
    [
      'the sick period ends today',
      {},
      context({ sickPeriod: { start: '2026-10-26', end: '2026-11-09' } }),
    ],
    [
      'a return talk comes 28 days after the period closed',
      { kind: 'returnToWork' },
      context({ sickPeriod: { start: '2026-09-01', end: '2026-10-12' } }),
    ],
  ];
  for (const [when, change, ctx] of accepted) {
    it(`when ${when}, then it starts`, () => {
      expect(startGuide({ ...input, ...change }, ctx).ok).to.equal(true);
    });
  }

  it('when a first call has no planned day, then day 1 is assumed', () => {
    expect(start('firstContact').contactDay).to.equal(1);
  });
});

describe('applyGuideCommand', () => {
  const kinds: ReadonlyArray<readonly [GuideKind, number | null]> = [
    ['firstContact', 1],
    ['firstContact', 5],
    ['early', null],
    ['legal7a', null],
    ['frequent', null],
    ['returnToWork', null],
    ['partialReturn', null],
  ];
  for (const [kind, day] of kinds) {
    it(`when a ${kind} guide is walked to the end, then every step is visited in order and it completes`, () => {
      const steps = stepsFor({ kind, contactDay: day }, 'hold');
      const seen: StepId[] = [];
      const last = walk(start(kind, day), (s) => {
        seen.push(s.step);
        expect(progressOf(s).index).to.equal(seen.length);
        return s.step === steps[steps.length - 1];
      });
      expect(seen).to.deep.equal(steps);
      const done = apply(last, { type: 'complete', step: last.step });
      expect(done).to.include({ status: 'completed', closedAt: '2026-11-09T08:00:00.000Z' });
      expect(done.covered).to.deep.equal(pointsFor({ kind, contactDay: day }));
    });
  }

  it('when at the third step of a § 7a guide, then progress is 3 of 13 before the conversation', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'invitationDraft');
    expect(progressOf(s)).to.deep.equal({ index: 3, total: 13, phase: 'before' });
  });

  it('when no invitation is made, then next skips the draft and back returns to the form', () => {
    const atForm = walk(start('legal7a'), (x) => x.step === 'invitation');
    const onward = apply(atForm, { type: 'next', step: 'invitation' });
    expect(onward.step).to.equal('careAndClarity');
    expect(apply(onward, { type: 'back', step: 'careAndClarity' }).step).to.equal('invitation');
  });

  it('when "not now" is chosen, then the guide goes straight to the agreements', () => {
    const s = apply(start('legal7a'), {
      type: 'answer',
      answer: { step: 'checklist', checked: [], decision: 'notNow' },
    });
    expect(s.step).to.equal('agreements');
    expect(progressOf(s)).to.deep.equal({ index: 2, total: 3, phase: 'after' });
  });

  it('when the checklist is answered, then only items of the kind are kept', () => {
    const s = apply(start('legal7a'), {
      type: 'answer',
      answer: { step: 'checklist', checked: ['bisidder', 'tasksCovered'], decision: 'phone' },
    });
    expect(s.checklist).to.deep.equal({ checked: ['bisidder'], decision: 'phone' });
  });

  it('when the leader leaves and comes back days later, then the guide resumes at the same step', () => {
    const atPoint = walk(start('legal7a'), (x) => x.step === 'duration');
    const paused = apply(atPoint, { type: 'leave' });
    expect(paused).to.include({
      status: 'paused',
      pausedAt: '2026-11-09T08:00:00.000Z',
      step: 'duration',
    });
    const later = context({ clock: fixedClock('2026-11-12T14:30:00+01:00') });
    const resumed = apply(paused, { type: 'resume' }, later);
    expect(resumed).to.include({
      status: 'active',
      pausedAt: null,
      step: 'duration',
      updatedAt: '2026-11-12T13:30:00.000Z',
    });
  });

  it('when a paused guide gets a next from its card, then it resumes and moves on', () => {
    const paused = apply(
      walk(start('legal7a'), (x) => x.step === 'duration'),
      { type: 'leave' },
    );
    expect(apply(paused, { type: 'next', step: 'duration' })).to.include({
      status: 'active',
      step: 'adjustments',
    });
  });

  const refused: ReadonlyArray<
    readonly [string, () => ReturnType<typeof applyGuideCommand>, string]
  > = [
    [
      'another leader presses next',
      () =>
        applyGuideCommand(
          start('legal7a'),
          { type: 'next', step: 'checklist' },
          context({ actorId: OTHER_LEADER }),
        ),
      'notYourGuide',
    ],
    [
      'another leader cancels',
      () =>
        applyGuideCommand(start('legal7a'), { type: 'cancel' }, context({ actorId: OTHER_LEADER })),
      'notYourGuide',
    ],
    [
      'an old card is used',
      () => applyGuideCommand(start('legal7a'), { type: 'next', step: 'duration' }, context()),
      'staleCard',
    ],
    [
      'an answer for another step arrives',
      () =>
        applyGuideCommand(
          start('legal7a'),
          { type: 'answer', answer: { step: 'agreements', agreements: WORKED_AGREEMENTS } },
          context(),
        ),
      'staleCard',
    ],
    [
      'back at the first step',
      () => applyGuideCommand(start('legal7a'), { type: 'back', step: 'checklist' }, context()),
      'atFirstStep',
    ],
    [
      'complete before the last step',
      () => applyGuideCommand(start('legal7a'), { type: 'complete', step: 'checklist' }, context()),
      'notAtLastStep',
    ],
    [
      'a first call gets "by phone"',
      () =>
        applyGuideCommand(
          start('firstContact'),
          { type: 'answer', answer: { step: 'checklist', checked: [], decision: 'phone' } },
          context(),
        ),
      'wrongAnswerForStep',
    ],
    [
      'next on the agreements without an answer',
      () =>
        applyGuideCommand(
          walk(start('legal7a'), (x) => x.step === 'agreements'),
          { type: 'next', step: 'agreements' },
          context(),
        ),
      'answerRequired',
    ],
    [
      'a cancelled guide gets next',
      () =>
        applyGuideCommand(
          apply(start('legal7a'), { type: 'cancel' }),
          { type: 'next', step: 'checklist' },
          context(),
        ),
      'guideClosed',
    ],
    [
      'a completed guide is resumed',
      () => applyGuideCommand(completedLegal(), { type: 'resume' }, context()),
      'guideClosed',
    ],
    [
      'the sick period closed before the talk',
      () =>
        applyGuideCommand(
          walk(start('legal7a'), (x) => x.step === 'duration'),
          { type: 'resume' },
          context({ sickPeriod: { start: '2026-10-26', end: '2026-11-06' } }),
        ),
      'sickPeriodClosed',
    ],
  ];
  for (const [when, run, reason] of refused) {
    it(`when ${when}, then it is refused with ${reason}`, () => {
      const result = run();
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.equal(reason);
    });
  }

  it('when the sick period closed after the talk, then the agreements can still be saved', () => {
    const atAgreements = walk(start('legal7a'), (x) => x.step === 'agreements');
    const closed = context({ sickPeriod: { start: '2026-10-26', end: '2026-11-06' } });
    const result = applyGuideCommand(
      atAgreements,
      { type: 'answer', answer: { step: 'agreements', agreements: WORKED_AGREEMENTS } },
      closed,
    );
    expect(result.ok && result.value.step).to.equal('summary');
  });

  it('when agreements are refused, then the session is unchanged and the reason names field and hint only', () => {
    const atAgreements = walk(start('legal7a'), (x) => x.step === 'agreements');
    const before = structuredClone(atAgreements);
    const bad = { ...WORKED_AGREEMENTS, otherAgreement: 'Hun er stresssygemeldt' };
    const result = applyGuideCommand(
      atAgreements,
      { type: 'answer', answer: { step: 'agreements', agreements: bad } },
      context(),
    );
    expect(result).to.deep.equal({
      ok: false,
      reason: 'healthDetail',
      detail: { field: 'otherAgreement', hint: 'condition' },
    });
    expect(atAgreements).to.deep.equal(before);
  });

  it('when hours per week are above the partial-sickness limit, then the answer is refused with the limit', () => {
    const atAgreements = walk(start('legal7a'), (x) => x.step === 'agreements');
    const bad = { ...WORKED_AGREEMENTS, partialReturn: { hoursPerWeek: 34, start: '2026-11-16' } };
    const result = applyGuideCommand(
      atAgreements,
      { type: 'answer', answer: { step: 'agreements', agreements: bad } },
      context(),
    );
    expect(result).to.deep.equal({ ok: false, reason: 'hoursTooHigh', detail: { max: 33 } });
  });

  it('when the next contact date is in the past, then the answer is refused', () => {
    const atAgreements = walk(start('legal7a'), (x) => x.step === 'agreements');
    const bad = {
      ...WORKED_AGREEMENTS,
      nextContact: { date: '2026-11-08', form: 'phone' as const },
    };
    const result = applyGuideCommand(
      atAgreements,
      { type: 'answer', answer: { step: 'agreements', agreements: bad } },
      context(),
    );
    expect(result).to.deep.equal({ ok: false, reason: 'nextContactInPast' });
  });
});

function completedLegal() {
  const last = walk(start('legal7a'), (x) => x.step === 'minutes');
  return apply(last, { type: 'complete', step: 'minutes' });
}
