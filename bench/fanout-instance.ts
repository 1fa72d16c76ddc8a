/**
 * One bot instance for bench/outbox-fanout-2x.ts: the app on PostgreSQL (DATABASE_URL), with only
 * its outbox sender running, at FANOUT_RATE cards a second. The instance that holds the sender's
 * lock sends; the other waits and takes over when the holder dies. Killed by the bench with
 * SIGKILL (nothing released) or stopped with SIGTERM (as `docker stop` or App Service does: the
 * card in hand is finished, then the app closes); prints one line when it starts.
 */
import { DateTime } from 'luxon';
import { createApp } from '../bot/app.js';
import { loadConfig } from '../bot/config.js';
import { createLogger } from '../bot/logger.js';
import { rateLimitsFromConfig } from '../bot/proactive/rate-limiter.js';
import { emptyStore } from '../data/defaults.js';
import { openRepositories } from '../data/open-store.js';
import { ZONE } from '../domain/clock.js';
import { cardRenderer } from './fanout-card.js';

const url = process.env.DATABASE_URL ?? '';
const rate = Number(process.env.FANOUT_RATE ?? 40);
const config = loadConfig({ PORT: '0', DATABASE_URL: url, LOG_LEVEL: 'silent' });
const now = () => new Date().toISOString();
const { store, repos } = await openRepositories(
  { dataFile: '', databaseUrl: url },
  { seed: () => emptyStore(now()), now },
);
const app = createApp(
  {
    config,
    clock: () => DateTime.now().setZone(ZONE),
    store,
    repos,
    logger: createLogger(process.env.FANOUT_LOG === 'info' ? 'info' : 'silent'),
  },
  {
    sendLimits: rateLimitsFromConfig({
      sendRatePerSecond: rate,
      sendRatePerConversationPerSecond: 7,
    }),
  },
);
app.sender.register('test', cardRenderer);
app.sender.start();
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.stdout.write(`ready ${process.pid}\n`);
