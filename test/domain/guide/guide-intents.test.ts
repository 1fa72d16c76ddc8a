import { expect } from 'chai';
import {
  guideChatWord,
  parseGuideIntent,
  type GuideIntent,
} from '../../../domain/guide/guide-intents.js';

describe('parseGuideIntent', () => {
  const table: ReadonlyArray<[string, GuideIntent | null]> = [
    ['forbered samtale med Mette', { name: 'Mette', resume: false }],
    ['Forbered en samtale med Mette Jensen.', { name: 'Mette Jensen', resume: false }],
    ['forbered sygefraværssamtale med Ali', { name: 'Ali', resume: false }],
    ['forbered mig på en samtale med Karen', { name: 'Karen', resume: false }],
    ['samtaleguide', { name: null, resume: false }],
    ['Samtaleguide', { name: null, resume: false }],
    ['samtaleguide for Mette', { name: 'Mette', resume: false }],
    ['samtaleguide til Søren', { name: 'Søren', resume: false }],
    ['fortsæt samtaleguide', { name: null, resume: true }],
    ['fortsæt samtaleguiden', { name: null, resume: true }],
    ['prepare conversation with Mette', { name: 'Mette', resume: false }],
    ['Prepare a conversation with Mette Jensen', { name: 'Mette Jensen', resume: false }],
    ['prepare a return-to-work conversation with Ali', { name: 'Ali', resume: false }],
    ['conversation guide', { name: null, resume: false }],
    ['conversation guide for Mette', { name: 'Mette', resume: false }],
    ['continue conversation guide', { name: null, resume: true }],
    ['Mette er syg', null],
    ['hvordan ligger vi ift. måltal?', null],
    ['hjælp', null],
    ['samtale', null],
  ];
  for (const [text, expected] of table) {
    it(`when the leader writes "${text}", then it is ${expected ? JSON.stringify(expected) : 'not the guide'}`, () => {
      expect(parseGuideIntent(text)).to.deep.equal(expected);
    });
  }
});

describe('guideChatWord', () => {
  const table: ReadonlyArray<[string, 'leave' | 'show' | null]> = [
    ['senere', 'leave'],
    ['Senere!', 'leave'],
    ['gem og fortsæt senere', 'leave'],
    ['later', 'leave'],
    ['fortsæt', 'show'],
    ['samtaleguide', 'show'],
    ['fortsæt samtaleguide', 'show'],
    ['continue', 'show'],
    ['samtaleguide for Mette', null],
    ['hvordan ligger vi ift. måltal?', null],
    ['annuller', null],
  ];
  for (const [text, expected] of table) {
    it(`when "${text}" is written during a guide, then it is ${String(expected)}`, () => {
      expect(guideChatWord(text)).to.equal(expected);
    });
  }
});
