/**
 * Workflow steps in the one daily message, over real HTTP with the fake connector: a step that
 * can wait sends no card at once and arrives once in its owner's message of the day (HR's in
 * HR's), beside the follow-up items, or updates that message in place when it came earlier; a
 * step due within two working days goes at once and not again; an owner who lost the unit before
 * the message gets nothing, and the drop is audited.
 */
import { expect } from 'chai';
import type { StoreData } from '../../../data/schema.js';
import type { WorkflowInstance } from '../../../domain/workflows/types.js';
import { t } from '../../../i18n/index.js';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import type { Received } from '../../helpers/fake-connector.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { allText, executeData } from '../../cards/follow-up-card-helpers.js';
import { actButtons, invoke, storeOf, WHO, workflowStore } from './workflow-harness.js';

const conv = (aad: string) => `a:conv-${aad}`;
const OUTREACH = t('da', 'workflows.kind.outreach');
const REFERRAL = t('da', 'workflows.kind.early-intervention');
const SECTION = t('da', 'workflows.digest.section');

/** The fixture with Mette sick from Monday 23 November (the leader's follow-up items). */
function seed(): StoreData {
  const data = workflowStore();
  data.sickPeriods.push({
    id: 'imp-mette',
    personKey: 'p-mette',
    type: 'SYGDOM',
    start: '2026-11-23',
    end: null,
    partialPercent: null,
    source: 'import',
    sourceId: 'imp-mette',
    registeredBy: null,
    createdAt: '2026-11-22T06:00:00.000Z',
    updatedAt: '2026-11-22T06:00:00.000Z',
  });
  return data;
}

function cardOf(r: Received): Record<string, unknown> {
  const attachments = r.activity.attachments as Array<{ content: Record<string, unknown> }>;
  return attachments[0]!.content;
}

const cardsTo = (bot: TestBot, aad: string) =>
  bot.connector.received.filter((r) => r.conversationId === conv(aad) && r.activity.attachments);

