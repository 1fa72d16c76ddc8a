/**
 * The tab's sign-in in production mode, against a local OpenID/JWKS server: a valid Teams SSO
 * token names the person by `oid`; a missing, expired, not-yet-valid, forged, unsigned, HMAC,
 * wrong-audience, wrong-issuer or foreign-tenant token gets 401 with nothing else. In local mode
 * a token is checked too, and without TAB_APP_ID_URI none is accepted.
 */
import { expect } from 'chai';
import type { FakeOpenId } from '../helpers/fake-openid.js';
import { IDS } from '../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import {
  APP_ID_URI,
  getJson,
  startFakeOpenId,
  startProductionBot,
  tabToken,
} from './tab-helpers.js';

describe('tab sign-in (Teams SSO token, local OpenID server)', function () {
  this.timeout(20_000);
  let openId: FakeOpenId;
  let bot: TestBot;
  before(async () => {
    openId = await startFakeOpenId();
    bot = await startProductionBot(openId);
  });
  after(async () => {
    await bot.close();
    await openId.close();
  });

  it('when a valid token for the HR consultant comes, then /me is her and the HR board opens', async () => {
    const token = await tabToken(openId, IDS.hr);
    const me = await getJson(bot, 'me', token);
    expect(me.status).to.equal(200);
    expect(me.body.name).to.equal('Sofie Nielsen');
    expect(me.body.roles).to.deep.equal(['hr-consultant']);
    const board = await getJson(bot, 'hr', token);
    expect(board.status).to.equal(200);
    expect((board.body.sectors as { sectorId: string }[]).map((s) => s.sectorId)).to.have.members([
      'AE',
      'BU',
    ]);
  });

  it('when no token comes in production mode, then 401 (LOCAL_USER is for local mode only)', async () => {
    const { status, body } = await getJson(bot, 'me');
    expect(status).to.equal(401);
    expect(Object.keys(body).sort()).to.deep.equal(['error', 'message']);
  });

  const bad: Array<[string, () => Promise<string>]> = [
    ['expired', () => tabToken(openId, IDS.hr, { expiresInSec: -600 })],
    ['not yet valid', () => tabToken(openId, IDS.hr, { notBeforeInSec: 600 })],
    [
      'forged (signed by another key)',
      () => tabToken(openId, IDS.hr, { signWithForeignKey: true }),
    ],
    ['HS256 with the public key', () => tabToken(openId, IDS.hr, { alg: 'HS256' })],
    ['for another audience', () => tabToken(openId, IDS.hr, { audience: 'api://someone-else' })],
    ['from another issuer', () => tabToken(openId, IDS.hr, { issuer: 'https://evil.example' })],
    [
      'from a tenant not allowed',
      () => tabToken(openId, IDS.hr, { tid: '99999999-2222-4333-8444-555555555555' }),
    ],
    ['without oid', () => tabToken(openId, IDS.hr, { claims: { oid: undefined } })],
    [
      'unsigned (alg none)',
      () => Promise.resolve(openId.mintUnsignedToken({ appId: APP_ID_URI, serviceUrl: '' })),
    ],
    ['not a JWT', () => Promise.resolve('abc.def')],
  ];
  for (const [name, mint] of bad) {
    it(`when the token is ${name}, then 401 and nothing of the viewer`, async () => {
      const { status, text } = await getJson(bot, 'units/HN', await mint());
      expect(status).to.equal(401);
      expect(text).not.to.match(/Sofie|Hjemmeplejen|daysPerFte/);
    });
  }

  it('when a valid token names someone Nærvær does not know, then 403', async () => {
    const token = await tabToken(openId, '00000000-0000-4000-8000-00000000ffff');
    expect((await getJson(bot, 'me', token)).status).to.equal(403);
  });

  it("when a leader's valid token asks for another unit, then 403 with nothing of it", async () => {
    const token = await tabToken(openId, IDS.leader);
    const { status, text } = await getJson(bot, 'units/SO', token);
    expect(status).to.equal(403);
    expect(text).not.to.match(/Solsikken|daysPerFte|trend/);
  });
});

describe('tab sign-in in local mode', function () {
  this.timeout(20_000);
  it('when a token comes but no app id URI is configured, then 401: a token is never taken unchecked', async () => {
    const openId = await startFakeOpenId();
    const bot = await startTestBot({ env: { LOCAL_USER: 'leader' } });
    try {
      const token = await tabToken(openId, IDS.hr);
      expect((await getJson(bot, 'me', token)).status).to.equal(401);
      expect((await getJson(bot, 'me')).body.name).to.equal('Lone Kristensen');
    } finally {
      await bot.close();
      await openId.close();
    }
  });
});
