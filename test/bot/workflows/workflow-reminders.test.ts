import { expect } from 'chai';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { cardText, invoke, storeOf, WHO, workflowStore } from './workflow-harness.js';

describe('workflow notices and reminders through the outbox', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed: workflowStore, now: '2026-11-23T09:00:00' });
  });
  afterEach(async () => {
    await bot.close();
  });

  const items = (prefix: string) => storeOf(bot).outbox.filter((o) => o.id.startsWith(prefix));

  it('when a referral starts, then no card goes to HR at once: each consultant gets a notice waiting for their message of the day (the step is due in five working days)', async () => {
    await invoke(bot, WHO.leader, 'workflow.launch', {
      kind: 'early-intervention',
      personKey: 'p-mette',
      launchId: 'n1',
    });
    expect(items('wf:wf-n1:')).to.deep.equal([]);
    const notices = storeOf(bot).workflows!.instances[0]!.notices ?? [];
    expect(notices.map((n) => [n.recipient, n.stepId, n.due, n.audience, n.toldOn])).to.deep.equal([
      [WHO.hr, 'intake', '2026-11-30', 'hr', null],
      [WHO.hr2, 'intake', '2026-11-30', 'hr', null],
    ]);
  });

  it('when a step is overdue, then its owner is reminded once, and after five more working days HR and the sector chief are told once', async () => {
    await invoke(bot, WHO.hr, 'workflow.launch', {
      kind: 'outreach',
      unitId: 'HN',
      launchId: 'o1',
    });
    const due = storeOf(bot).workflows!.instances[0]!.steps[0]!.due!;
    expect(due).to.equal('2026-12-07');
    bot.clock.set('2026-12-08T09:00:00');
    await bot.app.scheduler.tick();
    await bot.app.scheduler.tick();
    const remind = items('wf:wf-o1:offer:2026-12-07:remind:');
    expect(remind.map((o) => o.recipient)).to.deep.equal([WHO.leader]);
    expect(items('wf:wf-o1:offer:2026-12-07:escalate:')).to.deep.equal([]);
    bot.clock.set('2026-12-14T09:00:00');
    await bot.app.scheduler.tick();
    await bot.app.scheduler.tick();
    const escalate = items('wf:wf-o1:offer:2026-12-07:escalate:').map((o) => o.recipient);
    expect(escalate.sort()).to.deep.equal([WHO.chief, WHO.hr].sort());
    expect(items('wf:wf-o1:offer:2026-12-07:remind:')).to.have.length(1);
    const card = (items('wf:wf-o1:offer:2026-12-07:remind:')[0]!.payload as { card: unknown }).card;
    assertValidCard(card);
    expect(cardText(card)).to.contain('Påmindelse: fristen er overskredet');
  });
});
