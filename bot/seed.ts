/**
 * What a new data file starts with: the synthetic demo municipality in local mode, and an
 * empty store in production (the bot then answers "not registered" until HR has imported).
 */
import type { StoreData } from '../data/schema.js';
import { emptyStore } from '../data/defaults.js';
import { generateDemo } from '../data/demo/generate-demo.js';
import type { Clock } from '../domain/clock.js';
import type { Config } from './config.js';

export function seedFor(config: Config, clock: Clock): () => StoreData {
  const createdAt = clock().toUTC().toISO() ?? '';
  if (config.mode === 'production') return () => emptyStore(createdAt);
  return () =>
    generateDemo({
      employees: config.demoEmployees,
      years: 3,
      seed: 1,
      asOf: clock().toISODate() ?? '',
    });
}
