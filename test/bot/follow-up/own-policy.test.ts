/**
 * A municipality's own policy document (stored by the politik import) is used when a leader
 * registers sickness, and the due hour it sets decides when the due cards arrive.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { policySchema } from '../../../data/policy-schema.js';
import { message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';

const SAMPLE = JSON.parse(
  readFileSync(new URL('../../../samples/import/politik.json', import.meta.url), 'utf8'),
) as { politikker: unknown[] };

describe('own policy documents', () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  it('when the municipality uses its own document with due hour 7, then the plan follows it and the first card arrives at 07:00', async () => {
    const seed = () => {
      const data = fixtureStore();
      data.policies = SAMPLE.politikker.map((p) => policySchema.parse(p));
      data.settings.policyId = 'naerby-2026';
      data.settings.dueHour = 7;
      return data;
    };
    bot = await startTestBot({ now: '2026-11-23T06:30:00', seed });
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    await bot.post(message('Mette er syg', bot.as({ aadObjectId: IDS.leader })));
    const steps = bot.app.deps.store.read().followUps;
    expect(new Set(steps.map((s) => s.policyId))).to.deep.equal(new Set(['naerby-2026']));
    expect(steps.map((s) => s.key)).to.include.members(['contact-day-1', 'contact-day-5']);

    bot.connector.clear();
    bot.clock.set('2026-11-23T07:00:05');
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    expect(bot.connector.cards(), 'the digest at 07:00').to.have.length(1);
  });
});
