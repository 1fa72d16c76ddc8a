import { expect } from 'chai';
import { recognizeStatsIntent } from '../../domain/statistics/chat-intents.js';

describe('recognizeStatsIntent', () => {
  const table: Array<[string, ReturnType<typeof recognizeStatsIntent>]> = [
    ['hvordan ligger vi ift. måltal?', { kind: 'stats', unitPhrase: null }],
    ['Fravær vs. måltal', { kind: 'stats', unitPhrase: null }],
    ['fravær i Hjemmeplejen Nord', { kind: 'stats', unitPhrase: 'Hjemmeplejen Nord' }],
    ['sygefravær sidste 12 måneder', { kind: 'stats', unitPhrase: null }],
    ["what is my unit's absence vs target?", { kind: 'stats', unitPhrase: null }],
    ['absence in Solsikken', { kind: 'stats', unitPhrase: 'Solsikken' }],
    ['Absence vs target', { kind: 'stats', unitPhrase: null }],
    ['hvem har haft mange sygeperioder?', { kind: 'frequent', unitPhrase: null }],
    ['who has had many sick periods?', { kind: 'frequent', unitPhrase: null }],
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
