/**
 * One card per guide, over real HTTP with the fake connector: the guide's card is sent once and
 * refreshed in place (PUT on the message the button was pressed on); the message is remembered
 * with the session, so after a restart an older card's buttons still change nothing and answer
 * that the guide has moved on, with the current card. Also: someone registered fit is offered
 * the return-to-work talk.
 */
import { expect } from 'chai';
import { t } from '../../../i18n/index.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { message, submit, type From } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { tempDir } from '../../helpers/tmp.js';
import { actionData, cardText, press, type Json } from '../../dialogs/guide-harness.js';

const lone: From = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };

const cardOf = (activity: Record<string, unknown>): Json | undefined =>
  (activity.attachments as Array<{ content: Json }> | undefined)?.[0]?.content;

describe('the guide keeps one card, refreshed in place (real HTTP)', () => {
  let bot: TestBot;
  let connector: FakeConnector;
  let tmp: ReturnType<typeof tempDir>;

  // Monday 23 November 2026; Mette Jensen (Lone's unit) has been sick since Saturday 21 November.
  beforeEach(async () => {
    tmp = tempDir('naervaer-one-card-');
    connector = await startFakeConnector();
    bot = await startTestBot({ connector, dataFile: tmp.file('naervaer.json') });
    await bot.post(message('Mette er syg fra 21.11', bot.as(lone)));
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    tmp.cleanup();
  });

  const guides = () => bot.app.deps.store.read().guides;

  /** Posts one activity; returns the messages sent (POST) and the updates (PUT) of that turn. */
  async function turn(activity: Record<string, unknown>) {
    connector.clear();
    const res = await bot.post(activity);
    expect(res.status).to.be.oneOf([200, 201, 202]);
    await new Promise((r) => setTimeout(r, 30));
    return { sent: [...connector.received], updated: [...connector.updates] };
  }

  /** A press of a button on the card shown on message `on`. */
  const pressOn = (on: string, value: Json, locale = 'da-DK') => ({
    ...submit(value, bot.as(lone, { locale })),
    replyToId: on,
  });

  async function startGuide(): Promise<{ cardId: string; card: Json }> {
    const offer = await turn(message('samtaleguide for Mette', bot.as(lone)));
    const startMsg = offer.sent[0];
    const startCard = startMsg && cardOf(startMsg.activity);
    if (!startMsg || !startCard) throw new Error('no start card');
    const started = await turn(pressOn(startMsg.activityId, press(startCard, 'guide.start')));
    expect(started.sent, 'no new message for the first step').to.deep.equal([]);
    const [update] = started.updated;
    const card = update && cardOf(update.activity);
    if (!update || !card) throw new Error('the start card was not refreshed');
    return { cardId: update.activityId, card };
  }

  it('when the leader goes through the steps, then every step replaces the one card and no new card is sent', async () => {
    const { cardId, card: first } = await startGuide();
    assertValidCard(first);
    expect(cardText(first)).to.contain('Før samtalen · trin 1 af 8');
    expect(guides()[0]?.cardActivityId).to.equal(cardId);
    const checklist = press(first, 'guide.answer', { decision: 'hold' });
    const second = await turn(pressOn(cardId, checklist));
    expect(second.sent).to.deep.equal([]);
    expect(second.updated.map((u) => u.activityId)).to.deep.equal([cardId]);
    const step2 = cardOf(second.updated[0]?.activity ?? {});
    assertValidCard(step2);
    expect(cardText(step2)).to.contain('trin 2 af 8');
    const third = await turn(pressOn(cardId, press(step2, 'guide.next')));
    expect(third.sent).to.deep.equal([]);
    expect(cardText(cardOf(third.updated[0]?.activity ?? {}))).to.contain('trin 3 af 8');
    expect(guides()[0]?.step).not.to.equal('checklist');
  });

  it('when a card from an earlier step is pressed after a resume and a restart, then nothing changes and the current card is offered', async () => {
    const { cardId: oldId, card: first } = await startGuide();
    await turn(pressOn(oldId, press(first, 'guide.answer', { decision: 'hold' })));
    // The leader leaves, and later asks again: the offer to go on comes as a new message, and
    // pressing its "continue" turns that message into the guide's card.
    await turn(message('senere', bot.as(lone)));
    const offered = await turn(message('samtaleguide for Mette', bot.as(lone)));
    const offerMsg = offered.sent.find((r) => cardOf(r.activity));
    if (!offerMsg) throw new Error('no offer to go on');
    const resumed = await turn(
      pressOn(offerMsg.activityId, press(cardOf(offerMsg.activity), 'guide.resume')),
    );
    expect(resumed.updated.map((u) => u.activityId)).to.deep.equal([offerMsg.activityId]);
    expect(offerMsg.activityId).not.to.equal(oldId);
    expect(guides()[0]?.cardActivityId).to.equal(offerMsg.activityId);

    await bot.close();
    bot = await startTestBot({ connector, dataFile: tmp.file('naervaer.json') });

    const before = structuredClone(guides());
    const pressed = await turn(
      pressOn(oldId, { verb: 'guide.next', sessionId: before[0]?.id, step: before[0]?.step }),
    );
    expect(pressed.updated).to.deep.equal([]);
    expect(pressed.sent.map((r) => r.activity.text).filter(Boolean)).to.deep.equal([
      t('da', 'guide.movedOn'),
    ]);
    const current = pressed.sent.map((r) => cardOf(r.activity)).find(Boolean);
    assertValidCard(current);
    expect(cardText(current)).to.contain('trin 2 af 8');
    const { cardActivityId: _before, ...sessionBefore } = before[0] ?? {};
    const { cardActivityId: now, ...sessionNow } = guides()[0] ?? {};
    expect(sessionNow).to.deep.equal(sessionBefore);
    // The card just offered is the guide's card now: its buttons work, in place.
    const shownOn = pressed.sent.find((r) => cardOf(r.activity))?.activityId;
    expect(now).to.equal(shownOn);
    const next = await turn(pressOn(shownOn ?? '', press(current, 'guide.next')));
    expect(next.updated.map((u) => u.activityId)).to.deep.equal([shownOn]);
    expect(cardText(cardOf(next.updated[0]?.activity ?? {}))).to.contain('trin 3 af 8');
  });

  it('when a card of an earlier, cancelled guide is pressed, then the guide open now is shown (English)', async () => {
    const { cardId: oldId, card: old } = await startGuide();
    await turn(message('cancel', bot.as(lone, { locale: 'en-GB' })));
    expect(guides()[0]?.status).to.equal('cancelled');
    const again = await startGuide();
    expect(again.cardId).not.to.equal(oldId);
    const before = structuredClone(guides());
    const pressed = await turn(pressOn(oldId, press(old, 'guide.answer', { decision: 'hold' })));
    expect(pressed.updated).to.deep.equal([]);
    const texts = pressed.sent.map((r) => r.activity.text).filter(Boolean);
    expect(texts).to.have.length(1);
    expect(texts[0]).to.be.oneOf([t('en', 'guide.movedOn'), t('da', 'guide.movedOn')]);
    const current = pressed.sent.map((r) => cardOf(r.activity)).find(Boolean);
    assertValidCard(current);
    expect(actionData(current).some((d) => d.sessionId === before[1]?.id)).to.equal(true);
    expect(guides().map((g) => [g.status, g.version, g.step])).to.deep.equal(
      before.map((g) => [g.status, g.version, g.step]),
    );
  });

  it('when Mette is registered fit from tomorrow, then the start card suggests the return-to-work talk', async () => {
    await turn(message('Mette er rask fra i morgen', bot.as(lone)));
    const offer = await turn(message('samtaleguide for Mette', bot.as(lone)));
    const startCard = cardOf(offer.sent[0]?.activity ?? {});
    assertValidCard(startCard);
    expect(actionData(startCard)[0]).to.include({ verb: 'guide.start', kind: 'returnToWork' });
    expect(actionData(startCard).map((d) => d.kind)).not.to.include('firstContact');
  });
});
