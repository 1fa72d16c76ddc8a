import { expect } from 'chai';
import { period } from '../follow-up/follow-up-fixtures.js';
import { daysBetween } from '../../../domain/guide/checks.js';
import {
  legalDeadline,
  meetingWarnings,
  suggestedMeetingDate,
  validateMeeting,
  type Meeting,
} from '../../../domain/guide/meeting.js';
import { LEGAL_CONVERSATION_KEY } from '../../../domain/follow-up/legal-overlay.js';
import { generatePlan } from '../../../domain/follow-up/plan.js';
import { POLICY_PRESETS } from '../../../domain/follow-up/policy-presets.js';
import type { SickPeriod } from '../../../domain/model.js';
import { WORKED_MEETING } from './guide-fixtures.js';

const TODAY = '2026-11-09';
const KOEGE = POLICY_PRESETS.find((p) => p.id === 'koege');
if (!KOEGE) throw new Error('no koege preset');
const PERIOD: SickPeriod = period('2026-10-26', { id: 'sp', personKey: 'p' });
const at = (change: Partial<Meeting>): Meeting => ({ ...WORKED_MEETING, ...change });

describe('validateMeeting', () => {
  const refused: ReadonlyArray<readonly [string, Partial<Meeting>, string]> = [
    ['the date was yesterday', { date: '2026-11-08' }, 'meetingInPast'],
    ['the date is 91 days away', { date: '2027-02-08' }, 'meetingTooFar'],
    ['the time is 25:00', { time: '25:00' }, 'timeInvalid'],
    ['the time lacks a leading zero', { time: '9:00' }, 'timeInvalid'],
    ['it lasts 10 minutes', { durationMinutes: 10 }, 'durationInvalid'],
    ['it lasts 181 minutes', { durationMinutes: 181 }, 'durationInvalid'],
    ['it lasts 45.5 minutes', { durationMinutes: 45.5 }, 'durationInvalid'],
    ['the place names a diagnosis', { place: 'Efter hendes kemo' }, 'healthDetail'],
  ];
  for (const [when, change, reason] of refused) {
    it(`when ${when}, then it is refused with ${reason}`, () => {
      const result = validateMeeting(at(change), TODAY);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.equal(reason);
    });
  }

  it('when the meeting is today and 90 days away, then both are accepted', () => {
    expect(validateMeeting(at({ date: TODAY }), TODAY).ok).to.equal(true);
    expect(validateMeeting(at({ date: '2027-02-07' }), TODAY).ok).to.equal(true);
  });

  it('when the meeting is by phone, then no place is kept', () => {
    const result = validateMeeting(at({ form: 'phone' }), TODAY);
    expect(result.ok && result.value.place).to.equal(null);
  });
});

describe('meetingWarnings', () => {
  it('when the meeting is 2 days away, then the notice is short', () => {
    expect(meetingWarnings(at({ date: '2026-11-11' }), 'early', '2026-10-26', TODAY)).to.deep.equal(
      ['shortNotice'],
    );
  });

  it('when the meeting is 3 days away, then there is no warning', () => {
    expect(
      meetingWarnings(at({ date: '2026-11-12' }), 'legal7a', '2026-10-26', TODAY),
    ).to.deep.equal([]);
  });

  it('when a § 7a meeting is on the deadline, then there is no warning; a day later there is', () => {
    // Day 28 of a sick period from Monday 26 October is Sunday 22 November: Friday 20 November.
    expect(legalDeadline('2026-10-26')).to.equal('2026-11-20');
    expect(
      meetingWarnings(at({ date: '2026-11-20' }), 'legal7a', '2026-10-26', TODAY),
    ).to.deep.equal([]);
    expect(
      meetingWarnings(at({ date: '2026-11-23' }), 'legal7a', '2026-10-26', TODAY),
    ).to.deep.equal(['afterLegalDeadline']);
    // Saturday 21 November: past the deadline and a day off.
    expect(
      meetingWarnings(at({ date: '2026-11-21' }), 'legal7a', '2026-10-26', TODAY),
    ).to.deep.equal(['notWorkingDay', 'afterLegalDeadline']);
  });

  it("when the § 7a deadline is shown, then it is the same day as the follow-up plan's § 7a step", () => {
    for (const start of ['2026-10-26', '2026-12-01', '2026-03-03', '2026-12-04', '2027-03-01']) {
      const plan = generatePlan({
        period: { ...PERIOD, start },
        unitId: 'u',
        policy: KOEGE,
        unitAboveTarget: true,
        today: start,
      });
      const legal = plan.ok ? plan.value.find((s) => s.key === LEGAL_CONVERSATION_KEY) : null;
      expect(legalDeadline(start), start).to.equal(legal?.dueDate);
    }
  });

  it('when an early conversation is after 4 weeks, then there is no legal warning', () => {
    expect(meetingWarnings(at({ date: '2026-11-24' }), 'early', '2026-10-26', TODAY)).to.deep.equal(
      [],
    );
  });
});

describe('suggestedMeetingDate', () => {
  const table: ReadonlyArray<readonly [string, string, string]> = [
    ['Monday 9 November', '2026-11-09', '2026-11-12'],
    ['Wednesday 11 November (three days on is a Saturday)', '2026-11-11', '2026-11-16'],
    ['Friday 13 November', '2026-11-13', '2026-11-16'],
    ['Sunday 15 November', '2026-11-15', '2026-11-18'],
    ['Tuesday 22 December (Christmas Day and the weekend follow)', '2026-12-22', '2026-12-28'],
    ['Monday 22 March 2027 (Maundy Thursday to Easter Monday)', '2027-03-22', '2027-03-30'],
  ];
  for (const [when, today, expected] of table) {
    it(`when today is ${when}, then the suggested day is ${expected}, a working day`, () => {
      expect(suggestedMeetingDate(today)).to.equal(expected);
      expect(meetingWarnings(at({ date: expected }), 'early', null, today)).to.deep.equal([]);
    });
  }
});

describe('meetingWarnings on days off', () => {
  it('when a Saturday or Christmas Day is chosen by hand, then it is allowed with a warning', () => {
    expect(validateMeeting(at({ date: '2026-11-14' }), TODAY).ok).to.equal(true);
    expect(meetingWarnings(at({ date: '2026-11-14' }), 'early', null, TODAY)).to.deep.equal([
      'notWorkingDay',
    ]);
    expect(meetingWarnings(at({ date: '2026-12-25' }), 'early', null, TODAY)).to.deep.equal([
      'notWorkingDay',
    ]);
  });
});

describe('daysBetween', () => {
  it('when the span crosses the autumn clock change, then whole days are counted', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).to.equal(2);
  });

  it('when the span crosses the spring clock change, then whole days are counted', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
  });
});
