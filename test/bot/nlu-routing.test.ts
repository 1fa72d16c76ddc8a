/**
 * Routing by intent over real HTTP against the running bot: the classifier chooses, the features'
 * parsers read the details, and what is not understood gets "Mente du …?" with buttons that work.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { message, submit } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';
import { assertValidCard } from '../helpers/card-validator.js';
import { t } from '../../i18n/index.js';

type Action = { type: string; title: string; data: { verb: string; text: string } };

describe('routing by intent (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot()));
  afterEach(async () => bot.close());

  async function say(text: string, who = IDS.leader, locale = 'da-DK') {
    bot.connector.clear();
    await bot.post(message(text, bot.as({ aadObjectId: who }, { locale })));
    return bot.connector.received.map((r) => r.activity);
  }

  const cardOf = (reply: Record<string, unknown> | undefined) =>
    (reply?.attachments as Array<{ content: { body: unknown[]; actions?: Action[] } }>)[0]?.content;

  it('when a leader writes "hej", then she is greeted by her first name', async () => {
    const [reply] = await say('hej');
    expect(reply?.text).to.equal(t('da', 'conversation.greeting', { name: 'Lone' }));
    expect(reply?.text).to.match(/^Hej Lone!/);
  });

  it('when a leader writes "tak" or "thanks a lot", then the answer is a short "you are welcome" in her language', async () => {
    const [da] = await say('tak');
    expect(da?.text).to.equal('Selv tak. Skriv endelig, hvis der er mere, jeg kan hjælpe med.');
    const [en] = await say('thanks a lot', IDS.leader, 'en-GB');
    expect(en?.text).to.equal(t('en', 'conversation.thanks'));
  });

  it('when the statistics question is misspelt ("hvad er vores sygefravr?"), then the unit\'s statistics card comes', async () => {
    const [reply] = await say('hvad er vores sygefravr?');
    const card = cardOf(reply);
    assertValidCard(card);
    expect(JSON.stringify(card)).to.contain('Hjemmeplejen Nord');
  });

  for (const text of ['Mette har meldt sig syg', 'Mette ringede syg i morges'])
    it(`when a leader writes "${text}", then Mette is registered sick from today`, async () => {
      const [reply] = await say(text);
      expect(reply?.text).to.match(/^Mette Jensen er registreret som syg fra mandag 23\. november/);
    });

  for (const text of ['Karens fravær', 'hvad er Karens fravær?', "Karen's absence"])
    it(`when a leader writes "${text}", then Karen Olsen's own absence is shown, not the unit's statistics`, async () => {
      const [reply] = await say(text);
      const card = cardOf(reply);
      assertValidCard(card);
      expect(JSON.stringify(card)).to.contain('Karen Olsen');
    });

  it('when HR asks about "hele kommunen", then the top unit is shown, not a unit called so', async () => {
    const [reply] = await say('hvad er sygefraværet i hele kommunen?', IDS.hr);
    const card = cardOf(reply);
    assertValidCard(card);
    expect(JSON.stringify(card)).to.contain('Testkommune');
    expect(JSON.stringify(card)).to.not.contain(
      t('da', 'stats.unknownUnit', { query: 'hele kommunen' }),
    );
  });

  it('when a leader of one unit asks about "hele kommunen", then she is told she sees her own units only', async () => {
    const [reply] = await say('fravær i hele kommunen');
    expect(reply?.text).to.equal(t('da', 'stats.notYourUnit'));
  });

  it('when the text is gibberish, then a valid "Mente du …?" card offers suggestions, and a suggestion pressed is answered as if typed', async () => {
    const [reply] = await say('qwxz plorb fnaak');
    const card = cardOf(reply);
    assertValidCard(card);
    expect(JSON.stringify(card)).to.contain(t('da', 'conversation.didYouMean'));
    const actions = card?.actions ?? [];
    expect(actions.length).to.be.within(2, 3);
    for (const a of actions) {
      expect(a.type).to.equal('Action.Submit');
      expect(a.data).to.deep.equal({ verb: 'core.say', text: a.title });
    }
    const stats = actions.find((a) => a.data.text === t('da', 'conversation.example.stats'));
    expect(stats, 'the statistics question is offered').to.not.equal(undefined);
    bot.connector.clear();
    await bot.post(submit(stats!.data, bot.as({ aadObjectId: IDS.leader })));
    const answer = cardOf(bot.connector.received[0]?.activity);
    assertValidCard(answer);
    expect(JSON.stringify(answer)).to.contain('Hjemmeplejen Nord');
  });

  it('when a "core.say" button carries no text, then nothing is done and the action is refused', async () => {
    bot.connector.clear();
    await bot.post(submit({ verb: 'core.say', text: '' }, bot.as({ aadObjectId: IDS.leader })));
    expect(bot.connector.texts()).to.deep.equal([t('da', 'core.invalidAction')]);
  });

  it('when "annuller" comes with nothing going on, then the leader is told there is nothing to stop', async () => {
    const [reply] = await say('annuller');
    expect(reply?.text).to.equal(t('da', 'conversation.nothingToCancel'));
  });
});
