/**
 * Fan-out through two instances: N cards due now in PostgreSQL, two bot processes (child
 * processes running bench/fanout-instance.ts) on the same database, the fake connector counting
 * deliveries per card. When half the cards have arrived, the instance that is sending is killed
 * with SIGKILL (its connections, its sender lock and its claims die with it, nothing released), or
 * with --signal SIGTERM stopped the way an orchestrator stops it (the card in hand finished).
 * Reports total duration against the rate's floor (N / rate), lost, duplicates, and the time from
 * the kill to the next delivery (take-over). Never pass/fail on time.
 *
 *   npx tsx bench/outbox-fanout-2x.ts [--count 45000] [--rate 40] [--signal SIGKILL] [--out FILE]
 * PostgreSQL: TEST_DATABASE_URL, or a throwaway cluster from Debian's packages (test/helpers/postgres.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { emptyStore } from '../data/defaults.js';
import { openPgStore } from '../data/postgres/pg-store.js';
import { conversationRecord, item, START } from '../test/bot/proactive/outbox-harness.js';
import { startFakeConnector } from '../test/helpers/fake-connector.js';
import { freshDatabase } from '../test/helpers/postgres.js';

const args = parseArgs({
  options: {
    count: { type: 'string', default: '45000' },
    rate: { type: 'string', default: '40' },
    signal: { type: 'string', default: 'SIGKILL' },
    out: { type: 'string' },
  },
}).values;
const count = Number(args.count);
const rate = Number(args.rate);
const signal = args.signal === 'SIGTERM' ? 'SIGTERM' : 'SIGKILL';
const out =
  args.out ??
  path.join(
    import.meta.dirname,
    'results',
    `outbox-fanout-2x-${count}${signal === 'SIGTERM' ? '-sigterm' : ''}.json`,
  );

const note = (line: string) => void process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function perWindow(times: number[], from: number, windowMs: number): number[] {
  const counts: number[] = [];
  for (const t of times) {
    const k = Math.floor((t - from) / windowMs);
    while (counts.length <= k) counts.push(0);
    counts[k]!++;
  }
  return counts;
}

function longestGap(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let gap = 0;
  for (let i = 1; i < sorted.length; i++) gap = Math.max(gap, sorted[i]! - sorted[i - 1]!);
  return gap;
}

function startInstance(url: string, name: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'fanout-instance.ts')],
    {
      env: { ...process.env, DATABASE_URL: url, FANOUT_RATE: String(rate) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`instance ${name} exited (${code})`)));
    child.stdout?.once('data', () => resolve(child));
    child.stdout?.on('data', (d: Buffer) => void process.stderr.write(`${name}: ${d.toString()}`));
  });
}

async function main(): Promise<void> {
  const connector = await startFakeConnector();
  const database = await freshDatabase();
  const setupStarted = Date.now();
  const seed = () => {
    const d = emptyStore('2026-11-22T07:00:00.000Z');
    for (let i = 0; i < count; i++) d.conversationRefs.push(conversationRecord(i, connector.url));
    return d;
  };
  const { store } = await openPgStore(database.url, { seed, now: () => new Date().toISOString() });
  const outbox = store.createOutbox();
  await outbox.enqueue(Array.from({ length: count }, (_, n) => item(`card-${n}`, n, START)));
  const setupMs = Date.now() - setupStarted;
  note(`${count} cards enqueued in ${setupMs} ms`);

  const delivered = new Map<string, number>();
  const deliveredAt: number[] = [];
  let last = 0;
  connector.setResponder((r) => {
    const id = String(r.activity.text);
    delivered.set(id, (delivered.get(id) ?? 0) + 1);
    last = r.at;
    deliveredAt.push(r.at);
    connector.clear();
    return null;
  });
  const load = [loadavg()];
  const started = Date.now();
  const a = await startInstance(database.url, 'A');
  const b = await startInstance(database.url, 'B');
  note('two instances started');
  while (delivered.size < count / 2) await sleep(100);
  // The sender is whichever holds the lock; the one that started first took it.
  const killAt = Date.now();
  const deliveredAtKill = delivered.size;
  const aExited = new Promise<number>((resolve) => a.once('exit', () => resolve(Date.now())));
  a.kill(signal);
  note(`instance A sent ${signal} after ${deliveredAtKill} deliveries`);
  while (last < killAt) await sleep(10);
  const takeOverMs = last - killAt;
  const stoppedMs = (await aExited) - killAt;
  note(`instance A gone ${stoppedMs} ms after the signal`);
  load.push(loadavg());
  const deadline = Date.now() + Math.max(300_000, (count / rate) * 2_000);
  while ((await outbox.counts()).sent < count && Date.now() < deadline) await sleep(250);
  while (delivered.size < count && Date.now() < deadline) await sleep(100);
  const wallMs = Math.max(last, Date.now()) - started;
  load.push(loadavg());
  b.kill('SIGKILL');
  const counts = await outbox.counts();
  const duplicates = [...delivered.values()].reduce((s, n) => s + n - 1, 0);
  const floorMs = (count / rate) * 1_000;
  const result = {
    at: new Date().toISOString(),
    node: process.version,
    options: { count, rate, instances: 2, store: 'postgres', signal },
    rateNote:
      rate === 40
        ? 'the default Teams rate (40/s)'
        : `a configured rate of ${rate}/s instead of Teams' 40/s, so the run takes ${Math.round(floorMs / 60_000)} min, not ${Math.round(count / 40 / 60)}`,
    setupMs,
    wallMs: Date.now() - started,
    lastDeliveryMs: last - started,
    floorMs,
    wallOverFloor: Math.round(((last - started) / floorMs) * 1000) / 1000,
    killedAfterDeliveries: deliveredAtKill,
    takeOverMs,
    /** The longest pause between two deliveries after the signal: the take-over's real cost. */
    longestGapAfterSignalMs: longestGap(deliveredAt.filter((t) => t >= killAt - 1_000)),
    /** From the signal until the instance's process was gone. */
    stoppedMs,
    delivered: delivered.size,
    lost: count - delivered.size,
    duplicates,
    outbox: counts,
    /** Deliveries per 10 s from the start (the kill's dip and the take-over's pace). */
    per10s: perWindow(deliveredAt, started, 10_000),
    loadavg1mAtStartKillEnd: load.map((l) => Math.round((l[0] ?? 0) * 100) / 100),
    cores: (await import('node:os')).cpus().length,
  };
  void wallMs;
  await store.close();
  await connector.close();
  await database.drop();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(`${JSON.stringify(result, null, 2)}\nwritten to ${out}\n`);
  process.exit(0);
}

await main();
