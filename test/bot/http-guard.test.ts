/**
 * Local mode has no authentication, so POST /api/messages admits only what this machine's own
 * tools send: JSON, not marked cross-site by a browser, answered to a loopback connector. And in
 * every mode an activity's identifiers have length limits.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { message } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';
import { isLoopbackUrl } from '../../bot/http-guard.js';

/** Counts the turns the bot runs instead of running them (nothing is sent anywhere). */
function countTurns(bot: TestBot): { count(): number } {
  let turns = 0;
  bot.app.bot.run = () => {
    turns += 1;
    return Promise.resolve();
  };
  return { count: () => turns };
}

const post = (bot: TestBot, body: string, headers: Record<string, string>) =>
  fetch(`${bot.url}/api/messages`, { method: 'POST', headers, body });

describe('isLoopbackUrl', () => {
  const cases: Array<[string, boolean]> = [
    ['http://localhost:56150/_connector', true],
    ['https://localhost/', true],
    ['http://127.0.0.1:3978/', true],
    ['http://127.10.20.30/', true],
    ['http://[::1]:8080/x', true],
    ['http://127.1/', true],
    ['https://evil.example/', false],
    ['http://127.0.0.1.evil.example/', false],
    ['http://localhost.evil.example/', false],
    ['http://10.0.0.1/', false],
    ['http://[::2]/', false],
    ['ftp://localhost/', false],
    ['file:///etc/passwd', false],
    ['null', false],
    ['', false],
  ];
  for (const [url, expected] of cases)
    it(`${JSON.stringify(url)} → ${expected}`, () => expect(isLoopbackUrl(url)).to.equal(expected));
});

describe('local mode: only this machine may post a turn', () => {
  let bot: TestBot;
  let turns: { count(): number };
  beforeEach(async () => {
    bot = await startTestBot();
    turns = countTurns(bot);
  });
  afterEach(async () => bot.close());

  const activity = () => message('hjælp', bot.as({ aadObjectId: IDS.leader }));

  it('when a web page posts an HTML form, then it gets 415 and no turn runs', async () => {
    const a = activity();
    const form = new URLSearchParams({
      type: 'message',
      text: 'hjælp',
      channelId: 'msteams',
      serviceUrl: a.serviceUrl as string,
      'conversation[id]': 'a:conv-form',
      'from[id]': '29:form',
    });
    const res = await post(bot, form.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(res.status).to.equal(415);
    expect(await res.json()).to.deep.equal({ error: 'content type must be application/json' });
    expect(turns.count()).to.equal(0);
  });

  for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/jsonp', ''])
    it(`when the content type is "${type}", then it gets 415 and no turn runs`, async () => {
      const res = await post(bot, JSON.stringify(activity()), type ? { 'content-type': type } : {});
      expect(res.status).to.equal(415);
      expect(turns.count()).to.equal(0);
    });

  const browserMarks: Array<[string, Record<string, string>]> = [
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    ['Origin: https://evil.example', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['Origin: http://127.0.0.1.evil.example', { origin: 'http://127.0.0.1.evil.example' }],
  ];
  for (const [name, headers] of browserMarks)
    it(`when the request carries ${name}, then it gets 403 and no turn runs`, async () => {
      const res = await bot.post(activity(), headers);
      expect(res.status).to.equal(403);
      expect(await res.json()).to.deep.equal({ error: 'cross-site request refused' });
      expect(turns.count()).to.equal(0);
    });

  for (const serviceUrl of ['https://evil.example/', 'http://10.0.0.1:3978/', 'http://[::2]/'])
    it(`when the serviceUrl is ${serviceUrl}, then it gets 403 and no turn runs`, async () => {
      const res = await bot.post({ ...activity(), serviceUrl });
      expect(res.status).to.equal(403);
      expect(turns.count()).to.equal(0);
    });

  it('when the Agents Playground posts (its server: JSON, no Origin, no Sec-Fetch-*), then the turn runs', async () => {
    const res = await post(bot, JSON.stringify(activity()), {
      'content-type': 'application/json',
      accept: 'application/json, text/plain, */*',
      'x-ms-agents-playground': 'true',
      'user-agent': 'axios/1.12.2',
    });
    expect(res.status).to.equal(200);
    expect(turns.count()).to.equal(1);
  });

  const allowed: Array<[string, Record<string, string>]> = [
    ['a loopback Origin', { origin: 'http://localhost:56150' }],
    ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }],
    ['Sec-Fetch-Site: none', { 'sec-fetch-site': 'none' }],
    ['application/json; charset=utf-8', { 'content-type': 'application/json; charset=utf-8' }],
  ];
  for (const [name, headers] of allowed)
    it(`when the request carries ${name}, then the turn runs`, async () => {
      const res = await bot.post(activity(), headers);
      expect(res.status).to.equal(200);
      expect(turns.count()).to.equal(1);
    });

  it('when the serviceUrl is localhost (as the Playground sends it), then the turn runs', async () => {
    const res = await bot.post({ ...activity(), serviceUrl: 'http://localhost:56150/_connector' });
    expect(res.status).to.equal(200);
    expect(turns.count()).to.equal(1);
  });
});

describe('identifier length limits', () => {
  let bot: TestBot;
  before(async () => (bot = await startTestBot()));
  after(async () => bot.close());

  type Activity = Record<string, unknown>;
  const base = (): Activity =>
    message('hjælp', bot.as({ aadObjectId: 'ffffffff-0000-4000-8000-000000000000' }));
  const long = (n: number) => 'x'.repeat(n);
  const padUrl = (n: number) => {
    const url = bot.connector.url;
    return `${url}${'p'.repeat(n - url.length - 1)}/`;
  };
  const field = (a: Activity, path: string, value: string): Activity => {
    const [outer, inner] = path.split('.');
    if (!outer) return a;
    if (!inner) return { ...a, [outer]: value };
    return { ...a, [outer]: { ...(a[outer] as Activity), [inner]: value } };
  };
  const LIMITS: Array<[path: string, max: number]> = [
    ['conversation.id', 512],
    ['from.id', 512],
    ['from.aadObjectId', 512],
    ['recipient.id', 512],
    ['channelId', 512],
    ['id', 512],
    ['replyToId', 512],
    ['locale', 20],
  ];

  for (const [path, max] of [...LIMITS, ['serviceUrl', 2048] as const])
    it(`when ${path} is ${max + 1} characters, then it gets 400 and no turn runs`, async () => {
      bot.connector.clear();
      const value = path === 'serviceUrl' ? padUrl(max + 1) : long(max + 1);
      const res = await bot.post(field(base(), path, value));
      expect(res.status).to.equal(400);
      await new Promise((r) => setTimeout(r, 30));
      expect(bot.connector.received).to.have.length(0);
    });

  it('when every identifier is exactly at its limit, then the turn runs and answers', async () => {
    bot.connector.clear();
    let a = field(base(), 'serviceUrl', padUrl(2048));
    for (const [path, max] of LIMITS) {
      if (path === 'channelId' || path === 'locale') continue;
      a = field(a, path, long(max));
    }
    a = field(a, 'locale', `da-DK-x-${long(12)}`);
    const res = await bot.post(a);
    expect(res.status).to.equal(200);
    const [received] = await bot.connector.waitFor(1);
    expect(received?.conversationId).to.equal(long(512));
  });
});
