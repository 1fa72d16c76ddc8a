/**
 * Starts the real bot (restify + CloudAdapter + routes + lowdb store) on an ephemeral loopback
 * port with a fake connector, a fixed clock and a temporary data file.
 */
import { DateTime } from 'luxon';
import { loadConfig } from '../../bot/config.js';
import { createApp, type App, type AuthOptions } from '../../bot/app.js';
import { createLogger } from '../../bot/logger.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import { openStore } from '../../data/store.js';
import type { StoreData } from '../../data/schema.js';
import { ZONE, type Clock } from '../../domain/clock.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import { fixtureStore } from './fixture-org.js';
import { tempDir } from './tmp.js';
import type { ActivityOptions, From } from './activities.js';

export interface TestBot {
  app: App;
  url: string;
  connector: FakeConnector;
  dataFile: string;
  clock: { now: DateTime; set(iso: string): void };
  /** Activity options for a person, pointing at the fake connector. */
  as(from: From, extra?: Partial<ActivityOptions>): ActivityOptions;
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  seed?: () => StoreData;
  now?: string;
  auth?: AuthOptions;
  dataFile?: string;
  /** Reuse a running fake connector (a restart keeps Teams' serviceUrl). */
  connector?: FakeConnector;
}

export async function startTestBot(o: TestBotOptions = {}): Promise<TestBot> {
  const tmp = o.dataFile ? null : tempDir();
  const dataFile = o.dataFile ?? tmp!.file('naervaer.json');
  const config = loadConfig({
    PORT: '0',
    DATA_FILE: dataFile,
    LOG_LEVEL: 'silent',
    ...(o.env ?? {}),
  });
  const state = { now: DateTime.fromISO(o.now ?? '2026-11-23T09:00:00', { zone: ZONE }) };
  const clock: Clock = () => state.now;
  const store = await openStore(dataFile, { seed: o.seed ?? (() => fixtureStore()) });
  const repos = createLowdbRepositories(store, () => clock().toUTC().toISO() ?? '');
  const deps = { config, clock, store, repos, logger: createLogger('silent') };
  const app = createApp(deps, { auth: o.auth });
  const { url } = await app.listen();
  const connector = o.connector ?? (await startFakeConnector());
  return {
    app,
    url,
    connector,
    dataFile,
    clock: {
      get now() {
        return state.now;
      },
      set: (iso: string) => void (state.now = DateTime.fromISO(iso, { zone: ZONE })),
    },
    as: (from, extra = {}) => ({ from, serviceUrl: connector.url, ...extra }),
    post: (activity, headers = {}) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      }),
    close: async () => {
      await app.close();
      if (!o.connector) await connector.close();
      tmp?.cleanup();
    },
  };
}
