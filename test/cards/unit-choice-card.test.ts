import { expect } from 'chai';
import { unitChoiceCard } from '../../cards/unit-choice-card.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';

const VIEW = {
  query: 'hjemmeplejen',
  candidates: [
    { id: 'hn', name: 'Hjemmeplejen Nord', context: 'Ældre og Sundhed' },
    { id: 'hs', name: 'Hjemmeplejen Syd' },
  ],
  total: 3,
};

describe('unitChoiceCard', () => {
  const golden = {
    da: [
      'Hvilken enhed mener du?',
      'Flere enheder passer på \\"hjemmeplejen\\"',
      'Der er 3 enheder, der passer',
    ],
    en: ['Which unit do you mean?', 'Several units match \\"hjemmeplejen\\"', '3 units match'],
  };
  for (const locale of ['da', 'en'] as const) {
    it(`when a name matches several units, then the ${locale} card offers each one`, () => {
      const card = unitChoiceCard(VIEW, translator(locale));
      expect(validateCard(card)).to.deep.equal([]);
      const json = JSON.stringify(card);
      for (const s of golden[locale]) expect(json).to.contain(s);
      expect(json).to.contain('"data":{"verb":"stats.showUnit","unitId":"hn"}');
      expect(json).to.contain('"data":{"verb":"stats.showUnit","unitId":"hs"}');
      expect(json).to.contain('Ældre og Sundhed');
    });
  }
  it('when every match is shown, then there is no "more" line', () => {
    const json = JSON.stringify(unitChoiceCard({ ...VIEW, total: 2 }, translator('da')));
    expect(json).to.not.contain('enheder, der passer');
  });
});
