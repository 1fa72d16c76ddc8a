/**
 * End to end through the Microsoft 365 Agents Playground in headless Chromium (Debian's package,
 * installed by .ci/run): the welcome card appears, and "hjælp" gets the help card.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';

const CHROMIUM = '/usr/bin/chromium';
const PLAYGROUND_PORT = 56250;
const BIN = path.resolve(import.meta.dirname, '../../node_modules/.bin/agentsplayground');

async function waitForPing(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`playground did not answer ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Agents Playground end to end (headless Chromium)', function () {
  this.timeout(90_000);
  let bot: TestBot;
  let playground: ChildProcess;
  let browser: Browser;

  before(async () => {
    expect(
      existsSync(CHROMIUM),
      `${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`,
    ).to.equal(true);
    bot = await startTestBot({ env: { LOCAL_USER: 'leader' } });
    playground = spawn(
      BIN,
      [
        'start',
        '-e',
        `${bot.url}/api/messages`,
        '-c',
        'msteams',
        '-p',
        String(PLAYGROUND_PORT),
        '--disable-telemetry',
      ],
      {
        env: {
          ...process.env,
          TEAMSAPPTESTER_BROWSER: 'none',
          M365_AGENTS_PLAYGROUND_LOGFILE: path.join(bot.dataFile, '..', 'playground.log'),
        },
        stdio: 'ignore',
      },
    );
    await waitForPing(`http://127.0.0.1:${PLAYGROUND_PORT}/_debug/ping`, 30_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  after(async () => {
    await browser?.close();
    playground?.kill();
    await bot?.close();
  });

  it('shows the welcome card and answers "hjælp" with the help card', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PLAYGROUND_PORT}`);
    await page
      .getByText(/Velkommen til Nærvær|Welcome to Nærvær/)
      .first()
      .waitFor({ timeout: 30_000 });
    const box = page.getByRole('textbox').first();
    await box.click();
    await page.keyboard.type('hjælp');
    await page.keyboard.press('Enter');
    // The welcome card's button has the help card's title, so wait for what only the help card says.
    await page
      .getByText(/Du er leder for: Hjemmeplejen Nord|You lead: Hjemmeplejen Nord/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(
      await page.getByText(/Det kan jeg hjælpe dig med|What I can help you with/).count(),
    ).to.be.greaterThan(1);
  });
});
