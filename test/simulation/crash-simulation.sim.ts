/**
 * Reliability goal R1 (no missed follow-ups under restart): 90 simulated days of random sick periods over a demo municipality,
 * the process "killed" at random points ≥ 200 times and restarted from the lowdb file alone.
 * A kill is simulated in-process: from a random store write on, every read and write fails
 * (nothing more reaches the file), the process's objects are dropped, and a fresh app is built
 * from the file — as after kill -9. Kills fall anywhere, including between "sent" (the fake
 * connector has the card) and "marked sent". Every due card must arrive (0 missed); a duplicate
 * may appear only for a card whose send completed but whose "sent" mark was lost (counted).
 */
import { expect } from 'chai';
import { appendFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import { loadConfig } from '../../bot/config.js';
import { createApp, type App } from '../../bot/app.js';
import { pino } from 'pino';
import { renderers } from '../../bot/proactive/delivery.js';
import { TEAMS_PER_CONVERSATION } from '../../bot/proactive/rate-limiter.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import { openStore, type Store } from '../../data/store.js';
import { generateDemo } from '../../data/demo/generate-demo.js';
import type { StoreData } from '../../data/schema.js';
import { addDays } from '../../domain/calendar.js';
import { ZONE, type Clock } from '../../domain/clock.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { tempDir } from '../helpers/tmp.js';

class Killed extends Error {}
/** What an update queued behind the kill returns: it did nothing. */
const DEAD = Symbol('dead');

const T0 = Date.now();
/** SIM_DEBUG=1: a timestamped trace of days, kills and restarts. */
function debug(line: string): void {
  if (process.env.SIM_DEBUG)
    process.stdout.write(`${String(Date.now() - T0).padStart(7)} ${line}\n`);
}

/**
 * The process's fate: it dies at a random durable write, a store write or a journal append. After
 * `budget` durable writes it is armed, and the next one that would change something is the kill:
 * that write does not happen, and from then on nothing reaches the disk.
 */
class Mortality {
  dead = false;
  constructor(private budget: number) {}
  /** A journal append: counts toward the budget, and is the kill once armed. */
  append(): void {
    if (this.dead) throw new Killed('killed');
    if (--this.budget <= 0) this.die('outbox-journal');
  }
  armed(): boolean {
    return --this.budget <= 0;
  }
  die(what: string): never {
    debug(`  killed at a write to ${what}`);
    this.dead = true;
    throw new Killed('killed');
  }
}

/** A store that dies with its process: once dead, no read or write succeeds. */
class MortalStore implements Store {
  constructor(
    private readonly inner: Store,
    private readonly fate: Mortality,
  ) {}
  get dead(): boolean {
    return this.fate.dead;
  }
  get file(): string {
    return this.inner.file;
  }
  readonly kind = 'lowdb' as const;
  read() {
    if (this.fate.dead) throw new Killed('killed');
    return this.inner.read();
  }
  revision() {
    return this.inner.revision();
  }
  /**
   * Once armed, the first update that changes the document is the kill (a kill at a no-op write
   * leaves the file as a kill just after it would). The kill throws inside the update, so the
   * store rolls that change back. Updates queued behind it do nothing and fail to their callers;
   * they return a marker rather than throw inside the store, so the store does not reload the
   * file once for each of them. Updates of the batch that ran before the kill reach the file,
   * as if the process had died just after writing them.
   */
  update<T>(fn: (d: StoreData) => T): Promise<T> {
    if (this.fate.dead) return Promise.reject(new Killed('killed'));
    const armed = this.fate.armed();
    return this.inner
      .update((d): T | typeof DEAD => {
        if (this.fate.dead) return DEAD;
        if (!armed) return fn(d);
        const before = JSON.stringify(d);
        const result = fn(d);
        if (JSON.stringify(d) !== before) {
          const old = JSON.parse(before) as Record<string, unknown>;
          const changed = Object.keys(d).filter(
            (k) => JSON.stringify(old[k]) !== JSON.stringify((d as Record<string, unknown>)[k]),
          );
          this.fate.die(changed.join(','));
        }
        return result;
      })
      .then((result) => {
        if (result === DEAD) throw new Killed('killed');
        return result;
      });
  }
  close() {
    return this.inner.close();
  }
}

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = '2026-01-05';
const DAYS = Number(process.env.SIM_DAYS ?? 90);

interface Plan {
  sick: Map<string, Array<{ id: string; personKey: string; start: string }>>;
  fit: Map<string, Array<{ id: string; lastSickDay: string }>>;
}

/** Random sick periods: about 3 new a working day, 1–40 days long, over the demo's employees. */
function simulationPlan(seed: StoreData, rnd: () => number): Plan {
  const persons = [
    ...new Set(seed.employments.filter((e) => e.validTo === null).map((e) => e.personKey)),
  ];
  const busyUntil = new Map<string, string>();
  const plan: Plan = { sick: new Map(), fit: new Map() };
  for (let i = 0; i < DAYS; i++) {
    const day = addDays(START, i);
    const count = Math.floor(rnd() * 6);
    for (let k = 0; k < count; k++) {
      const personKey = persons[Math.floor(rnd() * persons.length)]!;
      if ((busyUntil.get(personKey) ?? '') >= day) continue;
      const id = `sim-${day}-${k}`;
      const length = 1 + Math.floor(rnd() * rnd() * 40);
      const lastSickDay = addDays(day, length - 1);
      busyUntil.set(personKey, addDays(lastSickDay, 1));
      plan.sick.set(day, [...(plan.sick.get(day) ?? []), { id, personKey, start: day }]);
      const fitDay = addDays(lastSickDay, 1);
      plan.fit.set(fitDay, [...(plan.fit.get(fitDay) ?? []), { id, lastSickDay }]);
    }
  }
  return plan;
}

function seedData(connector: FakeConnector): StoreData {
  const d = generateDemo({ employees: 120, years: 1, seed: 11, asOf: addDays(START, -1) });
  d.sickPeriods = d.sickPeriods.map((p) => ({ ...p, end: p.end ?? addDays(START, -2) }));
  d.conversationRefs = d.persons.map((p) => ({
    conversationId: `a:${p.aadObjectId}`,
    scope: 'personal' as const,
    aadObjectId: p.aadObjectId,
    tenantId: 't',
    locale: 'da' as const,
    reference: {
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: `a:${p.aadObjectId}`, conversationType: 'personal' },
      bot: { id: '28:bot', name: 'Nærvær' },
      user: { id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId },
    },
    updatedAt: `${START}T00:00:00.000Z`,
  }));
  return d;
}

