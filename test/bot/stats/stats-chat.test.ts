/** Statistics in chat, over real HTTP against the running bot with the fixture municipality. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import type { StoreData } from '../../../data/schema.js';

const period = importedPeriod;

/**
 * Hand-computed: HN has 3 monthly-paid FTE-ish staff; Mette has 5 one-day periods (Tuesdays). A
 * child's sickness in January 2024 (never counted) marks where the imported absence data starts,
 * so the window and the year before it are covered.
 */
function statsSeed(): StoreData {
  const d = fixtureStore();
  const tuesdays = ['2026-02-03', '2026-04-07', '2026-06-02', '2026-08-04', '2026-10-06'];
  d.sickPeriods = tuesdays.map((day, i) => period(`p${i}`, 'p-mette', day, day));
  d.sickPeriods.push(period('k1', 'p-karen', '2026-09-07', '2026-09-11'));
  d.sickPeriods.push({ ...period('c0', 'p-karen', '2024-01-08', '2024-01-08'), type: 'BARN_SYG' });
  d.targets = [
    { unitId: 'AE', year: 2026, daysPerFte: 1.5, method: 'FAST', appliesToSubUnits: true },
  ];
  return d;
}

describe('statistics in chat', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed: statsSeed })));
  afterEach(async () => bot.close());

  async function ask(text: string, who: string, locale = 'da-DK') {
    bot.connector.clear();
    await bot.post(message(text, bot.as({ aadObjectId: who }, { locale })));
    await new Promise((r) => setTimeout(r, 30));
    return bot.connector.received.map((r) => r.activity);
  }

  it('when a leader asks "hvordan ligger vi ift. måltal?", then one valid card shows the unit against its inherited target', async () => {
    const [reply] = await ask('hvordan ligger vi ift. måltal?', IDS.leader);
    const card = (reply?.attachments as Array<{ content: object }>)[0]?.content;
    assertValidCard(card);
    const json = JSON.stringify(card);
    expect(json).to.contain('Hjemmeplejen Nord');
    // 10 working days lost (5 + 5) over 2.8108 FTE for the whole window = 3,6 days per FTE; target 1,5 → 2,1 over.
    expect(json).to.match(/3,6/);
    expect(json).to.match(/2,1 dage? over måltal/);
  });

  it('when the question is in English, then the card is English with a decimal point', async () => {
    const [reply] = await ask("what is my unit's absence vs target?", IDS.leader, 'en-GB');
    const json = JSON.stringify(reply?.attachments);
    expect(json).to.match(/3\.6/);
    expect(json).to.match(/2\.1 days? above target/);
  });

  it('when the sector chief asks, then the sector card is followed by its units ranked against target', async () => {
    const replies = await ask('fravær vs. måltal', IDS.chief);
    expect(replies).to.have.length(2);
    const ranking = JSON.stringify(replies[1]?.attachments);
    expect(ranking).to.contain('Hjemmeplejen Nord');
    expect(ranking).to.contain('Hjemmeplejen Syd');
    for (const r of replies)
      assertValidCard((r.attachments as Array<{ content: object }>)[0]?.content);
  });

  it('when HR names a unit forgivingly, then it is found; an ambiguous name gets a choice', async () => {
    const [one] = await ask('fravær i hjemmeplejen nord', IDS.hr);
    expect(JSON.stringify(one?.attachments)).to.contain('Hjemmeplejen Nord');
    const [choice] = await ask('fravær i Hjemmeplejen', IDS.hr);
    const json = JSON.stringify(choice?.attachments);
    expect(json).to.contain('Hvilken enhed mener du?');
    expect(json).to.contain('Hjemmeplejen Syd');
  });

  it('when a leader names a unit they do not lead or one that does not exist, then they are told so', async () => {
    const [notMine] = await ask('fravær i Solsikken', IDS.leader);
    expect(notMine?.text).to.match(/kun se tal for de enheder/);
    const [unknown] = await ask('fravær i Xyzzyhuset', IDS.leader);
    expect(unknown?.text).to.match(/kan ikke finde en enhed/);
  });

  it('when a person with no role asks, then they get nothing', async () => {
    const [reply] = await ask('hvordan ligger vi ift. måltal?', IDS.employee);
    expect(reply?.text).to.match(/ikke en leder- eller HR-rolle/);
    expect(reply?.attachments).to.equal(undefined);
  });

  it('when a leader asks who has had many sick periods, then only their own employees are listed and each read is audited', async () => {
    const before = (JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData).audit.length;
    const [reply] = await ask('hvem har haft mange sygeperioder?', IDS.leader);
    const json = JSON.stringify(reply?.attachments);
    expect(json).to.contain('Mette Jensen');
    expect(json).to.not.contain('Karen Olsen');
    const audit = (JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData).audit.slice(before);
    expect(audit.map((a) => [a.action, a.subject])).to.deep.equal([
      ['absence.frequent.read', 'p-mette'],
    ]);
  });

  it('when a card action names a unit the clicker cannot see, or is malformed, then nothing is shown', async () => {
    const tampered = await bot.post(
      execute(
        'stats.showUnit',
        { verb: 'stats.showUnit', unitId: 'SO' },
        bot.as({ aadObjectId: IDS.leader }),
      ),
    );
    expect(JSON.stringify(await tampered.json())).to.match(/kun se tal/);
    const garbage = await bot.post(
      execute(
        'stats.showUnit',
        { verb: 'stats.showUnit', unitId: { $ne: 1 } },
        bot.as({ aadObjectId: IDS.leader }),
      ),
    );
    expect(JSON.stringify(await garbage.json())).to.match(/kunne jeg ikke bruge/);
    bot.connector.clear();
    const ok = await bot.post(
      execute(
        'stats.showUnit',
        { verb: 'stats.showUnit', unitId: 'HN' },
        bot.as({ aadObjectId: IDS.leader }),
      ),
    );
    const body = (await ok.json()) as { type: string; value: unknown };
    expect(body.type).to.equal('application/vnd.microsoft.activity.message');
    const [sent] = bot.connector.received.map((r) => r.activity);
    const card = (sent?.attachments as Array<{ content: object }>)[0]?.content;
    assertValidCard(card);
    expect(JSON.stringify(card)).to.contain('Sygefravær – Hjemmeplejen Nord');
  });

  it('when the absence data starts after the window begins, then the card says from when and gives no verdict', async () => {
    await bot.close();
    bot = await startTestBot({
      seed: () => {
        const d = statsSeed();
        d.sickPeriods = d.sickPeriods.filter((p) => p.id !== 'c0');
        return d;
      },
    });
    // Now the first registration anywhere is 3 Feb 2026, three months into the window.
    for (const [question, locale, note, verdict] of [
      [
        'hvordan ligger vi ift. måltal?',
        'da-DK',
        '(data kun fra 3. feb 2026)',
        /dage? (over|under) måltal|På måltal/,
      ],
      [
        "what is my unit's absence vs target?",
        'en-GB',
        '(data only from 3 Feb 2026)',
        /days? (above|below) target|On target/,
      ],
    ] as const) {
      const [reply] = await ask(question, IDS.leader, locale);
      const card = (reply?.attachments as Array<{ content: object }>)[0]?.content;
      assertValidCard(card);
      const json = JSON.stringify(card);
      expect(json).to.contain(note);
      expect(json).to.not.match(verdict);
      expect(json).to.not.contain('Chart.Gauge');
    }
  });
});
