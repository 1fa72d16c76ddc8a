/**
 * "Tilbyd procesforløb" on a channel summary in the HR intake channel, over real HTTP with the
 * fake connector: the button for each unit above target (only in HR's channel), the form checked
 * for the person pressing and sent to their personal chat, refusals in their language.
 */
import { expect } from 'chai';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { sectorSeed } from '../channels/channel-seed.js';
import { cardText, executes, invoke, storeOf } from './workflow-harness.js';

const CHANNEL = '19:hr@thread.tacv2';
const OTHER = '19:med@thread.tacv2';
const HR_SO = '00000000-0000-4000-8000-0000000000b3';

/** The sector with a low target, and an HR consultant who serves another sector only. */
function seed() {
  const d = sectorSeed();
  d.targets = [
    { unitId: 'AE', year: 2026, daysPerFte: 0.5, method: 'FAST', appliesToSubUnits: true },
  ];
  d.persons.push({
    aadObjectId: HR_SO,
    upn: null,
    displayName: 'Ulla Berg',
    leads: [],
    hr: 'consultant',
    hrUnits: ['SO'],
    locale: null,
  });
  return d;
}

async function say(bot: TestBot, text: string, who: string, conversationId: string | null) {
  const where = conversationId ? { conversationType: 'channel' as const, conversationId } : {};
  await bot.post(message(text, bot.as({ aadObjectId: who }, where)));
}

async function summaryIn(bot: TestBot, channel: string) {
  bot.clock.set('2026-12-01T08:00:00');
  bot.connector.clear();
  await bot.app.scheduler.tick();
  await bot.app.sender.drainOnce();
  const got = bot.connector.received.find((r) => r.conversationId === channel);
  const card = (got?.activity.attachments as Array<{ content: object }>)[0]!.content;
  assertValidCard(card);
  return card;
}

const offers = (card: object) =>
  executes(card).filter((a) => String(a.title).startsWith('Tilbyd procesforløb'));

describe('"Tilbyd procesforløb" on a summary in the HR channel (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed, now: '2026-11-20T10:00:00' })));
  afterEach(async () => bot?.close());

  it('when the summary goes to the HR intake channel, then each unit above target has the offer, and pressing it sends HR the pre-filled form privately', async () => {
    await say(bot, 'gør denne kanal til HR-indgang', IDS.hr, CHANNEL);
    await say(bot, 'abonnér på fravær for Ældre og Sundhed hver måned', IDS.chief, CHANNEL);
    await say(bot, 'hjælp', IDS.hr, null);
    const card = await summaryIn(bot, CHANNEL);
    const titles = offers(card).map((a) => a.title);
    expect(titles).to.include.members([
      'Tilbyd procesforløb: Ældre og Sundhed',
      'Tilbyd procesforløb: Plejecenter Ro',
    ]);
    // Hidden units (too few people) have no figure, so no offer either.
    expect(titles.join()).not.to.contain('Hjemmeplejen');
    const press = offers(card).find((a) => a.title === 'Tilbyd procesforløb: Plejecenter Ro')!;

    bot.connector.clear();
    const data = press.data as Record<string, unknown>;
    const answer = await invoke(bot, IDS.hr, 'workflow.form', data, {
      conversationType: 'channel',
    });
    expect(answer.text).to.equal('Formularen er sendt til din personlige chat med mig.');
    await bot.app.sender.drainOnce();
    const [form] = bot.connector.cards();
    assertValidCard(form);
    expect(cardText(form))
      .to.contain('Opsøgende procesforløb')
      .and.contain('Plejecenter Ro')
      .and.contain('Dagsværk pr. årsværk')
      .and.contain('måltal 0,5')
      .and.not.contain('Ro Ansat');
    expect(storeOf(bot).workflows?.instances ?? []).to.have.length(0);
  });

  it('when the summary goes to a channel that is not the HR intake, then it has no offer', async () => {
    await say(bot, 'gør denne kanal til HR-indgang', IDS.hr, CHANNEL);
    await say(bot, 'abonnér på fravær for Ældre og Sundhed hver måned', IDS.chief, OTHER);
    expect(offers(await summaryIn(bot, OTHER))).to.have.length(0);
  });

  it('when a leader, an HR consultant of another sector, or a tampered payload presses, then each gets a clear answer in their language and nothing is sent or started', async () => {
    await say(bot, 'hjælp', IDS.leader, null);
    await say(bot, 'hjælp', HR_SO, null);
    bot.connector.clear();
    const press = { kind: 'outreach', unitId: 'PC' };
    const opts = { conversationType: 'channel' as const };
    const leader = await invoke(bot, IDS.leader, 'workflow.form', press, opts);
    expect(leader.text).to.equal('Det forløb kan du ikke starte i din rolle. Intet er startet.');
    const other = await invoke(bot, HR_SO, 'workflow.form', press, { ...opts, locale: 'en-GB' });
    expect(other.text).to.equal(
      'You cannot start that workflow in your role. Nothing was started.',
    );
    const unknown = await invoke(
      bot,
      IDS.hr,
      'workflow.form',
      { kind: 'outreach', unitId: 'X' },
      opts,
    );
    expect(unknown.text).to.equal('Vælg den enhed, forløbet handler om.');
    const launch = { kind: 'outreach', unitId: 'X', launchId: 'tampered' };
    const started = await invoke(bot, IDS.hr, 'workflow.launch', launch);
    expect(started.text).to.equal('Vælg den enhed, forløbet handler om.');
    await bot.app.sender.drainOnce();
    expect(bot.connector.cards()).to.have.length(0);
    expect(storeOf(bot).workflows?.instances ?? []).to.have.length(0);
  });

  it('when HR has no personal chat with the bot yet, then the press says so and sends nothing', async () => {
    bot.connector.clear();
    const press = { kind: 'outreach', unitId: 'PC' };
    const answer = await invoke(bot, IDS.hr, 'workflow.form', press, {
      conversationType: 'channel',
    });
    expect(answer.text).to.contain('Skriv til mig i en personlig chat først');
    await bot.app.sender.drainOnce();
    expect(bot.connector.cards()).to.have.length(0);
  });
});
