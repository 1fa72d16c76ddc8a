/**
 * "start forløb" over real HTTP: the card lists only the workflows the writer may launch (the
 * launch's own rule), so a leader is not offered the shop steward's flag or HR's outreach; with
 * nothing to launch, the answer says so in the writer's language; in a channel no one is named.
 */
import { expect } from 'chai';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { t } from '../../../i18n/index.js';
import { cardText, invoke, storeOf, WHO, workflowStore } from './workflow-harness.js';

const EMPLOYEE_KINDS = [
  'early-intervention',
  'psychologist',
  'rapid-assessment',
  'partial-return',
  'retention-consultant',
  'paragraph-56',
  'retention-plan',
  'blocked-return',
];

describe('"start forløb" lists what the writer may launch (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: workflowStore })));
  afterEach(async () => bot?.close());

  async function say(who: string, text: string, extra: Record<string, string> = {}) {
    bot.connector.clear();
    await bot.post(message(text, bot.as({ aadObjectId: who }, extra)));
    const [got] = await bot.connector.waitFor(1);
    const attachments = got!.activity.attachments as Array<{ content: unknown }> | undefined;
    const card = attachments?.[0]?.content ?? null;
    if (card) assertValidCard(card);
    return { card, text: (got!.activity.text as string | undefined) ?? null };
  }

  function choices(card: unknown, id: string): string[] {
    const body = (card as { body: Array<Record<string, unknown>> }).body;
    const input = body.find((e) => e.type === 'Input.ChoiceSet' && e.id === id);
    return ((input?.choices ?? []) as Array<{ value: string }>).map((c) => c.value);
  }

  it("when a leader writes it, then the card offers the employee workflows only, not the TR's flag nor HR's outreach", async () => {
    const { card } = await say(WHO.leader, 'start forløb');
    expect(choices(card, 'kind')).to.deep.equal(EMPLOYEE_KINDS);
    expect(choices(card, 'personKey')).to.include('p-mette');
    expect(cardText(card))
      .to.contain('Henvisning til Tidlig Indsats')
      .and.not.contain('Bekymring om Tidlig Indsats (fra TR)')
      .and.not.contain('Opsøgende procesforløb');
    // The flag is still refused where a tampered payload asks for it.
    const flag = { kind: 'early-intervention-flag', unitId: 'HN' };
    expect((await invoke(bot, WHO.leader, 'workflow.form', flag)).text).to.equal(
      t('da', 'workflows.error.launchRole'),
    );
  });

  it('when a shop steward or an HR consultant writes it, then they are told plainly that there is nothing to start here, in their language', async () => {
    const tr = await say(WHO.tr, 'start forløb');
    expect(tr.card).to.equal(null);
    expect(tr.text).to.equal(t('da', 'workflows.start.none'));
    expect(tr.text).to.contain('flag tidlig indsats for');
    const hr = await say(WHO.hr, 'start a workflow', { locale: 'en-GB' });
    expect(hr.text).to.equal(
      'There is no workflow you can start from here. A leader starts workflows for their employees in a personal chat; HR offers an outreach process from a unit\'s statistics; a shop steward writes "flag early intervention for" and the unit\'s name.',
    );
    expect(storeOf(bot).workflows?.instances ?? []).to.have.length(0);
  });

  it('when a leader writes it in a channel, then no employee is named and nothing is offered', async () => {
    const channel = { conversationType: 'channel', conversationId: '19:team-channel' };
    const answer = await say(WHO.leader, 'start forløb', channel);
    expect(answer.card).to.equal(null);
    expect(answer.text).to.equal(t('da', 'workflows.start.none'));
  });
});
