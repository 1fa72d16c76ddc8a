/**
 * The tab's open workflows over real HTTP, on the fixture organisation with two employee
 * workflows launched in the chat (Mette in Hjemmeplejen Nord, Jonas in Børnehuset Solsikken):
 * a leader sees only her units' workflows, HR all the units she serves by due date, and a channel
 * tab the workflows without a single name. Monday 23 Nov 2026.
 */
import { expect } from 'chai';
import { IDS } from '../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { audits, overviewSeed } from '../bot/overview/overview-helpers.js';
import { invoke } from '../bot/workflows/workflow-harness.js';
import type { FakeOpenId } from '../helpers/fake-openid.js';
import { APP_ID_URI, getJson, startFakeOpenId, tabToken } from './tab-helpers.js';
import type { WorkflowsAnswer } from '../../tab/src/types.js';

type Item = WorkflowsAnswer['items'][number];

describe('tab API: open workflows (real HTTP)', function () {
  this.timeout(30_000);
  let bot: TestBot;
  let openId: FakeOpenId;
  before(async () => {
    openId = await startFakeOpenId();
    bot = await startTestBot({
      seed: overviewSeed,
      env: {
        LOCAL_USER: 'leader',
        TAB_APP_ID_URI: APP_ID_URI,
        TAB_OPENID_METADATA: openId.metadataUrl,
      },
    });
    const launch = (who: string, personKey: string, launchId: string) =>
      invoke(bot, who, 'workflow.launch', { kind: 'early-intervention', personKey, launchId });
    await launch(IDS.leader, 'p-mette', 'l-mette');
    await launch(IDS.otherLeader, 'p-jonas', 'l-jonas');
  });
  after(async () => {
    await bot.close();
    await openId.close();
  });

  const items = (body: Record<string, unknown>) => body.items as Item[];

  it("when the leader opens the tab's workflows, then she sees her unit's workflow with the name, step, owner and due date, and nothing of the other unit", async () => {
    const { status, body, text } = await getJson(bot, 'workflows/open');
    expect(status).to.equal(200);
    const list = items(body);
    expect(list.map((i) => [i.unitName, i.employeeName])).to.deep.equal([
      ['Hjemmeplejen Nord', 'Mette Jensen'],
    ]);
    expect(list[0]!.kindText).to.equal('Henvisning til Tidlig Indsats');
    expect(list[0]!.stepText).to.equal('Visitation og opstart');
    expect(list[0]!.ownerNames).to.deep.equal(['Sofie Nielsen']);
    expect([list[0]!.due, list[0]!.dueText, list[0]!.overdue]).to.deep.equal([
      '2026-11-30',
      'mandag 30. november',
      false,
    ]);
    expect(text).not.to.match(/Jonas|Solsikken/);
    const read = audits(bot, 'workflow.list').filter((a) => a.actor === IDS.leader);
    expect(read.map((a) => a.subject)).to.include('p-mette');
  });

  it('when the other leader asks in English, then she sees only her own unit', async () => {
    const token = await tabToken(openId, IDS.otherLeader);
    const { status, body, text } = await getJson(bot, 'workflows/open?locale=en', token);
    expect(status).to.equal(200);
    expect(items(body).map((i) => [i.unitName, i.employeeName])).to.deep.equal([
      ['Børnehuset Solsikken', 'Jonas Poulsen'],
    ]);
    expect(items(body)[0]!.kindText).to.match(/^Referral to Tidlig Indsats/);
    expect(text).not.to.match(/Mette|Hjemmeplejen/);
  });

  it('when HR opens the workflows, then both units come, ordered by due date', async () => {
    const token = await tabToken(openId, IDS.hr);
    const { status, body } = await getJson(bot, 'workflows/open', token);
    expect(status).to.equal(200);
    const list = items(body);
    expect(list.map((i) => i.employeeName).sort()).to.deep.equal(['Jonas Poulsen', 'Mette Jensen']);
    const dues = list.map((i) => i.due ?? '9999');
    expect(dues).to.deep.equal([...dues].sort());
  });

  it('when a channel tab asks for the workflows, then it gets them without any name', async () => {
    const { status, body, text } = await getJson(bot, 'workflows/open?audience=channelTab');
    expect(status).to.equal(200);
    const list = items(body);
    expect(list.length).to.be.greaterThan(0);
    expect(list.every((i) => i.employeeName === null)).to.equal(true);
    expect(text).not.to.match(/Mette|Jonas/);
  });

  it("when a channel tab set up for a unit asks, then only that unit's workflows come", async () => {
    const token = await tabToken(openId, IDS.hr);
    const { status, body, text } = await getJson(
      bot,
      'workflows/open?audience=channelTab&unit=HN',
      token,
    );
    expect(status).to.equal(200);
    expect(items(body).map((i) => i.unitName)).to.deep.equal(['Hjemmeplejen Nord']);
    expect(text).not.to.match(/Mette|Jonas|Solsikken/);
    const other = await getJson(bot, 'workflows/open?audience=channelTab&unit=SO', token);
    expect(items(other.body).map((i) => i.unitName)).to.deep.equal(['Børnehuset Solsikken']);
  });

  it('when the unit parameter is empty or twice, then 400 and nothing else', async () => {
    for (const query of ['unit=', 'unit=HN&unit=SO']) {
      const { status, body } = await getJson(bot, `workflows/open?audience=channelTab&${query}`);
      expect(status, query).to.equal(400);
      expect(Object.keys(body).sort()).to.deep.equal(['error', 'message']);
    }
  });

  it('when the filter is not open or mine, then 400 and nothing else', async () => {
    const { status, body } = await getJson(bot, 'workflows/all');
    expect(status).to.equal(400);
    expect(Object.keys(body).sort()).to.deep.equal(['error', 'message']);
  });
});
