import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { actButtons, cardText, invoke, storeOf, WHO, workflowStore } from './workflow-harness.js';

/** Hjemmeplejen Nord with eight people, so its figure is not suppressed. */
function largerUnit() {
  const data = workflowStore();
  const base = data.employments[0]!;
  for (let i = 0; i < 5; i++)
    data.employments.push({
      ...base,
      id: `X${i}`,
      personKey: `p-x${i}`,
      displayName: `Ansat ${i}`,
    });
  data.sickPeriods.push({
    id: 'sp-x',
    personKey: 'p-x0',
    type: 'SYGDOM',
    start: '2026-09-07',
    end: '2026-09-18',
    partialPercent: null,
    source: 'import',
    sourceId: 'x',
    registeredBy: null,
    createdAt: '2026-09-07T08:00:00.000Z',
    updatedAt: '2026-09-07T08:00:00.000Z',
  });
  return data;
}

describe('W1: the statistics before and after are attached', () => {
  let bot: TestBot;
  afterEach(async () => {
    await bot.close();
  });

  async function runToEffect(): Promise<string> {
    const launched = await invoke(bot, WHO.hr, 'workflow.launch', {
      kind: 'outreach',
      unitId: 'HN',
      launchId: 'fx',
    });
    const id = 'wf-fx';
    expect(launched.card).to.not.equal(null);
    const steps: Array<[string, Record<string, unknown>]> = [
      [WHO.leader, {}],
      [WHO.chief, { f_meetingDate: '2026-12-01' }],
      [WHO.hr, { f_meetingDate: '2026-12-08' }],
      [WHO.hr, { f_sessionDate: '2026-12-15' }],
      [WHO.leader, { f_plan: 'Anerkendelse på personalemøder' }],
      [WHO.hr, {}],
    ];
    for (const [who, values] of steps) {
      const view = await invoke(bot, who, 'workflow.refresh', { id });
      await invoke(bot, who, 'workflow.act', { ...actButtons(view.card).complete, ...values });
    }
    return id;
  }

  it('when the outreach starts and its effect is measured, then the unit figure from both days is on the workflow and its card', async () => {
    bot = await startTestBot({ seed: largerUnit });
    const id = await runToEffect();
    const wf = storeOf(bot).workflows!.instances.find((w) => w.id === id)!;
    expect(wf.state).to.equal('done');
    expect(wf.fields['baseline.daysPerFte']).to.be.a('number');
    expect(wf.fields['effect.daysPerFte']).to.be.a('number');
    expect(wf.fields['baseline.asOf']).to.equal('2026-11-23');
    const card = await invoke(bot, WHO.hr, 'workflow.refresh', { id });
    expect(cardText(card.card)).to.contain('Ved start – Fravær (dagsværk pr. årsværk, 12 mdr.)');
  });

  it('when the unit is too small to show, then no figure is attached', async () => {
    bot = await startTestBot({ seed: workflowStore });
    const id = await runToEffect();
    const wf = storeOf(bot).workflows!.instances.find((w) => w.id === id)!;
    expect(wf.state).to.equal('done');
    expect(Object.keys(wf.fields).filter((k) => k.endsWith('daysPerFte'))).to.deep.equal([]);
  });
});
