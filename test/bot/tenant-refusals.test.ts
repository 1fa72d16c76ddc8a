import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { message, TENANT } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';
import { tempDir } from '../helpers/tmp.js';
import type { AuditEntry, StoreData } from '../../data/schema.js';

const refusalsIn = (entries: readonly AuditEntry[]) =>
  entries.filter((a) => a.action === 'tenant.refused');

describe('refused tenants are counted per tenant and minute', () => {
  let tmp: ReturnType<typeof tempDir>;
  let bot: TestBot;
  let closed = false;
  beforeEach(async () => {
    tmp = tempDir();
    closed = false;
    bot = await startTestBot({
      env: { ALLOWED_TENANT_IDS: TENANT },
      dataFile: tmp.file('naervaer.json'),
      now: '2026-11-23T09:00:10',
    });
  });
  afterEach(async () => {
    if (!closed) await bot.close();
    tmp.cleanup();
  });

  const refused = (tenantId: string) =>
    bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader }, { tenantId })));
  const fileAudit = () => (JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData).audit;
  async function close(): Promise<void> {
    closed = true;
    await bot.close();
  }

  it('when one tenant sends 50 activities in a minute, then the store is written once and holds one entry, whose count is 50 at close', async () => {
    const revision = bot.app.deps.store.revision();
    const before = fileAudit().length;
    for (let i = 0; i < 50; i++) await refused('evil-tenant');
    expect(bot.app.deps.store.revision() - revision).to.equal(1);
    expect(fileAudit().length).to.equal(before + 1);
    expect(refusalsIn(fileAudit())[0]!.detail).to.equal(
      'tenant=evil-tenant; minute=2026-11-23T08:00Z; count=1',
    );
    await close();
    const entries = refusalsIn(fileAudit());
    expect(entries).to.have.length(1);
    expect(entries[0]).to.include({
      actor: IDS.leader,
      outcome: 'denied',
      detail: 'tenant=evil-tenant; minute=2026-11-23T08:00Z; count=50',
    });
    expect(bot.connector.received).to.have.length(0);
  });

  it('when the minute rolls over, then the past minute gets its final count and the new minute its own entry', async () => {
    for (let i = 0; i < 7; i++) await refused('evil-tenant');
    bot.clock.set('2026-11-23T09:01:05');
    await refused('evil-tenant');
    expect(refusalsIn(fileAudit()).map((a) => a.detail)).to.deep.equal([
      'tenant=evil-tenant; minute=2026-11-23T08:00Z; count=7',
      'tenant=evil-tenant; minute=2026-11-23T08:01Z; count=1',
    ]);
  });

  it('when the minute rolls over and no further refusal comes, then the count is brought up to date by itself', async () => {
    bot.clock.set('2026-11-23T09:00:59.800');
    for (let i = 0; i < 5; i++) await refused('evil-tenant');
    expect(refusalsIn(fileAudit()).map((a) => a.detail)).to.deep.equal([
      'tenant=evil-tenant; minute=2026-11-23T08:00Z; count=1',
    ]);
    await new Promise((r) => setTimeout(r, 600));
    expect(refusalsIn(fileAudit()).map((a) => a.detail)).to.deep.equal([
      'tenant=evil-tenant; minute=2026-11-23T08:00Z; count=5',
    ]);
  });

  it('when two tenants are refused in the same minute, then each has its own entry', async () => {
    for (let i = 0; i < 3; i++) await refused('evil-a');
    for (let i = 0; i < 2; i++) await refused('evil-b');
    await close();
    expect(refusalsIn(fileAudit()).map((a) => a.detail)).to.deep.equal([
      'tenant=evil-a; minute=2026-11-23T08:00Z; count=3',
      'tenant=evil-b; minute=2026-11-23T08:00Z; count=2',
    ]);
  });

  it('when a sender makes up a new tenant id for every activity, then at most 101 entries a minute are written', async function () {
    this.timeout(30_000);
    await Promise.all(Array.from({ length: 150 }, (_, i) => refused(`made-up-${i}`)));
    await close();
    const entries = refusalsIn(fileAudit());
    expect(entries).to.have.length(101);
    const other = entries.find((a) => a.detail?.startsWith('tenant=other;'));
    expect(other?.detail).to.equal('tenant=other; minute=2026-11-23T08:00Z; count=50');
  });
});
