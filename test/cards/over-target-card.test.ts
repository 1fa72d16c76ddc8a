import { expect } from 'chai';
import { overTargetCard } from '../../cards/over-target-card.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';

const VIEW = {
  unitId: 'HN',
  unitName: 'Hjemmeplejen Nord',
  quarter: '2026-Q4',
  daysPerFte: 12.345,
  target: 9.5,
};

describe('overTargetCard', () => {
  const golden = {
    da: {
      text: ['Hjemmeplejen Nord ligger over måltallet', 'For 2026-Q4', 'måltal på 9,5'],
      buttons: ['Tilbyd procesforløb', 'Start opfølgning på måltal'],
    },
    en: {
      text: ['Hjemmeplejen Nord is above its target', 'For 2026-Q4', 'target of 9.5'],
      buttons: ['Offer an outreach process', 'Start target follow-up'],
    },
  };
  for (const locale of ['da', 'en'] as const) {
    it(`when a unit is above target, then the ${locale} card gives its figure against the target and the two launches for that unit`, () => {
      const card = overTargetCard(VIEW, translator(locale));
      expect(validateCard(card)).to.deep.equal([]);
      const json = JSON.stringify(card);
      for (const s of golden[locale].text) expect(json).to.contain(s);
      const actions = card.actions ?? [];
      expect(actions.map((a) => a.title)).to.deep.equal(golden[locale].buttons);
      expect(actions.map((a) => a.data)).to.deep.equal([
        { verb: 'workflow.form', kind: 'outreach', unitId: 'HN' },
        { verb: 'workflow.form', kind: 'target-breach', unitId: 'HN' },
      ]);
    });
  }
});
