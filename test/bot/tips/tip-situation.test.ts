/**
 * The situation that steers a tip, from the reader's own units as aggregates: above target and
 * mostly short periods → statistics, conversation and well-being tips; mostly long periods →
 * early help; nothing in a group chat (a tip there must not hint at a unit's figures).
 */
import { expect } from 'chai';
import { readerSituations } from '../../../app/tip-situation.js';
import { nextTip } from '../../../app/tips.js';
import type { UseCaseContext } from '../../../app/context.js';
import { rolesOf, type Audience } from '../../../domain/access.js';
import type { SickPeriod } from '../../../domain/model.js';
import { TIP_CATALOGUE } from '../../../domain/tips/catalogue.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';

const period = (id: string, personKey: string, start: string, end: string): SickPeriod => ({
  id,
  personKey,
  type: 'SYGDOM',
  start,
  end,
  partialPercent: null,
  source: 'import',
  sourceId: id,
  registeredBy: null,
  createdAt: '2026-11-01T06:00:00.000Z',
  updatedAt: '2026-11-01T06:00:00.000Z',
});

function seed() {
  const data = fixtureStore();
  // Hjemmeplejen Nord: many short periods, far above a target of 1 day per FTE.
  const starts = [
    '2025-11-03',
    '2026-02-02',
    '2026-03-02',
    '2026-04-06',
    '2026-05-04',
    '2026-06-01',
  ];
  for (const [i, start] of starts.entries())
    for (const who of ['p-mette', 'p-ali', 'p-karen'])
      data.sickPeriods.push(period(`s-${who}-${i}`, who, start, start.replace(/-0[12]$/, '-03')));
  data.targets.push({
    unitId: 'HN',
    year: 2026,
    daysPerFte: 1,
    method: 'FAST',
    appliesToSubUnits: false,
  });
  // Børnehuset Solsikken: one long period.
  data.sickPeriods.push(period('long-jonas', 'p-jonas', '2026-03-02', '2026-05-29'));
  return data;
}

describe('the situation behind a tip', () => {
  let bot: TestBot;
  before(async () => (bot = await startTestBot({ seed })));
  after(async () => bot.close());

  async function ctxOf(id: string, audience: Audience = 'personal'): Promise<UseCaseContext> {
    const person = (await bot.app.deps.repos.org.findPerson(id))!;
    const { repos } = bot.app.deps;
    return { actor: { person, roles: rolesOf(person) }, audience, now: bot.clock.now, repos };
  }

  it('when a leader\'s unit is above target with mostly short periods, then it is "above" and "frequent-short"', async () => {
    expect((await readerSituations(await ctxOf(IDS.leader))).sort()).to.deep.equal([
      'above',
      'frequent-short',
    ]);
  });

  it('when a leader\'s unit has mostly long absence, then it is "long-absence"', async () => {
    expect(await readerSituations(await ctxOf(IDS.otherLeader))).to.deep.equal(['long-absence']);
  });

  it('when the same leader asks in a group chat, then no situation is used', async () => {
    expect(await readerSituations(await ctxOf(IDS.leader, 'groupChat'))).to.deep.equal([]);
  });

  it('when HR or an employee asks, then no unit situation is used', async () => {
    expect(await readerSituations(await ctxOf(IDS.hr))).to.deep.equal([]);
    expect(await readerSituations(await ctxOf(IDS.employee))).to.deep.equal([]);
  });

  it('when the leader of the long absence has had her basics, then her next tips are about early help', async () => {
    const ctx = await ctxOf(IDS.otherLeader);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const tip = await nextTip(ctx, { asked: null, step: null });
      if (tip.kind === 'tip') ids.push(tip.tipId);
    }
    const later = ids.slice(3).map((id) => TIP_CATALOGUE.find((t) => t.id === id)!);
    for (const tip of later) expect(tip.themes, tip.id).to.include('early-help');
  });
});
