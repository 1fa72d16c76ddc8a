/**
 * Turn latency: does the gate cost? In one run on one machine, a bare botbuilder echo bot
 * (bench/echo-bot.ts) against the real Nærvær app (createApp over a temporary store seeded with
 * the 1,500-employee demo municipality, local mode, Lone Kristensen as the leader) for two turns:
 * "hjælp" (help) and "hvordan ligger vi ift. måltal?" (absence vs target).
 *
 * Each bot runs in its own child process (its heap and event loop its own, as in production);
 * this process is the client and the fake Bot Connector, both on loopback. A turn is a real HTTP
 * POST to /api/messages; its latency runs from just before the POST until the reply has reached
 * the fake connector and the POST has been answered. Turns are interleaved (echo, help, target,
 * echo, …) so machine noise falls on all three alike. After the measured turns, a short block of
 * each turn alone counts the store writes (lowdb rewrites the whole file on each) and the bot
 * process's CPU time per turn. Results: bench/results/turns.json (never pass/fail on time).
 *
 *   npx tsx bench/turn-bench.ts [--warmup 50] [--turns 500] [--employees 1500]
 *   npx tsx bench/turn-bench.ts --kinds echo,target --prof-dir /tmp/prof
 *     and CPU profiles (100 µs sampling) of each bot process over the measured turns (the
 *     profiler slows the turns: take the figures from a run without it)
 * Options: --order interleaved|blocks, --out FILE, --commit SHA (for a tree exported from git).
 * Bot CPU per turn is the bot process's (its GC and compiler threads included): a rough figure.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector';
import { DateTime } from 'luxon';
import { createApp } from '../bot/app.js';
import { loadConfig } from '../bot/config.js';
import { DEMO_IDENTITIES } from '../bot/local-users.js';
import { createLogger } from '../bot/logger.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import { createLowdbRepositories } from '../data/lowdb-repositories.js';
import { openStore, type Store } from '../data/store.js';
import { ZONE, type Clock } from '../domain/clock.js';
import { message } from '../test/helpers/activities.js';
import { startFakeConnector } from '../test/helpers/fake-connector.js';
import { tempDir } from '../test/helpers/tmp.js';
import { startEchoBot } from './echo-bot.js';

const NOW = '2026-11-23T09:00:00';
const LEADER = { aadObjectId: DEMO_IDENTITIES.leader, name: 'Lone Kristensen' };
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const KINDS = {
  echo: { bot: 'echo', text: 'hvordan ligger vi ift. måltal?', answer: 'text' },
  help: { bot: 'naervaer', text: 'hjælp', answer: ADAPTIVE },
  target: { bot: 'naervaer', text: 'hvordan ligger vi ift. måltal?', answer: ADAPTIVE },
} as const;
type Kind = keyof typeof KINDS;
type BotKind = (typeof KINDS)[Kind]['bot'];

const args = parseArgs({
  options: {
    serve: { type: 'string' },
    warmup: { type: 'string', default: '50' },
    turns: { type: 'string', default: '500' },
    employees: { type: 'string', default: '1500' },
    kinds: { type: 'string', default: 'echo,help,target' },
    order: { type: 'string', default: 'interleaved' },
    'prof-dir': { type: 'string' },
    /** The commit measured, when the tree is not a git checkout (a `git archive` export). */
    commit: { type: 'string' },
    out: { type: 'string', default: path.join(import.meta.dirname, 'results', 'turns.json') },
  },
}).values;

// ---------------------------------------------------------------------------------------------
// The child: one bot, told what to do over IPC.

interface ChildStats {
  cpuMs: number;
  storeRevision: number | null;
  storeFileBytes: number | null;
  rssMb: number;
}