interface Life {
  app: App;
  store: MortalStore;
}

/** The bot's warnings about items it sends again after a restart: outbox id → how often. */
type ResentLog = Map<string, number>;

function capturingLogger(resent: ResentLog) {
  return pino(
    { level: 'warn' },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { msg?: string; outboxId?: string };
        if (entry.outboxId && entry.msg?.includes('being sent when the bot stopped'))
          resent.set(entry.outboxId, (resent.get(entry.outboxId) ?? 0) + 1);
      },
    },
  );
}

async function boot(
  file: string,
  seed: StoreData,
  clock: Clock,
  budget: number,
  resent: ResentLog,
): Promise<Life> {
  const inner = await openStore(file, { seed: () => structuredClone(seed) });
  const fate = new Mortality(budget);
  const store = new MortalStore(inner, fate);
  const repos = createLowdbRepositories(store, () => clock().toUTC().toISO() ?? '');
  const config = loadConfig({ PORT: '0', DATA_FILE: file, LOG_LEVEL: 'silent' });
  const deps = { config, clock, store, repos, logger: capturingLogger(resent) };
  const app = createApp(deps, {
    // The outbox journal as in production; its appends can be the kill too.
    outbox: {
      appendJournal: async (f, text) => {
        fate.append();
        await appendFile(f, text);
      },
    },
    sendLimits: {
      tenantPerSecond: 10_000,
      perConversation: TEAMS_PER_CONVERSATION.map((w) => ({ ...w, limit: 1_000_000 })),
      marginMs: 0,
    },
  });
  // Tag each activity with its outbox id, so the connector can count deliveries per item.
  for (const [kind, render] of Object.entries(renderers(deps))) {
    app.sender.register(kind, async (item, ctx) => {
      // A dead process sends nothing more.
      if (fate.dead) throw new Killed('killed');
      const r = await render(item, ctx);
      return 'activity' in r ? { activity: { ...r.activity, channelData: { simId: item.id } } } : r;
    });
  }
  return { app, store };
}

