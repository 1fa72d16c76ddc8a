/** The bot added to a team: the installer who may see figures is invited to subscribe a channel. */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { botAdded, message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';

const CHANNEL = '19:general@thread.tacv2';

async function addedBy(bot: TestBot, who: string) {
  await bot.post(message('hej', bot.as({ aadObjectId: who })));
  bot.connector.clear();
  const team = { conversationType: 'channel' as const, conversationId: CHANNEL };
  await bot.post(botAdded(bot.as({ aadObjectId: who }, team)));
  await bot.app.sender.drainOnce();
  return bot.connector.received.filter((r) => r.conversationId === `a:conv-${who}`);
}

describe('bot added to a team', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: () => fixtureStore() })));
  afterEach(async () => bot.close());

  it('when a leader adds the bot, then their personal chat gets one card on subscribing a channel', async () => {
    const sent = await addedBy(bot, IDS.leader);
    expect(sent).to.have.length(1);
    const card = (sent[0]?.activity.attachments as Array<{ content: object }>)[0]?.content;
    assertValidCard(card);
    const body = t('da', 'channels.invite.body', { unit: 'Hjemmeplejen Nord' });
    expect(JSON.stringify(card)).to.contain(JSON.stringify(body).slice(1, -1));
    await bot.app.sender.drainOnce();
    expect(
      bot.connector.received.filter((r) => r.conversationId === `a:conv-${IDS.leader}`),
    ).to.have.length(1);
  });

  it('when an employee without figures adds the bot, then no invitation is sent', async () => {
    expect(await addedBy(bot, IDS.employee)).to.have.length(0);
  });

  it('when a leader asks for help, then channel summaries are listed as available, not as coming', async () => {
    bot.connector.clear();
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    await new Promise((r) => setTimeout(r, 30));
    const card = (bot.connector.received[0]?.activity.attachments as Array<{ content: object }>)[0]
      ?.content;
    assertValidCard(card);
    const texts = [...JSON.stringify(card).matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map(
      (m) => JSON.parse(`"${m[1]}"`) as string,
    );
    const item = t('da', 'help.item.channel');
    const coming = texts.indexOf(t('da', 'help.coming'));
    expect(texts.some((x) => x.includes(item))).to.equal(true);
    if (coming >= 0) expect(texts[coming + 1] ?? '').to.not.contain(item);
  });
});
