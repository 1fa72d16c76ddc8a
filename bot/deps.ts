import type { Clock } from '../domain/clock.js';
import type { Repositories } from '../data/repositories.js';
import type { Store } from '../data/store.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** The composition root's products, handed to every handler. */
export interface AppDeps {
  config: Config;
  clock: Clock;
  store: Store;
  repos: Repositories;
  logger: Logger;
}