async function serve(kind: BotKind): Promise<void> {
  let store: Store | null = null;
  let close: () => Promise<void>;
  let url: string;
  let extra: Record<string, unknown> = {};
  if (kind === 'echo') {
    const echo = await startEchoBot();
    url = echo.url;
    close = () => echo.close();
  } else {
    const tmp = tempDir('naervaer-turn-bench-');
    const dataFile = tmp.file('naervaer.json');
    const config = loadConfig({
      PORT: '0',
      DATA_FILE: dataFile,
      LOG_LEVEL: 'silent',
      LOCAL_USER: 'leader',
      DEMO_EMPLOYEES: args.employees,
    });
    const now = DateTime.fromISO(NOW, { zone: ZONE });
    const clock: Clock = () => now;
    const seedStarted = performance.now();
    store = await openStore(dataFile, {
      seed: () =>
        generateDemo({
          employees: config.demoEmployees,
          years: 3,
          seed: 1,
          asOf: now.toISODate() ?? '',
        }),
    });
    const seedMs = Math.round(performance.now() - seedStarted);
    const repos = createLowdbRepositories(store, () => clock().toUTC().toISO() ?? '');
    const app = createApp({ config, clock, store, repos, logger: createLogger('silent') });
    url = (await app.listen()).url;
    close = async () => {
      await app.close();
      tmp.cleanup();
    };
    const data = store.read();
    extra = {
      seedMs,
      employees: config.demoEmployees,
      persons: data.persons.length,
      units: data.units.length,
      sickPeriods: data.sickPeriods.length,
      storeFileBytes: statSync(dataFile).size,
    };
  }
  const stats = (): ChildStats => {
    const cpu = process.cpuUsage();
    return {
      cpuMs: (cpu.user + cpu.system) / 1000,
      storeRevision: store?.revision() ?? null,
      storeFileBytes: store ? statSync(store.file).size : null,
      rssMb: Math.round(process.memoryUsage.rss() / 1e6),
    };
  };
  const profiler = new Session();
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) =>
      profiler.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    );
  process.on('message', (m: { type: string; id: number }) => {
    if (m.type === 'stats') process.send?.({ type: 'stats', id: m.id, stats: stats() });
    if (m.type === 'profile-start') {
      profiler.connect();
      void post('Profiler.enable')
        .then(() => post('Profiler.setSamplingInterval', { interval: 100 }))
        .then(() => post('Profiler.start'))
        .then(() => process.send?.({ type: 'profiling', id: m.id }));
    }
    if (m.type === 'profile-stop')
      void post('Profiler.stop').then((result) => {
        const file = path.join(args['prof-dir'] ?? '.', `${kind}.cpuprofile`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify((result as { profile: unknown }).profile));
        profiler.disconnect();
        process.send?.({ type: 'profiled', id: m.id, file });
      });
    if (m.type === 'stop')
      void close().then(() => {
        process.send?.({ type: 'stopped', id: m.id });
        process.exit(0);
      });
  });
  process.send?.({ type: 'ready', url, ...extra });
}

// ---------------------------------------------------------------------------------------------
// The parent: client and fake connector.

interface Child {
  proc: ChildProcess;
  url: string;
  info: Record<string, unknown>;
  ask(type: string): Promise<Record<string, unknown>>;
}

function spawnBot(kind: BotKind): Promise<Child> {
  const prof = args['prof-dir'] ? ['--prof-dir', path.resolve(args['prof-dir'])] : [];
  const proc = fork(
    import.meta.filename,
    ['--serve', kind, '--employees', args.employees, ...prof],
    {
      execArgv: ['--import', import.meta.resolve('tsx')],
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    },
  );
  let next = 0;
  const waiting = new Map<number, (m: Record<string, unknown>) => void>();
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`${kind} bot exited with ${code}`)));
    proc.on('message', (m: Record<string, unknown>) => {
      if (m.type === 'ready') {
        const { type: _type, url, ...info } = m;
        resolve({
          proc,
          url: String(url),
          info,
          ask: (type) =>
            new Promise((done) => {
              const id = ++next;
              waiting.set(id, done);
              proc.send({ type, id });
            }),
        });
        return;
      }
      const id = Number(m.id);
      waiting.get(id)?.(m);
      waiting.delete(id);
    });
  });
}