describe('workflow steps in the one daily message', function () {
  this.timeout(30_000);
  let bot: TestBot;
  afterEach(async () => bot?.close());

  async function start(now: string, data: () => StoreData = seed): Promise<void> {
    bot = await startTestBot({ seed: data, now });
    for (const who of [WHO.leader, WHO.chief, WHO.hr, WHO.hr2])
      await bot.post(message('hjælp', bot.as({ aadObjectId: who })));
    bot.connector.clear();
  }

  async function tickAndDrain(at: string): Promise<void> {
    bot.clock.set(at);
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
  }

  const yoursCards = () => storeOf(bot).outbox.filter((o) => o.id.includes(':yours:'));

  it('when a step that can wait becomes the leader’s, then no card goes at once and it comes once in the leader’s message of the day, beside the follow-up items, and opens the workflow', async () => {
    await start('2026-11-23T07:30:00');
    await invoke(bot, WHO.hr, 'workflow.launch', {
      kind: 'outreach',
      unitId: 'HN',
      launchId: 'o1',
    });
    await tickAndDrain('2026-11-23T07:40:00');
    expect(yoursCards(), 'nothing queued at once').to.deep.equal([]);
    expect(bot.connector.received, 'nothing sent before the due hour').to.deep.equal([]);

    await tickAndDrain('2026-11-23T08:00:05');
    const sent = cardsTo(bot, WHO.leader);
    expect(sent, 'one message').to.have.length(1);
    const card = cardOf(sent[0]!);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain(SECTION).and.contain(OUTREACH).and.contain('Mette Jensen');
    expect(text.split(OUTREACH), 'the step once').to.have.length(2);
    const open = executeData(card).find((d) => d.verb === 'workflow.refresh');
    expect(open).to.deep.equal({ verb: 'workflow.refresh', id: 'wf-o1' });
    const opened = await invoke(bot, WHO.leader, 'workflow.refresh', { id: 'wf-o1' });
    expect(Object.keys(actButtons(opened.card)).sort()).to.deep.equal(['complete', 'decline']);
    expect(storeOf(bot).workflows!.instances[0]!.notices).to.deep.equal([
      {
        stepId: 'offer',
        due: '2026-12-07',
        recipient: WHO.leader,
        audience: 'leader',
        on: '2026-11-23',
        toldOn: '2026-11-23',
      },
    ]);

    bot.connector.clear();
    await tickAndDrain('2026-11-23T08:05:00');
    await tickAndDrain('2026-11-24T08:00:05');
    const later = bot.connector.received.map((r) => JSON.stringify(r.activity)).join('\n');
    expect(later, 'not told again').not.to.contain(OUTREACH);
    expect(bot.connector.updates).to.deep.equal([]);
  });

  it('when an HR step becomes theirs, then it goes in HR’s message of the day — one message for a consultant with nothing else — and not in the leader’s', async () => {
    await start('2026-11-23T07:30:00');
    await invoke(bot, WHO.leader, 'workflow.launch', {
      kind: 'early-intervention',
      personKey: 'p-mette',
      launchId: 'n1',
    });
    expect(yoursCards()).to.deep.equal([]);
    await tickAndDrain('2026-11-23T08:00:05');
    await tickAndDrain('2026-11-23T08:01:00');
    for (const hr of [WHO.hr, WHO.hr2]) {
      const sent = cardsTo(bot, hr);
      expect(sent, `one message to ${hr}`).to.have.length(1);
      const card = cardOf(sent[0]!);
      assertValidCard(card);
      expect(allText(card)).to.contain(t('da', 'followup.digest.titleHr')).and.contain(REFERRAL);
      expect(allText(card)).to.contain('Mette Jensen');
    }
    const leader = cardsTo(bot, WHO.leader).map((r) => allText(cardOf(r)));
    expect(leader, 'the leader’s own follow-up message').to.have.length(1);
    expect(leader[0]).not.to.contain(REFERRAL);
    const digests = (storeOf(bot).followUpDigests ?? []).filter((d) => d.workflows);
    expect(digests.map((d) => [d.recipient, d.audience]).sort()).to.deep.equal(
      [
        [WHO.hr, 'hr'],
        [WHO.hr2, 'hr'],
      ].sort(),
    );
  });

  it('when a step becomes the leader’s after the morning message, then that message is updated in place with one short line, once', async () => {
    await start('2026-11-23T07:30:00');
    await tickAndDrain('2026-11-23T08:00:05');
    const morning = cardsTo(bot, WHO.leader);
    expect(morning).to.have.length(1);
    bot.connector.clear();
    bot.clock.set('2026-11-23T10:00:00');
    await invoke(bot, WHO.hr, 'workflow.launch', {
      kind: 'outreach',
      unitId: 'HN',
      launchId: 'o2',
    });
    await tickAndDrain('2026-11-23T10:01:00');
    expect(bot.connector.updates, 'one update').to.have.length(1);
    const update = bot.connector.updates[0]!;
    expect([update.conversationId, update.activityId]).to.deep.equal([
      conv(WHO.leader),
      morning[0]!.activityId,
    ]);
    const card = cardOf(update);
    assertValidCard(card);
    expect(allText(card)).to.contain(SECTION).and.contain(OUTREACH).and.contain('Mette Jensen');
    expect(bot.connector.texts()).to.deep.equal([t('da', 'followup.digest.updatedOne')]);
    expect(bot.connector.cards(), 'no second card').to.have.length(0);
    bot.connector.clear();
    await tickAndDrain('2026-11-23T10:05:00');
    expect([bot.connector.received, bot.connector.updates]).to.deep.equal([[], []]);
  });

  it('when the bot stops after the message was queued but before the notice was marked told, then after a restart it is not told again', async () => {
    await start('2026-11-23T07:30:00');
    await invoke(bot, WHO.hr, 'workflow.launch', {
      kind: 'outreach',
      unitId: 'HN',
      launchId: 'o4',
    });
    await tickAndDrain('2026-11-23T08:00:05');
    expect(cardsTo(bot, WHO.leader)).to.have.length(1);
    // The crash: the message and its outbox item are stored, the notice's mark is not.
    await bot.app.deps.store.update((d) => {
      for (const n of d.workflows!.instances[0]!.notices!) n.toldOn = null;
    });
    const { dataFile, connector } = bot;
    await bot.app.close();
    connector.clear();
    bot = await startTestBot({ now: '2026-11-23T08:02:00', dataFile, connector });
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    expect([connector.received, connector.updates], 'nothing again').to.deep.equal([[], []]);
    const record = (storeOf(bot).followUpDigests ?? []).find((d) => d.recipient === WHO.leader);
    expect(record?.workflows).to.have.length(1);
    expect(storeOf(bot).workflows!.instances[0]!.notices![0]!.toldOn).to.equal('2026-11-23');
  });

  it('when a step due within two working days becomes the leader’s, then it goes at once and not again in the message of the day', async () => {
    await start('2026-11-23T07:30:00', () => {
      const data = seed();
      data.workflows = { instances: [nearlyDue()], intake: null };
      return data;
    });
    bot.clock.set('2026-11-23T07:45:00');
    const taken = await invoke(bot, WHO.hr, 'workflow.take', { id: 'wf-u1' });
    expect(taken.card).to.not.equal(null);
    await bot.app.sender.drainOnce();
    const now = cardsTo(bot, WHO.leader);
    expect(now, 'at once').to.have.length(1);
    assertValidCard(cardOf(now[0]!));
    expect(allText(cardOf(now[0]!))).to.contain(t('da', 'workflows.notify.yours'));
    expect(storeOf(bot).workflows!.instances[0]!.notices ?? []).to.deep.equal([]);
    bot.connector.clear();
    await tickAndDrain('2026-11-23T08:00:05');
    const day = cardsTo(bot, WHO.leader).map((r) => allText(cardOf(r)));
    expect(day, 'the follow-up message').to.have.length(1);
    expect(day[0]).not.to.contain(SECTION);
    expect((storeOf(bot).followUpDigests ?? []).some((d) => d.workflows)).to.equal(false);
  });

  it('when the owner loses the unit before the message, then the step is not shown, nothing is sent, and the drop is audited', async () => {
    await start('2026-11-23T07:30:00', workflowStore);
    await invoke(bot, WHO.hr, 'workflow.launch', {
      kind: 'outreach',
      unitId: 'HN',
      launchId: 'o3',
    });
    await bot.app.deps.store.update((d) => {
      const lone = d.persons.find((p) => p.aadObjectId === WHO.leader)!;
      lone.leads = [];
    });
    await tickAndDrain('2026-11-23T08:00:05');
    expect(cardsTo(bot, WHO.leader)).to.deep.equal([]);
    const dropped = storeOf(bot).audit.filter(
      (a) => a.actor === WHO.leader && a.action === 'delivery.dropped',
    );
    expect(dropped.map((a) => [a.unitId, a.outcome])).to.deep.equal([['HN', 'denied']]);
    expect(dropped[0]!.detail, 'dropped from the day message').to.match(/^send:digest.*; wf-o3$/);
    const kept = (storeOf(bot).followUpDigests ?? []).find((d) => d.recipient === WHO.leader);
    expect(kept?.workflows).to.deep.equal([
      { workflowId: 'wf-o3', stepId: 'offer', due: '2026-12-07' },
    ]);
    const shown = storeOf(bot).audit.filter(
      (a) => a.actor === WHO.leader && a.action === 'absence.digest.read',
    );
    expect(shown).to.deep.equal([]);
  });
});

/** A job-retention workflow at its review (leader and HR), due Tuesday, not taken by anyone. */
function nearlyDue(): WorkflowInstance {
  const at = '2026-11-02T08:00:00.000Z';
  const done = { doneAt: at, doneBy: WHO.hr };
  return {
    id: 'wf-u1',
    kind: 'retention-consultant',
    unitId: 'HN',
    personKey: 'p-mette',
    sickPeriodId: null,
    state: 'review',
    version: 3,
    steps: [
      { id: 'contact', owners: ['hr'], due: '2026-11-09', ...done },
      { id: 'plan', owners: ['leader'], due: '2026-11-23', doneAt: at, doneBy: WHO.leader },
      { id: 'review', owners: ['leader', 'hr'], due: '2026-11-24', doneAt: null, doneBy: null },
    ],
    fields: { 'plan.plan': 'Kortere vagter i en periode' },
    records: [],
    history: [{ at, by: WHO.leader, action: 'launch', stepId: null, to: 'contact' }],
    launchedBy: WHO.leader,
    assignee: null,
    createdAt: at,
    updatedAt: at,
  };
}
