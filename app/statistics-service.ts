/**
 * The statistics index as an asynchronous service over any store: the repository says which
 * version of the inputs is current (it changes with every write that the figures depend on, from
 * any process), and the index is rebuilt only when that version changes. Concurrent callers
 * share one build.
 */
import {
  buildStatisticsIndex,
  type StatisticsIndex,
} from '../domain/statistics/statistics-index.js';
import type { StatisticsRepository } from '../data/repositories.js';

export class StatisticsService {
  private built: { version: string; index: StatisticsIndex } | null = null;
  private building: { version: string; index: Promise<StatisticsIndex> } | null = null;

  constructor(private readonly repo: StatisticsRepository) {}

  async index(): Promise<StatisticsIndex> {
    const version = await this.repo.version();
    if (this.built?.version === version) return this.built.index;
    if (this.building?.version === version) return this.building.index;
    const index = this.repo.load().then((data) => {
      const built = buildStatisticsIndex(data);
      if (this.building?.version === version) this.building = null;
      this.built = { version, index: built };
      return built;
    });
    this.building = { version, index };
    return index;
  }
}

const services = new WeakMap<StatisticsRepository, StatisticsService>();

/** The one service per repository (so every door shares one index). */
export function statisticsServiceFor(repo: StatisticsRepository): StatisticsService {
  let service = services.get(repo);
  if (!service) services.set(repo, (service = new StatisticsService(repo)));
  return service;
}
