import { expect } from 'chai';
import { lastWeekday, weeklyTipDue } from '../../../domain/tips/weekly.js';

describe('weeklyTipDue', () => {
  // 2026-11-24 is a Tuesday (weekday 2).
  const cases: Array<[string, string, number, string, string | null, boolean]> = [
    ['on the weekday, never given', '2026-11-24', 2, '2026-11-20', null, true],
    ['on the weekday it was chosen', '2026-11-24', 2, '2026-11-24', null, false],
    [
      'the day after the weekday, already given',
      '2026-11-25',
      2,
      '2026-11-20',
      '2026-11-24',
      false,
    ],
    [
      'a day after the weekday, missed (downtime)',
      '2026-11-25',
      2,
      '2026-11-20',
      '2026-11-17',
      true,
    ],
    ['two weeks missed: one tip', '2026-12-10', 2, '2026-11-20', '2026-11-24', true],
    ['the next weekday', '2026-12-01', 2, '2026-11-20', '2026-11-24', true],
    ['before the first weekday after choosing', '2026-11-23', 2, '2026-11-20', null, false],
    [
      'across the change to winter time, on a Monday',
      '2026-10-26',
      1,
      '2026-10-20',
      '2026-10-19',
      true,
    ],
  ];
  for (const [when, today, weekday, since, last, due] of cases)
    it(`when ${when}, then due is ${due}`, () => {
      expect(weeklyTipDue(today, weekday, since, last)).to.equal(due);
    });

  it('when today is a Sunday, then the last Friday is two days back', () => {
    expect(lastWeekday('2026-11-29', 5)).to.equal('2026-11-27');
    expect(lastWeekday('2026-11-27', 5)).to.equal('2026-11-27');
  });
});
