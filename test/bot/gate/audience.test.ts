/**
 * Privacy by audience, over real HTTP: in a channel or a group chat nothing about a person is
 * shown, and aggregates obey the small-group rule for everyone (the own leader's and HR's
 * exemptions hold only in their personal chat).
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import type { StoreData } from '../../../data/schema.js';
import { t } from '../../../i18n/index.js';

/** Hjemmeplejen Nord has 3 employees (under the minimum group of 5); Mette has 5 periods. */
function seed(): StoreData {
  const d = fixtureStore();
  const tuesdays = ['2026-02-03', '2026-04-07', '2026-06-02', '2026-08-04', '2026-10-06'];
  d.sickPeriods = tuesdays.map((day, i) => importedPeriod(`p${i}`, 'p-mette', day, day));
  d.targets = [
    { unitId: 'AE', year: 2026, daysPerFte: 1.5, method: 'FAST', appliesToSubUnits: true },
  ];
  return d;
}

const NAMES = ['Mette', 'Ali Hassan', 'Karen Olsen', 'p-mette', 'p-ali', 'p-karen'];

describe('the gate: privacy by audience', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed })));
  afterEach(async () => bot.close());

  async function say(
    text: string,
    who: string,
    conversationType: 'personal' | 'channel' | 'groupChat',
  ): Promise<string> {
    bot.connector.clear();
    const conversationId = conversationType === 'personal' ? undefined : `19:${conversationType}`;
    await bot.post(
      message(text, bot.as({ aadObjectId: who }, { conversationType, conversationId })),
    );
    await new Promise((r) => setTimeout(r, 30));
    const replies = bot.connector.received.map((r) => r.activity);
    for (const r of replies)
      for (const a of (r.attachments as Array<{ content: object }> | undefined) ?? [])
        assertValidCard(a.content);
    return JSON.stringify(replies);
  }

  const audit = async () => Promise.resolve(bot.app.deps.store.read().audit);

  it("when the unit's own leader asks in her personal chat, then she sees her 3-person unit's figure", async () => {
    const json = await say('hvordan ligger vi ift. måltal?', IDS.leader, 'personal');
    expect(json).to.match(/\d,\d dage pr\. fuldtidsansat/);
    expect(json).to.not.contain(t('da', 'stats.suppressed', { unit: 'Hjemmeplejen Nord' }));
  });

  for (const where of ['channel', 'groupChat'] as const) {
    it(`when she asks the same in a ${where}, then the 3-person unit's figure is suppressed`, async () => {
      const json = await say('hvordan ligger vi ift. måltal?', IDS.leader, where);
      expect(json).to.contain(
        JSON.stringify(t('da', 'stats.suppressed', { unit: 'Hjemmeplejen Nord' })).slice(1, -1),
      );
      expect(json).to.not.match(/\d,\d dage pr\. fuldtidsansat/);
      for (const name of NAMES) expect(json).to.not.contain(name);
    });

    it(`when the frequent-absence list is asked for in a ${where}, then only "ask me in a personal chat" comes back and nobody is audited as read`, async () => {
      const before = (await audit()).filter((e) => e.action === 'absence.frequent.read').length;
      const json = await say('hvem har haft mange sygeperioder?', IDS.leader, where);
      expect(json).to.contain(JSON.stringify(t('da', 'gate.personalOnly')).slice(1, -1));
      for (const name of NAMES) expect(json).to.not.contain(name);
      const after = (await audit()).filter((e) => e.action === 'absence.frequent.read').length;
      expect(after).to.equal(before);
    });

    it(`when HR asks about the sector in a ${where}, then its small units are ranked without a figure`, async () => {
      const json = await say('fravær i Ældre og Sundhed', IDS.hr, where);
      expect(json).to.contain(t('da', 'stats.ranking.suppressed'));
      for (const name of NAMES) expect(json).to.not.contain(name);
    });

    it(`when someone is registered sick in a ${where}, then nothing is registered and no name is echoed`, async () => {
      const json = await say('Mette er syg', IDS.leader, where);
      expect(json).to.not.contain('Mette Jensen');
      const periods = bot.app.deps.store.read().sickPeriods.length;
      expect(periods).to.equal(5);
    });
  }

  it('when the frequent-absence button of a card is clicked in a channel, then the list is refused', async () => {
    const res = await bot.post(
      execute(
        'stats.showFrequent',
        { verb: 'stats.showFrequent', unitId: 'HN' },
        bot.as(
          { aadObjectId: IDS.leader },
          { conversationType: 'channel', conversationId: '19:c' },
        ),
      ),
    );
    const body = JSON.stringify(await res.json());
    expect(body).to.contain(JSON.stringify(t('da', 'gate.personalOnly')).slice(1, -1));
    for (const name of NAMES) expect(body).to.not.contain(name);
  });

  it('when a card is shown in a channel, then it offers no button to the person list', async () => {
    const json = await say('fravær i Hjemmeplejen Nord', IDS.chief, 'channel');
    expect(json).to.not.contain('stats.showFrequent');
    const personal = await say('fravær i Hjemmeplejen Nord', IDS.chief, 'personal');
    expect(personal).to.contain('stats.showFrequent');
  });
});
