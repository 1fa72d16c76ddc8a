import { expect } from 'chai';
import { isGuideVerb, parseGuideSubmit } from '../../cards/guide-submit.js';
import { validateMeeting } from '../../domain/guide/meeting.js';

const base = { verb: 'guide.answer', sessionId: 'guide-legal7a' };

const agreementsSubmit = {
  ...base,
  step: 'agreements',
  participants: 'bisidder',
  expectedDuration: 'fourToEightWeeks',
  partialReturn: 'true',
  hoursPerWeek: '12,5',
  partialStart: '2026-11-16',
  adjustments: 'lighterTasks,moreBreaks',
  offers: 'tidligIndsats',
  tools: 'mulighedserklaering',
  handleplan: 'false',
  colleaguesTold: 'employeeTells',
  nextContactDate: '2026-11-19',
  nextContactForm: 'phone',
  otherAgreement: 'Starter med dagvagter',
};

describe('parseGuideSubmit', () => {
  it('when next is pressed, then a next command for the card’s step results', () => {
    expect(
      parseGuideSubmit({ verb: 'guide.next', sessionId: 'g1', step: 'duration' }),
    ).to.deep.equal({
      ok: true,
      value: { type: 'command', sessionId: 'g1', command: { type: 'next', step: 'duration' } },
    });
  });

  it('when leave, resume or cancel is pressed, then the plain command results', () => {
    for (const type of ['leave', 'resume', 'cancel'] as const) {
      expect(parseGuideSubmit({ verb: `guide.${type}`, sessionId: 'g1' })).to.deep.equal({
        ok: true,
        value: { type: 'command', sessionId: 'g1', command: { type } },
      });
    }
  });

  it('when a guide is started from a due card, then kind, period and contact day are read', () => {
    expect(
      parseGuideSubmit({
        verb: 'guide.start',
        personKey: 'p-mette',
        sickPeriodId: 'sp-1',
        kind: 'firstContact',
        contactDay: 3,
      }),
    ).to.deep.equal({
      ok: true,
      value: {
        type: 'start',
        personKey: 'p-mette',
        sickPeriodId: 'sp-1',
        kind: 'firstContact',
        contactDay: 3,
      },
    });
  });

  it('when the checklist is submitted, then ticked items and the decision are read', () => {
    const result = parseGuideSubmit({
      ...base,
      step: 'checklist',
      decision: 'phone',
      check_purposeTold: 'true',
      check_bisidder: 'false',
      check_sparring: 'true',
    });
    expect(result.ok && result.value).to.deep.equal({
      type: 'command',
      sessionId: 'guide-legal7a',
      command: {
        type: 'answer',
        answer: { step: 'checklist', checked: ['purposeTold', 'sparring'], decision: 'phone' },
      },
    });
  });

  it('when the invitation form is submitted as strings, then a typed meeting results', () => {
    const result = parseGuideSubmit({
      ...base,
      step: 'invitation',
      meetingDate: '2026-11-12',
      meetingTime: '10:00',
      durationMinutes: '45',
      form: 'inPerson',
      place: 'Mødelokalet',
      minuteTaker: 'peerLeader',
      guests: 'hr,retentionConsultant',
      mulighedserklaering: 'true',
    });
    expect(result.ok && result.value.type === 'command' && result.value.command).to.deep.equal({
      type: 'answer',
      answer: {
        step: 'invitation',
        meeting: {
          date: '2026-11-12',
          time: '10:00',
          durationMinutes: 45,
          form: 'inPerson',
          place: 'Mødelokalet',
          minuteTaker: 'peerLeader',
          guests: ['hr', 'retentionConsultant'],
          mulighedserklaering: true,
        },
      },
    });
  });

  it('when the meeting is by phone, then a place sent along is dropped', () => {
    const result = parseGuideSubmit({
      ...base,
      step: 'invitation',
      meetingDate: '2026-11-12',
      meetingTime: '10:00:00',
      durationMinutes: 30,
      form: 'phone',
      place: 'x',
      minuteTaker: 'leader',
      guests: '',
    });
    expect(
      result.ok &&
        result.value.type === 'command' &&
        result.value.command.type === 'answer' &&
        result.value.command.answer,
    ).to.deep.include({
      meeting: {
        date: '2026-11-12',
        time: '10:00',
        durationMinutes: 30,
        form: 'phone',
        place: null,
        minuteTaker: 'leader',
        guests: [],
        mulighedserklaering: false,
      },
    });
  });

  it('when the agreements are submitted, then the Danish decimal comma and the lists are read', () => {
    const result = parseGuideSubmit(agreementsSubmit);
    expect(result.ok && result.value.type === 'command' && result.value.command).to.deep.equal({
      type: 'answer',
      answer: {
        step: 'agreements',
        agreements: {
          participants: ['bisidder'],
          expectedDuration: 'fourToEightWeeks',
          partialReturn: { hoursPerWeek: 12.5, start: '2026-11-16' },
          adjustments: ['lighterTasks', 'moreBreaks'],
          offers: ['tidligIndsats'],
          tools: ['mulighedserklaering'],
          handleplan: false,
          colleaguesTold: 'employeeTells',
          nextContact: { date: '2026-11-19', form: 'phone' },
          otherAgreement: 'Starter med dagvagter',
        },
      },
    });
  });

  it('when partial return is off, then hours sent along are ignored; blank inputs count as not given', () => {
    const result = parseGuideSubmit({
      ...agreementsSubmit,
      partialReturn: 'false',
      expectedDuration: '',
      nextContactDate: '',
      otherAgreement: '',
    });
    const agreements =
      result.ok && result.value.type === 'command' && result.value.command.type === 'answer'
        ? result.value.command.answer
        : null;
    expect(agreements).to.deep.include({ step: 'agreements' });
    expect(agreements && 'agreements' in agreements && agreements.agreements).to.deep.include({
      partialReturn: null,
      expectedDuration: null,
      nextContact: { date: null, form: 'phone' },
      otherAgreement: null,
    });
  });

  it('when "start over" is pressed on the offer to go on, then a restart of the session results', () => {
    expect(parseGuideSubmit({ verb: 'guide.restart', sessionId: 'g1' })).to.deep.equal({
      ok: true,
      value: { type: 'restart', sessionId: 'g1' },
    });
  });

  it('when one of several employees is chosen, then the person key is read', () => {
    expect(parseGuideSubmit({ verb: 'guide.pick', personKey: 'p-mette' })).to.deep.equal({
      ok: true,
      value: { type: 'pick', personKey: 'p-mette' },
    });
    expect(parseGuideSubmit({ verb: 'guide.pick', personKey: 'p mette' }).ok).to.equal(false);
    expect(
      parseGuideSubmit({ verb: 'guide.pick', personKey: 'p-mette', kind: 'early' }).ok,
    ).to.equal(false);
  });

  it('when the minutes are exported, then the document is read', () => {
    expect(
      parseGuideSubmit({ verb: 'guide.export', sessionId: 'g1', document: 'minutes' }),
    ).to.deep.equal({ ok: true, value: { type: 'export', sessionId: 'g1', document: 'minutes' } });
  });

  const tampered: ReadonlyArray<readonly [string, unknown]> = [
    [
      'an unknown key rides on next',
      { verb: 'guide.next', sessionId: 'g1', step: 'duration', diagnosis: 'x' },
    ],
    ['an unknown step', { verb: 'guide.next', sessionId: 'g1', step: 'diagnosis' }],
    ['a session id with spaces', { verb: 'guide.next', sessionId: 'g 1', step: 'duration' }],
    ['a session id of 65 characters', { verb: 'guide.leave', sessionId: 'g'.repeat(65) }],
    [
      'an unknown checklist item',
      { ...base, step: 'checklist', decision: 'hold', check_diagnosis: 'true' },
    ],
    ['a toggle that is not true or false', { ...base, step: 'checklist', check_bisidder: 'yes' }],
    [
      'an unknown guest',
      {
        ...base,
        step: 'invitation',
        meetingDate: '2026-11-12',
        meetingTime: '10:00',
        durationMinutes: '45',
        form: 'inPerson',
        minuteTaker: 'leader',
        guests: 'hr,doctor',
      },
    ],
    [
      'a place of 81 characters',
      {
        ...base,
        step: 'invitation',
        meetingDate: '2026-11-12',
        meetingTime: '10:00',
        durationMinutes: '45',
        form: 'inPerson',
        place: 'x'.repeat(81),
        minuteTaker: 'leader',
      },
    ],
    ['an invalid date', { ...agreementsSubmit, nextContactDate: '2026-02-30' }],
    ['an hours figure of 17 characters', { ...agreementsSubmit, hoursPerWeek: '1'.repeat(17) }],
    [
      'an other agreement of 201 characters',
      { ...agreementsSubmit, otherAgreement: 'x'.repeat(201) },
    ],
    ['an unknown offer', { ...agreementsSubmit, offers: 'tidligIndsats,massage' }],
    ['a free-text health field', { ...agreementsSubmit, healthNote: 'x' }],
    ['an unknown kind', { verb: 'guide.start', personKey: 'p1', kind: 'disciplinary' }],
    [
      'a contact day of 0',
      { verb: 'guide.start', personKey: 'p1', kind: 'firstContact', contactDay: 0 },
    ],
    ['a foreign verb', { verb: 'followup.done', sessionId: 'g1' }],
    ['a plain string', 'guide.next'],
    ['nothing', undefined],
  ];
  for (const [when, value] of tampered) {
    it(`when ${when}, then it is an invalid action`, () => {
      expect(parseGuideSubmit(value)).to.deep.equal({ ok: false, reason: 'invalidAction' });
    });
  }
});

