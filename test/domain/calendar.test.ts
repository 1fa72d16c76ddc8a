import { expect } from 'chai';
import {
  addDays,
  addMonths,
  addWorkingDays,
  dayNumber,
  isoOf,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  weekdayOf,
  workingDaysBetween,
} from '../../domain/calendar.js';

describe('isWorkingDay', () => {
  const cases: Array<[string, boolean, string]> = [
    ['2025-01-01', false, 'Nytårsdag'],
    ['2025-04-17', false, 'Skærtorsdag'],
    ['2025-04-18', false, 'Langfredag'],
    ['2025-04-21', false, '2. påskedag'],
    ['2025-05-29', false, 'Kristi himmelfartsdag'],
    ['2025-06-09', false, '2. pinsedag'],
    ['2025-12-25', false, 'Juledag'],
    ['2025-12-26', false, '2. juledag'],
    ['2023-05-05', false, 'Store bededag 2023 (still a holiday)'],
    ['2024-04-26', true, 'the Friday that was Store bededag, abolished from 2024'],
    ['2025-05-16', true, 'the Friday that was Store bededag, abolished from 2024'],
    ['2025-06-05', true, 'Grundlovsdag (not a public holiday)'],
    ['2025-12-24', true, 'Juleaften (not a public holiday)'],
    ['2025-05-01', true, '1. maj (not a public holiday)'],
    ['2025-01-04', false, 'a Saturday'],
    ['2025-01-05', false, 'a Sunday'],
    ['2025-01-06', true, 'an ordinary Monday'],
  ];
  for (const [date, expected, what] of cases) {
    it(`when the date is ${date} (${what}), then it is ${expected ? '' : 'not '}a working day`, () => {
      expect(isWorkingDay(date)).to.equal(expected);
    });
  }
});

describe('workingDaysBetween', () => {
  const cases: Array<[string, string, number, string]> = [
    ['2025-01-01', '2025-01-31', 22, 'January 2025: 23 weekdays minus Nytårsdag'],
    ['2025-04-01', '2025-04-30', 19, 'April 2025: 22 weekdays minus the three Easter weekdays'],
    ['2025-05-01', '2025-05-31', 21, 'May 2025: 22 weekdays minus Kristi himmelfart'],
    ['2025-06-01', '2025-06-30', 20, 'June 2025: 21 weekdays minus 2. pinsedag'],
    ['2025-01-01', '2025-12-31', 253, '2025: 261 weekdays minus 8 weekday holidays'],
    ['2024-01-01', '2024-12-31', 254, '2024 (leap year): 262 weekdays minus 8 weekday holidays'],
    ['2024-07-01', '2025-06-30', 253, 'the rolling window used in the statistics tests'],
    ['2024-12-30', '2025-01-03', 4, 'across New Year'],
    ['2025-01-06', '2025-01-06', 1, 'a single working day'],
    ['2025-01-04', '2025-01-05', 0, 'a weekend'],
    ['2025-01-10', '2025-01-06', 0, 'an end before the start'],
  ];
  for (const [from, to, expected, what] of cases) {
    it(`when counting ${from}..${to} (${what}), then it is ${expected}`, () => {
      expect(workingDaysBetween(from, to)).to.equal(expected);
    });
  }
});

describe('nextWorkingDay / previousWorkingDay', () => {
  it('when the day is the Wednesday before Easter, then the next working day is the Tuesday after', () => {
    expect(nextWorkingDay('2025-04-16')).to.equal('2025-04-22');
  });
  it('when the day is a Friday, then the next working day is Monday', () => {
    expect(nextWorkingDay('2025-01-03')).to.equal('2025-01-06');
  });
  it('when the day is the Tuesday after Easter, then the previous working day is the Wednesday before', () => {
    expect(previousWorkingDay('2025-04-22')).to.equal('2025-04-16');
  });
  it('when the day is 2 January, then the previous working day is 31 December', () => {
    expect(previousWorkingDay('2025-01-02')).to.equal('2024-12-31');
  });
});

describe('addWorkingDays', () => {
  const cases: Array<[string, number, string]> = [
    ['2025-04-16', 1, '2025-04-22'],
    ['2024-12-23', 3, '2024-12-30'],
    ['2025-01-03', -1, '2025-01-02'],
    ['2025-01-06', -1, '2025-01-03'],
    ['2025-01-04', 0, '2025-01-04'],
    ['2025-01-06', 5, '2025-01-13'],
  ];
  for (const [date, n, expected] of cases) {
    it(`when adding ${n} working days to ${date}, then it is ${expected}`, () => {
      expect(addWorkingDays(date, n)).to.equal(expected);
    });
  }
});

describe('day numbers and calendar arithmetic', () => {
  it('when the date is 1970-01-01, then its day number is 0 and it is a Thursday', () => {
    expect(dayNumber('1970-01-01')).to.equal(0);
    expect(weekdayOf(0)).to.equal(4);
  });
  it('when a date is turned into a day number and back, then it is unchanged', () => {
    for (const d of ['2024-02-29', '2000-03-01', '1999-12-31', '2100-03-01'])
      expect(isoOf(dayNumber(d))).to.equal(d);
  });
  it('when a date is malformed or impossible, then it throws', () => {
    expect(() => dayNumber('2025-02-30')).to.throw();
    expect(() => dayNumber('30-01-2025')).to.throw();
  });
  it('when subtracting 12 months from 29 February, then the day is clamped to 28 February', () => {
    expect(addMonths('2024-02-29', -12)).to.equal('2023-02-28');
    expect(addMonths('2025-03-31', -1)).to.equal('2025-02-28');
    expect(addMonths('2025-06-30', -12)).to.equal('2024-06-30');
  });
  it('when adding days across a month end, then the date rolls over', () => {
    expect(addDays('2025-01-31', 1)).to.equal('2025-02-01');
  });
});
