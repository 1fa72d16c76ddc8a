/**
 * `npm run screenshots`: the tab's three views (demo leader, sector chief, HR consultant) in light
 * and dark theme, as PNGs in a folder outside the repository (default /tmp/naervaer-screenshots,
 * or SCREENSHOT_DIR), for a person to look at. Runs the real bot in local mode on a fresh demo
 * municipality in a temporary folder, once per LOCAL_USER.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { createApp } from '../bot/app.js';
import { loadConfig, type LocalUser } from '../bot/config.js';
import { createLogger } from '../bot/logger.js';
import { seedFor } from '../bot/seed.js';
import { createLowdbRepositories } from '../data/lowdb-repositories.js';
import { openStore } from '../data/store.js';
import { ZONE } from '../domain/clock.js';
import { launch, openTab } from './browser.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '/tmp/naervaer-screenshots');
const VIEWS: LocalUser[] = ['leader', 'chief', 'hr'];
const THEMES = ['light', 'dark'] as const;

if (OUT === ROOT || OUT.startsWith(ROOT + path.sep)) {
  process.stderr.write(`SCREENSHOT_DIR must be outside the repository (${ROOT})\n`);
  process.exit(2);
}

async function startBot(user: LocalUser, dataFile: string) {
  const config = loadConfig({
    PORT: '0',
    DATA_FILE: dataFile,
    LOG_LEVEL: 'silent',
    LOCAL_USER: user,
    DEMO_EMPLOYEES: '400',
  });
  const now = DateTime.now().setZone(ZONE);
  const clock = () => now;
  const store = await openStore(dataFile, { seed: seedFor(config, clock) });
  const repos = createLowdbRepositories(store, () => now.toUTC().toISO() ?? '');
  const app = createApp({ config, clock, store, repos, logger: createLogger('silent') });
  const { url } = await app.listen();
  // The scheduler's scan plans the follow-up of the demo's sick periods (nothing is sent).
  await app.scheduler.tick();
  return { app, url };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'naervaer-shots-'));
  const dataFile = path.join(tmp, 'naervaer.json');
  const browser = await launch();
  try {
    for (const user of VIEWS) {
      const { app, url } = await startBot(user, dataFile);
      try {
        for (const theme of THEMES) {
          for (const [suffix, width] of [
            ['', 1100],
            ['-mobile', 390],
          ] as const) {
            const page = await openTab(browser, url, { theme, width });
            const file = path.join(OUT, `${user}-${theme}${suffix}.png`);
            await page.screenshot({ path: file, fullPage: true });
            await page.close();
            process.stdout.write(`${file}\n`);
          }
        }
      } finally {
        await app.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
