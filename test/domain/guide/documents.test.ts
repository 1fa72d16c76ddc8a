import { expect } from 'chai';
import { buildInvitationDraft, buildMinutesDraft } from '../../../domain/guide/documents.js';
import { guideCardModel } from '../../../domain/guide/guide-view.js';
import { apply, context, start, walk, WORKED_MEETING } from './guide-fixtures.js';

const PARTIES = { employeeName: 'Mette Hansen', leaderName: 'Anne Jensen' };

describe('buildInvitationDraft', () => {
  it('when the meeting is set, then the draft has the topics, questions, notice and § 7a deadline', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'invitationDraft');
    const result = buildInvitationDraft(s, PARTIES, {
      today: '2026-11-09',
      sickStart: '2026-10-26',
    });
    expect(result.ok && result.value).to.deep.include({
      kind: 'legal7a',
      meeting: WORKED_MEETING,
      topics: ['howWork', 'returnWhenHow', 'adjustments', 'support', 'contactPlan'],
      prepare: ['canDo', 'easierReturn', 'contactWish'],
      noticeDays: 3,
      warnings: [],
      legalDeadline: '2026-11-20',
    });
  });

  it('when no meeting is set, then there is no draft', () => {
    expect(
      buildInvitationDraft(start('legal7a'), PARTIES, { today: '2026-11-09', sickStart: null }),
    ).to.deep.equal({ ok: false, reason: 'answerRequired' });
  });
});

describe('buildMinutesDraft', () => {
  it('when the talk was held, then the minutes carry its date, form, minute taker and agreements', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'minutes');
    const result = buildMinutesDraft(s, PARTIES, {
      today: '2026-11-12',
      firstSickDay: '2026-10-26',
      absenceFacts: { periods: 4, days: 9, months: 12 },
    });
    expect(result.ok && result.value).to.deep.include({
      date: '2026-11-12',
      form: 'inPerson',
      minuteTaker: 'peerLeader',
      participants: ['bisidder'],
      firstSickDay: '2026-10-26',
      absenceFacts: null,
      mulighedserklaeringPart1: true,
    });
  });

  it('when the minutes are written before the planned date, then today is used', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'minutes');
    const result = buildMinutesDraft(s, PARTIES, {
      today: '2026-11-10',
      firstSickDay: null,
      absenceFacts: null,
    });
    expect(result.ok && result.value.date).to.equal('2026-11-10');
  });

  it('when the talk was about frequent absence, then the absence facts are kept', () => {
    const s = walk(start('frequent'), (x) => x.step === 'minutes');
    const facts = { periods: 4, days: 9, months: 12 };
    const result = buildMinutesDraft(s, PARTIES, {
      today: '2026-11-12',
      firstSickDay: null,
      absenceFacts: facts,
    });
    expect(result.ok && result.value.absenceFacts).to.deep.equal(facts);
  });

  it('when the leader chose a phone talk, then the form is phone', () => {
    const s = walk(
      apply(start('partialReturn'), {
        type: 'answer',
        answer: { step: 'checklist', checked: [], decision: 'phone' },
      }),
      (x) => x.step === 'minutes',
    );
    const result = buildMinutesDraft(s, PARTIES, {
      today: '2026-11-12',
      firstSickDay: null,
      absenceFacts: null,
    });
    expect(result.ok && result.value).to.include({ form: 'phone', minuteTaker: null });
  });
});

describe('guideCardModel', () => {
  const input = {
    parties: PARTIES,
    today: '2026-11-09',
    sickStart: '2026-10-26',
    weeklyHours: 37,
    absenceFacts: null,
  };

  it('when at the invitation form, then a date three days ahead and the deadline are suggested', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'invitation');
    expect(guideCardModel(s, input).view).to.deep.equal({
      step: 'invitation',
      meeting: null,
      suggestedDate: '2026-11-12',
      suggestedTime: '10:00',
      legalDeadline: '2026-11-20',
      today: '2026-11-09',
    });
  });

  it('when at a point, then the never-ask item that fits is included', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'functioning');
    expect(guideCardModel(s, input).view).to.deep.equal({
      step: 'point',
      point: 'functioning',
      neverAsk: 'whatIsWrong',
    });
  });

  it('when "not now" was chosen, then the agreements show only the contact fields', () => {
    const s = apply(
      start('legal7a'),
      { type: 'answer', answer: { step: 'checklist', checked: [], decision: 'notNow' } },
      context(),
    );
    const view = guideCardModel(s, input).view;
    expect(view.step === 'agreements' && view.fields).to.deep.equal([
      'nextContact',
      'otherAgreement',
    ]);
  });

  it('when at the agreements for a 30-hour week, then at most 26 hours are offered', () => {
    const s = walk(start('legal7a'), (x) => x.step === 'agreements');
    const view = guideCardModel(s, { ...input, weeklyHours: 30 }).view;
    expect(view.step === 'agreements' && view.maxHours).to.equal(26);
  });
});
