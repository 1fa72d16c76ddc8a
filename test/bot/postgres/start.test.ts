/**
 * `DATABASE_URL=… npm start` (bot/index.ts as a process): it runs the product on PostgreSQL — demo
 * data seeded once, `/healthz` saying so — and refuses with a clear message and a non-zero exit a
 * database that does not answer or whose schema is newer than the code.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { freshDatabase, type TestDatabase } from '../../helpers/postgres.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function startBot(databaseUrl: string): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const env: NodeJS.ProcessEnv = {
    PORT: '0',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'info',
    DEMO_EMPLOYEES: '60',
  };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG'])
    if (process.env[key]) env[key] = process.env[key];
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    }),
  );
  return { child, output: () => output, exited };
}

async function waitForUrl(bot: ReturnType<typeof startBot>): Promise<string> {
  for (let i = 0; i < 900; i++) {
    const match = /running on (http:\/\/[^/\s]+)\/api\/messages/.exec(bot.output());
    if (match?.[1]) return match[1];
    if (bot.child.exitCode !== null) throw new Error(`the bot stopped:\n${bot.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the bot did not start:\n${bot.output()}`);
}

describe('npm start with DATABASE_URL', function () {
  this.timeout(120_000);
  let database: TestDatabase;
  beforeEach(async () => (database = await freshDatabase()));
  afterEach(async () => database.drop());

  it('when the database is empty, then the demo is seeded into it and /healthz reports postgres', async () => {
    const bot = startBot(database.url);
    try {
      const url = await waitForUrl(bot);
      const health = (await (await fetch(`${url}/healthz`)).json()) as Record<string, unknown>;
      expect(health).to.include({ status: 'ok', store: 'postgres', origin: 'demo' });
    } finally {
      bot.child.kill('SIGTERM');
      expect(await bot.exited).to.equal(0);
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM persons');
    await client.end();
    expect(rows[0]?.n).to.be.greaterThan(0);
  });

  it('when the database does not answer, then it exits 3 saying it could not connect', async () => {
    const bot = startBot('postgres://nobody:secret@127.0.0.1:1/none');
    expect(await bot.exited).to.equal(3);
    expect(bot.output()).to.match(
      /Could not connect to PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/,
    );
    expect(bot.output()).to.not.contain('secret');
  });

  it('when the database has a newer schema than the code, then it exits 3 and changes nothing', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      'CREATE TABLE pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)',
    );
    await client.query(
      "INSERT INTO pgmigrations (name, run_on) VALUES ('9999999999999_future', now())",
    );
    const bot = startBot(database.url);
    expect(await bot.exited).to.equal(3);
    expect(bot.output()).to.match(/schema is newer than this version of Nærvær/);
    const { rows } = await client.query("SELECT to_regclass('public.persons') AS t");
    await client.end();
    expect(rows[0]?.t, 'no table was created').to.equal(null);
  });
});
