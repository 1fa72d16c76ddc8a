/**
 * End to end through the Microsoft 365 Agents Playground in headless Chromium (Debian's package,
 * installed by .ci/run): the welcome card appears, "hjælp" gets the help card, and the cards' buttons
 * (Action.Submit with verb 'core.say') are answered as the phrase they stand for. Screenshots go to
 * /tmp/nv-shots/.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';

const CHROMIUM = '/usr/bin/chromium';
const PLAYGROUND_PORT = 56250;
const BIN = path.resolve(import.meta.dirname, '../../node_modules/.bin/agentsplayground');
const SHOTS = '/tmp/nv-shots';
const HELP_CARD = /Du er leder for: Hjemmeplejen Nord|You lead: Hjemmeplejen Nord/;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Waits until `pattern` is shown more often than `before` times. */
async function shownMoreThan(page: Page, pattern: RegExp, before: number): Promise<void> {
  await page.waitForFunction(
    ([source, flags, n]) => {
      const re = new RegExp(source, flags + 'g');
      return (document.body.innerText.match(re) ?? []).length > n;
    },
    [pattern.source, pattern.flags, before] as const,
    { timeout: 30_000 },
  );
}

const count = async (page: Page, pattern: RegExp) =>
  (await page.evaluate(() => document.body.innerText)).match(new RegExp(pattern.source, 'g'))
    ?.length ?? 0;

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
    await page.getByText(HELP_CARD).first().waitFor({ timeout: 30_000 });
    expect(
      await page.getByText(/Det kan jeg hjælpe dig med|What I can help you with/).count(),
    ).to.be.greaterThan(1);
  });

  it('when the welcome card’s button is clicked, then the help card comes as if "hjælp" was written', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PLAYGROUND_PORT}`);
    await page
      .getByText(/Velkommen til Nærvær|Welcome to Nærvær/)
      .first()
      .waitFor({ timeout: 30_000 });
    const before = await count(page, HELP_CARD);
    await page
      .getByRole('button', { name: /^(Det kan jeg hjælpe dig med|What I can help you with)$/ })
      .first()
      .click();
    await shownMoreThan(page, HELP_CARD, before);
    await screenshot(page, 'playground-welcome-button');
  });

  it('when the help card’s "Fravær vs. måltal" button is clicked, then the statistics card comes', async () => {
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
    await page.getByText(HELP_CARD).first().waitFor({ timeout: 30_000 });
    const stats = /Sygefravær – Hjemmeplejen Nord/;
    const before = await count(page, stats);
    await page.getByRole('button', { name: 'Fravær vs. måltal' }).last().click();
    // Answered in Danish, the language last written in the conversation.
    await shownMoreThan(page, stats, before);
    await screenshot(page, 'playground-help-button');
    expect(await page.evaluate(() => document.body.innerText)).to.not.match(
      /Cannot add property|Det forstod jeg ikke|Den handling kunne jeg ikke bruge/,
    );
  });
});
