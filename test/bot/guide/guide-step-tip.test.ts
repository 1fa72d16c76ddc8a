/**
 * The guide's steps show the tips that belong to them, over real HTTP with the fake connector:
 * the first step's card ends with one of its tips (a leader's tip tagged with the step), a tip
 * HR switches off is gone from the card the next time the step is shown, and a step whose tips
 * are all switched off shows none. Showing a tip in the guide writes nothing but the session.
 */
import { expect } from 'chai';
import { t } from '../../../i18n/index.js';
import { TIPS } from '../../../app/tip-catalogue.js';
import { tipTextKey } from '../../../cards/tip-card.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { message, submit, type From } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { tempDir } from '../../helpers/tmp.js';
import { cardText, press, type Json } from '../../dialogs/guide-harness.js';

const lone: From = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const NOW = '2026-11-23T08:00:00.000Z';

const cardOf = (activity: Record<string, unknown>): Json | undefined =>
  (activity.attachments as Array<{ content: Json }> | undefined)?.[0]?.content;

/** The leader's tips for the first step (the checklist), by id. */
const CHECKLIST_TIPS = TIPS.filter(
  (tip) => tip.guideSteps.includes('checklist') && tip.audiences.includes('leader'),
).map((tip) => tip.id);
const tipText = (id: string) => t('da', tipTextKey(id));

describe('the guide step card shows the step’s tip (real HTTP)', () => {
  let bot: TestBot;
  let connector: FakeConnector;
  let tmp: ReturnType<typeof tempDir>;

  // Monday 23 November 2026; Mette Jensen (Lone's unit) has been sick since Saturday 21 November.
  beforeEach(async () => {
    tmp = tempDir('naervaer-step-tip-');
    connector = await startFakeConnector();
    bot = await startTestBot({ connector, dataFile: tmp.file('naervaer.json') });
    await bot.post(message('Mette er syg fra 21.11', bot.as(lone)));
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    tmp.cleanup();
  });

  async function turn(activity: Record<string, unknown>) {
    connector.clear();
    const res = await bot.post(activity);
    expect(res.status).to.be.oneOf([200, 201, 202]);
    await new Promise((r) => setTimeout(r, 30));
    return [...connector.updates, ...connector.received].map((r) => cardOf(r.activity));
  }

  const pressOn = (value: Json) => submit(value, bot.as(lone));

  /** Offers and starts the guide; returns the first step's card. */
  async function firstStep(): Promise<Json> {
    const [offer] = await turn(message('samtaleguide for Mette', bot.as(lone)));
    const [card] = await turn(pressOn(press(offer, 'guide.start')));
    if (!card) throw new Error('no first step card');
    return card;
  }

  const shownTips = (card: Json) =>
    CHECKLIST_TIPS.filter((id) => cardText(card).includes(tipText(id)));
  const switchOff = (ids: readonly string[]) =>
    Promise.all(ids.map((id) => bot.app.deps.repos.tips.setDisabled(id, true, 'hr', NOW)));

  it('when the leader starts the guide, then the checklist card ends with one checklist tip and nothing is recorded as shown', async () => {
    expect(CHECKLIST_TIPS.length).to.be.greaterThan(1);
    const card = await firstStep();
    assertValidCard(card);
    expect(cardText(card)).to.contain(t('da', 'tips.guide.heading'));
    expect(shownTips(card)).to.have.length(1);
    expect(bot.app.deps.store.read().tips?.shown ?? []).to.deep.equal([]);
  });

  it('when HR switches off the tip shown, then the step shows another of its tips the next time', async () => {
    const first = await firstStep();
    const [shown] = shownTips(first);
    await switchOff([shown ?? '']);
    const [second] = await turn(pressOn(press(first, 'guide.answer', { decision: 'hold' })));
    const [back] = await turn(pressOn(press(second, 'guide.back')));
    if (!back) throw new Error('no card after back');
    assertValidCard(back);
    expect(cardText(back)).to.contain('trin 1 af 8');
    const again = shownTips(back);
    expect(again).to.have.length(1);
    expect(again).not.to.include(shown);
  });

  it('when HR has switched off every tip of the step, then its card shows no tip', async () => {
    await switchOff(CHECKLIST_TIPS);
    const card = await firstStep();
    assertValidCard(card);
    expect(cardText(card)).to.contain('trin 1 af 8');
    expect(cardText(card)).not.to.contain(t('da', 'tips.guide.heading'));
    expect(shownTips(card)).to.deep.equal([]);
  });
});
