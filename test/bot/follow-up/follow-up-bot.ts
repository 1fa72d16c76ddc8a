/**
 * The real bot over HTTP (like test/helpers/test-bot.ts) with the follow-up routes wired to a fake
 * HrNotifier, plus small helpers for the follow-up tests: invoke answers, stored data, audit.
 */
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { loadConfig } from '../../../bot/config.js';
import { createApp } from '../../../bot/app.js';
import { createLogger } from '../../../bot/logger.js';
import { helpHandler } from '../../../bot/handlers/help-handler.js';
import { followUpRoutes } from '../../../bot/handlers/follow-up/follow-up-routes.js';
import type { HrNotifier, LocalizedCard } from '../../../app/follow-up-seams.js';
import { createLowdbRepositories } from '../../../data/lowdb-repositories.js';
import { openStore } from '../../../data/store.js';
import type { StoreData } from '../../../data/schema.js';
import { isCancel, isHelp } from '../../../domain/intents.js';
import { ZONE, type Clock } from '../../../domain/clock.js';
import { translator } from '../../../i18n/index.js';
import { startFakeConnector } from '../../helpers/fake-connector.js';
import { fixtureStore } from '../../helpers/fixture-org.js';
import { tempDir } from '../../helpers/tmp.js';
import type { TestBot } from '../../helpers/test-bot.js';

export interface FakeHrNotifier extends HrNotifier {
  sent: Array<{ to: string; requestId: string; card: object }>;
  leaders: Array<{ to: string; requestId: string; card: object }>;
}

export function fakeHrNotifier(): FakeHrNotifier {
  const sent: FakeHrNotifier['sent'] = [];
  const leaders: FakeHrNotifier['leaders'] = [];
  const render = (card: LocalizedCard) => card(translator('da'));
  return {
    sent,
    leaders,
    notify: (unitId, card, requestId) => {
      sent.push({ to: unitId, requestId, card: render(card) });
      return Promise.resolve();
    },
    notifyLeader: (aad, card, requestId) => {
      leaders.push({ to: aad, requestId, card: render(card) });
      return Promise.resolve();
    },
  };
}

export interface FollowUpBot extends TestBot {
  notifier: FakeHrNotifier;
  data(): StoreData;
}

export async function startFollowUpBot(
  seed: () => StoreData = () => fixtureStore(),
): Promise<FollowUpBot> {
  const tmp = tempDir();
  const dataFile = tmp.file('naervaer.json');
  const config = loadConfig({ PORT: '0', DATA_FILE: dataFile, LOG_LEVEL: 'silent' });
  const state = { now: DateTime.fromISO('2026-11-23T09:00:00', { zone: ZONE }) };
  const clock: Clock = () => state.now;
  const store = await openStore(dataFile, { seed });
  const repos = createLowdbRepositories(store, () => clock().toUTC().toISO() ?? '');
  const deps = { config, clock, store, repos, logger: createLogger('silent') };
  const notifier = fakeHrNotifier();
  const fu = followUpRoutes({ hrNotifier: notifier });
  const routes = {
    text: [helpHandler, ...fu.text],
    submit: fu.submit,
    execute: fu.execute,
    dialogs: null,
    isCancel,
    isHelp,
  };
  const app = createApp(deps, { routes });
  const { url } = await app.listen();
  const connector = await startFakeConnector();
  return {
    app,
    url,
    connector,
    dataFile,
    notifier,
    data: () => JSON.parse(readFileSync(dataFile, 'utf8')) as StoreData,
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
      await connector.close();
      tmp.cleanup();
    },
  };
}

/** The card (or message text) an Action.Execute invoke was answered with. */
export async function invokeAnswer(
  res: Response,
): Promise<{ card: Record<string, unknown> | null; text: string | null }> {
  const body = (await res.json()) as { type?: string; value?: unknown };
  if (body.type === 'application/vnd.microsoft.card.adaptive') {
    return { card: body.value as Record<string, unknown>, text: null };
  }
  return { card: null, text: typeof body.value === 'string' ? body.value : null };
}

/** Waits until the fake connector has received at least n activities, then a little for stragglers. */
export async function settle(bot: TestBot, n: number): Promise<void> {
  await bot.connector.waitFor(n);
  await new Promise((r) => setTimeout(r, 30));
}
