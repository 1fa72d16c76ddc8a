/**
 * "hvem er syg i dag?" over real HTTP: the leader's own employees sick today and the steps due or
 * late today with the digest's buttons; a click updates the card in place. Monday 23 Nov 2026.
 */
import { expect } from 'chai';
import { execute } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { t } from '../../../i18n/index.js';
import { allText, executeData } from '../../cards/follow-up-card-helpers.js';
import { invokeAnswer } from '../follow-up/follow-up-bot.js';
import { ask, audits, cardOf, overviewSeed, stored } from './overview-helpers.js';

const DIGEST = `overview:${IDS.leader}:2026-11-23`;

describe('overview: who is sick and what is due today (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed: overviewSeed });
    // Mette Jensen sick from Saturday 21 Nov (Køge): the sick call and the day-3 call are due today.
    await ask(bot, 'Mette er syg fra 21.11', IDS.leader);
  });
  afterEach(async () => bot.close());

  it('when a leader asks "hvem er syg i dag?", then one valid card lists their sick employee and the steps due today', async () => {
    const [reply, more] = await ask(bot, 'hvem er syg i dag?', IDS.leader);
    expect(more).to.equal(undefined);
    const card = cardOf(reply);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain('Overblik mandag 23. november');
    expect(text).to.contain('Syge i dag (1)');
    expect(text).to.contain('**Mette Jensen** · Hjemmeplejen Nord');
    expect(text).to.contain('Syg siden lørdag 21. november · dag 3 · Fuldt syg');
    expect(text).to.contain('Opfølgning i dag (2)');
    // Mette Larsen is sick too, but in Hjemmeplejen Syd, which Lone does not lead.
    expect(text).not.to.contain('Mette Larsen');
    const periodId = stored(bot).sickPeriods.find((p) => p.personKey === 'p-mette')!.id;
    const complete = executeData(card).filter((d) => d.verb === 'followup.complete');
    expect(complete.map((d) => d.stepId)).to.deep.equal([
      `${periodId}:call-day-3`,
      `${periodId}:sick-call`,
    ]);
    expect(complete.every((d) => d.digestId === DIGEST)).to.equal(true);
  });

  it('when the overview is shown, then each person on it is audited once as read', async () => {
    await ask(bot, 'overblik', IDS.leader);
    const read = audits(bot, 'absence.overview.read');
    expect(read.map((a) => [a.actor, a.subject, a.unitId, a.outcome])).to.deep.equal([
      [IDS.leader, 'p-mette', 'HN', 'allowed'],
    ]);
  });

  it('when Udført is saved on the overview card, then the step is done and the card updates in place with the other step still open', async () => {
    const [reply] = await ask(bot, 'hvem er syg i dag?', IDS.leader);
    const data = executeData(cardOf(reply)).find(
      (d) => d.verb === 'followup.complete' && String(d.stepId).endsWith(':call-day-3'),
    )!;
    const slot = Number(data.slot);
    const res = await bot.post(
      execute(
        'followup.complete',
        { ...data, [`outcome-${slot}`]: 'talked' },
        bot.as({ aadObjectId: IDS.leader }),
      ),
    );
    const { card } = await invokeAnswer(res);
    assertValidCard(card);
    expect(allText(card)).to.contain('Gemt. Tak, fordi du holder kontakten.');
    const left = executeData(card).map((d) => String(d.stepId));
    expect(left.some((id) => id.endsWith(':sick-call'))).to.equal(true);
    expect(left.some((id) => id.endsWith(':call-day-3'))).to.equal(false);
    const step = stored(bot).followUps.find((s) => s.id === data.stepId)!;
    expect(step).to.include({ state: 'done', version: 2 });
  });

  it("when a leader of another unit asks, then none of Lone's employees is shown", async () => {
    const [reply] = await ask(bot, 'hvem er syg i dag?', IDS.otherLeader);
    const text = allText(cardOf(reply));
    expect(text).to.contain(t('da', 'overview.sick.none'));
    expect(text).to.contain(t('da', 'overview.due.none'));
    expect(text).not.to.contain('Mette');
    expect(audits(bot, 'absence.overview.read')).to.deep.equal([]);
  });

  it('when asked in a group chat or a channel, then the answer is "ask me in a personal chat" and nothing is read', async () => {
    for (const conversationType of ['groupChat', 'channel'] as const) {
      const [reply] = await ask(bot, 'hvem er syg i dag?', IDS.leader, {
        conversationType,
        conversationId: `19:${conversationType}@thread.v2`,
      });
      expect(reply?.text).to.equal(t('da', 'gate.personalOnly'));
      expect(reply?.attachments).to.equal(undefined);
    }
    expect(audits(bot, 'absence.overview.read')).to.deep.equal([]);
  });

  it('when HR without units of their own asks, then they are pointed to the late follow-ups', async () => {
    const [reply] = await ask(bot, 'overblik', IDS.hr);
    expect(reply?.text).to.equal(t('da', 'overview.leadersOnlyHr'));
  });

  it('when the sector chief asks in English, then the card is English and covers every sub-unit', async () => {
    const [reply] = await ask(bot, 'who is sick today?', IDS.chief, { locale: 'en-US' });
    const card = cardOf(reply);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain('Overview Monday 23 November');
    expect(text).to.contain('Sick today (2)');
    // Mette Larsen has been sick longest, so she comes first.
    expect(text.indexOf('Mette Larsen')).to.be.lessThan(text.indexOf('Mette Jensen'));
    expect(text).to.contain('Sick since Monday 9 November · day 15 · Fully sick');
    expect(text).to.contain('Follow-up today (2)');
  });
});
