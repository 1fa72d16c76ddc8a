import { expect } from 'chai';
import { loadConfig } from '../../bot/config.js';
import { seedFor } from '../../bot/seed.js';
import { fixedClock } from '../../domain/clock.js';
import { storeSchema } from '../../data/schema.js';
import { startTestBot } from '../helpers/test-bot.js';
import { message } from '../helpers/activities.js';

const clock = fixedClock('2026-11-23T09:00:00+01:00');

describe('seedFor', () => {
  it('when in production mode, then a new store is empty (never demo data)', () => {
    const config = loadConfig({ BOT_ID: 'b', BOT_PASSWORD: 'p', ALLOWED_TENANT_IDS: 't' });
    const data = storeSchema.parse(seedFor(config, clock)());
    expect(data.origin).to.equal('empty');
    expect(
      [data.units, data.persons, data.employments, data.sickPeriods].map((a) => a.length),
    ).to.deep.equal([0, 0, 0, 0]);
  });

  it('when in local mode, then a new store holds the demo municipality with the four fixed identities', () => {
    const config = loadConfig({ DEMO_EMPLOYEES: '60' });
    const data = storeSchema.parse(seedFor(config, clock)());
    expect(data.origin).to.equal('demo');
    const ids = data.persons.map((p) => p.aadObjectId);
    for (const n of [1, 2, 3, 4]) expect(ids).to.include(`00000000-0000-4000-8000-00000000000${n}`);
  });

  it('when the store is empty, then even a demo identity is answered "not registered"', async () => {
    const config = loadConfig({ BOT_ID: 'b', BOT_PASSWORD: 'p', ALLOWED_TENANT_IDS: 't' });
    const bot = await startTestBot({ seed: seedFor(config, clock) });
    try {
      await bot.post(
        message('hjælp', bot.as({ aadObjectId: '00000000-0000-4000-8000-000000000001' })),
      );
      await bot.connector.waitFor(1);
      expect(bot.connector.texts()[0]).to.match(/kan ikke finde dig/);
    } finally {
      await bot.close();
    }
  });
});
