/**
 * The settings card's MED-pack switch, over real HTTP: it is on the card (on when the subscription
 * has the pack), saved with a half-yearly or yearly cadence, refused with any other cadence by the
 * same rule as the written request, and a toggle value that is not 'true'/'false' changes nothing.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';

const CHANNEL = '19:med-settings@thread.tacv2';
const inChannel = { conversationType: 'channel' as const, conversationId: CHANNEL };

const subscriptions = async (bot: TestBot) =>
  (await bot.app.deps.repos.channelSubscriptions.all()).filter((s) => s.active);

async function press(bot: TestBot, data: Record<string, unknown>) {
  const res = await bot.post(
    execute(String(data.verb), data, bot.as({ aadObjectId: IDS.chief }, inChannel)),
  );
  return ((await res.json()) as { value: unknown }).value;
}

/** The card element with this id (the settings card's inputs sit in its body). */
function input(card: unknown, id: string): Record<string, unknown> | undefined {
  const body = (card as { body?: Array<Record<string, unknown>> }).body ?? [];
  return body.find((e) => e.id === id);
}

const BASE = {
  verb: 'channels.save',
  id: '',
  unitId: 'AE',
  cadence: 'yearly',
  day: '',
  hour: '8',
  locale: 'da',
};

describe('channel settings card: the MED-pack switch', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: () => fixtureStore() })));
  afterEach(async () => bot.close());

  it('when "abonnér" is written alone, then the new settings card has the switch, off', async () => {
    bot.connector.clear();
    await bot.post(message('abonnér', bot.as({ aadObjectId: IDS.chief }, inChannel)));
    await new Promise((r) => setTimeout(r, 30));
    const card = (bot.connector.received[0]?.activity.attachments as Array<{ content: object }>)[0]
      ?.content;
    assertValidCard(card);
    expect(input(card, 'medPack')).to.include({ type: 'Input.Toggle', value: 'false' });
  });

  it('when the switch is on with a yearly cadence, then the subscription has the MED pack and its card shows it on', async () => {
    await press(bot, { ...BASE, medPack: 'true' });
    const [sub] = await subscriptions(bot);
    expect(sub).to.include({ cadence: 'yearly', medPack: true });
    const edit = await press(bot, { verb: 'channels.edit', id: sub!.id });
    assertValidCard(edit);
    expect(input(edit, 'medPack')).to.include({ value: 'true' });
  });

  it('when the channel lists its subscriptions, then the one with the MED pack says so and the other does not', async () => {
    await press(bot, { ...BASE, medPack: 'true' });
    await press(bot, { ...BASE, unitId: 'HN', medPack: 'false' });
    bot.connector.clear();
    await bot.post(message('abonnementer', bot.as({ aadObjectId: IDS.chief }, inChannel)));
    await new Promise((r) => setTimeout(r, 30));
    const list = (bot.connector.received[0]?.activity.attachments as Array<{ content: object }>)[0]
      ?.content;
    assertValidCard(list);
    const items = JSON.stringify(list)
      .split(t('da', 'channels.button.stop'))
      .filter((part) => part.includes(t('da', 'channels.cadence.yearly')));
    expect(items).to.have.length(2);
    const marked = items.filter((part) => part.includes(t('da', 'channels.list.withMedPack')));
    expect(marked, 'exactly one subscription is marked as having the MED pack').to.have.length(1);
  });

  it('when the switch is on with a monthly cadence, then it is refused as in text and nothing is stored', async () => {
    const answer = await press(bot, { ...BASE, cadence: 'monthly', medPack: 'true' });
    expect(answer).to.equal(t('da', 'channels.medCadence'));
    expect(await subscriptions(bot)).to.have.length(0);
  });

  it('when a MED-pack subscription is changed to monthly with the switch on, then it is refused and unchanged; switched off, then the pack goes', async () => {
    await press(bot, { ...BASE, cadence: 'halfyearly', medPack: 'true' });
    const [sub] = await subscriptions(bot);
    const before = structuredClone(sub);
    const refused = await press(bot, { ...BASE, id: sub!.id, cadence: 'monthly', medPack: 'true' });
    expect(refused).to.equal(t('da', 'channels.medCadence'));
    expect(await subscriptions(bot)).to.deep.equal([before]);
    await press(bot, { ...BASE, id: sub!.id, cadence: 'monthly', medPack: 'false' });
    const [after] = await subscriptions(bot);
    expect(after).to.include({ id: sub!.id, cadence: 'monthly', medPack: false });
  });

  it('when the switch sends something else than true or false, then it is refused and nothing is stored', async () => {
    expect(await press(bot, { ...BASE, medPack: 'ja' })).to.equal(t('da', 'core.invalidAction'));
    expect(await subscriptions(bot)).to.have.length(0);
  });
});
