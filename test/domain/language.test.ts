import { expect } from 'chai';
import { languageOf } from '../../domain/language.js';

describe('languageOf', () => {
  const cases: Array<[string, 'da' | 'en' | null]> = [
    ['hjælp', 'da'],
    ['hjaelp', 'da'],
    ['help', 'en'],
    ['hvordan ligger vi ift. måltal?', 'da'],
    ["what is my unit's absence vs target?", 'en'],
    ['Mette er syg', 'da'],
    ['Mette is sick', 'en'],
    ['Mette er delvist syg, 50 %', 'da'],
    ['Mette is partly sick from Monday', 'en'],
    ['forbered samtale med Mette', 'da'],
    ['prepare conversation with Mette', 'en'],
    ['fravær i Hjemmeplejen Nord', 'da'],
    ['absence in Hjemmeplejen Nord', 'en'],
    ['Mette', null],
    ['21.11.2026', null],
    ['tak', 'da'],
    ['thanks', 'en'],
    ['Søren', 'da'],
    ['Søren is sick', 'en'],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${String(expected)}`, () => expect(languageOf(text)).to.equal(expected));
  }
});
