/**
 * Production mode against a local OpenID metadata + JWKS server: the SDK's JWT checks, and our
 * tenant check for a valid token from a foreign tenant.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { startFakeOpenId, type FakeOpenId, type MintOptions } from '../helpers/fake-openid.js';
import { authSettingsFor, fixedTokenCredentialsFactory } from '../helpers/bot-auth-settings.js';
import { message, TENANT } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';
import { capturingConsole } from '../helpers/console-capture.js';

const BOT = {
  appId: '11111111-2222-4333-8444-555555555555',
  password: 'not-a-real-secret',
  tenantId: TENANT,
};

describe('production mode: JWT path over real HTTP', () => {
  let openId: FakeOpenId;
  let bot: TestBot;
  before(async () => (openId = await startFakeOpenId()));
  after(async () => openId.close());
  beforeEach(async () => {
    bot = await startTestBot({
      env: {
        BOT_ID: BOT.appId,
        BOT_PASSWORD: BOT.password,
        BOT_TYPE: 'SingleTenant',
        BOT_TENANT_ID: BOT.tenantId,
        ALLOWED_TENANT_IDS: TENANT,
        HOST: '127.0.0.1',
      },
      auth: {
        settings: authSettingsFor(openId, BOT) as Record<string, string>,
        credentialsFactory: fixedTokenCredentialsFactory(BOT),
      },
    });
  });
  afterEach(async () => bot.close());

  const mint = (o: Partial<MintOptions> = {}) =>
    openId.mintToken({ appId: BOT.appId, serviceUrl: bot.connector.url, ...o });
  const auditLength = () =>
    (JSON.parse(readFileSync(bot.dataFile, 'utf8')) as { audit: unknown[] }).audit.length;

  it('when the token is valid, then the turn runs and the reply carries our outbound token', async () => {
    const res = await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })), {
      authorization: `Bearer ${await mint()}`,
    });
    expect(res.status).to.equal(200);
    const [received] = await bot.connector.waitFor(1);
    expect(JSON.stringify(received?.activity)).to.contain('Det kan jeg hjælpe dig med');
  });

  const rejected: Array<[string, () => Promise<string | null>]> = [
    ['missing', () => Promise.resolve(null)],
    [
      'unsigned (alg none)',
      () =>
        Promise.resolve(
          openId.mintUnsignedToken({ appId: BOT.appId, serviceUrl: bot.connector.url }),
        ),
    ],
    ['expired', () => mint({ expiresInSec: -900 })],
    ['for another audience', () => mint({ audience: '00000000-0000-4000-8000-00000000000f' })],
    ['from another issuer', () => mint({ issuer: 'https://evil.example.com' })],
    ['for another serviceUrl', () => mint({ serviceUrl: 'http://127.0.0.1:1/' })],
    ['signed by a foreign key', () => mint({ signWithForeignKey: true })],
  ];
  for (const [name, token] of rejected) {
    it(`when the token is ${name}, then the request is rejected and no turn runs`, async () => {
      const t = await token();
      // The SDK prints each refusal's error with its stack; kept out of the test output.
      const { result: res, printed } = await capturingConsole(async () => {
        const answer = await bot.post(
          message('hjælp', bot.as({ aadObjectId: IDS.leader })),
          t ? { authorization: `Bearer ${t}` } : {},
        );
        await new Promise((r) => setTimeout(r, 50));
        return answer;
      });
      expect(res.status).to.be.oneOf([401, 403, 500]);
      expect(bot.connector.received).to.have.length(0);
      if (t) expect(printed, 'the token is never printed').to.not.contain(t.split('.')[1]);
      expect(printed, 'nor the bot’s secret').to.not.contain(BOT.password);
    });
  }

  it('when a valid token carries a foreign tenant, then our check refuses it and audits it', async () => {
    const before = auditLength();
    const res = await bot.post(
      message(
        'hjælp',
        bot.as(
          { aadObjectId: IDS.leader },
          { tenantId: 'foreign-tenant', channelTenantId: 'foreign-tenant' },
        ),
      ),
      {
        authorization: `Bearer ${await mint()}`,
      },
    );
    expect(res.status).to.equal(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(bot.connector.received).to.have.length(0);
    expect(auditLength()).to.equal(before + 1);
  });
});
