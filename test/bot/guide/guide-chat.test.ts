/**
 * The conversation guide in the running bot, over real HTTP with the fake connector: started from
 * chat and from a due card, left and offered again, cancelled with "annuller", and refused for a
 * tampered submit, another leader's guide, people without a leader role and group chats.
 */
import { expect } from 'chai';
import { t } from '../../../i18n/index.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message, submit, type From } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { actionData, cardText, press, type Json } from '../../dialogs/guide-harness.js';

const lone: From = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const pia: From = { aadObjectId: IDS.otherLeader, name: 'Pia Holm' };
const henrik: From = { aadObjectId: IDS.chief, name: 'Henrik Mortensen' };
const jonas: From = { aadObjectId: IDS.employee, name: 'Jonas Poulsen' };

describe('the conversation guide in chat (real HTTP)', () => {
  let bot: TestBot;
  let period: string;

  // Today is Monday 23 November 2026; Mette Jensen (Hjemmeplejen Nord, Lone's unit) has been
  // sick since Saturday 21 November, so the first step of her Køge plan is the sick call.
  beforeEach(async () => {
    bot = await startTestBot();
    await bot.post(message('Mette er syg fra 21.11', bot.as(lone)));
    period = bot.app.deps.store.read().sickPeriods[0]?.id ?? '';
    bot.connector.clear();
  });
  afterEach(async () => bot.close());

  async function say(
    activity: Record<string, unknown>,
  ): Promise<{ texts: string[]; cards: Json[] }> {
    bot.connector.clear();
    const res = await bot.post(activity);
    expect(res.status).to.be.oneOf([200, 201, 202]);
    await new Promise((r) => setTimeout(r, 30));
    return { texts: bot.connector.texts(), cards: bot.connector.cards() };
  }
  const guides = () => bot.app.deps.store.read().guides;

  it('when a leader writes "forbered samtale med Mette", then the start card suggests the call at hand; the guide can be left and offered again', async () => {
    const {
      cards: [startCard],
    } = await say(message('forbered samtale med Mette', bot.as(lone)));
    assertValidCard(startCard);
    expect(cardText(startCard)).to.contain(t('da', 'guide.start.intro', { name: 'Mette Jensen' }));
    const [suggested] = actionData(startCard);
    expect(suggested).to.include({
      verb: 'guide.start',
      kind: 'firstContact',
      contactDay: 1,
      sickPeriodId: period,
    });

    const {
      cards: [checklist],
    } = await say(submit(press(startCard, 'guide.start'), bot.as(lone)));
    assertValidCard(checklist);
    // Day 1: the checklist, five points for the sick call, the agreements and the summary.
    expect(cardText(checklist)).to.contain('Før samtalen · trin 1 af 8');

    expect((await say(message('senere', bot.as(lone)))).texts).to.deep.equal([
      t('da', 'guide.left'),
    ]);
    expect(guides().map((g) => g.status)).to.deep.equal(['paused']);
    const offer = await say(message('samtaleguide', bot.as(lone)));
    expect(offer.texts).to.deep.equal([t('da', 'guide.chat.startNew')]);
    assertValidCard(offer.cards[0]);
    const {
      cards: [again],
    } = await say(submit(press(offer.cards[0], 'guide.resume'), bot.as(lone)));
    expect(cardText(again)).to.contain('Før samtalen · trin 1 af 8');
    expect(guides().map((g) => g.status)).to.deep.equal(['active']);
  });

  it('when an English-speaking leader asks, then the cards are English; with no guide open "conversation guide" asks for a name', async () => {
    const en = bot.as(lone, { locale: 'en-GB' });
    expect((await say(message('conversation guide', en))).texts).to.deep.equal([
      t('en', 'guide.chat.askName'),
    ]);
    const {
      cards: [startCard],
    } = await say(message('prepare conversation with Mette', en));
    assertValidCard(startCard);
    expect(cardText(startCard)).to.contain(t('en', 'guide.start.intro', { name: 'Mette Jensen' }));
  });

  it('when the chief of two units names a Mette, then a choice is offered, and the choice gives the start card', async () => {
    const {
      cards: [choice],
    } = await say(message('samtaleguide for Mette', bot.as(henrik)));
    assertValidCard(choice);
    expect(actionData(choice).map((d) => d.personKey)).to.deep.equal(['p-mette', 'p-mette2']);
    const {
      cards: [startCard],
    } = await say(submit(press(choice, 'guide.pick'), bot.as(henrik)));
    expect(cardText(startCard)).to.contain(t('da', 'guide.start.intro', { name: 'Mette Jensen' }));
  });

  it('when a submit is tampered with, then it is refused and no guide is made', async () => {
    const tampered = {
      verb: 'guide.start',
      personKey: 'p-mette',
      kind: 'legal7a',
      sickPeriodId: period,
      note: 'x',
    };
    expect((await say(submit(tampered, bot.as(lone)))).texts).to.deep.equal([
      t('da', 'core.invalidAction'),
    ]);
    const foreign = {
      verb: 'guide.start',
      personKey: 'p-jonas',
      kind: 'frequent',
      sickPeriodId: null,
    };
    expect((await say(submit(foreign, bot.as(lone)))).texts).to.deep.equal([
      t('da', 'guide.error.notYourEmployee'),
    ]);
    expect(guides()).to.deep.equal([]);
  });

  it("when another leader presses a leader's guide button, then they are refused and the guide is unchanged", async () => {
    const {
      cards: [startCard],
    } = await say(message('samtaleguide for Mette', bot.as(lone)));
    await say(submit(press(startCard, 'guide.start'), bot.as(lone)));
    const sessionId = guides()[0]?.id;
    const before = structuredClone(guides());
    const { texts } = await say(
      submit({ verb: 'guide.next', sessionId, step: 'checklist' }, bot.as(pia)),
    );
    expect(texts).to.deep.equal([t('da', 'guide.error.notYourGuide')]);
    expect(guides()).to.deep.equal(before);
  });

  it('when the leader writes "annuller" in the middle of a guide, then it is cancelled; another question in between is still answered', async () => {
    const {
      cards: [startCard],
    } = await say(message('samtaleguide for Mette', bot.as(lone)));
    await say(submit(press(startCard, 'guide.start'), bot.as(lone)));
    const stats = await say(message('hvordan ligger vi ift. måltal?', bot.as(lone)));
    expect(cardText(stats.cards[0])).to.contain('Hjemmeplejen Nord');
    expect(guides()[0]?.status).to.equal('active');
    expect((await say(message('annuller', bot.as(lone)))).texts).to.deep.equal([
      t('da', 'core.cancelled'),
    ]);
    expect(guides()[0]?.status).to.equal('cancelled');
  });

  it('when "Start samtaleguide" is pressed on a due card, then the guide for that step begins in the chat and the card says so', async () => {
    const res = await bot.post(
      execute(
        'followup.startGuide',
        { verb: 'followup.startGuide', stepId: `${period}:call-day-3`, version: 1 },
        bot.as(lone),
      ),
    );
    const body = (await res.json()) as { type: string; value: Json };
    expect(body.type).to.equal('application/vnd.microsoft.card.adaptive');
    assertValidCard(body.value);
    expect(cardText(body.value)).to.contain(t('da', 'followup.notice.guide'));
    await new Promise((r) => setTimeout(r, 30));
    const [checklist] = bot.connector.cards();
    assertValidCard(checklist);
    expect(cardText(checklist)).to.contain('Første kontakt (dag 3) med Mette Jensen');
    expect(guides().map((g) => [g.kind, g.contactDay, g.sickPeriodId])).to.deep.equal([
      ['firstContact', 3, period],
    ]);
    // Pressed again (Teams delivering the invoke twice): the same guide, not a second one.
    await bot.post(
      execute(
        'followup.startGuide',
        { verb: 'followup.startGuide', stepId: `${period}:call-day-3`, version: 1 },
        bot.as(lone),
      ),
    );
    expect(guides()).to.have.length(1);
    const other = await bot.post(
      execute(
        'followup.startGuide',
        { verb: 'followup.startGuide', stepId: `${period}:call-day-3`, version: 1 },
        bot.as(pia),
      ),
    );
    expect(JSON.stringify(await other.json())).to.contain(t('da', 'guide.error.notYourEmployee'));
  });

  it('when a due card starts another guide while one is running, then the running one is left open, not cancelled', async () => {
    const {
      cards: [startCard],
    } = await say(message('samtaleguide for Mette', bot.as(lone)));
    await say(submit(press(startCard, 'guide.start'), bot.as(lone)));
    const running = guides()[0]?.id;
    await bot.post(
      execute(
        'followup.startGuide',
        { verb: 'followup.startGuide', stepId: `${period}:call-day-3`, version: 1 },
        bot.as(lone),
      ),
    );
    expect(guides().map((g) => [g.id === running, g.contactDay, g.status])).to.deep.equal([
      [true, 1, 'active'],
      [false, 3, 'active'],
    ]);
    // "annuller" now ends the guide the dialog holds (the day-3 call), not the other one.
    await say(message('annuller', bot.as(lone)));
    expect(guides().map((g) => [g.contactDay, g.status])).to.deep.equal([
      [1, 'active'],
      [3, 'cancelled'],
    ]);
  });

  it('when someone without a leader role or in a group chat asks, then the guide is not opened', async () => {
    expect((await say(message('samtaleguide', bot.as(jonas)))).texts).to.deep.equal([
      t('da', 'guide.chat.leadersOnly'),
    ]);
    const group = bot.as(lone, { conversationType: 'groupChat', conversationId: '19:group' });
    expect((await say(message('samtaleguide for Mette', group))).texts).to.deep.equal([
      t('da', 'guide.chat.personalOnly'),
    ]);
  });
});
