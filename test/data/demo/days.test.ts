import { expect } from 'chai';
import {
  dayOf,
  endOfMonth,
  firstOfMonth,
  isoOf,
  minusYears,
  weekdayOf,
} from '../../../data/demo/days.js';

describe('demo day numbers', () => {
  const cases: [string, number][] = [
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2000-03-01', 11017],
    ['2026-11-22', 20779],
  ];
  for (const [iso, day] of cases) {
    it(`when converting ${iso}, then it is day ${day} and back`, () => {
      expect(dayOf(iso)).to.equal(day);
      expect(isoOf(day)).to.equal(iso);
    });
  }

  it('when asking the weekday, then 2026-11-22 is a Sunday (6) and 2026-11-23 a Monday (0)', () => {
    expect(weekdayOf(dayOf('2026-11-22'))).to.equal(6);
    expect(weekdayOf(dayOf('2026-11-23'))).to.equal(0);
  });

  const months: [string, string, string][] = [
    ['2026-02-14', '2026-02-01', '2026-02-28'],
    ['2024-02-14', '2024-02-01', '2024-02-29'],
    ['2026-12-31', '2026-12-01', '2026-12-31'],
  ];
  for (const [iso, first, last] of months) {
    it(`when ${iso} is given, then its month runs ${first} to ${last}`, () => {
      expect(isoOf(firstOfMonth(dayOf(iso)))).to.equal(first);
      expect(isoOf(endOfMonth(dayOf(iso)))).to.equal(last);
    });
  }

  it('when going three years back from 29 February, then it lands on 28 February', () => {
    expect(minusYears('2028-02-29', 3)).to.equal('2025-02-28');
    expect(minusYears('2026-11-22', 3)).to.equal('2023-11-22');
  });
});
