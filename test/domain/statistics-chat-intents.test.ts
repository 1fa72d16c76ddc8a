import { expect } from 'chai';
import { recognizeStatsIntent } from '../../domain/statistics/chat-intents.js';

describe('recognizeStatsIntent', () => {
  const table: Array<[string, ReturnType<typeof recognizeStatsIntent>]> = [
    ['hvordan ligger vi ift. måltal?', { kind: 'stats', unitPhrase: null, year: null }],
    ['Fravær vs. måltal', { kind: 'stats', unitPhrase: null, year: null }],
    ['fravær i Hjemmeplejen Nord', { kind: 'stats', unitPhrase: 'Hjemmeplejen Nord', year: null }],
    ['sygefravær sidste 12 måneder', { kind: 'stats', unitPhrase: null, year: null }],
    ["what is my unit's absence vs target?", { kind: 'stats', unitPhrase: null, year: null }],
    ['absence in Solsikken', { kind: 'stats', unitPhrase: 'Solsikken', year: null }],
    ['Absence vs target', { kind: 'stats', unitPhrase: null, year: null }],
    ['hvem har haft mange sygeperioder?', { kind: 'frequent', unitPhrase: null }],
    ['who has had many sick periods?', { kind: 'frequent', unitPhrase: null }],
    ['fravær i 2024', { kind: 'stats', unitPhrase: null, year: 2024 }],
    [
      'fravær i Hjemmeplejen Nord i 2024',
      { kind: 'stats', unitPhrase: 'Hjemmeplejen Nord', year: 2024 },
    ],
    [
      'sygefravær for Hjemmeplejen Nord 2023?',
      { kind: 'stats', unitPhrase: 'Hjemmeplejen Nord', year: 2023 },
    ],
    ['sygefravær sidste år', { kind: 'stats', unitPhrase: null, year: 'previous' }],
    [
      'absence in Solsikken last year',
      { kind: 'stats', unitPhrase: 'Solsikken', year: 'previous' },
    ],
    ['Mette er syg', null],
    ['Mette is sick', null],
    ['registrer sygdom', null],
    ['forbered samtale med Mette', null],
    ['hej', null],
    ['', null],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" → ${JSON.stringify(expected)}`, () => {
      expect(recognizeStatsIntent(text)).to.deep.equal(expected);
    });
  }
});
