/**
 * A deputy while the leader is away, over real HTTP with the default routes: set in chat in
 * Danish and English, listed and stopped, replaced after a confirmation, and the deputy's
 * Udført/Udskyd on the absent leader's steps during the dates only.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { StoreData } from '../../../data/schema.js';
import { t } from '../../../i18n/index.js';
import { execute, message, type ActivityOptions } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { invokeAnswer } from './follow-up-bot.js';

const KAREN = '00000000-0000-4000-8000-0000000000bb';
const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const karen = { aadObjectId: KAREN, name: 'Karen Olsen' };
const pia = { aadObjectId: IDS.otherLeader, name: 'Pia Holm' };

/** The fixture, with Karen Olsen as the leader of Hjemmeplejen Syd (so she may be a deputy). */
function seed(): StoreData {
  const d = fixtureStore();
  d.persons.push({
    aadObjectId: KAREN,
    upn: null,
    displayName: 'Karen Olsen',
    leads: ['HS'],
    hr: null,
    hrUnits: [],
    locale: null,
  });
  return d;
}

type Reply = Record<string, unknown>;
/** Every text a card shows (text blocks, fact titles and values, button titles). */
const allText = (card: unknown) => JSON.stringify(card);
const cardOf = (reply: Reply | undefined) =>
  (reply?.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content ??
  null;

describe('deputy while the leader is away (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed });
  });
  afterEach(async () => bot.close());

  const data = () => JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData;
  const audits = (action: string) => data().audit.filter((a) => a.action === action);

  async function say(text: string, from = lone, extra: Partial<ActivityOptions> = {}) {
    bot.connector.clear();
    await bot.post(message(text, bot.as(from, extra)));
    await new Promise((r) => setTimeout(r, 30));
    return bot.connector.received.map((r) => r.activity);
  }
  const act = async (verb: string, payload: Record<string, unknown>, from = karen) =>
    invokeAnswer(await bot.post(execute(verb, { verb, ...payload }, bot.as(from))));

  it('when Lone writes "Karen tager over 24.–27. november", then the deputy is set and confirmed on a valid card', async () => {
    const [reply] = await say('Karen tager over 24.–27. november');
    const card = cardOf(reply);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain(t('da', 'deputy.set.title')).and.contain('Karen Olsen');
    expect(text).to.contain('tirsdag 24. november – fredag 27. november');
    expect(data().deputyships).to.have.length(1);
    expect(data().deputyships![0]).to.include({ leaderId: IDS.leader, deputyId: KAREN });
    expect(audits('deputy.set')[0]).to.include({ actor: IDS.leader, outcome: 'allowed' });
  });

  it('when Lone names Karen, then Karen is told once in her personal chat, on a valid card in her language', async () => {
    await say('help', karen); // Karen writes English; her chat is known to the bot
    await say('Karen tager over 24.–27. november');
    bot.connector.clear();
    await bot.app.sender.drainOnce();
    await bot.app.sender.drainOnce();
    await bot.app.sender.drainOnce();
    const toKaren = bot.connector.received.filter(
      (r) =>
        r.conversationId === `a:conv-${KAREN}` &&
        JSON.stringify(r.activity).includes(t('en', 'deputy.named.title')),
    );
    expect(toKaren, 'told once').to.have.length(1);
    const card = cardOf(toKaren[0]!.activity);
    assertValidCard(card);
    expect(allText(card)).to.contain('You are a deputy').and.contain('Lone Kristensen');
    expect(allText(card)).to.contain('Hjemmeplejen Nord');
  });

  it('when Lone writes "Karen Olsen er min stedfortræder fra 24. til 27. november", then the same is set', async () => {
    const [reply] = await say('Karen Olsen er min stedfortræder fra 24. til 27. november');
    assertValidCard(cardOf(reply));
    expect(data().deputyships![0]).to.include({ from: '2026-11-24', to: '2026-11-27' });
  });

  it('when Lone writes in English "Karen covers for me 24–27 November", then the card is in English', async () => {
    const [reply] = await say('Karen covers for me 24–27 November');
    const card = cardOf(reply);
    assertValidCard(card);
    expect(allText(card)).to.contain('Deputy set').and.contain('Tuesday 24 November');
    expect(data().deputyships![0]).to.include({ deputyId: KAREN, to: '2026-11-27' });
  });

  it('when the person named is no leader or HR, then the refusal says so and nothing is stored', async () => {
    const [reply] = await say('Jonas Poulsen tager over 24.–27. november');
    expect(reply?.text).to.equal(t('da', 'deputy.error.notLeaderOrHr', { name: 'Jonas Poulsen' }));
    expect(data().deputyships ?? []).to.deep.equal([]);
  });

  it('when it is written in a group chat, then nothing is set and the answer points to the personal chat', async () => {
    const [reply] = await say('Karen tager over 24.–27. november', lone, {
      conversationType: 'groupChat',
      conversationId: '19:group',
    });
    expect(reply?.text).to.equal(t('da', 'followup.chat.personalOnly'));
    expect(data().deputyships ?? []).to.deep.equal([]);
  });

  describe('the deputy acting on the absent leader’s steps', () => {
    let step: { id: string; version: number };
    const current = () => data().followUps.find((s) => s.id === step.id)!;
    beforeEach(async () => {
      await say('Mette er syg fra 21.11');
      const period = data().sickPeriods[0]!.id;
      step = { id: `${period}:call-day-3`, version: 1 };
      await say('Karen tager over 24.–27. november');
    });
    const complete = (from = karen) =>
      act(
        'followup.complete',
        {
          stepId: step.id,
          version: current().version,
          slot: 1,
          'outcome-1': 'talked',
          'reason-1': '',
          'note-1': '',
        },
        from,
      );

    it('during the dates Karen marks it done (audited as deputy use); after the last day she is refused', async () => {
      bot.clock.set('2026-11-25T10:00:00');
      const { card } = await complete();
      assertValidCard(card);
      expect(current()).to.include({ state: 'done' });
      // The refreshed card shows the step to her (read as the deputy, audited as her read).
      expect(allText(card)).to.contain('Mette Jensen');
      expect(audits('absence.digest.read').at(-1)).to.include({ actor: KAREN, outcome: 'allowed' });
      expect(audits('deputy.used')[0]).to.include({ actor: KAREN, subject: 'p-mette' });
      bot.clock.set('2026-11-30T10:00:00');
      const after = await act('followup.postpone', {
        stepId: step.id,
        version: current().version,
        slot: 1,
        'date-1': '2026-12-03',
      });
      expect(after.text).to.equal(t('da', 'followup.error.notYourStep'));
      expect(current().postponedTo).to.equal(null);
    });

    it('before the first day Karen is refused', async () => {
      const { text } = await complete();
      expect(text).to.equal(t('da', 'followup.error.notYourStep'));
      expect(current()).to.include({ state: 'open', version: 1 });
    });

    it('a leader who is not the deputy is refused during the dates', async () => {
      bot.clock.set('2026-11-25T10:00:00');
      const { text } = await complete(pia);
      expect(text).to.equal(t('da', 'followup.error.notYourStep'));
      expect(current()).to.include({ version: 1 });
      expect(audits('deputy.used')).to.deep.equal([]);
    });
  });

  describe('the day’s one message while the leader is away', () => {
    const conversationOf = (aad: string) => `a:conv-${aad}`;
    async function tickAndDrain() {
      bot.connector.clear();
      await bot.app.scheduler.tick();
      await bot.app.sender.drainOnce();
      return bot.connector.received;
    }
    beforeEach(async () => {
      await say('hjælp', karen); // Karen's personal chat is known to the bot
      await say('Mette er syg fra 21.11');
      await say('Karen tager over 30. november–2. december');
      await bot.app.sender.drainOnce(); // Karen is told she is the deputy
    });

    it('during the dates the deputy receives what Lone would have, and Lone nothing', async () => {
      bot.clock.set('2026-11-30T08:30:00'); // the day-8 call falls due
      const received = await tickAndDrain();
      const toKaren = received.filter((r) => r.conversationId === conversationOf(KAREN));
      const toLone = received.filter((r) => r.conversationId === conversationOf(IDS.leader));
      expect(toLone).to.deep.equal([]);
      expect(toKaren).to.have.length(1);
      const card = cardOf(toKaren[0]!.activity);
      assertValidCard(card);
      expect(allText(card)).to.contain('Mette Jensen');
      // Karen's read of Mette's follow-up is audited as hers.
      const read = audits('absence.digest.read').filter((a) => a.actor === KAREN);
      expect(read.map((a) => a.subject)).to.include('p-mette');
    });

    it('after the last day the deputyship ends by itself (audited) and Lone gets her message again', async () => {
      bot.clock.set('2026-12-04T08:30:00'); // the 14-day conversation falls due
      const received = await tickAndDrain();
      expect(received.filter((r) => r.conversationId === conversationOf(KAREN))).to.deep.equal([]);
      expect(
        received.filter((r) => r.conversationId === conversationOf(IDS.leader)),
      ).to.have.length(1);
      expect(data().deputyships![0]!.endedAt).to.be.a('string');
      expect(audits('deputy.ended')[0]).to.include({ actor: 'system', outcome: 'allowed' });
    });
  });

  it('"hvem er min stedfortræder?" lists it, and "stop stedfortræder" ends it', async () => {
    await say('Karen tager over 24.–27. november');
    const [list] = await say('Hvem er min stedfortræder?');
    assertValidCard(cardOf(list));
    expect(allText(cardOf(list)))
      .to.contain('Karen Olsen')
      .and.contain(t('da', 'deputy.list.mine'));
    const [covering] = await say('who is my deputy?', karen);
    expect(allText(cardOf(covering)))
      .to.contain('You are the deputy for')
      .and.contain('Lone Kristensen');
    const [stopped] = await say('stop stedfortræder');
    assertValidCard(cardOf(stopped));
    expect(allText(cardOf(stopped))).to.contain(t('da', 'deputy.ended.title'));
    expect(data().deputyships![0]!.endedAt).to.not.equal(null);
    expect(audits('deputy.ended')).to.have.length(1);
  });

  it('the card’s Stop ends it, and a second deputy replaces the first only after Erstat', async () => {
    await say('Karen tager over 24.–27. november');
    const [ask] = await say('Pia tager over 1.–4. december');
    const question = cardOf(ask);
    assertValidCard(question);
    expect(allText(question)).to.contain(t('da', 'deputy.replace.title'));
    const replace = (question!.actions as Array<{ data: Record<string, unknown> }>)[0]!.data;
    expect(data().deputyships!.filter((d) => d.endedAt === null)).to.have.length(1);
    const { card } = await act('deputy.replace', replace, lone);
    assertValidCard(card);
    expect(allText(card)).to.contain('Pia Holm');
    const standing = data().deputyships!.filter((d) => d.endedAt === null);
    expect(standing.map((d) => d.deputyId)).to.deep.equal([IDS.otherLeader]);
    const stop = await act('deputy.stop', { id: standing[0]!.id }, lone);
    assertValidCard(stop.card);
    expect(data().deputyships!.filter((d) => d.endedAt === null)).to.deep.equal([]);
  });
});
