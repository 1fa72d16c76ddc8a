import { expect } from 'chai';
import {
  followsUp,
  validateFit,
  validateRegistration,
} from '../../../domain/follow-up/registration.js';

// Today is Tue 2026-03-10; a year back is 2025-03-10 (the oldest start allowed).
const TODAY = '2026-03-10';

describe('validateRegistration', () => {
  const ROWS: Array<{
    name: string;
    start: string;
    end?: string;
    partial?: number;
    reason?: string;
  }> = [
    { name: 'a start today', start: '2026-03-10' },
    { name: 'a start tomorrow', start: '2026-03-11', reason: 'start-in-future' },
    { name: 'a start exactly a year back', start: '2025-03-10' },
    { name: 'a start a year and a day back', start: '2025-03-09', reason: 'start-too-old' },
    {
      name: 'an end before the start',
      start: '2026-03-05',
      end: '2026-03-04',
      reason: 'end-before-start',
    },
    { name: 'an end on the start', start: '2026-03-05', end: '2026-03-05' },
    {
      name: 'a partial share of 0 %',
      start: '2026-03-05',
      partial: 0,
      reason: 'partial-out-of-range',
    },
    { name: 'a partial share of 1 %', start: '2026-03-05', partial: 1 },
    { name: 'a partial share of 99 %', start: '2026-03-05', partial: 99 },
    {
      name: 'a partial share of 100 %',
      start: '2026-03-05',
      partial: 100,
      reason: 'partial-out-of-range',
    },
    {
      name: 'a partial share of NaN',
      start: '2026-03-05',
      partial: Number.NaN,
      reason: 'partial-out-of-range',
    },
  ];
  for (const row of ROWS) {
    it(`when the registration has ${row.name}, then ${row.reason ? `it fails with ${row.reason}` : 'it is accepted'}`, () => {
      const r = validateRegistration(
        { start: row.start, end: row.end ?? null, partialPercent: row.partial ?? null },
        TODAY,
      );
      if (row.reason) expect(r).to.deep.include({ ok: false, reason: row.reason });
      else expect(r.ok).to.equal(true);
    });
  }
});

describe('validateFit', () => {
  it('when the last sick day is before the start, then it fails with end-before-start', () => {
    expect(validateFit('2026-03-05', '2026-03-04')).to.deep.include({
      ok: false,
      reason: 'end-before-start',
    });
    expect(validateFit('2026-03-05', '2026-03-05').ok).to.equal(true);
  });
});

describe('followsUp', () => {
  it('when the absence is sickness (full, partial, work injury, § 56, pregnancy), then it is followed up', () => {
    for (const t of [
      'SYGDOM',
      'DELVIS_SYGDOM',
      'ARBEJDSSKADE',
      'PARAGRAF56',
      'GRAVIDITET',
    ] as const) {
      expect(followsUp(t), t).to.equal(true);
    }
    expect(followsUp('BARN_SYG')).to.equal(false);
    expect(followsUp('ANDET')).to.equal(false);
  });
});
