/**
 * Subscribing a channel, over real HTTP: who may, what bad input gets (a clear answer in the
 * person's language and no change), the list with its stop button, a unit of three people, and a
 * channel the bot was removed from.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';
import { NAMES } from './channel-seed.js';

const CHANNEL = '19:team@thread.tacv2';
const inChannel = (locale = 'da-DK') => ({
  conversationType: 'channel' as const,
  conversationId: CHANNEL,
  locale,
});

async function say(bot: TestBot, text: string, who: string, locale = 'da-DK') {
  bot.connector.clear();
  await bot.post(message(text, bot.as({ aadObjectId: who }, inChannel(locale))));
  await new Promise((r) => setTimeout(r, 30));
  return bot.connector.received.map((r) => r.activity);
}

const subscriptions = async (bot: TestBot) =>
  (await bot.app.deps.repos.channelSubscriptions.all()).filter((s) => s.active);

const cardOf = (a: Record<string, unknown> | undefined) =>
  (a?.attachments as Array<{ content: object }> | undefined)?.[0]?.content;

describe('subscribing a channel', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: () => fixtureStore() })));
  afterEach(async () => bot.close());

  const refusals: Array<
    [string, string, string, Parameters<typeof t>[1], Record<string, string>?]
  > = [
    [
      'a unit the leader may not see',
      'abonnér på fravær for Børnehuset Solsikken hver måned',
      'da',
      'channels.notYourUnit',
      { unit: 'Børnehuset Solsikken' },
    ],
    [
      'a cadence that does not parse',
      'abonnér på fravær for Hjemmeplejen Nord hver anden tirsdag',
      'da',
      'channels.badCadence',
    ],
    [
      'an hour that does not parse',
      'abonnér på fravær for Hjemmeplejen Nord hver måned kl. 25',
      'da',
      'channels.badTime',
    ],
    [
      'an English request for a foreign unit',
      'subscribe to absence for Børnehuset Solsikken monthly',
      'en',
      'channels.notYourUnit',
      { unit: 'Børnehuset Solsikken' },
    ],
    [
      'an English time that does not parse',
      'subscribe to absence for Hjemmeplejen Nord monthly at 9:30',
      'en',
      'channels.badTime',
    ],
  ];
  for (const [name, text, lang, key, params] of refusals)
    it(`when ${name}, then the answer says so in ${lang} and nothing is stored`, async () => {
      const [reply] = await say(bot, text, IDS.leader, lang === 'da' ? 'da-DK' : 'en-GB');
      expect(reply?.text).to.equal(t(lang as 'da' | 'en', key, params));
      expect(await subscriptions(bot)).to.have.length(0);
    });

  it('when the same channel subscribes twice to the same thing, then the second is refused and one stays', async () => {
    await say(bot, 'abonnér på fravær for Hjemmeplejen Nord hver måned', IDS.leader);
    const [reply] = await say(
      bot,
      'abonner på fravær for hjemmeplejen nord månedligt kl. 10',
      IDS.leader,
    );
    expect(reply?.text).to.equal(t('da', 'channels.duplicate', { unit: 'Hjemmeplejen Nord' }));
    expect(await subscriptions(bot)).to.have.length(1);
  });

  it('when subscribing in a personal chat, then the answer points to the channel and nothing is stored', async () => {
    bot.connector.clear();
    const text = 'abonnér på fravær for Hjemmeplejen Nord hver måned';
    await bot.post(message(text, bot.as({ aadObjectId: IDS.leader })));
    await new Promise((r) => setTimeout(r, 30));
    expect(bot.connector.received[0]?.activity.text).to.equal(t('da', 'channels.onlyInChannel'));
    expect(await subscriptions(bot)).to.have.length(0);
  });

  it('when "abonnementer" is asked, then the list shows each subscription with a stop button that stops it', async () => {
    await say(bot, 'abonnér på fravær for Hjemmeplejen Nord hver uge på tirsdag kl. 7', IDS.leader);
    const [reply] = await say(bot, 'abonnementer', IDS.leader);
    const list = cardOf(reply);
    assertValidCard(list);
    expect(JSON.stringify(list)).to.contain('hver uge, tirsdag kl. 07');
    const [sub] = await subscriptions(bot);
    const res = await bot.post(
      execute(
        'channels.stop',
        { verb: 'channels.stop', id: sub!.id },
        bot.as({ aadObjectId: IDS.leader }, inChannel()),
      ),
    );
    const body = (await res.json()) as { value: object };
    assertValidCard(body.value);
    expect(JSON.stringify(body.value)).to.contain(
      JSON.stringify(t('da', 'channels.list.empty')).slice(1, -1),
    );
    expect(await subscriptions(bot)).to.have.length(0);
  });

  it('when a unit of three people is summarised in a channel, then no figure and no name is shown', async () => {
    await say(bot, 'abonnér på fravær for Hjemmeplejen Nord hver måned', IDS.leader);
    bot.clock.set('2026-12-01T08:00:00');
    bot.connector.clear();
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    const [sent] = bot.connector.received.filter((r) => r.conversationId === CHANNEL);
    const summary = cardOf(sent?.activity);
    assertValidCard(summary);
    const json = JSON.stringify(summary);
    expect(json).to.contain(
      JSON.stringify(t('da', 'stats.suppressed', { unit: 'Hjemmeplejen Nord' })).slice(1, -1),
    );
    expect(json).to.not.contain('Fremskrivning');
    for (const name of NAMES) expect(json).to.not.contain(name);
  });

  it('when the bot was removed from the channel (403), then the subscription stops and its maker is told in personal chat', async () => {
    bot.connector.clear();
    await bot.post(message('hej', bot.as({ aadObjectId: IDS.leader })));
    await say(bot, 'abonnér på fravær for Hjemmeplejen Nord hver måned', IDS.leader);
    bot.clock.set('2026-12-01T08:00:00');
    bot.connector.clear();
    bot.connector.setResponder((r) => (r.conversationId === CHANNEL ? { status: 403 } : null));
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    await bot.app.sender.drainOnce();
    expect(await subscriptions(bot)).to.have.length(0);
    const told = bot.connector.received.filter((r) => r.conversationId === `a:conv-${IDS.leader}`);
    expect(told).to.have.length(1);
    const notice = cardOf(told[0]?.activity);
    assertValidCard(notice);
    expect(JSON.stringify(notice)).to.contain(t('da', 'channels.lost.title'));
  });
});
