import { expect } from 'chai';
import { buildAbsenceSpans, hasAbsenceData } from '../../../domain/statistics/coverage.js';
import { dayNumber, isoOf } from '../../../domain/calendar.js';
import type { AbsenceDay, SickPeriod } from '../../../domain/model.js';
import { Rng } from '../../../data/demo/prng.js';

const OPEN_END = 1_000_000_000;

const sick = (start: string, end: string | null): SickPeriod =>
  ({ id: `${start}-${end}`, personKey: 'p', start, end }) as SickPeriod;
const day = (date: string): AbsenceDay => ({ date }) as AbsenceDay;

describe('hasAbsenceData', () => {
  const spans = buildAbsenceSpans(
    [sick('2024-03-01', '2024-03-10'), sick('2025-06-01', null), sick('2023-01-02', '2023-01-02')],
    [day('2024-12-24')],
    OPEN_END,
  );
  const CASES: Array<[string, string, string, boolean]> = [
    ['before everything', '2022-01-01', '2022-12-31', false],
    ['the one-day period', '2023-01-02', '2023-01-02', true],
    ['the gap after it', '2023-01-03', '2024-02-29', false],
    ['touching the first day of a period', '2024-02-01', '2024-03-01', true],
    ['touching its last day', '2024-03-10', '2024-04-01', true],
    ['between a period and a day row', '2024-03-11', '2024-12-23', false],
    ['the day row', '2024-12-24', '2024-12-24', true],
    ['inside the open period, years later', '2030-01-01', '2030-12-31', true],
  ];
  for (const [what, from, to, expected] of CASES) {
    it(`when the range is ${what}, then it is ${expected}`, () => {
      expect(hasAbsenceData(spans, dayNumber(from), dayNumber(to))).to.equal(expected);
    });
  }

  it('when compared with a plain scan over 2,000 random registrations, then every answer agrees', () => {
    const rng = new Rng('coverage');
    const base = dayNumber('2020-01-01');
    const periods: SickPeriod[] = [];
    for (let i = 0; i < 2000; i++) {
      const start = base + Math.floor(rng.next() * 2500);
      const open = rng.next() < 0.01;
      periods.push(sick(isoOf(start), open ? null : isoOf(start + Math.floor(rng.next() * 90))));
    }
    const built = buildAbsenceSpans(periods, [], OPEN_END);
    for (let q = 0; q < 500; q++) {
      const from = base - 100 + Math.floor(rng.next() * 2800);
      const to = from + Math.floor(rng.next() * 40);
      const plain = periods.some(
        (p) => dayNumber(p.start) <= to && (p.end === null ? OPEN_END : dayNumber(p.end)) >= from,
      );
      expect(hasAbsenceData(built, from, to), `${isoOf(from)}..${isoOf(to)}`).to.equal(plain);
    }
  });
});
