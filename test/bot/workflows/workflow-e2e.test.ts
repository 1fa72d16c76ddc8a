import { expect } from 'chai';
import { CATALOGUE } from '../../../domain/workflows/catalogue.js';
import { WORKFLOW_KINDS, type WorkflowRole } from '../../../domain/workflows/types.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { message } from '../../helpers/activities.js';
import {
  actButtons,
  cardText,
  executes,
  invoke,
  storeOf,
  WHO,
  workflowStore,
} from './workflow-harness.js';

const PERSON: Record<WorkflowRole, string> = {
  leader: WHO.leader,
  'sector-chief': WHO.chief,
  hr: WHO.hr,
  tr: WHO.tr,
};

const FULL = {
  f_meetingDate: '2026-12-01',
  f_sessionDate: '2026-12-02',
  f_talkDate: '2026-12-01',
  f_startDate: '2026-12-01',
  f_assessmentDate: '2026-12-01',
  f_decisionDate: '2026-12-01',
  f_plan: 'Fælles pauser og faste møder',
  f_talks: 6,
  f_sessions: 6,
  f_hoursPerWeek: 15,
  f_workplaceChange: 'Mere sparring i teamet',
};

async function launch(bot: TestBot, kind: (typeof WORKFLOW_KINDS)[number], launchId: string) {
  const def = CATALOGUE[kind];
  const who = PERSON[def.launchedBy[0]!];
  const target = def.employee ? { personKey: 'p-mette' } : { unitId: 'HN' };
  return invoke(bot, who, 'workflow.launch', { kind, ...target, launchId, ...FULL });
}

const idOf = (card: unknown): string => {
  const refresh = (card as { refresh: { action: { data: { id: string } } } }).refresh;
  return refresh.action.data.id;
};

describe('workflows end to end over HTTP', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed: workflowStore });
  });
  afterEach(async () => {
    await bot.close();
  });

  for (const kind of WORKFLOW_KINDS) {
    it(`when ${kind} runs, then the leader, sector chief and HR act in turn until it is done`, async () => {
      const launched = await launch(bot, kind, `e2e-${kind}`);
      expect(launched.text, 'launch').to.equal(null);
      const id = idOf(launched.card);
      for (const step of CATALOGUE[kind].steps) {
        const who = PERSON[step.owners[0]!];
        const view = await invoke(bot, who, 'workflow.refresh', { id }, { trigger: 'automatic' });
        const button = actButtons(view.card).complete;
        expect(button, `${kind}.${step.id} complete button for ${step.owners[0]}`).to.not.equal(
          undefined,
        );
        const done = await invoke(bot, who, 'workflow.act', { ...button, ...FULL });
        expect(done.card, `${kind}.${step.id}`).to.not.equal(null);
      }
      const stored = storeOf(bot).workflows?.instances.find((w) => w.id === id);
      expect(stored?.state).to.equal('done');
      expect(stored?.history.map((h) => h.action)).to.include.members(['launch', 'complete']);
    });
  }

  it('when each person opens the same card (trigger automatic), then each sees only their own actions', async () => {
    // The leader has written to the bot: her personal chat (and the id she writes from) is known.
    await bot.post(message('hjælp', bot.as({ aadObjectId: WHO.leader })));
    const { card } = await launch(bot, 'outreach', 'views');
    const id = idOf(card);
    const leader = await invoke(
      bot,
      WHO.leader,
      'workflow.refresh',
      { id },
      { trigger: 'automatic' },
    );
    expect(Object.keys(actButtons(leader.card)).sort()).to.deep.equal(['complete', 'decline']);
    const chief = await invoke(
      bot,
      WHO.chief,
      'workflow.refresh',
      { id },
      { trigger: 'automatic' },
    );
    expect(actButtons(chief.card)).to.deep.equal({});
    expect(cardText(chief.card)).to.contain(
      'Du kan se forløbet, men ingen af de nuværende trin er dine.',
    );
    const hr = await invoke(bot, WHO.hr, 'workflow.refresh', { id }, { trigger: 'automatic' });
    expect(actButtons(hr.card)).to.deep.equal({});
    const userIds = (card as { refresh: { userIds: string[] } }).refresh.userIds;
    // The id each person's activities came from (they have written to the bot), and the MRI.
    expect(userIds).to.include.members([
      `29:${WHO.leader}`,
      `8:orgid:${WHO.leader}`,
      `8:orgid:${WHO.chief}`,
      `8:orgid:${WHO.hr}`,
    ]);
  });

  it('when the offer is declined with a reason, then the workflow ends and history says who', async () => {
    const { card } = await launch(bot, 'outreach', 'decline');
    const id = idOf(card);
    const view = await invoke(bot, WHO.leader, 'workflow.refresh', { id });
    const ended = await invoke(bot, WHO.leader, 'workflow.act', {
      ...actButtons(view.card).decline,
      f_reason: 'Vi har et andet forløb i gang',
    });
    expect(cardText(ended.card))
      .to.contain('Afslået – forløbet er slut')
      .and.contain('Ændret af Lone Kristensen');
    expect(
      executes(ended.card).filter((a) => (a.data as { verb: string }).verb === 'workflow.act'),
    ).to.deep.equal([]);
  });
  it('when hours per week are recorded during a partial return, then each is kept with its date and shown', async () => {
    const { card } = await launch(bot, 'partial-return', 'hours');
    const id = idOf(card);
    const first = await invoke(bot, WHO.leader, 'workflow.refresh', { id });
    await invoke(bot, WHO.leader, 'workflow.act', {
      ...actButtons(first.card).record,
      f_hoursPerWeek: 12,
    });
    bot.clock.set('2026-11-30T09:00:00');
    const second = await invoke(bot, WHO.leader, 'workflow.refresh', { id });
    const after = await invoke(bot, WHO.leader, 'workflow.act', {
      ...actButtons(second.card).record,
      f_hoursPerWeek: 20,
    });
    expect(cardText(after.card)).to.contain('12 timer').and.contain('20 timer');
    const wf = storeOf(bot).workflows?.instances.find((w) => w.id === id);
    expect(wf?.records.map((r) => [r.on, r.values.hoursPerWeek])).to.deep.equal([
      ['2026-11-23', 12],
      ['2026-11-30', 20],
    ]);
    expect(wf?.state).to.equal('active-sick');
  });
});
