/**
 * The statistics index as an asynchronous service over any store: the repository says which
 * version of the inputs is current (it changes with every write that the figures depend on, from
 * any process), and the index is rebuilt only when that version changes.
 *
 * A build runs in slices that leave the event loop free (see domain/statistics/cooperative.ts),
 * then warms the totals of the as-of date today's questions use, so no question runs the
 * 150 ms totals pass at 45,000 employees. Builds run one at a time and concurrent callers share
 * them. A caller waits for the build of the current version; only when builds are slow (the last
 * one took slowBuildMs or more) and this one has not finished within staleAfterMs is it served
 * the newest finished index — one build old — so small municipalities keep read-your-writes and
 * a chat turn at 45,000 employees does not wait seconds.
 */
import type { IsoDate } from '../domain/model.js';
import type { Cooperation } from '../domain/statistics/cooperative.js';
import {
  buildStatisticsIndexAsync,
  type StatisticsIndex,
} from '../domain/statistics/statistics-index.js';
import { hasUnitTotals, warmUnitTotals } from '../domain/statistics/unit-totals.js';
import type { StatisticsRepository } from '../data/repositories.js';
import { timeSlices } from './breather.js';

export interface StatisticsServiceOptions {
  /** How long a caller waits for a running build before it is served the previous index. */
  readonly staleAfterMs?: number;
  /** Builds at least this long count as slow: only then is a previous index served. */
  readonly slowBuildMs?: number;
  /** Resolves after `ms` (tests decide when the wait is over). */
  readonly wait?: (ms: number) => Promise<void>;
  /** How one build or warm shares the thread. */
  readonly cooperation?: () => Cooperation;
  /** Monotonic milliseconds, to time builds. */
  readonly clock?: () => number;
}

export interface IndexRequest {
  /** The as-of date the caller will ask about: warmed after each build, and now if missing. */
  readonly asOf?: IsoDate;
  /** Wait for the current version however long it takes (a check right after an import). */
  readonly fresh?: boolean;
}

const waitUnref = (ms: number): Promise<void> =>
  new Promise<void>((resolve) => void setTimeout(resolve, ms).unref());

interface Built {
  readonly version: string;
  readonly index: StatisticsIndex;
  readonly ms: number;
}

interface Build {
  /** Null until the build has read the version it builds. */
  readonly state: { version: string | null };
  readonly done: Promise<Built>;
}

export class StatisticsService {
  private built: Built | null = null;
  private running: Build | null = null;
  /** The build queued behind the running one; it builds whatever version is current then. */
  private next: Promise<Built> | null = null;
  private warmAsOf: IsoDate | null = null;
  private warming: { index: StatisticsIndex; asOf: IsoDate; done: Promise<void> } | null = null;
  private readonly staleAfterMs: number;
  private readonly slowBuildMs: number;
  private readonly wait: (ms: number) => Promise<void>;
  private readonly cooperation: () => Cooperation;
  private readonly clock: () => number;

  constructor(
    private readonly repo: StatisticsRepository,
    options: StatisticsServiceOptions = {},
  ) {
    this.staleAfterMs = options.staleAfterMs ?? 150;
    this.slowBuildMs = options.slowBuildMs ?? 1000;
    this.wait = options.wait ?? waitUnref;
    this.clock = options.clock ?? (() => performance.now());
    this.cooperation = options.cooperation ?? timeSlices(8, this.clock);
  }

  async index(request: IndexRequest = {}): Promise<StatisticsIndex> {
    if (request.asOf) this.warmAsOf = request.asOf;
    const version = await this.repo.version();
    const previous = this.built;
    const index =
      previous?.version === version
        ? previous.index
        : await this.awaitBuild(this.buildFor(version), previous, request.fresh === true);
    if (request.asOf && !hasUnitTotals(index, request.asOf)) await this.warm(index, request.asOf);
    return index;
  }

  /** The build that will hold `version`: the running one, the queued one, or a new one. */
  private buildFor(version: string): Promise<Built> {
    if (this.running?.state.version === version) return this.running.done;
    if (this.next) return this.next;
    if (!this.running) return this.start(version);
    const next = this.running.done
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.start(null);
      });
    this.next = next;
    return next;
  }

  private start(known: string | null): Promise<Built> {
    const state = { version: known };
    const build: Build = { state, done: this.run(state) };
    this.running = build;
    const settle = () => {
      if (this.running === build) this.running = null;
    };
    build.done.then(settle, settle);
    return build.done;
  }

  private async run(state: { version: string | null }): Promise<Built> {
    const version = state.version ?? (await this.repo.version());
    state.version = version;
    if (this.built?.version === version) return this.built;
    const t0 = this.clock();
    const data = await this.repo.load();
    const cooperation = this.cooperation();
    const index = await buildStatisticsIndexAsync(data, cooperation);
    if (this.warmAsOf) await warmUnitTotals(index, this.warmAsOf, cooperation);
    // Builds run one at a time, so this one is newer than any finished before it.
    this.built = { version, index, ms: this.clock() - t0 };
    return this.built;
  }

  private async awaitBuild(
    done: Promise<Built>,
    previous: Built | null,
    fresh: boolean,
  ): Promise<StatisticsIndex> {
    if (fresh || !previous || previous.ms < this.slowBuildMs) return (await done).index;
    const late = this.wait(this.staleAfterMs).then(() => null);
    const first = await Promise.race([done.then((b) => b.index), late]);
    return first ?? this.built?.index ?? previous.index;
  }

  /** Computes the totals for an as-of date the index lacks, in slices; callers share one warm. */
  private warm(index: StatisticsIndex, asOf: IsoDate): Promise<void> {
    const w = this.warming;
    if (w && w.index === index && w.asOf === asOf) return w.done;
    const done = warmUnitTotals(index, asOf, this.cooperation());
    const warming = { index, asOf, done };
    this.warming = warming;
    const settle = () => {
      if (this.warming === warming) this.warming = null;
    };
    done.then(settle, settle);
    return done;
  }
}

const services = new WeakMap<StatisticsRepository, StatisticsService>();

/** The one service per repository (so every door shares one index). */
export function statisticsServiceFor(repo: StatisticsRepository): StatisticsService {
  let service = services.get(repo);
  if (!service) services.set(repo, (service = new StatisticsService(repo)));
  return service;
}
