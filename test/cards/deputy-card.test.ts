import { expect } from 'chai';
import {
  deputyEndedCard,
  deputyListCard,
  deputyReplaceCard,
  deputySetCard,
  type DeputyshipCardView,
} from '../../cards/deputy-card.js';
import { parseDeputyAction } from '../../cards/deputy-actions.js';
import { translator } from '../../i18n/index.js';
import { assertValidCard } from '../helpers/card-validator.js';

const TODAY = '2026-06-17';
const view = (p: Partial<DeputyshipCardView> = {}): DeputyshipCardView => ({
  id: 'deputy-1',
  leaderName: 'Lone Kristensen',
  deputyName: 'Karen Olsen',
  unitNames: ['Hjemmeplejen Nord'],
  from: '2026-07-06',
  to: '2026-07-24',
  inForce: false,
  ...p,
});
const proposal = { deputyId: 'aad-pia', from: '2026-08-03', to: '2026-08-07', unitIds: ['HN'] };

describe('deputy cards', () => {
  for (const locale of ['da', 'en'] as const) {
    const t = translator(locale);
    it(`every deputy card is a valid Adaptive Card 1.5 (${locale})`, () => {
      assertValidCard(
        deputySetCard({ deputyship: view(), replaced: view({ id: 'old' }), today: TODAY }, t),
      );
      assertValidCard(
        deputyReplaceCard(
          { existing: view(), proposed: view({ deputyName: 'Pia Holm' }), proposal, today: TODAY },
          t,
        ),
      );
      assertValidCard(
        deputyListCard({ mine: [view()], covering: [view({ inForce: true })], today: TODAY }, t),
      );
      assertValidCard(deputyListCard({ mine: [], covering: [], today: TODAY }, t));
      assertValidCard(deputyEndedCard({ ended: [view()], today: TODAY }, t));
    });
  }

  it('the buttons carry payloads their schema accepts', () => {
    const t = translator('da');
    const replace = deputyReplaceCard(
      { existing: view(), proposed: view(), proposal, today: TODAY },
      t,
    );
    const datas = (replace.actions ?? []).map((a) => a.data);
    expect(datas.map((d) => parseDeputyAction(d)?.verb)).to.deep.equal([
      'deputy.replace',
      'deputy.keep',
    ]);
    const set = deputySetCard({ deputyship: view(), replaced: null, today: TODAY }, t);
    expect(parseDeputyAction(set.actions?.[0]?.data)).to.deep.equal({
      verb: 'deputy.stop',
      id: 'deputy-1',
    });
  });

  it('a name written as markdown stays text', () => {
    const card = deputySetCard(
      { deputyship: view({ deputyName: '[Karen](http://x)' }), replaced: null, today: TODAY },
      translator('da'),
    );
    expect(JSON.stringify(card)).to.not.contain('[Karen](http://x)');
  });
});
