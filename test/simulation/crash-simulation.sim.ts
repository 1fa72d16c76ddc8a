/**
 * Reliability goal R1 (no missed follow-ups under restart): 90 simulated days of random sick periods over a demo municipality,
 * the process "killed" at random points ≥ 200 times and restarted from the store alone — the
 * lowdb file, and PostgreSQL. A kill is simulated in-process (mortality.ts): from a random durable
 * write on, every read and write fails (nothing more reaches the store), the process's objects
 * are dropped, and a fresh app is built from the store — as after kill -9. Kills fall anywhere, including between "sent" (the fake
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
import { openStore } from '../../data/store.js';
import { openPgStore } from '../../data/postgres/pg-store.js';
import { generateDemo } from '../../data/demo/generate-demo.js';
import type { StoreData } from '../../data/schema.js';
import type { AnyStore } from '../../data/open-store.js';
import { addDays } from '../../domain/calendar.js';
import { ZONE, type Clock } from '../../domain/clock.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { freshDatabase } from '../helpers/postgres.js';
import { tempDir } from '../helpers/tmp.js';
import { debug, Killed, Mortality, MortalStore, mortalPool } from './mortality.js';

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

interface Plan {
  sick: Map<string, Array<{ id: string; personKey: string; start: string }>>;
  fit: Map<string, Array<{ id: string; lastSickDay: string }>>;
}

/** Random sick periods: about 3 new a working day, 1–40 days long, over the demo's employees. */
function simulationPlan(seed: StoreData, rnd: () => number, days: number): Plan {
  const persons = [
    ...new Set(seed.employments.filter((e) => e.validTo === null).map((e) => e.personKey)),
  ];
  const busyUntil = new Map<string, string>();
  const plan: Plan = { sick: new Map(), fit: new Map() };
  for (let i = 0; i < days; i++) {
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
  app: App<AnyStore>;
  /** Whether the process died (the app may have swallowed the failure it met). */
  dead(): boolean;
}

/** Where a simulated process keeps its data; `boot` opens it as a new process would. */
interface SimStore {
  name: string;
  /** Simulated days, and the most durable writes before a kill (so that kills reach 200+). */
  days: number;
  maxBudget: number;
  /** A fresh store for one simulation, and its removal. */
  create(): Promise<{ where: string; remove(): Promise<void> }>;
}

const STORES: SimStore[] = [
  {
    name: 'lowdb',
    days: Number(process.env.SIM_DAYS ?? 90),
    maxBudget: 14,
    create: () => {
      const tmp = tempDir();
      return Promise.resolve({
        where: tmp.file('d.json'),
        remove: () => Promise.resolve(tmp.cleanup()),
      });
    },
  },
  {
    name: 'postgres',
    // Each PostgreSQL restart costs more (connect, migration check), so fewer days with kills
    // closer together keep CI's time: still 200+ kills, every kind of write a possible kill.
    days: Number(process.env.SIM_PG_DAYS ?? 60),
    maxBudget: 3,
    create: async () => {
      const db = await freshDatabase();
      return { where: db.url, remove: () => db.drop() };
    },
  },
];

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
  where: string,
  seed: StoreData,
  clock: Clock,
  budget: number,
  resent: ResentLog,
): Promise<Life> {
  const fate = new Mortality(budget);
  const now = () => clock().toUTC().toISO() ?? '';
  const sendLimits = {
    tenantPerSecond: 10_000,
    perConversation: TEAMS_PER_CONVERSATION.map((w) => ({ ...w, limit: 1_000_000 })),
    marginMs: 0,
  };
  const logger = capturingLogger(resent);
  let app: App<AnyStore>;
  let deps: Parameters<typeof renderers>[0];
  if (where.startsWith('postgres')) {
    // The killed process's claims run out at once: a restart does not wait out the 120 s lease.
    const opened = await openPgStore(where, {
      seed: () => structuredClone(seed),
      now,
      poolSize: 4,
      outbox: { leaseMs: 1 },
    });
    mortalPool(opened.store.db.pool, fate);
    const config = loadConfig({ PORT: '0', DATABASE_URL: where, LOG_LEVEL: 'silent' });
    deps = { config, clock, store: opened.store, repos: opened.repos, logger };
    app = createApp({ ...deps, store: opened.store }, { sendLimits });
  } else {
    const inner = await openStore(where, { seed: () => structuredClone(seed) });
    const store = new MortalStore(inner, fate);
    const repos = createLowdbRepositories(store, now);
    const config = loadConfig({ PORT: '0', DATA_FILE: where, LOG_LEVEL: 'silent' });
    deps = { config, clock, store, repos, logger };
    app = createApp(
      { ...deps, store },
      {
        // The outbox journal as in production; its appends can be the kill too.
        outbox: {
          appendJournal: async (f, text) => {
            fate.append();
            await appendFile(f, text);
          },
        },
        sendLimits,
      },
    );
  }
  // Tag each activity with its outbox id, so the connector can count deliveries per item.
  for (const [kind, render] of Object.entries(renderers(deps))) {
    app.sender.register(kind, async (item, ctx) => {
      // A dead process sends nothing more.
      if (fate.dead) throw new Killed('killed');
      const r = await render(item, ctx);
      return 'activity' in r ? { activity: { ...r.activity, channelData: { simId: item.id } } } : r;
    });
  }
  return { app, dead: () => fate.dead };
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

async function simulate(kind: SimStore, kills: boolean, seedNumber: number) {
  const place = await kind.create();
  const connector = await startFakeConnector();
  const rnd = prng(seedNumber);
  const seed = seedData(connector);
  const DAYS = kind.days;
  const plan = simulationPlan(seed, prng(seedNumber + 1), DAYS);
  const state = { now: DateTime.fromISO(`${START}T07:00:00`, { zone: ZONE }) };
  const clock: Clock = () => state.now;
  const setClock = (iso: string) => void (state.now = DateTime.fromISO(iso, { zone: ZONE }));
  // Writes before a kill: random, growing with each kill on the same day, so every day completes.
  let sameDay = 0;
  const budget = () =>
    kills ? 1 + Math.floor(rnd() * kind.maxBudget) + 8 * sameDay : Number.MAX_SAFE_INTEGER;
  const resent: ResentLog = new Map();
  let life = await boot(place.where, seed, clock, budget(), resent);
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
      if (!life.dead()) break;
      crashes++;
      sameDay++;
      debug(`kill ${crashes} on ${day}`);
      // kill -9: nothing is flushed; the dead process's lock goes with it.
      const s0 = Date.now();
      await life.app.scheduler.stop().catch(() => undefined);
      await life.app.sender.stop().catch(() => undefined);
      await life.app.deps.store.close();
      const b0 = Date.now();
      debug(`  stop ${b0 - s0} ms`);
      life = await boot(
        place.where,
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
  await life.app.close();
  await connector.close();
  await place.remove();
  return {
    days: DAYS,
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

for (const kind of STORES)
  describe(`R1: no missed follow-ups under 200+ kills over ${kind.days} simulated days (${kind.name})`, function () {
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
        : await simulate(kind, false, 2026);
      const killed = await simulate(kind, true, 2026);
      const missed = [...reference.unique].filter((id) => !killed.unique.has(id));
      const duplicates = killed.ids.length - killed.unique.size;
      process.stdout.write(
        `      simulated ${kind.days} days, ${reference.periods} new sick periods, ${reference.unique.size} cards; ` +
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
