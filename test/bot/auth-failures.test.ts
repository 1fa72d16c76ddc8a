/**
 * Production mode: every forged, broken or misplaced credential gets 401 with one short generic
 * body, no turn runs, and neither the bot's logger nor the console ever holds the token.
 */
import { expect } from 'chai';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import {
  EMULATOR_ISSUER,
  startFakeOpenId,
  type FakeOpenId,
  type MintOptions,
} from '../helpers/fake-openid.js';
import { authSettingsFor, fixedTokenCredentialsFactory } from '../helpers/bot-auth-settings.js';
import { message, TENANT } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';

const BOT = {
  appId: '11111111-2222-4333-8444-555555555555',
  password: 'not-a-real-secret',
  tenantId: TENANT,
};

const b64 = (s: string): string => Buffer.from(s).toString('base64url');
const segments = (token: string): [string, string, string] => {
  const [h = '', p = '', s = ''] = token.split('.');
  return [h, p, s];
};
const withHeader = (token: string, header: object): string => {
  const [, p, s] = segments(token);
  return `${b64(JSON.stringify(header))}.${p}.${s}`;
};
const withPayload = (token: string, change: (claims: Record<string, unknown>) => void): string => {
  const [h, p, s] = segments(token);
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
  change(claims);
  return `${h}.${b64(JSON.stringify(claims))}.${s}`;
};

/** What a case sends: the Authorization header (null: none) and the activity's changes. */
interface Forgery {
  authorization: string | null;
  activity?: Record<string, unknown>;
}
type Case = [name: string, forge: (kit: Kit) => Promise<Forgery>];
interface Kit {
  openId: FakeOpenId;
  mint(o?: Partial<MintOptions>): Promise<string>;
  valid: string;
  serviceUrl: string;
}

const bearer = (token: string): Forgery => ({ authorization: `Bearer ${token}` });
const raw = (authorization: string | null): Forgery => ({ authorization });

const CASES: Case[] = [
  ['no Authorization header', () => Promise.resolve(raw(null))],
  ['"Bearer" alone', () => Promise.resolve(raw('Bearer'))],
  ['"Bearer " and nothing after', () => Promise.resolve(raw('Bearer '))],
  ['Basic credentials', () => Promise.resolve(raw(`Basic ${b64('bot:secret')}`))],
  ['a valid token without a scheme', (k) => Promise.resolve(raw(k.valid))],
  ['a valid token under "bearer" in lower case', (k) => Promise.resolve(raw(`bearer ${k.valid}`))],
  ['a valid token after two spaces', (k) => Promise.resolve(raw(`Bearer  ${k.valid}`))],
  ['two tokens', (k) => Promise.resolve(raw(`Bearer ${k.valid} ${k.valid}`))],
  ['garbage', () => Promise.resolve(bearer('garbage'))],
  ['three garbage segments', () => Promise.resolve(bearer('a.b.c'))],
  [
    'a non-JSON header',
    (k) => Promise.resolve(bearer(`${b64('not json')}.${segments(k.valid)[1]}.x`)),
  ],
  [
    'a non-JSON payload',
    (k) => Promise.resolve(bearer(`${segments(k.valid)[0]}.${b64('{"iss":')}.x`)),
  ],
  [
    'a payload that is a JSON string',
    (k) => Promise.resolve(bearer(`${segments(k.valid)[0]}.${b64('"x"')}.x`)),
  ],
  [
    'signed by a foreign key under the served kid',
    async (k) => bearer(await k.mint({ signWithForeignKey: true })),
  ],
  ['an unknown kid', async (k) => bearer(await k.mint({ kid: 'unknown-kid' }))],
  ['an empty kid', async (k) => bearer(await k.mint({ kid: '' }))],
  ['a 10,000-character kid', async (k) => bearer(await k.mint({ kid: 'k'.repeat(10_000) }))],
  ['expired 15 minutes ago', async (k) => bearer(await k.mint({ expiresInSec: -900 }))],
  ['not valid for another hour', async (k) => bearer(await k.mint({ notBeforeInSec: 3600 }))],
  ['an exp that is not a number', async (k) => bearer(await k.mint({ claims: { exp: 'never' } }))],
  [
    'for another audience',
    async (k) => bearer(await k.mint({ audience: '00000000-0000-4000-8000-00000000000f' })),
  ],
  ['without an audience', async (k) => bearer(await k.mint({ claims: { aud: undefined } }))],
  [
    'from another issuer',
    async (k) => bearer(await k.mint({ issuer: 'https://evil.example.com' })),
  ],
  ['from the emulator issuer', async (k) => bearer(await k.mint({ issuer: EMULATOR_ISSUER }))],
  ['without an issuer', async (k) => bearer(await k.mint({ claims: { iss: undefined } }))],
  [
    'unsigned (alg none)',
    (k) =>
      Promise.resolve(
        bearer(k.openId.mintUnsignedToken({ appId: BOT.appId, serviceUrl: k.serviceUrl })),
      ),
  ],
  [
    'unsigned (alg none) without the last dot',
    (k) =>
      Promise.resolve(
        bearer(
          k.openId.mintUnsignedToken({ appId: BOT.appId, serviceUrl: k.serviceUrl }).slice(0, -1),
        ),
      ),
  ],
  ['HS256 keyed with the public key', async (k) => bearer(await k.mint({ alg: 'HS256' }))],
  ['a truncated signature', (k) => Promise.resolve(bearer(k.valid.slice(0, -12)))],
  [
    'no signature',
    (k) => Promise.resolve(bearer(`${segments(k.valid)[0]}.${segments(k.valid)[1]}.`)),
  ],
  [
    'the header switched to RS512 over an RS256 signature',
    (k) =>
      Promise.resolve(bearer(withHeader(k.valid, { alg: 'RS512', typ: 'JWT', kid: k.openId.kid }))),
  ],
  [
    'the header switched to ES256',
    (k) =>
      Promise.resolve(bearer(withHeader(k.valid, { alg: 'ES256', typ: 'JWT', kid: k.openId.kid }))),
  ],
  [
    'the payload changed under the original signature',
    (k) =>
      Promise.resolve(
        bearer(withPayload(k.valid, (c) => (c.serviceurl = 'https://evil.example/'))),
      ),
  ],
  ['a huge header (12 kB)', () => Promise.resolve(bearer('A'.repeat(12_000)))],
  [
    'a serviceUrl claim for another connector',
    async (k) => bearer(await k.mint({ serviceUrl: 'http://127.0.0.1:1/' })),
  ],
  ['no serviceUrl claim', async (k) => bearer(await k.mint({ claims: { serviceurl: undefined } }))],
  [
    'a valid token for an activity of a channel the key is not endorsed for',
    (k) => Promise.resolve({ ...bearer(k.valid), activity: { channelId: 'webchat' } }),
  ],
  [
    'a valid token for an activity with another serviceUrl',
    (k) => Promise.resolve({ ...bearer(k.valid), activity: { serviceUrl: 'http://127.0.0.1:2/' } }),
  ],
];

