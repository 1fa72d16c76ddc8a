import { expect } from 'chai';
import { message, execute } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';
import { checkFrequencyTriggers } from '../../../app/frequency-check.js';
import type { SickPeriod } from '../../../domain/model.js';
import { allText } from '../../cards/follow-up-card-helpers.js';
import { startFollowUpBot, invokeAnswer, type FollowUpBot } from './follow-up-bot.js';

const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };

const past = (id: string, start: string, end: string): SickPeriod => ({
  id,
  personKey: 'p-karen',
  type: 'SYGDOM',
  start,
  end,
  partialPercent: null,
  source: 'import',
  sourceId: id,
  registeredBy: null,
  createdAt: '2026-11-22T07:00:00.000Z',
  updatedAt: '2026-11-22T07:00:00.000Z',
});

// Karen had four short periods in 2026 (8 working days); a fifth meets the municipality's
// default trigger "5 periods in 12 months" (Køge has no triggers of its own), not "14 days".
const HISTORY = [
  past('h1', '2026-01-12', '2026-01-13'),
  past('h2', '2026-03-09', '2026-03-10'),
  past('h3', '2026-05-11', '2026-05-12'),
  past('h4', '2026-08-17', '2026-08-18'),
];

describe('frequent-absence triggers after a chat registration (real HTTP)', () => {
  let bot: FollowUpBot;
  beforeEach(
    async () =>
      (bot = await startFollowUpBot(() => ({
        ...fixtureStore(),
        sickPeriods: HISTORY.map((p) => ({ ...p })),
      }))),
  );
  afterEach(async () => bot.close());

  it('when the fifth period in 12 months is registered, then the frequency card is shown inline and the trigger is recorded as fired', async () => {
    await bot.post(message('Karen er syg', bot.as(lone)));
    const cards = bot.connector.cards();
    expect(cards).to.have.length(2);
    const frequency = cards[1];
    assertValidCard(frequency);
    expect(allText(frequency)).to.contain('Karen Olsen har haft 5 sygeperioder på 12 måneder.');
    const fired = bot.data().firedTriggers ?? [];
    expect(fired.map((f) => [f.personKey, f.triggerId, f.on, f.value])).to.deep.equal([
      ['p-karen', 'periods-5-12m', '2026-11-23', 5],
    ]);
    // The scheduler's later check finds nothing new: a trigger fires once per window.
    expect(await checkFrequencyTriggers(bot.app.deps, 'p-karen', '2026-11-24')).to.deep.equal([]);
  });

  it('when the leader asks HR from the frequency card twice, then HR is told once and the card updates in place', async () => {
    await bot.post(message('Karen er syg', bot.as(lone)));
    const data = {
      verb: 'followup.frequencyAskHr',
      personKey: 'p-karen',
      triggerId: 'periods-5-12m',
    };
    const first = await invokeAnswer(await bot.post(execute(data.verb, data, bot.as(lone))));
    const second = await invokeAnswer(await bot.post(execute(data.verb, data, bot.as(lone))));
    assertValidCard(first.card);
    expect(allText(first.card)).to.contain(t('da', 'followup.frequency.handledHr'));
    expect(JSON.stringify(second.card)).to.equal(JSON.stringify(first.card));
    expect(bot.notifier.sent.map((s) => s.to)).to.deep.equal(['HN']);
    assertValidCard(bot.notifier.sent[0]?.card);
    expect(bot.data().hrRequests?.map((r) => r.kind)).to.deep.equal(['frequency']);
  });

  it('when a leader of another unit presses the frequency card’s button, then it is refused and audited', async () => {
    await bot.post(message('Karen er syg', bot.as(lone)));
    const data = {
      verb: 'followup.frequencyGuide',
      personKey: 'p-karen',
      triggerId: 'periods-5-12m',
    };
    const pia = { aadObjectId: IDS.otherLeader, name: 'Pia Holm' };
    const answer = await invokeAnswer(await bot.post(execute(data.verb, data, bot.as(pia))));
    expect(answer.text).to.equal(t('da', 'followup.chat.notYourEmployee'));
    expect(bot.data().firedTriggers?.[0]?.handled).to.equal(null);
    expect(
      bot
        .data()
        .audit.filter((a) => a.outcome === 'denied')
        .map((a) => a.subject),
    ).to.deep.equal(['p-karen']);
  });
});
