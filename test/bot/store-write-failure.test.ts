/**
 * When the store cannot save (disk full), the user is told so in their language, over real HTTP:
 * a message gets core.storeWriteFailed, an Action.Execute gets it as a 200 message response
 * (not the adapter's 501, which went out as a 500), and any other failure gets core.error.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Adapter } from 'lowdb';
import { loadConfig } from '../../bot/config.js';
import { createApp, defaultRoutes, type App } from '../../bot/app.js';
import { createLogger } from '../../bot/logger.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import { openStore } from '../../data/store.js';
import type { StoreData } from '../../data/schema.js';
import { ZONE } from '../../domain/clock.js';
import { t } from '../../i18n/index.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { fixtureStore, IDS } from '../helpers/fixture-org.js';
import { execute, message, type ActivityOptions } from '../helpers/activities.js';
import { tempDir } from '../helpers/tmp.js';

interface Harness {
  app: App;
  connector: FakeConnector;
  /** While true, every write of the data file fails with ENOSPC. */
  disk: { full: boolean };
  as(locale: string): ActivityOptions;
  post(activity: Record<string, unknown>): Promise<Response>;
  close(): Promise<void>;
}

async function start(): Promise<Harness> {
  const tmp = tempDir();
  const dataFile = tmp.file('naervaer.json');
  const disk = { full: false };
  const store = await openStore(dataFile, {
    seed: () => fixtureStore(),
    wrapAdapter: (inner: Adapter<StoreData>) => ({
      read: () => inner.read(),
      write: (data) =>
        disk.full
          ? Promise.reject(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }))
          : inner.write(data),
    }),
  });
  const config = loadConfig({ PORT: '0', DATA_FILE: dataFile, LOG_LEVEL: 'silent' });
  const clock = () => DateTime.fromISO('2026-11-23T09:00:00', { zone: ZONE });
  const repos = createLowdbRepositories(store, () => clock().toUTC().toISO() ?? '');
  const deps = { config, clock, store, repos, logger: createLogger('silent') };
  const routes = defaultRoutes({}, deps);
  routes.text.unshift({
    name: 'test.boom',
    matches: (text) => text === 'boom',
    handle: () => Promise.reject(new Error('a bug')),
  });
  routes.execute.unshift({
    prefix: 'test.bug',
    handle: () => Promise.reject(new Error('a bug')),
  });
  routes.execute.unshift({
    prefix: 'test.save',
    handle: async (turn) => {
      await turn.deps.repos.audit.record({
        actor: turn.person.aadObjectId,
        action: 'test.save',
        subject: null,
        unitId: null,
        outcome: 'allowed',
        detail: null,
      });
      return { kind: 'message', text: 'saved' };
    },
  });
  const app = createApp(deps, { routes });
  const { url } = await app.listen();
  const connector = await startFakeConnector();
  return {
    app,
    connector,
    disk,
    as: (locale) => ({ from: { aadObjectId: IDS.leader }, serviceUrl: connector.url, locale }),
    post: (activity) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      }),
    close: async () => {
      disk.full = false;
      try {
        await app.close();
      } finally {
        await connector.close();
        tmp.cleanup();
      }
    },
  };
}

describe('a turn whose change cannot be saved', () => {
  let h: Harness;
  beforeEach(async () => (h = await start()));
  afterEach(async () => h.close());

  for (const [locale, lang, golden] of [
    ['da-DK', 'da', /intet er ændret/],
    ['en-GB', 'en', /nothing has been changed/],
  ] as const) {
    it(`when a message's write fails (${lang}), then the user is told nothing was saved`, async () => {
      h.disk.full = true;
      await h.post(message('hjælp', h.as(locale)));
      const [reply] = await h.connector.waitFor(1);
      expect(reply!.activity.text).to.equal(t(lang, 'core.storeWriteFailed'));
      expect(reply!.activity.text).to.match(golden);
    });

    it(`when an Action.Execute's write fails (${lang}), then it is answered 200 with that message`, async () => {
      h.disk.full = true;
      const res = await h.post(execute('test.save', { verb: 'test.save' }, h.as(locale)));
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: t(lang, 'core.storeWriteFailed'),
      });
    });
  }

  it('when the disk has room again, then the same action is saved and answered as usual', async () => {
    h.disk.full = true;
    await h.post(execute('test.save', { verb: 'test.save' }, h.as('da-DK')));
    h.disk.full = false;
    const res = await h.post(execute('test.save', { verb: 'test.save' }, h.as('da-DK')));
    expect(((await res.json()) as { value: string }).value).to.equal('saved');
    const saved = h.app.deps.store.read().audit.filter((a) => a.action === 'test.save');
    expect(saved).to.have.length(1);
  });

  it('when a turn fails for another reason, then the user gets the general apology', async () => {
    await h.post(message('boom', h.as('da-DK')));
    const [reply] = await h.connector.waitFor(1);
    expect(reply!.activity.text).to.equal(t('da', 'core.error'));
    const res = await h.post(execute('test.bug', { verb: 'test.bug' }, h.as('en-GB')));
    expect(res.status).to.equal(200);
    expect(((await res.json()) as { value: string }).value).to.equal(t('en', 'core.error'));
  });
});