/** Everything the bot logged (its pino logger) and everything written to the console meanwhile. */
function captureLogs(bot: TestBot): { text(): string; restore(): void } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const previous = bot.app.deps.logger;
  bot.app.deps.logger = pino({ level: 'trace' }, sink);
  const originals = { error: console.error, warn: console.warn, log: console.log };
  const record = (...args: unknown[]) =>
    void lines.push(args.map((a) => (a instanceof Error ? `${a.stack}` : String(a))).join(' '));
  console.error = record;
  console.warn = record;
  console.log = record;
  return {
    text: () => lines.join('\n'),
    restore: () => {
      Object.assign(console, originals);
      bot.app.deps.logger = previous;
    },
  };
}

describe('production mode: every authentication failure is a generic 401', () => {
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

  const kit = async (): Promise<Kit> => {
    const mint = (o: Partial<MintOptions> = {}) =>
      openId.mintToken({ appId: BOT.appId, serviceUrl: bot.connector.url, ...o });
    return { openId, mint, valid: await mint(), serviceUrl: bot.connector.url };
  };

  it(`has at least 30 forgeries in its table (${CASES.length})`, () => {
    expect(CASES.length).to.be.at.least(30);
  });

  it('a valid token still runs the turn (the table is not refusing everything)', async () => {
    const { valid } = await kit();
    const res = await bot.post(message('hjælp', bot.as({ aadObjectId: IDS.leader })), {
      authorization: `Bearer ${valid}`,
    });
    expect(res.status).to.equal(200);
    await bot.connector.waitFor(1);
  });

  it('every forgery gets 401 {"error":"unauthorized"}, no turn, and no token in any log', async () => {
    const k = await kit();
    const logs = captureLogs(bot);
    const results: string[] = [];
    const tokens: string[] = [];
    try {
      for (const [name, forge] of CASES) {
        const forgery = await forge(k);
        const activity = {
          ...message('hjælp', bot.as({ aadObjectId: IDS.leader })),
          ...forgery.activity,
        };
        const res = await bot.post(
          activity,
          forgery.authorization === null ? {} : { authorization: forgery.authorization },
        );
        const body = await res.text();
        results.push(`${res.status} ${body} ← ${name}`);
        const token = forgery.authorization?.split(' ').pop() ?? '';
        if (token.length > 20) tokens.push(token);
      }
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      logs.restore();
    }
    const wrong = results.filter((r) => !r.startsWith('401 {"error":"unauthorized"} ←'));
    expect(wrong, results.join('\n')).to.deep.equal([]);
    expect(bot.connector.received).to.have.length(0);
    const logged = logs.text();
    expect(logged.split('request refused: not authenticated').length - 1).to.equal(CASES.length);
    for (const token of tokens) {
      for (const piece of token.split('.').filter((s) => s.length > 20))
        expect(logged, 'a token segment in the logs').not.to.contain(piece);
    }
  });
});
