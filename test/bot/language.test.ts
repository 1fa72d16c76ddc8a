/**
 * The answer's language follows what the person writes, not the client's UI locale (the Agents
 * Playground always sends en-US), is remembered for the conversation, and a card click answers
 * in the language the conversation was last written in.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { execute, message } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';
import { t } from '../../i18n/index.js';

describe('the language of the answer', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ now: '2026-11-23T09:00:00' })));
  afterEach(async () => bot.close());

  async function say(text: string, locale: string): Promise<string> {
    bot.connector.clear();
    await bot.post(message(text, bot.as({ aadObjectId: IDS.chief }, { locale })));
    return JSON.stringify(bot.connector.received.map((r) => r.activity));
  }

  it('when "hjælp" comes with the Playground\'s en-US locale, then the help card is Danish', async () => {
    const json = await say('hjælp', 'en-US');
    expect(json).to.contain(t('da', 'help.title'));
  });

  it('when "help" comes with a Danish client, then the help card is English', async () => {
    const json = await say('help', 'da-DK');
    expect(json).to.contain(t('en', 'help.title'));
  });

  it('when a Danish question comes with en-US, then the card is Danish', async () => {
    const json = await say('hvordan ligger vi ift. måltal?', 'en-US');
    expect(json).to.contain(t('da', 'stats.title', { unit: 'Ældre og Sundhed' }));
    expect(json).to.not.contain(t('en', 'stats.title', { unit: 'Ældre og Sundhed' }));
  });

  it('when the message tells no language (a bare name), then the conversation keeps the language last written', async () => {
    await say('hjælp', 'en-US');
    const json = await say('Hjemmeplejen Nord', 'en-US');
    expect(json).to.not.contain(t('en', 'core.notUnderstood'));
    expect(json).to.contain(t('da', 'core.notUnderstood').slice(0, 20));
  });

  it('when a card button is clicked after Danish was written, then the answer is Danish whatever the client locale', async () => {
    await say('hvordan ligger vi ift. måltal?', 'en-US');
    bot.connector.clear();
    const res = await bot.post(
      execute(
        'stats.showUnit',
        { verb: 'stats.showUnit', unitId: 'HN' },
        bot.as({ aadObjectId: IDS.chief }, { locale: 'en-US' }),
      ),
    );
    const body = JSON.stringify(await res.json());
    const chat = JSON.stringify(bot.connector.received.map((r) => r.activity));
    expect(body + chat).to.contain(t('da', 'stats.title', { unit: 'Hjemmeplejen Nord' }));
    expect(body + chat).to.not.contain(t('en', 'stats.title', { unit: 'Hjemmeplejen Nord' }));
  });
});