describe('parseGuideSubmit: figures a number input can send', () => {
  const hoursOf = (hoursPerWeek: string): number | null => {
    const parsed = parseGuideSubmit({ ...agreementsSubmit, hoursPerWeek });
    if (!parsed.ok || parsed.value.type !== 'command') throw new Error('not parsed');
    const { command } = parsed.value;
    if (command.type !== 'answer' || command.answer.step !== 'agreements') throw new Error('no');
    return command.answer.agreements.partialReturn?.hoursPerWeek ?? null;
  };
  const cases: ReadonlyArray<[string, number]> = [
    ['12,5', 12.5],
    [' 20 ', 20],
    ['-3', -3],
    ['1000', 1000],
  ];
  for (const [typed, hours] of cases) {
    it(`when "${typed}" is typed, then it is the figure ${hours} for the domain to judge`, () => {
      expect(hoursOf(typed)).to.equal(hours);
    });
  }
  for (const typed of ['tolv', '1e1', '12,5,0']) {
    it(`when "${typed}" is typed, then it is no figure (NaN), refused by the domain as invalid hours`, () => {
      expect(hoursOf(typed)).to.be.NaN;
    });
  }
});

describe('parseGuideSubmit: a meeting length that is no figure', () => {
  for (const typed of ['', '-30', 'en time']) {
    it(`when the length is "${typed}", then the meeting is parsed for the domain to refuse as an invalid length`, () => {
      const parsed = parseGuideSubmit({
        ...base,
        step: 'invitation',
        meetingDate: '2026-11-12',
        meetingTime: '10:00',
        durationMinutes: typed,
        form: 'phone',
        minuteTaker: 'leader',
      });
      if (!parsed.ok || parsed.value.type !== 'command') throw new Error('not parsed');
      const { command } = parsed.value;
      if (command.type !== 'answer' || command.answer.step !== 'invitation') throw new Error('no');
      expect(validateMeeting(command.answer.meeting, '2026-11-09')).to.deep.equal({
        ok: false,
        reason: 'durationInvalid',
      });
    });
  }
});

describe('isGuideVerb', () => {
  it('when the value carries a guide verb, then it is routed to the guide', () => {
    expect(isGuideVerb({ verb: 'guide.next', anything: 1 })).to.equal(true);
    expect(isGuideVerb({ verb: 'followup.done' })).to.equal(false);
    expect(isGuideVerb(null)).to.equal(false);
  });
});
