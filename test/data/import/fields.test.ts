import { expect } from 'chai';
import { parseDate, parseDecimal } from '../../../data/import/fields.js';

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    ['2025-01-10', '2025-01-10'],
    ['10-01-2025', '2025-01-10'],
    ['10.01.2025', '2025-01-10'],
    ['1.2.2025', '2025-02-01'],
    ['2025-01-10T00:00:00', '2025-01-10'],
    ['2025-01-10 00:00:00', '2025-01-10'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2025', null],
    ['2025-13-01', null],
    ['31-04-2025', null],
    ['10/01/2025', null],
    ['10-01.2025', null],
    ['2025-1-10', null],
    ['i går', null],
  ];
  for (const [input, expected] of cases) {
    it(`when given "${input}", then it gives ${String(expected)}`, () => {
      expect(parseDate(input)).to.equal(expected);
    });
  }
});

describe('parseDecimal', () => {
  const cases: [string, number | null][] = [
    ['0,8108', 0.8108],
    ['0.8108', 0.8108],
    ['1', 1],
    ['-0,5', -0.5],
    [',5', 0.5],
    ['67,57', 67.57],
    ['1.234,5', null],
    ['1 000', null],
    ['12,', null],
    ['abc', null],
  ];
  for (const [input, expected] of cases) {
    it(`when given "${input}", then it gives ${String(expected)}`, () => {
      expect(parseDecimal(input)).to.equal(expected);
    });
  }
});
