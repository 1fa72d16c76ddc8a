/** Where workflows are launched besides the follow-up plan: the day message, the stats card. */
import { expect } from 'chai';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { cardText, executes, invoke, WHO, workflowStore } from './workflow-harness.js';

describe('workflow launch points (real HTTP)', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it("when the leader's day message shows a sick employee's step, then Vis mere offers the referrals and one opens the pre-filled form", async () => {
    bot = await startTestBot({ seed: workflowStore, now: '2026-11-23T07:30:00' });
    await bot.post(message('Mette er syg', bot.as({ aadObjectId: WHO.leader })));
    bot.connector.clear();
    bot.clock.set('2026-11-23T08:00:05');
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    const [digest] = bot.connector.cards();
    assertValidCard(digest);
    const titles = executes(digest).map((a) => a.title);
    expect(titles).to.include.members([
      'Bed HR om hjælp',
      'Henvis til Tidlig Indsats',
      'Søg psykologhjælp',
      'Plan for delvis raskmelding',
    ]);
    const refer = executes(digest).find((a) => a.title === 'Søg psykologhjælp')!;
    const form = await invoke(
      bot,
      WHO.leader,
      'workflow.form',
      refer.data as Record<string, unknown>,
    );
    expect(cardText(form.card)).to.contain('Mette Jensen').and.contain('Syg siden');
  });
});

/** Hjemmeplejen Nord well above a low target (Mette's five one-day periods, Karen's week). */
function aboveTargetStore() {
  const d = workflowStore();
  const days = ['2026-02-03', '2026-04-07', '2026-06-02', '2026-08-04', '2026-10-06'];
  d.sickPeriods = days.map((day, i) => importedPeriod(`p${i}`, 'p-mette', day, day));
  d.sickPeriods.push(importedPeriod('k1', 'p-karen', '2026-09-07', '2026-09-11'));
  d.sickPeriods.push({
    ...importedPeriod('c0', 'p-karen', '2024-01-08', '2024-01-08'),
    type: 'BARN_SYG',
  });
  d.targets = [
    { unitId: 'AE', year: 2026, daysPerFte: 1.5, method: 'FAST', appliesToSubUnits: true },
  ];
  return d;
}

describe('"Tilbyd procesforløb" on the statistics card (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: aboveTargetStore })));
  afterEach(async () => bot?.close());

  async function statsCardFor(who: string, text: string) {
    bot.connector.clear();
    await bot.post(message(text, bot.as({ aadObjectId: who })));
    const [got] = await bot.connector.waitFor(1);
    const card = (got!.activity.attachments as Array<{ content: unknown }>)[0]!.content;
    assertValidCard(card);
    return card;
  }

  it('when HR opens a unit above target, then the card offers the outreach, and it opens the launch form for that unit', async () => {
    const card = await statsCardFor(WHO.hr, 'fravær i Hjemmeplejen Nord');
    const offer = executes(card).find((a) => a.title === 'Tilbyd procesforløb');
    expect(offer?.data).to.deep.include({ verb: 'workflow.form', kind: 'outreach', unitId: 'HN' });
    const form = await invoke(bot, WHO.hr, 'workflow.form', offer!.data as Record<string, unknown>);
    expect(cardText(form.card))
      .to.contain('Opsøgende procesforløb')
      .and.contain('Hjemmeplejen Nord');
  });

  it('when the leader opens the same unit, or HR opens one under target, then there is no such offer', async () => {
    const leader = await statsCardFor(WHO.leader, 'hvordan ligger vi ift. måltal?');
    expect(cardText(leader)).to.contain('over måltal').and.not.contain('Tilbyd procesforløb');
    const under = await statsCardFor(WHO.hr, 'fravær i Hjemmeplejen Syd');

    expect(cardText(under)).to.contain('under måltal').and.not.contain('Tilbyd procesforløb');
  });
});
