import { expect } from 'chai';
import { matchEmployees, type NamedEmployee } from '../../../domain/follow-up/name-match.js';

const e = (personKey: string, displayName: string, unitId = 'HN'): NamedEmployee => ({
  personKey,
  displayName,
  unitId,
});

const STAFF = [
  e('p-mette', 'Mette Jensen'),
  e('p-mette', 'Mette Jensen', 'HN2'),
  e('p-mette2', 'Mette Larsen'),
  e('p-soeren', 'Søren Ågård'),
  e('p-ali', 'Ali Hassan'),
  e('p-anne', 'Anne Mette Holm'),
  e('p-ali2', 'Ali Hassan', 'HS'),
];

describe('matchEmployees', () => {
  const CASES: Array<[string, string[] | 'none']> = [
    ['Mette Jensen', ['p-mette']],
    ['mette jensen', ['p-mette']],
    ['METTE LARSEN', ['p-mette2']],
    ['Mette', ['p-anne', 'p-mette', 'p-mette2']],
    ['Jensen', ['p-mette']],
    ['Soren', ['p-soeren']],
    ['soeren aagaard', ['p-soeren']],
    ['Søren Agard', ['p-soeren']],
    ['Ali Hassan', ['p-ali', 'p-ali2']],
    ['Met', 'none'],
    ['Karen', 'none'],
    ['', 'none'],
  ];
  for (const [query, expected] of CASES) {
    it(`when the leader writes "${query}", then the match is ${JSON.stringify(expected)}`, () => {
      const m = matchEmployees(query, STAFF);
      if (expected === 'none') return void expect(m.kind).to.equal('none');
      const keys =
        m.kind === 'one'
          ? [m.employee.personKey]
          : m.kind === 'several'
            ? m.candidates.map((c) => c.personKey)
            : [];
      expect(keys).to.deep.equal(expected);
      expect(m.kind).to.equal(expected.length === 1 ? 'one' : 'several');
    });
  }
});
