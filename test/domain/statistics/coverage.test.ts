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

  it('when many registrations share a first day, then the spans equal a plain sort by first day and length', () => {
    const rng = new Rng('spans');
    const base = dayNumber('1969-12-20');
    const periods: SickPeriod[] = [];
    const days: AbsenceDay[] = [];
    for (let i = 0; i < 3000; i++) {
      const start = base + Math.floor(rng.next() * 40);
      const end = rng.next() < 0.02 ? null : isoOf(start - 2 + Math.floor(rng.next() * 30));
      periods.push(sick(isoOf(start), end));
      if (i % 3 === 0) days.push(day(isoOf(start + 5)));
    }
    const pairs = [
      ...periods.map((p) => {
        const s = dayNumber(p.start);
        return [s, p.end === null ? Infinity : Math.max(0, dayNumber(p.end) - s)] as const;
      }),
      ...days.map((d) => [dayNumber(d.date), 0] as const),
    ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let max = Number.MIN_SAFE_INTEGER;
    const maxEnd = pairs.map(
      ([s, len]) => (max = Math.max(max, len === Infinity ? OPEN_END : s + len)),
    );
    const built = buildAbsenceSpans(periods, days, OPEN_END);
    expect([...built.starts]).to.deep.equal(pairs.map(([s]) => s));
    expect([...built.maxEnd]).to.deep.equal(maxEnd);
  });

  it('when there are no registrations, then the spans are empty and nothing has data', () => {
    const built = buildAbsenceSpans([], [], OPEN_END);
    expect(built.starts.length).to.equal(0);
    expect(hasAbsenceData(built, 0, OPEN_END)).to.equal(false);
  });
});
