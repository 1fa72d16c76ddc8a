import { expect } from 'chai';
import type { Purpose } from '../../../domain/follow-up/policy-types.js';
import {
  kindForStep,
  suggestGuide,
  type GuideSuggestion,
  type SuggestPeriod,
} from '../../../domain/guide/suggest-kind.js';

const TODAY = '2026-11-09';
const p = (
  id: string,
  start: string,
  end: string | null,
  partialPercent: number | null = null,
): SuggestPeriod => ({
  id,
  start,
  end,
  partialPercent,
});

describe('kindForStep', () => {
  const table: ReadonlyArray<[Purpose, number, boolean, string, number | null]> = [
    ['sick-call', 1, false, 'firstContact', 1],
    ['early-contact', 3, false, 'firstContact', 3],
    ['keep-in-touch', 8, false, 'firstContact', 8],
    ['way-ahead', 14, false, 'firstContact', 14],
    ['early-conversation', 14, false, 'early', null],
    ['notice-2w', 14, false, 'early', null],
    ['legal-conversation', 28, false, 'legal7a', null],
    ['retention-plan', 56, false, 'legal7a', null],
    ['status-talk', 28, true, 'partialReturn', null],
    ['status-talk', 28, false, 'legal7a', null],
    ['municipality-report', 10, false, 'early', null],
    ['municipality-report', 5, false, 'firstContact', 5],
  ];
  it('when the person is back from the period, then any step of it is the return-to-work talk', () => {
    expect(kindForStep({ purpose: 'keep-in-touch', day: 12 }, false, true)).to.deep.equal({
      kind: 'returnToWork',
      contactDay: null,
    });
  });
  for (const [purpose, day, partial, kind, contactDay] of table) {
    it(`when the step is ${purpose} on day ${day}${partial ? ' (partial)' : ''}, then the guide is ${kind}`, () => {
      expect(kindForStep({ purpose, day }, partial)).to.deep.equal({ kind, contactDay });
    });
  }
});

describe('suggestGuide', () => {
  const cases: ReadonlyArray<[string, Parameters<typeof suggestGuide>[0], GuideSuggestion]> = [
    [
      'an open period with the day-3 call next',
      {
        today: TODAY,
        periods: [p('a', '2026-11-07', null)],
        nextStep: { purpose: 'early-contact', day: 3 },
        frequent: false,
      },
      {
        sickPeriodId: 'a',
        kinds: ['firstContact', 'early', 'legal7a', 'returnToWork'],
        suggested: 'firstContact',
        contactDay: 3,
      },
    ],
    [
      // 26 Oct → 9 Nov is day 15: past the early conversation, the § 7a talk.
      'an open period on day 15 without a plan step',
      { today: TODAY, periods: [p('a', '2026-10-26', null)], nextStep: null, frequent: true },
      {
        sickPeriodId: 'a',
        kinds: ['firstContact', 'early', 'legal7a', 'returnToWork', 'frequent'],
        suggested: 'legal7a',
        contactDay: 15,
      },
    ],
    [
      'an open partial period',
      { today: TODAY, periods: [p('a', '2026-11-02', null, 50)], nextStep: null, frequent: false },
      {
        sickPeriodId: 'a',
        kinds: ['firstContact', 'early', 'legal7a', 'partialReturn', 'returnToWork'],
        suggested: 'partialReturn',
        contactDay: 8,
      },
    ],
    [
      'a period that ended three days ago',
      {
        today: TODAY,
        periods: [p('old', '2026-01-05', '2026-01-09'), p('b', '2026-10-19', '2026-11-06')],
        nextStep: null,
        frequent: true,
      },
      {
        sickPeriodId: 'b',
        kinds: ['returnToWork', 'frequent'],
        suggested: 'returnToWork',
        contactDay: null,
      },
    ],
    [
      // Fit registered from tomorrow: the last sick day is today, the plan's steps still open.
      'a period whose last sick day is today (fit from tomorrow), with the day-3 call next',
      {
        today: TODAY,
        periods: [p('e', '2026-11-07', TODAY)],
        nextStep: { purpose: 'early-contact', day: 3 },
        frequent: false,
      },
      { sickPeriodId: 'e', kinds: ['returnToWork'], suggested: 'returnToWork', contactDay: null },
    ],
    [
      'a period with a last sick day still ahead',
      {
        today: TODAY,
        periods: [p('f', '2026-11-07', '2026-11-13')],
        nextStep: { purpose: 'early-contact', day: 3 },
        frequent: false,
      },
      {
        sickPeriodId: 'f',
        kinds: ['firstContact', 'early', 'legal7a', 'returnToWork'],
        suggested: 'firstContact',
        contactDay: 3,
      },
    ],
    [
      // 6 Oct + 28 days = 3 Nov; 9 Nov is 34 days after the last sick day.
      'a period that ended too long ago, and a frequent-absence pattern',
      {
        today: TODAY,
        periods: [p('c', '2026-10-01', '2026-10-06')],
        nextStep: null,
        frequent: true,
      },
      { sickPeriodId: null, kinds: ['frequent'], suggested: 'frequent', contactDay: null },
    ],
    [
      'no sickness at all',
      { today: TODAY, periods: [], nextStep: null, frequent: false },
      { sickPeriodId: null, kinds: ['frequent'], suggested: null, contactDay: null },
    ],
    [
      'a period that starts tomorrow only',
      { today: TODAY, periods: [p('d', '2026-11-10', null)], nextStep: null, frequent: false },
      { sickPeriodId: null, kinds: ['frequent'], suggested: null, contactDay: null },
    ],
  ];
  for (const [when, input, expected] of cases) {
    it(`when there is ${when}, then the suggestion is ${String(expected.suggested)}`, () => {
      expect(suggestGuide(input)).to.deep.equal(expected);
    });
  }
});
