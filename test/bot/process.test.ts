/**
 * The bot as `npm start` runs it: bot/index.ts in its own Node process, over real HTTP. It seeds the
 * demo on a first local start, answers, holds its store against a second process, refuses a corrupt
 * file or an incomplete production configuration with a clear line, and stops cleanly on SIGTERM.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { message } from '../helpers/activities.js';
import { IDS } from '../helpers/fixture-org.js';
import { tempDir } from '../helpers/tmp.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** The environment of a newcomer's shell: none of the bot's variables set but those given. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG'])
    if (process.env[key]) env[key] = process.env[key];
  return { ...env, LOG_LEVEL: 'info', ...extra };
}

function startBot(extra: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
    cwd: ROOT,
    env: cleanEnv(extra),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (b: Buffer) => (text += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (text += b.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => text, exited };
}

async function listening(run: Run, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const match = /running on (http:\/\/127\.0\.0\.1:\d+)\/api\/messages/.exec(run.output());
    if (match?.[1]) return match[1];
    if (run.child.exitCode !== null) throw new Error(`the bot exited:\n${run.output()}`);
    if (Date.now() > until) throw new Error(`the bot did not start:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function printed(run: Run, text: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (Date.now() > until) throw new Error(`the bot did not print "${text}":\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function exitCode(run: Run, timeoutMs = 30_000): Promise<number | null> {
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs).unref());
  const code = await Promise.race([run.exited, timer]);
  if (code === 'timeout') {
    run.child.kill('SIGKILL');
    throw new Error(`the bot did not exit:\n${run.output()}`);
  }
  return code;
}

describe('the bot as its own process (npm start)', function () {
  this.timeout(90_000);
  let tmp: ReturnType<typeof tempDir>;
  const running: Run[] = [];
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => {
    for (const run of running.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
    tmp.cleanup();
  });

  it('when started locally on a new file, then it seeds the demo, answers over HTTP, keeps a second process out, and stops on SIGTERM', async () => {
    const dataFile = tmp.file('naervaer.json');
    const env = { PORT: '0', DATA_FILE: dataFile, DEMO_EMPLOYEES: '200' };
    const bot = startBot(env);
    running.push(bot);
    const url = await listening(bot);
    await printed(bot, 'npm run playground');
    await printed(bot, 'authentication is OFF');
    // A person reads this terminal: short lines, not JSON, and not restify's DEP0111 warning.
    expect(bot.output()).to.match(/^\d\d:\d\d:\d\d WARN {2}LOCAL MODE: BOT_ID is empty/m);
    expect(bot.output()).to.not.match(/^\{"level"/m);
    expect(bot.output()).to.not.contain('DeprecationWarning');

    const health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).to.include({ status: 'ok', mode: 'local', store: 'lowdb', origin: 'demo' });
    const stored = JSON.parse(readFileSync(dataFile, 'utf8')) as { persons: unknown[] };
    expect(stored.persons.length, 'the demo municipality is in the file').to.be.greaterThan(4);

    const activity = {
      ...message('hjælp', { from: { aadObjectId: IDS.leader }, serviceUrl: 'http://127.0.0.1:9/' }),
      deliveryMode: 'expectReplies',
    };
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(res.status).to.equal(200);
    const help = JSON.stringify(await res.json());
    expect(help).to.contain('Det kan jeg hjælpe dig med');
    expect(help, 'Lone leads Hjemmeplejen Nord in the demo').to.contain('Hjemmeplejen Nord');

    const second = startBot({ ...env, PORT: '0' });
    running.push(second);
    expect(await exitCode(second), second.output()).to.not.equal(0);
    expect(second.output()).to.match(/another process|lock/i);

    bot.child.kill('SIGTERM');
    expect(await exitCode(bot)).to.equal(0);
  });

  it('when CLOCK_NOW and LOCAL_USER=chief are set, then an unknown (Playground) user acts as the sector chief on that day', async () => {
    const bot = startBot({
      PORT: '0',
      DATA_FILE: tmp.file('naervaer.json'),
      DEMO_EMPLOYEES: '200',
      CLOCK_NOW: '2026-03-02T09:00:00+01:00',
      LOCAL_USER: 'chief',
    });
    running.push(bot);
    const url = await listening(bot);
    await printed(bot, 'Clock set by CLOCK_NOW');
    const playgroundUser = { aadObjectId: '5f0a1c1e-0000-4000-8000-00000000beef', name: 'User' };
    const activity = {
      ...message('hvordan ligger vi ift. måltal?', {
        from: playgroundUser,
        serviceUrl: 'http://127.0.0.1:9/',
      }),
      deliveryMode: 'expectReplies',
    };
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const reply = JSON.stringify(await res.json());
    expect(reply, 'the chief sees the sector').to.contain('Ældre og Sundhed');
    // The rolling window ends on the travelled-to day (or the month before it), not on today.
    expect(reply, 'the window ends at the travelled-to day').to.match(
      / – (28\. feb|2\. mar) 2026"/,
    );
    bot.child.kill('SIGTERM');
    expect(await exitCode(bot)).to.equal(0);
  });

  it('when the data file is corrupt, then it refuses to start with a clear line and leaves the file as it was', async () => {
    const dataFile = tmp.file('naervaer.json');
    const corrupt = '{"schemaVersion":1, "persons": [';
    writeFileSync(dataFile, corrupt);
    const bot = startBot({ PORT: '0', DATA_FILE: dataFile });
    running.push(bot);
    expect(await exitCode(bot)).to.equal(3);
    expect(bot.output()).to.contain('is not valid JSON');
    expect(bot.output()).to.contain('Refusing to start');
    expect(readFileSync(dataFile, 'utf8')).to.equal(corrupt);
  });

  it('when BOT_ID is set without a credential or a tenant allow-list, then it refuses to start and names both', async () => {
    const bot = startBot({ PORT: '0', DATA_FILE: tmp.file('p.json'), BOT_ID: 'app-id' });
    running.push(bot);
    expect(await exitCode(bot)).to.equal(2);
    expect(bot.output()).to.contain('BOT_PASSWORD is required');
    expect(bot.output()).to.contain('ALLOWED_TENANT_IDS is required');
  });
});