async function runDay(
  life: Life,
  day: string,
  plan: Plan,
  setClock: (iso: string) => void,
): Promise<void> {
  setClock(`${day}T07:00:00`);
  const { repos } = life.app.deps;
  for (const f of plan.fit.get(day) ?? [])
    await repos.absence.registerFit(f.id, f.lastSickDay, day);
  for (const s of plan.sick.get(day) ?? []) {
    const at = `${day}T06:00:00.000Z`;
    await repos.absence.recordSickPeriod(
      {
        ...s,
        type: 'SYGDOM',
        end: null,
        partialPercent: null,
        source: 'chat',
        sourceId: null,
        registeredBy: null,
        createdAt: at,
        updatedAt: at,
      },
      [],
    );
  }
  debug(`  registered ${day}`);
  setClock(`${day}T08:00:05`);
  const t0 = Date.now();
  const tick = await life.app.scheduler.tick();
  const t1 = Date.now();
  debug(`  ticked ${day}`);
  const drained = await life.app.sender.drainOnce();
  debug(
    `  tick ${t1 - t0} ms ${JSON.stringify(tick)} drain ${Date.now() - t1} ms ${JSON.stringify(drained)}`,
  );
}

async function simulate(kills: boolean, seedNumber: number) {
  const tmp = tempDir();
  const connector = await startFakeConnector();
  const rnd = prng(seedNumber);
  const seed = seedData(connector);
  const plan = simulationPlan(seed, prng(seedNumber + 1));
  const state = { now: DateTime.fromISO(`${START}T07:00:00`, { zone: ZONE }) };
  const clock: Clock = () => state.now;
  const setClock = (iso: string) => void (state.now = DateTime.fromISO(iso, { zone: ZONE }));
  // Writes before a kill: random, growing with each kill on the same day, so every day completes.
  let sameDay = 0;
  const budget = () => (kills ? 1 + Math.floor(rnd() * 16) + 8 * sameDay : Number.MAX_SAFE_INTEGER);
  const resent: ResentLog = new Map();
  let life = await boot(tmp.file('d.json'), seed, clock, budget(), resent);
  let crashes = 0;
  const inWindow = new Map<string, Set<number>>();
  for (let i = 0; i <= DAYS; i++) {
    const day = addDays(START, i);
    sameDay = 0;
    for (;;) {
      try {
        const t0 = Date.now();
        await runDay(life, day, plan, setClock);
        debug(`${kills ? 'K' : 'R'} ${day} ${Date.now() - t0} ms`);
      } catch (err) {
        if (!(err instanceof Killed)) throw err;
      }
      if (!life.store.dead) break;
      crashes++;
      sameDay++;
      debug(`kill ${crashes} on ${day}`);
      // kill -9: nothing is flushed; the dead process's lock goes with it.
      const s0 = Date.now();
      await life.app.scheduler.stop().catch(() => undefined);
      await life.app.sender.stop().catch(() => undefined);
      await life.store.close();
      const b0 = Date.now();
      debug(`  stop ${b0 - s0} ms`);
      life = await boot(
        tmp.file('d.json'),
        seed,
        clock,
        i === DAYS ? Number.MAX_SAFE_INTEGER : budget(),
        resent,
      );
      debug(`  boot ${Date.now() - b0} ms`);
      await sentButNotMarked(life, connector, inWindow);
      debug(`  window check ${Date.now() - b0} ms`);
    }
  }
  const ids = connector.received.map(
    (r) => (r.activity.channelData as { simId?: string } | undefined)?.simId ?? '',
  );
  if (process.env.SIM_DEBUG) {
    const doc = life.store.read() as unknown as Record<string, unknown>;
    const sizes = Object.entries(doc).map(([k, v]) => `${k}=${JSON.stringify(v).length}`);
    process.stdout.write(`  store: ${sizes.join(' ')}\n`);
  }
  await life.app.close();
  await connector.close();
  tmp.cleanup();
  return {
    crashes,
    windowHits: [...inWindow.values()].reduce((sum, counts) => sum + counts.size, 0),
    hitsOf: (id: string) => inWindow.get(id)?.size ?? 0,
    resent,
    ids,
    unique: new Set(ids),
    periods: [...plan.sick.values()].flat().length,
  };
}

