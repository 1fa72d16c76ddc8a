/**
 * A shop steward (TR) flags a worry for Tidlig Indsats, over real HTTP with the fake connector:
 * the flag reaches the unit's leader, who decides; the TR sees no one's absence; every refusal
 * is clear and changes nothing.
 */
import { expect } from 'chai';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import {
  actButtons,
  cardText,
  executes,
  invoke,
  storeOf,
  WHO,
  workflowStore,
} from './workflow-harness.js';

async function say(bot: TestBot, who: string, text: string, locale = 'da-DK') {
  bot.connector.clear();
  await bot.post(message(text, bot.as({ aadObjectId: who }, { locale })));
  const [got] = await bot.connector.waitFor(1);
  const attachments = got!.activity.attachments as Array<{ content: object }> | undefined;
  const card = attachments?.[0]?.content ?? null;
  if (card) assertValidCard(card);
  return { card, text: (got!.activity.text as string | undefined) ?? null };
}

describe('a shop steward flags Tidlig Indsats (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: workflowStore })));
  afterEach(async () => bot?.close());

  it("when the TR flags their unit, then the leader gets the request, decides, and the TR's card shows no one", async () => {
    await say(bot, WHO.leader, 'hjælp');
    const { card: form } = await say(bot, WHO.tr, 'flag tidlig indsats for Hjemmeplejen Nord');
    expect(cardText(form))
      .to.contain('Bekymring om Tidlig Indsats')
      .and.contain('Hjemmeplejen Nord')
      .and.not.contain('Dagsværk');
    const start = executes(form).find((a) => a.title === 'Start forløbet')!;
    const data = start.data as Record<string, unknown>;
    bot.connector.clear();
    const launched = await invoke(bot, WHO.tr, 'workflow.launch', data);
    expect(cardText(launched.card)).to.contain('Forløbet er startet').and.not.contain('Mette');
    expect(actButtons(launched.card)).to.deep.equal({});

    // Due in three working days, so it waits for the leader's message of the day (past its hour).
    await bot.app.sender.drainOnce();
    expect(bot.connector.cards(), 'no card at once').to.deep.equal([]);
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    const [told] = bot.connector.cards();
    assertValidCard(told);
    expect(cardText(told)).to.contain('Forløb').and.contain('Lederen beslutter');
    const id = String(data.launchId);
    const view = await invoke(bot, WHO.leader, 'workflow.refresh', { id: `wf-${id}` });
    const decline = actButtons(view.card).decline!;
    const declined = await invoke(bot, WHO.leader, 'workflow.act', {
      ...decline,
      f_reason: 'Vi har talt sammen og venter en uge',
    });
    expect(cardText(declined.card)).to.contain('Afslået');
    const stored = storeOf(bot).workflows?.instances ?? [];
    expect(stored.map((w) => [w.kind, w.unitId, w.personKey, w.state])).to.deep.equal([
      ['early-intervention-flag', 'HN', null, 'declined'],
    ]);
  });

  it('when the TR writes only "flag tidlig indsats", then their one unit is used', async () => {
    const { card } = await say(bot, WHO.tr, 'flag tidlig indsats');
    expect(cardText(card)).to.contain('Hjemmeplejen Nord');
  });

  it('when a leader flags, a TR names a unit not theirs, or a TR tampers with a launch, then each is refused clearly and nothing is stored', async () => {
    const leader = await say(bot, WHO.leader, 'flag tidlig indsats for Hjemmeplejen Nord');
    expect(leader.text).to.contain('Kun en tillidsrepræsentant');
    const other = await say(bot, WHO.tr, 'flag early intervention for the city library', 'en-GB');
    expect(other.text).to.equal(
      'You are not the shop steward of a unit by that name. Nothing was sent.',
    );
    const foreign = { kind: 'early-intervention-flag', unitId: 'SO', launchId: 't1' };
    expect((await invoke(bot, WHO.tr, 'workflow.launch', foreign)).text).to.equal(
      'You cannot start that workflow in your role. Nothing was started.',
    );
    const referral = { kind: 'early-intervention', personKey: 'p-mette', launchId: 't2' };
    expect((await invoke(bot, WHO.tr, 'workflow.launch', referral)).text).to.contain(
      'Nothing was started',
    );
    const stats = await say(bot, WHO.tr, 'fravær i Hjemmeplejen Nord');
    expect(cardText(stats)).not.to.match(/dagsværk|Jeres sygefravær/i);
    expect(storeOf(bot).workflows?.instances ?? []).to.have.length(0);
  });
});
