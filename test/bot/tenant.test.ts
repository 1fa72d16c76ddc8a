import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { message, TENANT } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';

describe('tenant allow-list', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ env: { ALLOWED_TENANT_IDS: TENANT } })));
  afterEach(async () => bot.close());

  const cases: Array<[string, { tenantId?: string | null; channelTenantId?: string | null }]> = [
    ['a foreign conversation.tenantId', { tenantId: 'evil-tenant', channelTenantId: TENANT }],
    ['a foreign channelData.tenant.id', { tenantId: TENANT, channelTenantId: 'evil-tenant' }],
    ['both foreign', { tenantId: 'evil-tenant' }],
    ['no tenant at all', { tenantId: null, channelTenantId: null }],
  ];
  for (const [name, tenant] of cases) {
    it(`when an activity carries ${name}, then no turn runs and the refusal is audited`, async () => {
      const before = JSON.parse(readFileSync(bot.dataFile, 'utf8'));
      const res = await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader }, tenant)));
      expect(res.status).to.be.oneOf([200, 202]);
      await new Promise((r) => setTimeout(r, 50));
      expect(bot.connector.received).to.have.length(0);
      const after = JSON.parse(readFileSync(bot.dataFile, 'utf8'));
      expect(after.audit.length).to.equal(before.audit.length + 1);
      expect(after.audit.at(-1)).to.include({ action: 'tenant.refused', outcome: 'denied' });
      expect(after.conversationRefs).to.deep.equal(before.conversationRefs);
    });
  }

  it('when the tenant is allowed, then the turn runs', async () => {
    await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })));
    await bot.connector.waitFor(1);
  });
});
