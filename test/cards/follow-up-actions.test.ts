import { expect } from 'chai';
import {
  FOLLOW_UP_VERBS,
  isFollowUpVerb,
  parseFollowUpAction,
} from '../../cards/follow-up-actions.js';

const ref = { stepId: 'p1:call-day-3', version: 2 };

describe('parseFollowUpAction', () => {
  const GOOD: Array<{ name: string; raw: unknown; expected: unknown }> = [
    {
      name: 'Udført with "talked"',
      raw: {
        verb: FOLLOW_UP_VERBS.complete,
        ...ref,
        slot: 1,
        'outcome-1': 'talked',
        'reason-1': '',
        'note-1': '',
      },
      expected: { verb: FOLLOW_UP_VERBS.complete, ...ref, outcome: { kind: 'talked' } },
    },
    {
      name: 'Udført "not appropriate now" with a reason',
      raw: {
        verb: FOLLOW_UP_VERBS.complete,
        ...ref,
        slot: 0,
        'outcome-0': 'not-appropriate',
        'reason-0': 'in-treatment',
      },
      expected: {
        verb: FOLLOW_UP_VERBS.complete,
        ...ref,
        outcome: { kind: 'not-appropriate', reason: 'in-treatment', note: null },
      },
    },
    {
      name: 'Udskyd with a date',
      raw: { verb: FOLLOW_UP_VERBS.postpone, ...ref, slot: 3, 'date-3': '2026-03-09' },
      expected: { verb: FOLLOW_UP_VERBS.postpone, ...ref, date: '2026-03-09' },
    },
    {
      name: 'Bed HR om hjælp',
      raw: { verb: FOLLOW_UP_VERBS.askHr, ...ref },
      expected: { verb: FOLLOW_UP_VERBS.askHr, ...ref },
    },
    {
      name: 'an HR reply (trimmed)',
      raw: { verb: FOLLOW_UP_VERBS.hrReply, stepId: 'p1:x', reply: '  Jeg ringer. ' },
      expected: { verb: FOLLOW_UP_VERBS.hrReply, stepId: 'p1:x', reply: 'Jeg ringer.' },
    },
    {
      name: 'a partial registration with the percent as a string',
      raw: {
        verb: FOLLOW_UP_VERBS.registerSick,
        employee: 'k1',
        start: '2026-03-09',
        extent: 'partial',
        percent: '50',
      },
      expected: {
        verb: FOLLOW_UP_VERBS.registerSick,
        personKey: 'k1',
        start: '2026-03-09',
        partialPercent: 50,
      },
    },
    {
      name: 'a full registration with a stray percent',
      raw: {
        verb: FOLLOW_UP_VERBS.registerSick,
        employee: 'k1',
        start: '2026-03-09',
        extent: 'full',
        percent: '30',
      },
      expected: {
        verb: FOLLOW_UP_VERBS.registerSick,
        personKey: 'k1',
        start: '2026-03-09',
        partialPercent: null,
      },
    },
    {
      name: 'a partial registration without a percent (0: the domain refuses it with a clear message)',
      raw: {
        verb: FOLLOW_UP_VERBS.registerSick,
        employee: 'k1',
        start: '2026-03-09',
        extent: 'partial',
        percent: '',
      },
      expected: {
        verb: FOLLOW_UP_VERBS.registerSick,
        personKey: 'k1',
        start: '2026-03-09',
        partialPercent: 0,
      },
    },
  ];
  for (const row of GOOD) {
    it(`when the payload is ${row.name}, then it parses`, () => {
      expect(parseFollowUpAction(row.raw)).to.deep.equal({ ok: true, value: row.expected });
    });
  }

  const BAD: Array<[string, unknown]> = [
    ['not an object', 'x'],
    ['an unknown verb', { verb: 'followup.hack', ...ref }],
    ['Udført without an outcome', { verb: FOLLOW_UP_VERBS.complete, ...ref, slot: 0 }],
    [
      'Udført with an unknown outcome',
      { verb: FOLLOW_UP_VERBS.complete, ...ref, slot: 0, 'outcome-0': 'diagnosis' },
    ],
    [
      '"not appropriate" without a reason',
      { verb: FOLLOW_UP_VERBS.complete, ...ref, slot: 0, 'outcome-0': 'not-appropriate' },
    ],
    [
      'a note over 140 characters',
      {
        verb: FOLLOW_UP_VERBS.complete,
        ...ref,
        slot: 0,
        'outcome-0': 'not-appropriate',
        'reason-0': 'other',
        'note-0': 'x'.repeat(141),
      },
    ],
    [
      'Udskyd with a malformed date',
      { verb: FOLLOW_UP_VERBS.postpone, ...ref, slot: 0, 'date-0': '09-03-2026' },
    ],
    ['a version as a string', { verb: FOLLOW_UP_VERBS.askHr, stepId: 'p1:x', version: '2' }],
    [
      'a registration without an employee',
      { verb: FOLLOW_UP_VERBS.registerSick, start: '2026-03-09', extent: 'full' },
    ],
    ['an empty HR reply', { verb: FOLLOW_UP_VERBS.hrReply, stepId: 'p1:x', reply: '   ' }],
  ];
  for (const [name, raw] of BAD) {
    it(`when the payload is ${name}, then it is invalid`, () => {
      expect(parseFollowUpAction(raw)).to.deep.equal({ ok: false, reason: 'invalid-action' });
    });
  }
});

describe('isFollowUpVerb', () => {
  it('when the verb is one of ours, then true; otherwise false', () => {
    expect(isFollowUpVerb('followup.postpone')).to.equal(true);
    expect(isFollowUpVerb('stats.show')).to.equal(false);
    expect(isFollowUpVerb(undefined)).to.equal(false);
  });
});
