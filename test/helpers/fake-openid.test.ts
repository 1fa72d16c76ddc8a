import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import {
  EMULATOR_ISSUER,
  startFakeOpenId,
  type FakeOpenId,
  type MintOptions,
} from './fake-openid.js';
import { authSettingsFor, fixedTokenCredentialsFactory } from './bot-auth-settings.js';

const BOT = {
  appId: '11111111-2222-4333-8444-555555555555',
  password: 'not-a-real-secret',
  tenantId: '99999999-8888-4777-8666-555555555555',
};
const OTHER_APP_ID = '00000000-0000-4000-8000-00000000000f';

interface Harness {
  url: string;
  turns: string[];
  close(): Promise<void>;
}

/** restify + CloudAdapter + ActivityHandler, authenticated against `openId`. */
async function startBot(
  openId: FakeOpenId,
  factory?: ConfigurationServiceClientCredentialFactory,
): Promise<Harness> {
  const auth = new ConfigurationBotFrameworkAuthentication(authSettingsFor(openId, BOT), factory);
  const adapter = new CloudAdapter(auth);
  const turns: string[] = [];
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    turns.push(context.activity.text);
    if (context.activity.text === 'ping') await context.sendActivity('pong');
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    turns,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

/** Records what the bot sends to the Bot Connector. */
async function startConnector(): Promise<{ serviceUrl: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"reply-1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { serviceUrl: `http://127.0.0.1:${port}/`, seen, server };
}

function activity(serviceUrl: string, extra: object = {}): object {
  return {
    type: 'message',
    id: 'msg-1',
    text: 'hello',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:user', aadObjectId: '00000000-0000-4000-8000-000000000001' },
    recipient: { id: `28:${BOT.appId}` },
    conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId: BOT.tenantId },
    ...extra,
  };
}

/** POSTs with the SDK's console.error noise (stack traces, key PEMs) silenced. */
async function post(url: string, body: object, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const original = console.error;
  console.error = () => undefined;
  try {
    return await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  } finally {
    console.error = original;
  }
}

describe('startFakeOpenId with CloudAdapter and ConfigurationBotFrameworkAuthentication', () => {
  let openId: FakeOpenId;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let harness: Harness;
  let valid: MintOptions;

  before(async () => {
    openId = await startFakeOpenId();
    connector = await startConnector();
    harness = await startBot(openId);
    valid = { appId: BOT.appId, serviceUrl: connector.serviceUrl };
  });
  after(async () => {
    await harness.close();
    connector.server.close();
    await openId.close();
  });
  beforeEach(() => {
    harness.turns.length = 0;
    connector.seen.length = 0;
  });

  it('when the token is valid, then the answer is 200 and the turn runs', async () => {
    const res = await post(
      harness.url,
      activity(connector.serviceUrl),
      await openId.mintToken(valid),
    );
    expect(res.status).to.equal(200);
    expect(harness.turns).to.deep.equal(['hello']);
    expect(openId.metadataFetches()).to.be.greaterThan(0);
  });

  it('when a valid token asks for expectReplies, then the reply comes back in the body and nothing goes out', async () => {
    const body = activity(connector.serviceUrl, { text: 'ping', deliveryMode: 'expectReplies' });
    const res = await post(harness.url, body, await openId.mintToken(valid));
    expect(res.status).to.equal(200);
    const json = (await res.json()) as { activities: { text: string }[] };
    expect(json.activities.map((a) => a.text)).to.deep.equal(['pong']);
    expect(connector.seen).to.deep.equal([]);
  });

  it('when the token expired one minute ago, then the 5-minute clock skew still accepts it', async () => {
    const token = await openId.mintToken({ ...valid, expiresInSec: -60 });
    const res = await post(harness.url, activity(connector.serviceUrl), token);
    expect(res.status).to.equal(200);
    expect(harness.turns).to.have.length(1);
  });

  const mint = (o: Partial<MintOptions>) => () => openId.mintToken({ ...valid, ...o });
  const unsigned = (o: Partial<MintOptions>) => () =>
    Promise.resolve(openId.mintUnsignedToken({ ...valid, ...o }));
  const rejected: [string, number, () => Promise<string | undefined>][] = [
    ['the Authorization header is missing', 401, () => Promise.resolve(undefined)],
    ['the token is unsigned (alg none, no kid)', 401, unsigned({ kid: 'none' })],
    ['the token is unsigned (alg none, the served kid)', 500, unsigned({})],
    ['the token expired ten minutes ago', 401, mint({ expiresInSec: -600 })],
    ['the audience is another app', 401, mint({ audience: OTHER_APP_ID })],
    ['the issuer is foreign', 401, mint({ issuer: 'https://evil.example.com' })],
    [
      'the issuer is the emulator’s (whose metadata has no keys)',
      401,
      mint({ issuer: EMULATOR_ISSUER }),
    ],
    [
      'the serviceurl claim differs from the activity',
      401,
      mint({ serviceUrl: 'https://x.example/' }),
    ],
    ['the kid is unknown', 401, mint({ kid: 'unknown-kid' })],
    ['a foreign key signed it under the served kid', 500, mint({ signWithForeignKey: true })],
    ['it is HS256 keyed with the public key (alg confusion)', 500, mint({ alg: 'HS256' })],
  ];
  for (const [when, status, token] of rejected) {
    it(`when ${when}, then the answer is ${status} and no turn runs`, async () => {
      const res = await post(harness.url, activity(connector.serviceUrl), await token());
      expect(res.status).to.equal(status);
      expect(harness.turns).to.deep.equal([]);
      expect(connector.seen).to.deep.equal([]);
    });
  }

  it('when the activity comes from a channel the key is not endorsed for, then 401 and no turn', async () => {
    const body = activity(connector.serviceUrl, { channelId: 'webchat' });
    const res = await post(harness.url, body, await openId.mintToken(valid));
    expect(res.status).to.equal(401);
    expect(harness.turns).to.deep.equal([]);
  });
});

describe('fixedTokenCredentialsFactory', () => {
  it('when the bot replies, then the connector gets the reply with the fixed outbound token', async () => {
    const openId = await startFakeOpenId();
    const connector = await startConnector();
    const harness = await startBot(openId, fixedTokenCredentialsFactory(BOT, 'outbound-123'));
    try {
      const token = await openId.mintToken({ appId: BOT.appId, serviceUrl: connector.serviceUrl });
      const res = await post(harness.url, activity(connector.serviceUrl, { text: 'ping' }), token);
      expect(res.status).to.equal(200);
      expect(connector.seen).to.deep.equal([
        'POST /v3/conversations/a%3Aconv-1/activities/msg-1 Bearer outbound-123',
      ]);
    } finally {
      await harness.close();
      connector.server.close();
      await openId.close();
    }
  });
});
