/**
 * A leader's sick registrations in chat in a large municipality: the demo municipality (3 years
 * of periods) on PostgreSQL or lowdb, the bot with its real HTTP door and the fake Bot Connector on
 * loopback; the statistics index warmed by one question, then the leader registers employees of
 * their own units sick one after another ("<name> er syg"), each answered with its plan, and then
 * fit again. A turn runs from the POST until it is answered. Never pass/fail: the figures are
 * for reading.
 *   npx tsx bench/registration-turns.ts [--employees 45000] [--stores postgres,lowdb] [--count 20]
 * (lowdb at 45,000 rewrites a 121 MB file per write: seconds a turn; try it at --employees 1500)
 * Results: bench/results/registration-turns-<employees>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config.js';
import { createApp } from '../bot/app.js';
import { createLogger } from '../bot/logger.js';
import { DEMO_IDENTITIES } from '../bot/local-users.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import { openRepositories } from '../data/open-store.js';
import type { StoreData } from '../data/schema.js';
import { ZONE, type Clock } from '../domain/clock.js';
import { message } from '../test/helpers/activities.js';
import { startFakeConnector } from '../test/helpers/fake-connector.js';
import { freshDatabase } from '../test/helpers/postgres.js';
import { tempDir } from '../test/helpers/tmp.js';

const args = parseArgs({
  options: {
    employees: { type: 'string', default: '45000' },
    stores: { type: 'string', default: 'postgres' },
    count: { type: 'string', default: '20' },
  },
}).values;
const employees = Number(args.employees);
const count = Number(args.count);
const TODAY = '2026-11-23';

const percentile = (sorted: number[], p: number) =>
  Math.round(
    (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10,
  ) / 10;

/** Employees of the leader's units, not sick today, with a name no one else in them has. */
function namesToRegister(
  demo: StoreData,
  leader: string,
): Array<{ name: string; personKey: string }> {
  const leads = new Set(demo.persons.find((p) => p.aadObjectId === leader)?.leads ?? []);
  const children = (id: string) => demo.units.filter((u) => u.parentId === id).map((u) => u.id);
  for (const id of [...leads]) for (const c of children(id)) leads.add(c);
  const valid = demo.employments.filter(
    (e) =>
      leads.has(e.unitId) && e.validFrom <= TODAY && (e.validTo === null || e.validTo >= TODAY),
  );
  const sick = new Set(demo.sickPeriods.filter((p) => p.end === null).map((p) => p.personKey));
  const names = valid.map((e) => e.displayName);
  return valid
    .filter((e) => !sick.has(e.personKey))
    .filter((e) => names.filter((n) => n === e.displayName).length === 1)
    .map((e) => ({ name: e.displayName, personKey: e.personKey }));
}

async function measure(kind: 'lowdb' | 'postgres', demo: StoreData) {
  const connector = await startFakeConnector();
  connector.setResponder(() => {
    connector.clear();
    return null;
  });
  const tmp = tempDir('naervaer-bench-');
  const database = kind === 'postgres' ? await freshDatabase() : null;
  const state = { base: DateTime.fromISO(`${TODAY}T10:00:00`, { zone: ZONE }), at: 0 };
  state.at = performance.now();
  const clock: Clock = () => state.base.plus({ milliseconds: performance.now() - state.at });
  const now = () => clock().toUTC().toISO() ?? '';
  const where = { dataFile: tmp.file('d.json'), databaseUrl: database?.url ?? null };
  const { store, repos } = await openRepositories(where, { seed: () => demo, now });
  const config = loadConfig({ PORT: '0', DATA_FILE: where.dataFile, LOG_LEVEL: 'silent' });
  const app = createApp({ config, clock, store, repos, logger: createLogger('silent') });
  const { url } = await app.listen();
  const leader = DEMO_IDENTITIES.leader;
  const say = async (text: string): Promise<number> => {
    const t = performance.now();
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        message(text, { from: { aadObjectId: leader }, serviceUrl: connector.url }),
      ),
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`turn answered ${res.status}`);
    return performance.now() - t;
  };
  const warmupMs = Math.round(await say('hvordan ligger vi ift. måltal?'));
  const names = namesToRegister(demo, leader).slice(0, count);
  const sick: number[] = [];
  const fit: number[] = [];
  let registered = 0;
  for (const { name, personKey } of names) {
    sick.push(await say(`${name} er syg`));
    if (await repos.absence.openPeriodOf(personKey)) registered++;
  }
  for (const { name } of names) fit.push(await say(`${name} er rask igen`));
  const figures = (ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      max: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
    };
  };
  const result = {
    kind,
    warmupMs,
    registrations: names.length,
    registered,
    sickTurnMs: figures(sick),
    fitTurnMs: figures(fit),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await app.close();
  await connector.close();
  await database?.drop();
  tmp.cleanup();
  return result;
}

const demo = generateDemo({ employees, years: 3, seed: 1, asOf: '2026-11-22' });
const results = [];
for (const kind of args.stores.split(',') as Array<'lowdb' | 'postgres'>)
  results.push(await measure(kind, structuredClone(demo)));
const out = path.resolve(import.meta.dirname, 'results', `registration-turns-${employees}.json`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      employees,
      periods: demo.sickPeriods.length,
      results,
      node: process.version,
      cpus: os.cpus().length,
      loadavg: os.loadavg(),
    },
    null,
    2,
  )}\n`,
);
process.exit(0);
