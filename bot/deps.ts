import type { Clock } from '../domain/clock.js';
import type { Repositories } from '../data/repositories.js';
import type { AnyStore } from '../data/open-store.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** The composition root's products, handed to every handler. */
export interface AppDeps {
  config: Config;
  clock: Clock;
  /** The lowdb file or PostgreSQL (data/open-store.ts). */
  store: AnyStore;
  repos: Repositories;
  logger: Logger;
}
