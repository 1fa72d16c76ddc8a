import { expect } from 'chai';
import { helpCard, type HelpView } from '../../cards/help-card.js';
import { welcomeCard } from '../../cards/welcome-card.js';
import { translator } from '../../i18n/index.js';
import { assertValidCard } from '../helpers/card-validator.js';

type Action = { type: string; title: string; data: Record<string, unknown> };
const actionsOf = (card: { actions?: unknown[] }) => (card.actions ?? []) as Action[];

const LEADER: HelpView = {
  roles: ['leader'],
  ledUnitNames: ['Hjemmeplejen Nord'],
  available: ['stats', 'register', 'plan', 'guide'],
  coming: [],
};

describe('the help and welcome cards’ buttons', () => {
  it('when a leader gets the help card, then each button is an Action.Submit saying its phrase with verb core.say, and no msteams data', () => {
    const t = translator('da');
    const card = helpCard(LEADER, t);
    assertValidCard(card);
    expect(actionsOf(card)).to.deep.equal([
      {
        type: 'Action.Submit',
        title: 'Fravær vs. måltal',
        data: { verb: 'core.say', text: 'Fravær vs. måltal' },
      },
      {
        type: 'Action.Submit',
        title: 'Registrer sygdom',
        data: { verb: 'core.say', text: 'Registrer sygdom' },
      },
      {
        type: 'Action.Submit',
        title: 'Samtaleguide',
        data: { verb: 'core.say', text: 'Samtaleguide' },
      },
    ]);
    // The Agents Playground throws on Teams' msteams imBack data and sends nothing.
    expect(JSON.stringify(card)).to.not.contain('imBack');
  });

  it('when the welcome card is in English, then its button says "help"', () => {
    const card = welcomeCard('personal', translator('en'));
    assertValidCard(card);
    expect(actionsOf(card)).to.deep.equal([
      {
        type: 'Action.Submit',
        title: 'What I can help you with',
        data: { verb: 'core.say', text: 'help' },
      },
    ]);
  });

  it('when the welcome card is in Danish, then its button says "hjælp"', () => {
    const card = welcomeCard('channel', translator('da'));
    assertValidCard(card);
    expect(actionsOf(card).map((a) => a.data)).to.deep.equal([{ verb: 'core.say', text: 'hjælp' }]);
  });
});