/**
 * After a restart: cards the connector has (n copies) that the store does not mark sent, so a
 * kill fell inside the sent/marked window. Recorded as id → the copy counts seen so; each is one
 * window hit, allowing one more copy of that card.
 */
async function sentButNotMarked(
  life: Life,
  connector: FakeConnector,
  found: Map<string, Set<number>>,
) {
  const copies = new Map<string, number>();
  for (const r of connector.received) {
    const id = (r.activity.channelData as { simId?: string } | undefined)?.simId ?? '';
    copies.set(id, (copies.get(id) ?? 0) + 1);
  }
  for (const [id, n] of copies) {
    const item = await life.app.outbox.get(id);
    if (item && item.status !== 'sent') found.set(id, (found.get(id) ?? new Set()).add(n));
  }
}

describe('R1: no missed follow-ups under 200+ kills over 90 simulated days', function () {
  this.timeout(Number(process.env.SIM_TIMEOUT_MS ?? 600_000));

  it('delivers every due card at least once, duplicates only inside the sent/marked window', async () => {
    const reference = process.env.SIM_SKIP_REF
      ? {
          unique: new Set<string>(),
          ids: [] as string[],
          periods: 0,
          crashes: 0,
          windowHits: 0,
          hitsOf: () => 0,
          resent: new Map() as ResentLog,
        }
      : await simulate(false, 2026);
    const killed = await simulate(true, 2026);
    const missed = [...reference.unique].filter((id) => !killed.unique.has(id));
    const duplicates = killed.ids.length - killed.unique.size;
    process.stdout.write(
      `      simulated ${DAYS} days, ${reference.periods} new sick periods, ${reference.unique.size} cards; ` +
        `${killed.crashes} kills, ${killed.windowHits} inside the sent/marked window, ${duplicates} duplicates (${[...killed.resent.values()].reduce((a, b) => a + b, 0)} resends logged), ${missed.length} missed ${missed.slice(0, 8).join(' ')}\n`,
    );
    expect(reference.unique.size, 'the simulation produces cards').to.be.greaterThan(100);
    expect(reference.ids.length, 'no duplicates without kills').to.equal(reference.unique.size);
    expect(killed.crashes).to.be.at.least(200);
    expect(missed).to.deep.equal([]);
    expect(
      [...killed.unique].filter((id) => !reference.unique.has(id)),
      'nothing sent that should not be',
    ).to.deep.equal([]);
    expect(duplicates).to.be.at.most(killed.windowHits);
    const copies = new Map<string, number>();
    for (const id of killed.ids) copies.set(id, (copies.get(id) ?? 0) + 1);
    expect(
      [...copies].filter(([id, n]) => n - 1 > killed.hitsOf(id)),
      'cards sent again without a kill inside their sent/marked window',
    ).to.deep.equal([]);
    expect(
      [...copies].filter(([id, n]) => n - 1 > (killed.resent.get(id) ?? 0)),
      'cards sent again without the bot logging it',
    ).to.deep.equal([]);
    expect(reference.resent.size, 'no resends logged without kills').to.equal(0);
  });
});