/** The commit measured, and whether the working tree differed from it (null outside git). */
function commit(): { commit: string; dirty: boolean | null } | null {
  if (args.commit) return { commit: args.commit, dirty: null };
  try {
    const git = (...a: string[]) =>
      execFileSync('git', a, { cwd: import.meta.dirname, encoding: 'utf8', stdio: 'pipe' }).trim();
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain') !== '' };
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  return {
    n: samples.length,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    mean: round(mean),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

interface Reply {
  at: number;
  activity: Record<string, unknown>;
}

/** What a reply is, for the record: its text, or the card's type and first words. */
function describe(activity: Record<string, unknown>): string {
  const attachments = activity.attachments as
    Array<{ contentType: string; content?: { body?: Array<{ text?: string }> } }> | undefined;
  const card = attachments?.[0];
  if (card) {
    const first = card.content?.body?.find((b) => typeof b.text === 'string')?.text ?? '';
    return `${card.contentType}: ${first.slice(0, 60)}`;
  }
  const text = typeof activity.text === 'string' ? activity.text : '';
  return `text: ${text.slice(0, 60)}`;
}

async function main(): Promise<void> {
  const warmup = Number(args.warmup);
  const turns = Number(args.turns);
  const kinds = args.kinds.split(',').map((k) => k.trim()) as Kind[];
  for (const k of kinds) if (!(k in KINDS)) throw new Error(`unknown kind ${k}`);
  const started = performance.now();
  const loadAtStart = os.loadavg()[0] ?? NaN;
  const connector = await startFakeConnector();
  let replies: Reply[] = [];
  connector.setResponder((r) => {
    replies.push({ at: performance.now(), activity: r.activity });
    return null;
  });
  const needed = new Set(kinds.map((k) => KINDS[k].bot));
  const bots = new Map<BotKind, Child>();
  for (const b of needed) bots.set(b, await spawnBot(b));
  const setupMs = Math.round(performance.now() - started);

  async function turn(kind: Kind): Promise<{ ms: number; replies: Reply[] }> {
    const bot = bots.get(KINDS[kind].bot)!;
    const activity = message(KINDS[kind].text, { from: LEADER, serviceUrl: connector.url });
    const body = JSON.stringify(activity);
    replies = [];
    const t0 = performance.now();
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    const answered = performance.now();
    connector.clear();
    const got = replies;
    if (!res.ok) throw new Error(`${kind}: POST answered ${res.status}`);
    if (got.length === 0) throw new Error(`${kind}: no reply reached the connector`);
    const first = describe(got[0]!.activity);
    if (!first.startsWith(`${KINDS[kind].answer}:`))
      throw new Error(`${kind}: the bot answered ${first}, expected ${KINDS[kind].answer}`);
    const last = Math.max(answered, ...got.map((r) => r.at));
    return { ms: last - t0, replies: got };
  }

  const sequence = (n: number): Kind[] =>
    args.order === 'blocks'
      ? kinds.flatMap((k) => Array.from({ length: n }, () => k))
      : Array.from({ length: n }, () => kinds).flat();

  // Warm-up, keeping what each kind of turn answers.
  const answers: Partial<Record<Kind, string[]>> = {};
  for (const k of sequence(warmup)) {
    const r = await turn(k);
    answers[k] ??= r.replies.map((x) => describe(x.activity));
  }
  const samples: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k, []]));
  if (args['prof-dir']) for (const c of bots.values()) await c.ask('profile-start');
  const measuredStarted = performance.now();
  for (const k of sequence(turns)) samples[k]!.push((await turn(k)).ms);
  const measuredMs = Math.round(performance.now() - measuredStarted);
  const profiles: string[] = [];
  if (args['prof-dir'])
    for (const c of bots.values()) profiles.push(String((await c.ask('profile-stop')).file));

  // Each kind alone: store writes and bot CPU per turn.
  const perTurn: Record<string, unknown> = {};
  const block = Math.min(100, turns);
  for (const k of kinds) {
    const bot = bots.get(KINDS[k].bot)!;
    const a = (await bot.ask('stats')).stats as ChildStats;
    for (let i = 0; i < block; i++) await turn(k);
    const b = (await bot.ask('stats')).stats as ChildStats;
    perTurn[k] = {
      turns: block,
      botCpuMs: round((b.cpuMs - a.cpuMs) / block),
      storeWrites:
        a.storeRevision === null ? null : round((b.storeRevision! - a.storeRevision) / block, 3),
      storeFileBytes: b.storeFileBytes,
      botRssMb: b.rssMb,
    };
  }

  for (const c of bots.values()) await c.ask('stop');
  await connector.close();

  const results = Object.fromEntries(kinds.map((k) => [k, summary(samples[k]!)]));
  const ratio = (k: Kind, p: 'p50' | 'p99' | 'mean') => {
    const a = results[k]?.[p];
    const e = results.echo?.[p];
    return a === undefined || e === undefined ? null : round(a / e);
  };
  const ratios = {
    helpOverEcho: { p50: ratio('help', 'p50'), p99: ratio('help', 'p99') },
    targetOverEcho: { p50: ratio('target', 'p50'), p99: ratio('target', 'p99') },
  };
  const cpus = os.cpus();
  const out = {
    at: new Date().toISOString(),
    node: process.version,
    git: commit(),
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    /** 1-minute load average at the start and the end: other work on the machine is noise. */
    loadAverage: [round(loadAtStart), round(os.loadavg()[0] ?? NaN)],
    options: { warmup, turns, order: args.order, kinds, employees: Number(args.employees) },
    turns: Object.fromEntries(kinds.map((k) => [k, KINDS[k].text])),
    naervaer: bots.get('naervaer')?.info ?? null,
    answers,
    latencyMs: results,
    ratios,
    goal: { ratioAtMost: 1.5, at: ['p50', 'p99'] },
    perTurn,
    setupMs,
    measuredMs,
    totalMs: Math.round(performance.now() - started),
    /** CPU profiles of the bot processes over the measured turns (--prof-dir). */
    profiles,
  };
  mkdirSync(path.dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\nwritten to ${args.out}\n`);
}

if (args.serve === 'echo' || args.serve === 'naervaer') await serve(args.serve);
else await main();
