import { expect } from 'chai';
import {
  parseFollowUpIntent,
  type FollowUpIntent,
} from '../../../domain/follow-up/chat-intents.js';
import { parseDatePhrase } from '../../../domain/follow-up/chat-dates.js';

// Monday 23 November 2026 (the fixture clock's day).
const TODAY = '2026-11-23';

const sick = (name: string, start: string | null, extra: Partial<FollowUpIntent> = {}) => ({
  kind: 'sick',
  name,
  start,
  dateText: null,
  partialPercent: null,
  percentMissing: false,
  ...extra,
});
const fit = (name: string, fitDate: string | null, dateText: string | null = null) => ({
  kind: 'fit',
  name,
  fitDate,
  dateText,
});

describe('parseFollowUpIntent', () => {
  const CASES: Array<[string, unknown]> = [
    ['Mette er syg', sick('Mette', TODAY)],
    ['mette er syg.', sick('mette', TODAY)],
    ['Mette Jensen er syg', sick('Mette Jensen', TODAY)],
    ['Mette er syg fra i går', sick('Mette', '2026-11-22')],
    ['Mette blev syg i forgårs', sick('Mette', '2026-11-21')],
    ['Mette er syg fra mandag', sick('Mette', '2026-11-23')],
    ['Mette er syg siden fredag', sick('Mette', '2026-11-20')],
    ['Mette er syg fra sidste mandag', sick('Mette', '2026-11-16')],
    ['Mette er syg fra 3.11', sick('Mette', '2026-11-03')],
    ['Mette er syg fra 3/11', sick('Mette', '2026-11-03')],
    ['Mette er syg fra 2026-11-03', sick('Mette', '2026-11-03')],
    ['Mette er syg fra den 3. november', sick('Mette', '2026-11-03')],
    ['Mette er sygemeldt fra 3.11.2026', sick('Mette', '2026-11-03')],
    ['Mette har meldt sig syg', sick('Mette', TODAY)],
    ['Mette er blevet syg i dag', sick('Mette', TODAY)],
    ['Mette er syg fra i morgen', sick('Mette', '2026-11-24')],
    ['Mette er syg fra 31.02', sick('Mette', null, { dateText: '31.02' })],
    ['Mette er delvist syg, 50 %', sick('Mette', TODAY, { partialPercent: 50 })],
    [
      'Mette er delvis syg med 40 procent fra i går',
      sick('Mette', '2026-11-22', { partialPercent: 40 }),
    ],
    ['Mette er 25 % sygemeldt', sick('Mette', TODAY, { partialPercent: 25 })],
    ['Mette er delvist syg', sick('Mette', TODAY, { percentMissing: true })],
    ['Mette er delvist syg, 150 %', sick('Mette', TODAY, { partialPercent: 150 })],
    ['Mette is sick', sick('Mette', TODAY)],
    ['Mette is sick since yesterday', sick('Mette', '2026-11-22')],
    ['Mette has been ill since Friday', sick('Mette', '2026-11-20')],
    ['Mette called in sick today', sick('Mette', TODAY)],
    ['Mette is partly sick, 50%', sick('Mette', TODAY, { partialPercent: 50 })],
    ['Mette is sick from November 3', sick('Mette', '2026-11-03')],
    ['Mette er rask igen', fit('Mette', TODAY)],
    ['Mette er rask', fit('Mette', TODAY)],
    ['Mette er rask fra i dag', fit('Mette', TODAY)],
    ['Mette er rask fra i morgen', fit('Mette', '2026-11-24')],
    ['Mette er raskmeldt fra onsdag', fit('Mette', '2026-11-25')],
    ['Mette er tilbage på arbejde', fit('Mette', TODAY)],
    ['Mette kom tilbage i går', fit('Mette', '2026-11-22')],
    ['Mette er rask siden fredag', fit('Mette', '2026-11-20')],
    ['Mette er rask fra hmm', fit('Mette', null, 'hmm')],
    ['Mette is fit again', fit('Mette', TODAY)],
    ['Mette is back', fit('Mette', TODAY)],
    ['Mette is back at work from tomorrow', fit('Mette', '2026-11-24')],
    ['Mette came back yesterday', fit('Mette', '2026-11-22')],
    ['registrer sygdom', { kind: 'register-card' }],
    ['Registrer sygdom', { kind: 'register-card' }],
    ['register sickness', { kind: 'register-card' }],
    ['Register sickness', { kind: 'register-card' }],
    ['hvad skal jeg gøre for Mette?', { kind: 'plan', name: 'Mette' }],
    ['Hvad skal jeg gøre for Mette Jensen', { kind: 'plan', name: 'Mette Jensen' }],
    ['opfølgningsplan for Mette', { kind: 'plan', name: 'Mette' }],
    ['Vis opfølgningsplanen for Søren', { kind: 'plan', name: 'Søren' }],
    ['what should I do for Mette?', { kind: 'plan', name: 'Mette' }],
    ['follow-up plan for Mette', { kind: 'plan', name: 'Mette' }],
  ];
  for (const [text, expected] of CASES) {
    it(`when the leader writes "${text}", then it is read as intended`, () => {
      expect(parseFollowUpIntent(text, TODAY)).to.deep.equal(expected);
    });
  }

  const NOT_FOLLOW_UP = [
    'hvem er syg?',
    'hvem er syg',
    'jeg er syg',
    'Er Mette syg?',
    'hjælp',
    'hvordan ligger vi ift. måltal?',
    'Mette er sygdomsramt',
    'who is sick',
    'forbered samtale med Mette',
    'Mette 42 er syg',
  ];
  for (const text of NOT_FOLLOW_UP) {
    it(`when the text is "${text}", then it is not a follow-up intent`, () => {
      expect(parseFollowUpIntent(text, TODAY)).to.equal(null);
    });
  }
});

describe('parseDatePhrase', () => {
  const CASES: Array<[string, string, 'past' | 'future', string | null]> = [
    ['i dag', TODAY, 'past', TODAY],
    ['I går', TODAY, 'past', '2026-11-22'],
    ['yesterday', TODAY, 'past', '2026-11-22'],
    ['tomorrow', TODAY, 'past', '2026-11-24'],
    ['mandag', TODAY, 'past', '2026-11-23'],
    ['mandag', TODAY, 'future', '2026-11-23'],
    ['tirsdag', TODAY, 'past', '2026-11-17'],
    ['tirsdag', TODAY, 'future', '2026-11-24'],
    ['next monday', TODAY, 'past', '2026-11-30'],
    ['last monday', TODAY, 'future', '2026-11-16'],
    ['on Friday', TODAY, 'past', '2026-11-20'],
    ['28.12', '2027-01-05', 'past', '2026-12-28'],
    ['3.12', TODAY, 'past', '2026-12-03'],
    ['29.2', TODAY, 'past', null],
    ['29.2.2028', TODAY, 'past', '2028-02-29'],
    ['3/11/26', TODAY, 'past', '2026-11-03'],
    ['2026-13-01', TODAY, 'past', null],
    ['3 nov', TODAY, 'past', '2026-11-03'],
    ['November 3rd', TODAY, 'past', '2026-11-03'],
    ['d. 1. december 2025', TODAY, 'past', '2025-12-01'],
    ['snart', TODAY, 'past', null],
  ];
  for (const [phrase, today, direction, expected] of CASES) {
    it(`when "${phrase}" is written on ${today} (${direction}), then it is ${String(expected)}`, () => {
      expect(parseDatePhrase(phrase, today, direction)).to.equal(expected);
    });
  }
});
