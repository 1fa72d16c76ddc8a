/** The intake channel's cards are drawn in the language the channel was set up in. */
import { expect } from 'chai';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { cardText, invoke, storeOf, WHO, workflowStore } from './workflow-harness.js';

describe('the intake channel language (real HTTP)', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('when HR sets up the intake channel in English, then new requests arrive there drawn in English, though the default is Danish', async () => {
    bot = await startTestBot({ seed: workflowStore });
    const channel = {
      conversationType: 'channel' as const,
      conversationId: '19:hr-en',
      locale: 'en-GB',
    };
    await bot.post(
      message('make this channel the HR intake', bot.as({ aadObjectId: WHO.hr }, channel)),
    );
    expect(storeOf(bot).workflows?.intake).to.include({ conversationId: '19:hr-en', locale: 'en' });
    await invoke(bot, WHO.leader, 'workflow.launch', {
      kind: 'early-intervention',
      personKey: 'p-mette',
      launchId: 'in-en',
    });
    const item = storeOf(bot).outbox.find((o) => o.id.endsWith(':intake'));
    expect(item?.conversationId).to.equal('19:hr-en');
    const card = (item?.payload as { card: unknown }).card;
    assertValidCard(card);
    expect(cardText(card))
      .to.contain('New request for HR')
      .and.contain("I'll take it")
      .and.not.contain('Ny anmodning');
  });
});
