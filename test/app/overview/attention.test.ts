/** What wants attention (domain/overview/attention.ts): table-driven, Monday 23 Nov 2026. */
import { expect } from 'chai';
import {
  dayOfPeriod,
  hrAttention,
  isDueToday,
  isSickOn,
  workingDaysLate,
} from '../../../domain/overview/attention.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
import { importedPeriod } from '../../helpers/sick-periods.js';

const TODAY = '2026-11-23';

function step(p: Partial<FollowUpStep>): FollowUpStep {
  return {
    id: 'p1:s',
    periodId: 'p1',
    personKey: 'p-mette',
    unitId: 'HN',
    policyId: 'koege',
    periodStart: '2026-11-02',
    key: 's',
    kind: 'contact',
    purpose: 'early-contact',
    audience: 'leader',
    timing: 'contact-day',
    legal: false,
    mandatory: true,
    offersEarlyIntervention: false,
    escalateToHr: false,
    onlyIfAbsenceExceedsDays: null,
    keepAfterFit: false,
    day: 3,
    plannedDate: TODAY,
    dueDate: TODAY,
    schedule: { notifyOn: TODAY, remindOn: null, approachOn: null, escalateOn: null },
    state: 'open',
    outcome: null,
    version: 1,
    postponedTo: null,
    closedOn: null,
    missedBeforeFit: false,
    createdOn: '2026-11-02',
    notifiedOn: null,
    remindedOn: null,
    escalatedToHrOn: null,
    hrHelpRequestedOn: null,
    earlyInterventionOfferedOn: null,
    ...p,
  };
}

describe('isDueToday', () => {
  const cases: Array<[string, Partial<FollowUpStep>, boolean]> = [
    ['open, delivered today', {}, true],
    [
      'open, late',
      { dueDate: '2026-11-18', schedule: { ...step({}).schedule, notifyOn: '2026-11-18' } },
      true,
    ],
    [
      'open, first delivery tomorrow',
      { schedule: { ...step({}).schedule, notifyOn: '2026-11-24' } },
      false,
    ],
    ['postponed to today', { state: 'postponed', postponedTo: TODAY }, true],
    ['postponed to Friday', { state: 'postponed', postponedTo: '2026-11-27' }, false],
    ['done', { state: 'done' }, false],
  ];
  for (const [name, p, due] of cases)
    it(`when ${name}, then ${due ? '' : 'not '}due today`, () => {
      expect(isDueToday(step(p), TODAY)).to.equal(due);
    });
});

describe('hrAttention', () => {
  const cases: Array<[string, Partial<FollowUpStep>, ReturnType<typeof hrAttention>]> = [
    ['due last Friday', { dueDate: '2026-11-20' }, { kind: 'late', workingDays: 1 }],
    ['due last Monday', { dueDate: '2026-11-16' }, { kind: 'late', workingDays: 5 }],
    ['due today', {}, { kind: 'soon', workingDays: 0 }],
    [
      'due next Monday (5 working days)',
      { dueDate: '2026-11-30' },
      { kind: 'soon', workingDays: 5 },
    ],
    ['due next Tuesday (6 working days)', { dueDate: '2026-12-01' }, null],
    ['recommended, not mandatory', { dueDate: '2026-11-16', mandatory: false }, null],
    ['a notice', { dueDate: '2026-11-16', kind: 'notice' }, null],
    ['done', { dueDate: '2026-11-16', state: 'done' }, null],
  ];
  for (const [name, p, expected] of cases)
    it(`when ${name}, then ${JSON.stringify(expected)}`, () => {
      expect(hrAttention(step(p), TODAY)).to.deep.equal(expected);
    });

  it('when the due day was Friday and today is Saturday, then it is late by no working day yet', () => {
    expect(workingDaysLate({ dueDate: '2026-11-20' }, '2026-11-21')).to.equal(0);
  });
});

describe('isSickOn and dayOfPeriod', () => {
  it('when the period covers today, then sick and its day counts from day 1', () => {
    const p = importedPeriod('a', 'p-mette', '2026-11-21', null);
    expect(isSickOn(p, TODAY)).to.equal(true);
    expect(dayOfPeriod(p, TODAY)).to.equal(3);
  });
  it("when the period ended yesterday, starts tomorrow, or is a child's sickness, then not sick today", () => {
    expect(isSickOn(importedPeriod('a', 'k', '2026-11-02', '2026-11-22'), TODAY)).to.equal(false);
    expect(isSickOn(importedPeriod('b', 'k', '2026-11-24', null), TODAY)).to.equal(false);
    const child = { ...importedPeriod('c', 'k', '2026-11-23', null), type: 'BARN_SYG' as const };
    expect(isSickOn(child, TODAY)).to.equal(false);
  });
});
