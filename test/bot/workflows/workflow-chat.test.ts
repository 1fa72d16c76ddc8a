import { expect } from 'chai';
import { message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { cardText, executes, invoke, storeOf, WHO, workflowStore } from './workflow-harness.js';

describe('workflows in chat', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed: workflowStore });
  });
  afterEach(async () => {
    await bot.close();
  });

  async function say(who: string, text: string, channel = false) {
    bot.connector.clear();
    const extra = channel
      ? { conversationType: 'channel' as const, conversationId: '19:hr-channel' }
      : {};
    await bot.post(message(text, bot.as({ aadObjectId: who }, extra)));
    const [got] = await bot.connector.waitFor(1);
    return got!.activity;
  }

  const cardOf = (activity: Record<string, unknown>) => {
    const attachments = activity.attachments as Array<{ content: unknown }> | undefined;
    const content = attachments?.[0]?.content;
    assertValidCard(content);
    return content;
  };

  it('when a leader writes "start forløb", then a card asks which workflow and for whom, and leads to the pre-filled form', async () => {
    const card = cardOf(await say(WHO.leader, 'start forløb'));
    expect(cardText(card)).to.contain('Hvilket forløb?').and.contain('Mette Jensen');
    const form = await invoke(bot, WHO.leader, 'workflow.form', {
      kind: 'psychologist',
      personKey: 'p-mette',
    });
    expect(cardText(form.card)).to.contain('Start: Psykologhjælp').and.contain('Hjemmeplejen Nord');
    expect(cardText(form.card)).to.contain('Hvad ændrer arbejdspladsen');
    const launch = executes(form.card).find(
      (a) => (a.data as { verb: string }).verb === 'workflow.launch',
    );
    expect(launch).to.not.equal(undefined);
  });

  it('when HR writes "mine forløb" and "åbne forløb", then the lists come by due date', async () => {
    await invoke(bot, WHO.leader, 'workflow.launch', {
      kind: 'early-intervention',
      personKey: 'p-mette',
      launchId: 'l1',
    });
    const mine = cardOf(await say(WHO.hr, 'mine forløb'));
    expect(cardText(mine)).to.contain('Mine forløb').and.contain('Henvisning til Tidlig Indsats');
    const open = cardOf(await say(WHO.chief, 'åbne forløb'));
    expect(cardText(open)).to.contain('Åbne forløb').and.contain('Henvisning til Tidlig Indsats');
    const none = cardOf(await say(WHO.chief, 'mine forløb'));
    expect(cardText(none)).to.contain('Der er ingen forløb her lige nu.');
  });

  it('when HR makes a channel the intake, then a new request arrives there as a card anyone in HR can take', async () => {
    const answer = await say(WHO.hr, 'gør denne kanal til HR-indgang', true);
    expect(answer.text).to.contain('Denne kanal er nu HR-indgang');
    expect(storeOf(bot).workflows?.intake?.conversationId).to.equal('19:hr-channel');
    const refused = await say(WHO.leader, 'gør denne kanal til HR-indgang', true);
    expect(refused.text).to.equal('Kun HR kan gøre en kanal til HR-indgang.');
    await invoke(bot, WHO.leader, 'workflow.launch', {
      kind: 'early-intervention',
      personKey: 'p-mette',
      launchId: 'in1',
    });
    const item = storeOf(bot).outbox.find((o) => o.id.endsWith(':intake'));
    expect(item?.conversationId).to.equal('19:hr-channel');
    const card = (item?.payload as { card: unknown }).card;
    assertValidCard(card);
    expect(cardText(card))
      .to.contain('Ny anmodning til HR')
      .and.contain('Jeg tager den')
      .and.not.contain('Mette');
  });
  it("when the leader looks at a sick employee's plan, then it offers the referrals, and the form is pre-filled with the sick period", async () => {
    await say(WHO.leader, 'Mette er syg');
    const plan = cardOf(await say(WHO.leader, 'hvad skal jeg gøre for Mette Jensen?'));
    const buttons = executes(plan).map((a) => a.title);
    expect(buttons).to.include.members([
      'Henvis til Tidlig Indsats',
      'Søg psykologhjælp',
      'Plan for delvis raskmelding',
    ]);
    const refer = executes(plan).find((a) => a.title === 'Henvis til Tidlig Indsats')!;
    const form = await invoke(
      bot,
      WHO.leader,
      'workflow.form',
      refer.data as Record<string, unknown>,
    );
    expect(cardText(form.card))
      .to.contain('Syg siden')
      .and.contain('Jobcentrets første opfølgning senest');
  });
});
