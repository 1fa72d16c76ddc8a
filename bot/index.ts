/**
 * Composition root: config → clock → store → repositories → app (adapter, bot, server) → scheduler.
 * `npm start` runs this file.
 */
import { DateTime } from 'luxon';
import { ConfigError, loadConfigFromEnvironment, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { StoreOpenError } from '../data/store.js';
import { openRepositories } from '../data/open-store.js';
import { travellingClock, ZONE, type Clock } from '../domain/clock.js';
import { createApp } from './app.js';
import { seedFor } from './seed.js';

function clockFor(config: Config): Clock {
  if (config.clockNow) return travellingClock(config.clockNow, Date.now(), () => Date.now());
  return () => DateTime.now().setZone(ZONE);
}

/** The local-mode banner: where to chat, as whom, on which day; then the one warning. */
function announceLocalMode(logger: Logger, config: Config, url: string, startupMs: number): void {
  const lines = [
    '',
    `Nærvær is running on ${url}/api/messages (local mode, data in ${config.databaseUrl ? 'PostgreSQL' : config.dataFile}, started in ${(startupMs / 1000).toFixed(1)} s).`,
    'Chat with it locally, no Azure needed:',
    '  npm run playground        (Microsoft 365 Agents Playground; opens http://localhost:56150)',
    `Playground users act as LOCAL_USER=${config.localUser ?? 'leader'} (leader | chief | hr | employee | none).`,
    ...(config.clockNow
      ? [`Clock set by CLOCK_NOW to ${config.clockNow}, running forward from there.`]
      : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  logger.warn(
    'LOCAL MODE: BOT_ID is empty, so authentication is OFF. Bound to 127.0.0.1 only. Never expose this.',
  );
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfigFromEnvironment();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  if (config.mode === 'local' && config.localUser === null)
    config = { ...config, localUser: 'leader' };
  // Local mode is read by a person in a terminal: short lines. Production: JSON for the collector.
  const logger = createLogger(config.logLevel, { pretty: config.mode === 'local' });
  const clock = clockFor(config);
  const started = Date.now();
  const now = () => clock().toUTC().toISO() ?? '';
  const { store, repos } = await openRepositories(config, {
    seed: seedFor(config, clock),
    now,
  }).catch((err: unknown) => {
    if (err instanceof StoreOpenError) {
      // Production's collector gets the JSON line; a terminal gets the message once.
      if (config.mode !== 'local') logger.fatal({ code: err.code }, err.message);
      process.stderr.write(`${err.message}\n`);
      process.exit(3);
    }
    throw err;
  });
  const app = createApp({ config, clock, store, repos, logger });
  const { url } = await app.listen();
  app.startBackground();
  const startupMs = Date.now() - started;
  if (config.mode === 'local') announceLocalMode(logger, config, url, startupMs);
  else
    logger.info(
      { url, mode: config.mode, startupMs, origin: repos.info().origin },
      'Nærvær started',
    );
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

await main();
