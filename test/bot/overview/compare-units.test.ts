/**
 * "sammenlign mine enheder" over real HTTP: the units a person leads ranked against their targets
 * on the statistics' ranking card, aggregates only, with the small-group rule for the audience.
 */
import { expect } from 'chai';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { t } from '../../../i18n/index.js';
import { allText, executeData } from '../../cards/follow-up-card-helpers.js';
import { ask, cardOf, overviewSeed } from './overview-helpers.js';
import type { StoreData } from '../../../data/schema.js';

function seed(): StoreData {
  const d = overviewSeed();
  d.targets = [
    { unitId: 'AE', year: 2026, daysPerFte: 1.5, method: 'FAST', appliesToSubUnits: true },
  ];
  return d;
}

describe('overview: units compared (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed })));
  afterEach(async () => bot.close());

  it('when the sector chief asks "hvilke af mine enheder ligger højest?", then one ranking card of the sector\'s units', async () => {
    const replies = await ask(bot, 'hvilke af mine enheder ligger højest?', IDS.chief);
    expect(replies).to.have.length(1);
    const card = cardOf(replies[0]);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain('Ældre og Sundhed');
    expect(text.indexOf('Hjemmeplejen Nord')).to.be.greaterThan(-1);
    expect(text.indexOf('Hjemmeplejen Syd')).to.be.greaterThan(-1);
    // Each row opens the unit's own statistics card.
    const opens = executeData(card).filter((d) => d.verb === 'stats.showUnit');
    expect(opens.map((d) => d.unitId)).to.have.members(['HN', 'HS']);
    // Aggregates only: no person's name.
    expect(JSON.stringify(card)).not.to.match(/Karen|Mette/);
  });

  it('when asked in a group chat, then the units under the minimum group size are suppressed for everyone', async () => {
    const [reply] = await ask(bot, 'sammenlign mine enheder', IDS.chief, {
      conversationType: 'groupChat',
      conversationId: '19:group@thread.v2',
    });
    const card = cardOf(reply);
    assertValidCard(card);
    expect(allText(card)).to.contain(t('da', 'stats.ranking.suppressed'));
  });

  it('when a leader of one unit without sub-units asks, then there is nothing to compare', async () => {
    const [reply] = await ask(bot, 'sammenlign mine enheder', IDS.leader);
    expect(reply?.text).to.equal(t('da', 'overview.compare.single', { unit: 'Hjemmeplejen Nord' }));
  });

  it('when asked in English, then the ranking card is English', async () => {
    const [reply] = await ask(bot, 'compare my units', IDS.chief, { locale: 'en-US' });
    const card = cardOf(reply);
    assertValidCard(card);
    expect(allText(card)).to.contain('Hjemmeplejen Nord');
    expect(allText(card)).to.contain('Ældre og Sundhed');
    expect(JSON.stringify(card)).to.contain('"title":"Open"');
  });

  it('when someone with no role asks, then there is nothing to compare', async () => {
    const [reply] = await ask(bot, 'sammenlign mine enheder', IDS.employee);
    expect(reply?.text).to.equal(t('da', 'overview.compare.noUnits'));
  });
});
