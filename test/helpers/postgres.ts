/**
 * A fresh PostgreSQL database for a test. With TEST_DATABASE_URL set, databases are created on
 * that server; otherwise one throwaway cluster is started from Debian's packages
 * (/usr/lib/postgresql/<version>/bin) in a temporary directory on a free loopback port, as the
 * `postgres` user when running as root (initdb refuses root), and stopped when the process exits.
 * Without either, the test fails with a message saying how to install PostgreSQL — never skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const INSTALL_HINT =
  'PostgreSQL is needed for these tests. Install it from Debian packages ' +
  '(`sudo apt-get install -y postgresql`) or set TEST_DATABASE_URL to a server where the user may ' +
  'CREATE DATABASE (e.g. postgres://postgres@127.0.0.1:5432/postgres).';

export interface TestDatabase {
  url: string;
  /** Drops the database (closing any connection still open to it). */
  drop(): Promise<void>;
}

interface Cluster {
  adminUrl: string;
  stop(): void;
}

let cluster: Promise<Cluster> | null = null;
let counter = 0;

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error(INSTALL_HINT);
  return path.join(root, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresUser(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function run(bin: string, args: string[], user: { uid: number; gid: number } | null): void {
  const result = spawnSync(bin, args, {
    encoding: 'utf8',
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  if (result.status !== 0)
    throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.error?.message}`);
}

async function startCluster(): Promise<Cluster> {
  const bin = binDir();
  const user = postgresUser();
  const dir = mkdtempSync(path.join(tmpdir(), 'naervaer-pg-'));
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  const stop = () => {
    spawnSync(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], {
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(
      path.join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8'],
      user,
    );
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=32MB -c max_connections=200`;
    run(
      path.join(bin, 'pg_ctl'),
      ['-D', data, '-o', options, '-w', '-l', `${dir}/log`, 'start'],
      user,
    );
  } catch (err) {
    stop();
    throw err;
  }
  process.once('exit', stop);
  return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

function adminUrl(): Promise<string> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return Promise.resolve(given);
  cluster ??= startCluster();
  return cluster.then((c) => c.adminUrl);
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: await adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database; its URL and a drop. */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = `naervaer_test_${process.pid}_${++counter}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(await adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin(async (c) => {
        // A closed pool's last connections may still be ending on the server: let them go first.
        for (let i = 0; i < 50; i++) {
          const { rows } = await c.query('SELECT 1 FROM pg_stat_activity WHERE datname = $1', [
            name,
          ]);
          if (rows.length === 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}
