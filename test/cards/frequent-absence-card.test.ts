import { expect } from 'chai';
import { frequentAbsenceCard } from '../../cards/frequent-absence-card.js';
import type { FrequentAbsentee } from '../../domain/triggers.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';

const periods = {
  triggerId: 'p',
  kind: 'periods' as const,
  threshold: 5,
  windowMonths: 12,
  value: 6,
  met: true,
};
const days = {
  triggerId: 'd',
  kind: 'days' as const,
  threshold: 14,
  windowMonths: 12,
  value: 9,
  met: false,
};
const PEOPLE: FrequentAbsentee[] = [
  {
    personKey: 'k1',
    displayName: 'Mette Hansen',
    unitId: 'A',
    unitName: 'Plejecenter A',
    met: [periods],
    evaluations: [periods, days],
  },
  {
    personKey: 'k2',
    displayName: 'Ole Berg',
    unitId: 'A1',
    unitName: 'Afsnit A1',
    met: [{ ...days, value: 16, met: true }],
    evaluations: [],
  },
];

describe('frequentAbsenceCard', () => {
  const golden = {
    da: [
      'Medarbejdere med hyppigt sygefravær',
      '6 sygeperioder på 12 måneder (grænse: 5)',
      '16 sygedage på 12 måneder (grænse: 14)',
      'spørg aldrig til diagnosen',
    ],
    en: [
      'Employees with frequent sickness absence',
      '6 sick periods in 12 months (limit: 5)',
      '16 sick days in 12 months (limit: 14)',
      'never ask about a diagnosis',
    ],
  };
  for (const locale of ['da', 'en'] as const) {
    it(`when two employees meet a trigger, then the ${locale} card names them with what they met`, () => {
      const card = frequentAbsenceCard(
        { unitName: 'Plejecenter A', people: PEOPLE },
        translator(locale),
      );
      expect(validateCard(card)).to.deep.equal([]);
      const json = JSON.stringify(card);
      for (const s of [...golden[locale], 'Mette Hansen', 'Ole Berg', 'Afsnit A1'])
        expect(json).to.contain(s);
    });
    it(`when nobody meets a trigger, then the ${locale} card says so`, () => {
      const card = frequentAbsenceCard(
        { unitName: 'Plejecenter A', people: [] },
        translator(locale),
      );
      expect(validateCard(card)).to.deep.equal([]);
      expect(JSON.stringify(card)).to.contain(
        locale === 'da' ? 'Ingen medarbejdere i Plejecenter A' : 'No employees in Plejecenter A',
      );
    });
  }
});
