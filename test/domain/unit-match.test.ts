import { expect } from 'chai';
import {
  commonAncestor,
  extractUnitPhrase,
  looseName,
  matchUnit,
  normalizeName,
} from '../../domain/unit-match.js';

const UNITS = [
  { id: 'hn', name: 'Hjemmeplejen Nord' },
  { id: 'hs', name: 'Hjemmeplejen Syd' },
  { id: 'sk', name: 'Skovbørnehaven Æblehaven' },
  { id: 'aa', name: 'Ålykkecentret' },
  { id: 'bo', name: 'Bøgely Plejecenter' },
  { id: 'so', name: 'Solsikken' },
  { id: 'd1', name: 'Dagplejen' },
  { id: 'd2', name: 'Dagplejen' },
];

function describeMatch(query: string): string {
  const m = matchUnit(query, UNITS);
  switch (m.kind) {
    case 'exact':
    case 'single':
      return `${m.kind}:${m.unit.id}`;
    case 'several':
      return `several:${m.candidates.map((c) => c.id).join(',')}`;
    case 'none':
      return 'none';
  }
}

describe('normalizeName', () => {
  it('when a name has æ, ø, å and punctuation, then they become ae, oe, aa and spaces', () => {
    expect(normalizeName('  Ålykke-Centret, Bøgely Æble ')).to.equal(
      'aalykke centret boegely aeble',
    );
    expect(looseName('Ålykke Bøgely')).to.equal('alykke bogely');
  });
});

describe('matchUnit', () => {
  const cases: Array<[string, string]> = [
    ['Hjemmeplejen Nord', 'exact:hn'],
    ['hjemmeplejen nord', 'exact:hn'],
    ['HJEMMEPLEJEN NORD', 'exact:hn'],
    ['hjemmeplejen', 'several:hn,hs'],
    ['nord', 'single:hn'],
    ['aalykkecentret', 'exact:aa'],
    ['alykkecentret', 'exact:aa'],
    ['aalykke', 'single:aa'],
    ['boegely', 'single:bo'],
    ['bogely plejecenter', 'exact:bo'],
    ['plejecenter bøgely', 'single:bo'],
    ['skovboernehaven aeblehaven', 'exact:sk'],
    ['aeblehaven', 'single:sk'],
    ['solsiken', 'single:so'],
    ['dagplejen', 'several:d1,d2'],
    ['rådhuset', 'none'],
    ['x', 'none'],
  ];
  for (const [query, expected] of cases) {
    it(`when the query is "${query}", then the match is ${expected}`, () => {
      expect(describeMatch(query)).to.equal(expected);
    });
  }
  it('when very many units match, then at most 10 candidates come back with the total', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ id: `u${i}`, name: `Skole ${i}` }));
    const m = matchUnit('skole', many);
    expect(m.kind).to.equal('several');
    if (m.kind === 'several') {
      expect(m.candidates).to.have.length(10);
      expect(m.total).to.equal(15);
    }
  });
});

describe('extractUnitPhrase', () => {
  const cases: Array<[string, string | null]> = [
    ['fravær i Hjemmeplejen Nord', 'Hjemmeplejen Nord'],
    ['Fravær i Hjemmeplejen Nord?', 'Hjemmeplejen Nord'],
    ['hvordan er sygefraværet på Bøgely Plejecenter i forhold til måltal?', 'Bøgely Plejecenter'],
    ['sygefravær for Solsikken de sidste 12 måneder', 'Solsikken'],
    ['absence in Solsikken vs target', 'Solsikken'],
    ['What is the sickness absence at Hjemmeplejen Syd?', 'Hjemmeplejen Syd'],
    ['hvordan ligger vi ift. måltal?', null],
    ['sygefravær sidste 12 måneder', null],
    ["what is my unit's absence vs target?", null],
    ['fravær i forhold til måltal', null],
    ['fravær i år', null],
    ['hej', null],
  ];
  for (const [input, expected] of cases) {
    it(`when the text is "${input}", then the phrase is ${String(expected)}`, () => {
      expect(extractUnitPhrase(input)).to.equal(expected);
    });
  }
});

describe('commonAncestor', () => {
  // SOL ── SOL-A "Havebo", SOL-B "Lysbo"; ENG ── ENG-A "Havebo"
  const parents = new Map<string, string | null>([
    ['AEL', null],
    ['SOL', 'AEL'],
    ['SOL-A', 'SOL'],
    ['SOL-B', 'SOL'],
    ['ENG', 'AEL'],
    ['ENG-A', 'ENG'],
    ['ENG-A-1', 'ENG-A'],
  ]);
  const u = (id: string) => ({ id, name: id });
  const cases: Array<[string[], string | null]> = [
    [['SOL-A', 'SOL', 'SOL-B'], 'SOL'], // "Solgården": the plejecenter and its afsnit
    [['ENG', 'ENG-A-1'], 'ENG'], // two levels down
    [['SOL-A', 'ENG-A'], null], // "Havebo" in two plejecentre: a choice
    [['SOL', 'ENG'], null],
    [['SOL-A', 'SOL-B'], null], // siblings without their parent among the matches
  ];
  for (const [ids, expected] of cases) {
    it(`when the matches are ${ids.join(', ')}, then the unit meant is ${String(expected)}`, () => {
      expect(commonAncestor(ids.map(u), parents)?.id ?? null).to.equal(expected);
    });
  }
  it('when the parent links form a loop, then it still ends', () => {
    const loop = new Map<string, string | null>([
      ['X', 'Y'],
      ['Y', 'X'],
    ]);
    expect(commonAncestor([u('X'), u('Z')], loop)).to.equal(null);
  });
});
