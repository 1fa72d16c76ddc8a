/** The settings card of a channel subscription, over real HTTP: open, save, change, bad payloads. */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';

const CHANNEL = '19:settings@thread.tacv2';
const inChannel = { conversationType: 'channel' as const, conversationId: CHANNEL };

const subscriptions = async (bot: TestBot) =>
  (await bot.app.deps.repos.channelSubscriptions.all()).filter((s) => s.active);

async function press(bot: TestBot, data: Record<string, unknown>, who = IDS.chief) {
  const res = await bot.post(
    execute(String(data.verb), data, bot.as({ aadObjectId: who }, inChannel)),
  );
  return ((await res.json()) as { value: unknown }).value;
}

describe('channel subscription settings card', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: () => fixtureStore() })));
  afterEach(async () => bot.close());

  it('when "abonnér" is written alone, then the settings card offers the units the person may see', async () => {
    bot.connector.clear();
    await bot.post(message('abonnér', bot.as({ aadObjectId: IDS.chief }, inChannel)));
    await new Promise((r) => setTimeout(r, 30));
    const card = (bot.connector.received[0]?.activity.attachments as Array<{ content: object }>)[0]
      ?.content;
    assertValidCard(card);
    const json = JSON.stringify(card);
    expect(json).to.contain('Hjemmeplejen Syd');
    expect(json).to.not.contain('Børnehuset Solsikken');
  });

  it('when the card is saved, then the channel subscribes; changed, then the same subscription has the new settings', async () => {
    const saved = await press(bot, {
      verb: 'channels.save',
      id: '',
      unitId: 'AE',
      cadence: 'quarterly',
      day: '',
      hour: '9',
      locale: 'en',
    });
    assertValidCard(saved);
    expect(JSON.stringify(saved)).to.contain('Kanalen abonnerer nu på fravær for Ældre og Sundhed');
    const [sub] = await subscriptions(bot);
    expect(sub).to.include({
      unitId: 'AE',
      cadence: 'quarterly',
      day: null,
      hour: 9,
      locale: 'en',
    });
    const edit = await press(bot, { verb: 'channels.edit', id: sub!.id });
    assertValidCard(edit);
    await press(bot, {
      verb: 'channels.save',
      id: sub!.id,
      unitId: 'HN',
      cadence: 'weekly',
      day: '2',
      hour: '7',
      locale: 'da',
    });
    const after = await subscriptions(bot);
    expect(after).to.have.length(1);
    expect(after[0]).to.include({ id: sub!.id, unitId: 'HN', cadence: 'weekly', day: 2, hour: 7 });
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an hour of 24', { hour: '24' }, t('da', 'core.invalidAction')],
    ['an unknown cadence', { cadence: 'daily' }, t('da', 'core.invalidAction')],
    ['a weekly day of 6', { cadence: 'weekly', day: '6' }, t('da', 'channels.badTime')],
    [
      'a unit the person may not see',
      { unitId: 'SO' },
      t('da', 'channels.notYourUnit', { unit: 'Børnehuset Solsikken' }),
    ],
  ];
  for (const [name, change, answer] of bad)
    it(`when the card sends ${name}, then it is refused and nothing is stored`, async () => {
      const base = {
        verb: 'channels.save',
        id: '',
        unitId: 'AE',
        cadence: 'monthly',
        day: '',
        hour: '8',
        locale: 'da',
      };
      expect(await press(bot, { ...base, ...change })).to.equal(answer);
      expect(await subscriptions(bot)).to.have.length(0);
    });
});
