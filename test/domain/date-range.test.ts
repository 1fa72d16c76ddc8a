import { expect } from 'chai';
import { parseDateRange } from '../../domain/date-range.js';

// Wednesday 17 June 2026.
const TODAY = '2026-06-17';

describe('parseDateRange', () => {
  const table: Array<[string, string, string, string]> = [
    ['Danish day–day month', '6.–24. juli', '2026-07-06', '2026-07-24'],
    ['Danish with fra … til', 'fra 6. til 24. juli', '2026-07-06', '2026-07-24'],
    ['Danish both months', '6. juli til 24. juli', '2026-07-06', '2026-07-24'],
    ['Danish hyphen without spaces', '6.-24. juli', '2026-07-06', '2026-07-24'],
    ['numeric day/month', '6/7-24/7', '2026-07-06', '2026-07-24'],
    ['numeric with dots and year', '6.7.2027-24.7.2027', '2027-07-06', '2027-07-24'],
    ['ISO dates', '2026-07-06 til 2026-07-24', '2026-07-06', '2026-07-24'],
    ['English day–day month', '6-24 July', '2026-07-06', '2026-07-24'],
    ['English en dash', '6–24 July', '2026-07-06', '2026-07-24'],
    ['English month first', 'July 6–24', '2026-07-06', '2026-07-24'],
    ['English from … to', 'from 6 to 24 July', '2026-07-06', '2026-07-24'],
    ['English ordinals', 'from the 6th to the 24th of July', '2026-07-06', '2026-07-24'],
    ['weekdays ahead', 'fra mandag til fredag', '2026-06-22', '2026-06-26'],
    ['English weekdays', 'from Monday to Friday', '2026-06-22', '2026-06-26'],
    ['the weekday of today is today', 'onsdag til fredag', '2026-06-17', '2026-06-19'],
    ['tomorrow to a weekday', 'i morgen til fredag', '2026-06-18', '2026-06-19'],
    ['next week', 'næste uge', '2026-06-22', '2026-06-26'],
    ['English next week', 'next week', '2026-06-22', '2026-06-26'],
    ['ISO week', 'uge 30', '2026-07-20', '2026-07-24'],
    ['across the new year', '28.12-3.1', '2026-12-28', '2027-01-03'],
    ['a day-only start before a month change', '28.–3. januar', '2026-12-28', '2027-01-03'],
    ['one day', '6. juli', '2026-07-06', '2026-07-06'],
    ['one weekday', 'fredag', '2026-06-19', '2026-06-19'],
    ['a month already past this year is next year', '6.–24. maj', '2027-05-06', '2027-05-24'],
  ];
  for (const [what, phrase, from, to] of table) {
    it(`${what}: "${phrase}" → ${from}–${to}`, () => {
      expect(parseDateRange(phrase, TODAY)).to.deep.equal({ from, to });
    });
  }

  it('when the span began before today and ends after, then it keeps its first day (the use case clips it)', () => {
    expect(parseDateRange('6.–24. juli', '2026-07-10')).to.deep.equal({
      from: '2026-07-06',
      to: '2026-07-24',
    });
  });

  const invalid: Array<[string, string]> = [
    ['no month at all', '6-24'],
    ['an impossible date', '30.2-3.3'],
    ['reversed in one month', '24.7-6.7'],
    ['reversed with years', '24.7.2026-6.7.2026'],
    ['words only', 'mens jeg har ferie'],
    ['empty', ''],
  ];
  for (const [what, phrase] of invalid) {
    it(`${what}: "${phrase}" → null`, () => {
      expect(parseDateRange(phrase, TODAY)).to.equal(null);
    });
  }

  it('when a range is written with an explicit past year, then it is returned as written (the use case refuses it)', () => {
    expect(parseDateRange('6.7.2025-24.7.2025', TODAY)).to.deep.equal({
      from: '2025-07-06',
      to: '2025-07-24',
    });
  });
});
