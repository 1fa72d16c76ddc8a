import { expect } from 'chai';
import { isUrgentNotice, noticeFate, type NoticeKind } from '../../../domain/workflows/notice.js';
import type { StepRecord } from '../../../domain/workflows/types.js';

describe('isUrgentNotice: at once, or in the owner’s next day message', () => {
  // Christmas 2026: 24 December (Thursday) is a working day, 25 December and the weekend are not.
  const cases: Array<[NoticeKind, string | null, string, boolean, string]> = [
    ['step', '2026-11-23', '2026-11-23', true, 'due today'],
    ['step', '2026-11-20', '2026-11-23', true, 'already late'],
    ['step', '2026-11-24', '2026-11-23', true, 'one working day'],
    ['step', '2026-11-25', '2026-11-23', true, 'two working days'],
    ['step', '2026-11-26', '2026-11-23', false, 'three working days'],
    ['step', '2026-11-30', '2026-11-27', true, 'Friday to Monday is one working day'],
    ['step', '2026-12-01', '2026-11-27', true, 'Friday to Tuesday is two'],
    ['step', '2026-12-02', '2026-11-27', false, 'Friday to Wednesday is three'],
    ['step', '2026-11-30', '2026-11-28', true, 'on a Saturday, Monday is the first'],
    ['step', '2026-12-28', '2026-12-23', true, 'over Christmas: the 24th, then the 28th'],
    ['step', '2026-12-29', '2026-12-23', false, 'the 29th is the third'],
    ['step', null, '2026-11-23', false, 'no due date'],
    ['escalation', '2026-12-30', '2026-11-23', true, 'an escalation always'],
    ['escalation', null, '2026-11-23', true, 'an escalation without a date'],
  ];
  for (const [kind, due, today, urgent, why] of cases)
    it(`${kind} due ${due ?? '–'} on ${today}: ${urgent ? 'at once' : 'waits'} (${why})`, () => {
      expect(isUrgentNotice(kind, due, today)).to.equal(urgent);
    });
});

describe('noticeFate: a waiting notice at the daily build', () => {
  const steps = (due: string | null): StepRecord[] => [
    { id: 'offer', owners: ['leader'], due, doneAt: null, doneBy: null },
    { id: 'apv-plan', owners: ['leader'], due: null, doneAt: null, doneBy: null },
  ];
  const cases: Array<[string, string | null, string | null, string, 'line' | 'settle', string]> = [
    ['offer', '2026-12-07', '2026-12-07', '2026-11-23', 'line', 'still current, not late'],
    ['offer', '2026-12-07', '2026-12-07', '2026-12-07', 'line', 'due today'],
    ['offer', '2026-12-07', '2026-12-07', '2026-12-08', 'settle', 'overdue: the reminder tells'],
    ['apv-plan', '2026-12-07', '2026-12-07', '2026-11-23', 'settle', 'the step moved on'],
    ['done', '2026-12-07', '2026-12-07', '2026-11-23', 'settle', 'the workflow ended'],
    ['offer', '2026-12-10', '2026-12-07', '2026-11-23', 'settle', 'a new due date'],
    ['offer', null, null, '2026-11-23', 'line', 'no due date'],
  ];
  for (const [state, stepDue, noticeDue, today, fate, why] of cases)
    it(`${why}: ${fate}`, () => {
      const wf = { state, steps: steps(stepDue) };
      expect(noticeFate(wf, { stepId: 'offer', due: noticeDue }, today)).to.equal(fate);
    });
});
