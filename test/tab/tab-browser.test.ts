/**
 * The tab end to end in headless Chromium: the demo leader (LOCAL_USER, no token), the sector
 * chief and the HR consultant (Teams SSO tokens from a local OpenID server) open it; the figure
 * shown for a unit is the one the bot gives in chat for the same unit; axe-core finds no serious
 * or critical violation in light, dark or high contrast; Udført from the tab closes the step.
 */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { buildTab } from '../../tab/build.js';
import { axeViolations, CHROMIUM, launch, openTab } from '../../tab/browser.js';
import type { FakeOpenId } from '../helpers/fake-openid.js';
import { IDS } from '../helpers/fixture-org.js';
import { startTestBot, type TestBot } from '../helpers/test-bot.js';
import { allText } from '../cards/follow-up-card-helpers.js';
import { ask, cardOf, overviewSeed, stored } from '../bot/overview/overview-helpers.js';
import { t } from '../../i18n/index.js';
import { invoke } from '../bot/workflows/workflow-harness.js';
import { APP_ID_URI, startFakeOpenId, tabToken } from './tab-helpers.js';

/** The headline figure of the bot's stats card for a unit ("12,3 dage pr. fuldtidsansat"). */
async function chatFigure(bot: TestBot, question: string, who: string, unit: string) {
  const replies = await ask(bot, question, who);
  const texts = replies.map((r) => allText(cardOf(r)));
  const card = texts.find((t) => t.includes(unit) && /dage pr\. fuldtidsansat/.test(t));
  const figure = /([\d.,]+) dage pr\. fuldtidsansat/.exec(card ?? '')?.[1];
  expect(figure, `chat figure for ${unit} in:\n${texts.join('\n---\n')}`).to.be.a('string');
  return figure!;
}

const tabFigure = (page: Page, unitId: string) =>
  page.locator(`[data-figure="${unitId}"]`).innerText();

async function expectAccessible(page: Page, who: string): Promise<void> {
  const serious = (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious, `${who}: ${JSON.stringify(serious, null, 1)}`).to.deep.equal([]);
}

describe('the Nærvær tab in headless Chromium', function () {
  this.timeout(90_000);
  let openId: FakeOpenId;
  let bot: TestBot;
  let browser: Browser;

  before(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).to.equal(true);
    // The pages as the sources are now (npm install builds them too).
    await buildTab();
    openId = await startFakeOpenId();
    bot = await startTestBot({
      seed: overviewSeed,
      env: {
        LOCAL_USER: 'leader',
        TAB_APP_ID_URI: APP_ID_URI,
        TAB_OPENID_METADATA: openId.metadataUrl,
      },
    });
    await ask(bot, 'Mette er syg fra 21.11', IDS.leader);
    await invoke(bot, IDS.leader, 'workflow.launch', {
      kind: 'early-intervention',
      personKey: 'p-mette',
      launchId: 'l-browser',
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await bot?.close();
    await openId?.close();
  });

  it('when the demo leader opens it, then her unit shows the figure the bot gives in chat, and her sick employee with the next step', async () => {
    const page = await openTab(browser, bot.url);
    const chat = await chatFigure(
      bot,
      'hvordan ligger vi ift. måltal?',
      IDS.leader,
      'Hjemmeplejen Nord',
    );
    expect(await tabFigure(page, 'HN')).to.equal(chat);
    const sick = await page.locator('#sick').innerText();
    expect(sick).to.contain('Mette Jensen');
    expect(sick).not.to.contain('Mette Larsen');
    const workflows = await page.locator('#workflows').innerText();
    expect(workflows).to.contain('Henvisning til Tidlig Indsats').and.contain('Mette Jensen');
    expect(workflows).to.contain('Visitation og opstart').and.contain('Sofie Nielsen');
    expect(await page.locator('canvas[role="img"]').count()).to.be.greaterThan(0);
    await expectAccessible(page, 'leader');
    await page.close();
  });

  it('when the leader presses Udført in the tab, then the step is done in the store and the tab says so', async () => {
    const page = await openTab(browser, bot.url);
    const before = stored(bot).followUps.filter((s) => s.state === 'done').length;
    await page
      .locator('#sick fluent-button[aria-label^="Udført"][aria-label$="(Mette Jensen)"]')
      .click();
    const saved = t('da', 'followup.notice.saved');
    await page.waitForFunction(
      (text) => document.querySelector('#sick [role="status"]')?.textContent === text,
      saved,
    );
    expect(stored(bot).followUps.filter((s) => s.state === 'done').length).to.equal(before + 1);
    await page.close();
  });

  it('when the sector chief opens it with a Teams token, then the sector figure matches the chat and her units are ranked', async () => {
    const token = await tabToken(openId, IDS.chief);
    const page = await openTab(browser, bot.url, { token });
    const chat = await chatFigure(
      bot,
      'hvordan ligger vi ift. måltal?',
      IDS.chief,
      'Ældre og Sundhed',
    );
    expect(await tabFigure(page, 'AE')).to.equal(chat);
    const ranking = await page.locator('#ranking').innerText();
    expect(ranking).to.contain('Hjemmeplejen Nord');
    expect(ranking).to.contain('Hjemmeplejen Syd');
    await expectAccessible(page, 'chief');
    await page.close();
  });

  it('when the HR consultant opens it with a Teams token, then the municipality figure matches the chat and the board shows every sector', async () => {
    const token = await tabToken(openId, IDS.hr);
    const page = await openTab(browser, bot.url, { token, theme: 'dark', locale: 'en' });
    const chat = await chatFigure(bot, 'fravær i hele kommunen', IDS.hr, 'Testkommune');
    expect(await tabFigure(page, 'K')).to.equal(chat.replace(',', '.'));
    const heat = await page.locator('#heat').innerText();
    expect(heat).to.contain('Ældre og Sundhed');
    expect(heat).to.contain('Børn og Unge');
    const workflows = await page.locator('#workflows').innerText();
    expect(workflows).to.contain('Referral to Tidlig Indsats').and.contain('Hjemmeplejen Nord');
    await expectAccessible(page, 'hr dark');
    await page.close();
  });

  it('when it is shown in high contrast at a phone width, then axe finds nothing serious either', async () => {
    const page = await openTab(browser, bot.url, { theme: 'contrast', width: 375 });
    await expectAccessible(page, 'leader contrast mobile');
    await page.close();
  });

  it("when the leader's page asks the API for another leader's unit, then nothing of it comes back", async () => {
    const page = await openTab(browser, bot.url);
    const answer = await page.evaluate(async () => {
      const res = await fetch('/api/tab/units/SO');
      return { status: res.status, text: await res.text() };
    });
    expect(answer.status).to.equal(403);
    expect(answer.text).not.to.match(/Solsikken|daysPerFte|Jonas/);
    await page.close();
  });

  it('when a channel tab shows a unit, then it has the totals and its workflows and no person', async () => {
    const token = await tabToken(openId, IDS.chief);
    const page = await openTab(browser, bot.url, {
      token,
      extra: { audience: 'channelTab', unit: 'HN' },
    });
    const text = await page.locator('body').innerText();
    expect(text).to.contain('Hjemmeplejen Nord');
    expect(text).not.to.contain('Mette');
    expect(await page.locator('#sick').count()).to.equal(0);
    const workflows = await page.locator('#workflows').innerText();
    expect(workflows, "the unit's workflow, without the employee").to.contain(
      'Henvisning til Tidlig Indsats',
    );
    await page.close();
  });
});
