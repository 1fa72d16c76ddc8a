/**
 * The weekly tip over real HTTP: opting in on a weekday from the card, the tip as part of that
 * day's one message for a leader who gets one, on its own card for someone who does not, once a
 * week (a repeated tick sends nothing more; after downtime one late tip), and opting out in one
 * tap on the tip card.
 */
import { expect } from 'chai';
import { t } from '../../../i18n/index.js';
import { message } from '../../helpers/activities.js';
import type { Received } from '../../helpers/fake-connector.js';
import { IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { actionNamed, textsOf, tipTalk, type Card } from './tips-bot.js';

const conversationOf = (id: string) => `a:conv-${id}`;
const cardOf = (r: Received) =>
  (r.activity.attachments as Array<{ content: Card }> | undefined)?.[0]?.content ?? null;

describe('the weekly tip (real HTTP)', () => {
  let bot: TestBot;
  let talk: ReturnType<typeof tipTalk>;
  beforeEach(async () => {
    bot = await startTestBot(); // Monday 23 November 2026, 09:00
    talk = tipTalk(bot);
  });
  afterEach(async () => bot.close());

  async function optIn(who: string, weekday: string) {
    const { cards } = await talk.say('ugens trivselstip', who);
    expect(textsOf(cards[0])).to.include(t('da', 'tips.weekly.offNow'));
    const save = actionNamed(cards[0]!, 'Gem');
    return talk.press({ ...save, weekday }, who);
  }

  async function morning(day: string): Promise<Received[]> {
    bot.clock.set(`${day}T08:05:00`);
    bot.connector.clear();
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    return [...bot.connector.received];
  }

  const to = (list: Received[], who: string) =>
    list.filter((r) => r.conversationId === conversationOf(who));

  it('when a leader and an employee choose Tuesday, then on Tuesday the leader finds the tip in her one message and the employee gets a tip card, once', async () => {
    await bot.post(message('Mette er syg', bot.as({ aadObjectId: IDS.leader })));
    const saved = await optIn(IDS.leader, '2');
    expect(textsOf(saved.card)).to.include('Gemt: du får ugens trivselstip hver tirsdag.');
    await optIn(IDS.employee, '2');

    const tuesday = await morning('2026-11-24');
    const lone = to(tuesday, IDS.leader);
    expect(lone).to.have.length(1);
    const dayMessage = cardOf(lone[0]!)!;
    assertValidCard(dayMessage);
    expect(textsOf(dayMessage)).to.include(t('da', 'tips.digest.heading'));
    const jonas = to(tuesday, IDS.employee);
    expect(jonas).to.have.length(1);
    const tipCard = cardOf(jonas[0]!)!;
    assertValidCard(tipCard);
    expect(textsOf(tipCard)[0]).to.equal('Ugens trivselstip');
    expect(tipCard.actions?.map((a) => a.title)).to.include('Slå fra');

    const again = await morning('2026-11-24');
    expect(to(again, IDS.employee)).to.deep.equal([]);
    const given = bot.app.deps.store.read().tips?.weeklyGiven ?? [];
    expect(given.map((g) => [g.person, g.via]).sort()).to.deep.equal(
      [
        [IDS.leader, 'digest'],
        [IDS.employee, 'card'],
      ].sort(),
    );
  });

  it("when 👍 is pressed in the day's message, then a short thanks answers and the message stays", async () => {
    await bot.post(message('Mette er syg', bot.as({ aadObjectId: IDS.leader })));
    await optIn(IDS.leader, '2');
    const [reply] = to(await morning('2026-11-24'), IDS.leader);
    const up = JSON.stringify(cardOf(reply!)).match(
      /\{"verb":"tips\.feedback"[^}]*"useful":true[^}]*\}/,
    );
    const answer = await talk.press(JSON.parse(up![0]) as Record<string, unknown>, IDS.leader);
    expect(answer).to.deep.equal({ card: null, text: t('da', 'tips.card.thanksUp') });
    expect(bot.app.deps.store.read().tips?.feedback).to.have.length(1);
  });

  it('when the bot was down on the weekday, then one late tip comes at the next tick, not one per missed week', async () => {
    await optIn(IDS.employee, '2');
    expect(to(await morning('2026-11-24'), IDS.employee)).to.have.length(1);
    // Down from Wednesday 25 November to Thursday 10 December: two Tuesdays missed.
    expect(to(await morning('2026-12-10'), IDS.employee)).to.have.length(1);
    expect(to(await morning('2026-12-11'), IDS.employee)).to.deep.equal([]);
    expect(to(await morning('2026-12-15'), IDS.employee)).to.have.length(1);
  });

  it('when the employee taps "Slå fra" on the tip card, then no weekly tip comes any more', async () => {
    await optIn(IDS.employee, '2');
    const [reply] = to(await morning('2026-11-24'), IDS.employee);
    const stop = await talk.press(actionNamed(cardOf(reply!), 'Slå fra'), IDS.employee);
    expect(textsOf(stop.card)).to.include(t('da', 'tips.weekly.stopped'));
    expect(bot.app.deps.store.read().tips?.weekly).to.deep.equal([]);
    expect(to(await morning('2026-12-01'), IDS.employee)).to.deep.equal([]);
  });

  it('when the weekday is not Monday–Friday, then a clear message comes and nothing is stored', async () => {
    const answer = await optIn(IDS.employee, '7');
    expect(answer.text).to.equal(t('da', 'tips.weekly.badDay'));
    expect(bot.app.deps.store.read().tips?.weekly ?? []).to.deep.equal([]);
  });

  it('when "weekly tip" is written in English, then the settings card is in English', async () => {
    const { cards } = await talk.say('weekly tip', IDS.leader, 'en-GB');
    expect(textsOf(cards[0])[0]).to.equal('Tip of the week');
  });
});
