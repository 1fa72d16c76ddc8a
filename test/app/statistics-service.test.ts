import { expect } from 'chai';
import { StatisticsService, type StatisticsServiceOptions } from '../../app/statistics-service.js';
import type { StatisticsRepository } from '../../data/repositories.js';
import type { StatisticsIndex } from '../../domain/statistics/statistics-index.js';
import type { StatisticsData } from '../../domain/statistics/types.js';
import { hasUnitTotals } from '../../domain/statistics/unit-totals.js';
import { bundle, emp, sick } from '../domain/statistics/fixtures.js';

const AS_OF = '2025-06-30';

/** Data whose version is `n`: person p1 with n sick periods. */
const dataOf = (n: number): StatisticsData =>
  bundle({
    employments: [emp('p1', 'A')],
    sickPeriods: Array.from({ length: n }, (_, i) =>
      sick('p1', `2025-0${1 + (i % 5)}-0${2 + i}`, `2025-0${1 + (i % 5)}-0${2 + i}`),
    ),
  });

const periodsIn = (index: StatisticsIndex): number =>
  index.persons.reduce((n, p) => n + p.periods.length, 0);

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A store at version `version`; load() answers at once unless a test holds it with `gate`. */
function fakeRepo() {
  const repo = {
    version: 1,
    loads: 0,
    loading: 0,
    mostAtOnce: 0,
    gate: null as Deferred<void> | null,
    fail: false,
    api: null as unknown as StatisticsRepository,
  };
  repo.api = {
    version: () => Promise.resolve(String(repo.version)),
    load: async () => {
      const n = repo.version;
      repo.loads += 1;
      repo.loading += 1;
      repo.mostAtOnce = Math.max(repo.mostAtOnce, repo.loading);
      try {
        if (repo.gate) await repo.gate.promise;
        if (repo.fail) throw new Error('load failed');
        return dataOf(n);
      } finally {
        repo.loading -= 1;
      }
    },
  };
  return repo;
}

const NEVER = (): Promise<void> => new Promise<void>(() => undefined);
const AT_ONCE = (): Promise<void> => Promise.resolve();
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every build slow (so a previous index may be served); slices pause on microtasks. */
const SLOW: StatisticsServiceOptions = {
  slowBuildMs: 0,
  cooperation: () => ({ due: () => true, pause: AT_ONCE }),
};

describe('StatisticsService', () => {
  it('when a build is slow and there is a previous index, then the caller gets the previous one', async () => {
    const repo = fakeRepo();
    let wait = AT_ONCE;
    const service = new StatisticsService(repo.api, { ...SLOW, wait: () => wait() });
    const first = await service.index();
    repo.version = 2;
    repo.gate = deferred();
    expect(await service.index()).to.equal(first);
    repo.gate.resolve();
    wait = NEVER;
    const second = await service.index();
    expect(periodsIn(second)).to.equal(2);
    expect(repo.loads).to.equal(2);
  });

  it('when the build finishes within the wait, then the caller gets the new index', async () => {
    const repo = fakeRepo();
    const service = new StatisticsService(repo.api, { ...SLOW, wait: NEVER });
    await service.index();
    repo.version = 3;
    expect(periodsIn(await service.index())).to.equal(3);
  });

  it('when builds are fast, then a caller waits for the new index even past the wait', async () => {
    const repo = fakeRepo();
    const service = new StatisticsService(repo.api, {
      ...SLOW,
      slowBuildMs: 1000,
      clock: () => 0,
      wait: AT_ONCE,
    });
    await service.index();
    repo.version = 2;
    repo.gate = deferred();
    let answered: StatisticsIndex | null = null;
    const pending = service.index().then((index) => (answered = index));
    for (let i = 0; i < 5; i++) await turn();
    expect(answered).to.equal(null);
    repo.gate.resolve();
    await pending;
    expect(periodsIn(answered!)).to.equal(2);
  });

  it('when asked for a fresh index, then the caller waits for the build even when builds are slow', async () => {
    const repo = fakeRepo();
    const service = new StatisticsService(repo.api, { ...SLOW, wait: AT_ONCE });
    await service.index();
    repo.version = 2;
    repo.gate = deferred();
    const fresh = service.index({ fresh: true });
    await turn();
    repo.gate.resolve();
    expect(periodsIn(await fresh)).to.equal(2);
  });

  it('when callers ask at the same time, then they share one build', async () => {
    const repo = fakeRepo();
    const service = new StatisticsService(repo.api, SLOW);
    const [a, b, c] = await Promise.all([service.index(), service.index(), service.index()]);
    expect(repo.loads).to.equal(1);
    expect(a).to.equal(b).and.to.equal(c);
    expect(await service.index()).to.equal(a);
    expect(repo.loads).to.equal(1);
  });

  it('when the version changes during a build, then builds run one at a time and the newest finished one is served', async () => {
    const repo = fakeRepo();
    const service = new StatisticsService(repo.api, { ...SLOW, wait: AT_ONCE });
    const first = await service.index();
    repo.version = 2;
    repo.gate = deferred();
    expect(await service.index()).to.equal(first);
    repo.version = 3;
    expect(await service.index()).to.equal(first);
    const gate2 = repo.gate;
    repo.gate = deferred();
    gate2.resolve();
    for (let i = 0; i < 20; i++) await turn();
    expect(repo.loads).to.equal(3);
    const served = await service.index();
    expect(periodsIn(served)).to.equal(2);
    repo.gate.resolve();
    expect(periodsIn(await service.index({ fresh: true }))).to.equal(3);
    expect(repo.mostAtOnce).to.equal(1);
  });

  it('when a load fails, then its callers are told and the next call builds again', async () => {
    const repo = fakeRepo();
    const service = new StatisticsService(repo.api, SLOW);
    repo.fail = true;
    const results = await Promise.allSettled([service.index(), service.index()]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    repo.fail = false;
    expect(periodsIn(await service.index())).to.equal(1);
    expect(repo.loads).to.equal(2);
  });

  it('when a build fails after the previous index was served, then the next call builds again', async () => {
    const repo = fakeRepo();
    const service = new StatisticsService(repo.api, { ...SLOW, wait: AT_ONCE });
    const first = await service.index();
    repo.version = 2;
    repo.gate = deferred();
    repo.fail = true;
    expect(await service.index()).to.equal(first);
    repo.gate.reject(new Error('load failed'));
    for (let i = 0; i < 5; i++) await turn();
    repo.gate = null;
    repo.fail = false;
    expect(periodsIn(await service.index({ fresh: true }))).to.equal(2);
  });

  it('when an as-of date is given, then the new index comes with its totals computed', async () => {
    const repo = fakeRepo();
    const service = new StatisticsService(repo.api, SLOW);
    const index = await service.index({ asOf: AS_OF });
    expect(hasUnitTotals(index, AS_OF)).to.equal(true);
    repo.version = 2;
    const next = await service.index();
    expect(hasUnitTotals(next, AS_OF)).to.equal(true);
    expect(hasUnitTotals(next, '2025-05-31')).to.equal(false);
    expect(hasUnitTotals(await service.index({ asOf: '2025-05-31' }), '2025-05-31')).to.equal(true);
  });
});
