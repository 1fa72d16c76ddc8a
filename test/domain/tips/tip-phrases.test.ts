import { expect } from 'chai';
import { tipAsked, type TipAsk } from '../../../domain/tips/tip-phrases.js';

describe('tipAsked', () => {
  const cases: Array<[string, TipAsk | null]> = [
    ['giv mig et tip', { kind: 'tip', asked: null }],
    ['Giv mig et tip!', { kind: 'tip', asked: null }],
    ['tip om tillid', { kind: 'tip', asked: 'trust' }],
    ['tips til samtalen', { kind: 'tip', asked: 'conversations' }],
    ['et godt råd om stress', { kind: 'tip', asked: 'stress' }],
    ['tips til nye ledere', { kind: 'tip', asked: 'basics' }],
    ['trivselstip om arbejdsmiljøet', { kind: 'tip', asked: 'physical-environment' }],
    ['give me a tip', { kind: 'tip', asked: null }],
    ['tip about trust', { kind: 'tip', asked: 'trust' }],
    ['tips for the conversation', { kind: 'tip', asked: 'conversations' }],
    ['a tip on social capital', { kind: 'tip', asked: 'cooperation' }],
    ['ugens trivselstip', { kind: 'weekly' }],
    ['jeg vil have et ugentligt tip', { kind: 'weekly' }],
    ['weekly tip', { kind: 'weekly' }],
    ['tip of the week', { kind: 'weekly' }],
    ['tip-statistik', { kind: 'stats' }],
    ['tipstatistik', { kind: 'stats' }],
    ['tip statistics', { kind: 'stats' }],
    ['hvordan ligger vi ift. måltal?', null],
    ['Mette er syg', null],
    ['statistik', null],
  ];
  for (const [text, expected] of cases)
    it(`when the text is "${text}", then it reads as ${JSON.stringify(expected)}`, () => {
      expect(tipAsked(text)).to.deep.equal(expected);
    });
});
