/**
 * Statistics in chat: whole months, calendar years, years without data, a unit with its afsnit,
 * and an HR consultant who serves only some units. Over real HTTP with the fixture municipality.
 */
import { expect } from 'chai';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import type { StoreData } from '../../../data/schema.js';

const CONSULTANT_BU = '00000000-0000-4000-8000-0000000000bb';
const period = importedPeriod;

/** Mette (HN, full time) sick Mon 3 – Wed 5 Nov 2025, Tue 3 Feb 2026 and Tue 1 – Wed 2 Dec 2026. */
function seed(): StoreData {
  const d = fixtureStore();
  d.units.push({
    id: 'HN-NAT',
    name: 'Hjemmeplejen Nord, Nattevagten',
    parentId: 'HN',
    level: 'afsnit',
    unitType: 'hjemmepleje',
    validFrom: '2020-01-01',
    validTo: null,
    policyId: null,
  });
  d.persons.push({
    aadObjectId: CONSULTANT_BU,
    upn: null,
    displayName: 'Camilla Holst',
    leads: [],
    hr: 'consultant',
    hrUnits: ['BU'],
    locale: null,
  });
  d.sickPeriods = [
    period('a', 'p-mette', '2025-11-03', '2025-11-05'),
    period('b', 'p-mette', '2026-02-03', '2026-02-03'),
    period('c', 'p-mette', '2026-12-01', '2026-12-02'),
  ];
  return d;
}

describe('statistics periods in chat', () => {
  let bot: TestBot;
  beforeEach(async () => (bot = await startTestBot({ seed, now: '2026-12-02T09:00:00' })));
  afterEach(async () => bot.close());

  async function ask(text: string, who: string, locale = 'da-DK') {
    bot.connector.clear();
    await bot.post(message(text, bot.as({ aadObjectId: who }, { locale })));
    await new Promise((r) => setTimeout(r, 30));
    return bot.connector.received.map((r) => r.activity);
  }
  const cardsOf = (replies: Array<Record<string, unknown>>) =>
    replies.map((r) => (r.attachments as Array<{ content: object }> | undefined)?.[0]?.content);

  it('when a leader asks on 2 December, then the figures cover December–November and the trend ends with November', async () => {
    const [card] = cardsOf(await ask('hvordan ligger vi ift. måltal?', IDS.leader));
    assertValidCard(card);
    const json = JSON.stringify(card);
    expect(json).to.contain('Rullende 12 måneder: 1. dec 2025 – 30. nov 2026');
    const line = (card as { body: Array<{ type: string; data?: unknown }> }).body.find(
      (e) => e.type === 'Chart.Line',
    );
    const current = (line?.data as Array<{ values: Array<{ x: string }> }>)[0]?.values ?? [];
    expect(current.map((v) => v.x)).to.deep.equal([
      'dec 25',
      'jan 26',
      'feb 26',
      'mar 26',
      'apr 26',
      'maj 26',
      'jun 26',
      'jul 26',
      'aug 26',
      'sep 26',
      'okt 26',
      'nov 26',
    ]);
    // Only 3 Feb 2026 is inside (1–2 Dec 2026 is the month under way) over 2.8108 FTE.
    expect(json).to.contain('0,4 dage pr. fuldtidsansat');
  });

  it('when a leader asks about a past calendar year, then the card covers that year', async () => {
    const [card] = cardsOf(await ask('sygefravær i 2025', IDS.leader));
    assertValidCard(card);
    const json = JSON.stringify(card);
    expect(json).to.contain('Kalenderåret 2025: 1. jan 2025 – 31. dec 2025');
    // 3 days (3–5 Nov 2025) over 2.8108 FTE = 1.07.
    expect(json).to.contain('1,1 dage pr. fuldtidsansat');
  });

  it('when asked about a year the data does not reach, then the card says there are no figures, in both languages', async () => {
    const [da] = cardsOf(await ask('fravær i 2019', IDS.leader));
    assertValidCard(da);
    expect(JSON.stringify(da)).to.contain('Der er ingen tal for Hjemmeplejen Nord i 2019');
    expect(JSON.stringify(da)).to.not.contain('0,0 dage');
    const [en] = cardsOf(await ask('absence in 2019', IDS.leader, 'en-GB'));
    expect(JSON.stringify(en)).to.contain('There are no figures for Hjemmeplejen Nord in 2019');
    const chief = await ask('fravær i 2019', IDS.chief);
    expect(chief, 'no ranking of units without figures').to.have.length(1);
  });

  it('when the data covers only part of the year asked about, then the card warns that the figure is too low', async () => {
    // The first registration anywhere is 3 Nov 2025: 2025 is covered only from then.
    const [year] = cardsOf(await ask('sygefravær i 2025', IDS.leader));
    expect(JSON.stringify(year)).to.contain(
      'Der er kun fraværsdata fra 3. nov 2025, så tallene dækker ikke hele perioden og er for lave.',
    );
    const [rolling] = cardsOf(await ask('hvordan ligger vi ift. måltal?', IDS.leader));
    expect(JSON.stringify(rolling)).to.not.contain('Der er kun fraværsdata');
  });

  it('when asked about a year that has not come, then the answer says there are no figures yet', async () => {
    const [reply] = await ask('fravær i 2031', IDS.leader);
    expect(reply?.text).to.equal(
      'Der er ingen tal for 2031 endnu. Skriv fx "sygefravær sidste 12 måneder" eller et år, der er gået.',
    );
  });

  it('when the sector chief opens a unit from last year’s ranking, then the ranking stays and the unit’s card comes as a new message', async () => {
    const replies = await ask('fravær sidste år', IDS.chief);
    const ranking = JSON.stringify(cardsOf(replies)[1]);
    expect(ranking).to.contain('Fravær ift. måltal 2025 – Ældre og Sundhed');
    expect(ranking).to.contain('"data":{"verb":"stats.showUnit","unitId":"HN","year":2025}');
    for (const [unitId, name] of [
      ['HN', 'Hjemmeplejen Nord'],
      ['HS', 'Hjemmeplejen Syd'],
    ] as const) {
      bot.connector.clear();
      const res = await bot.post(
        execute(
          'stats.showUnit',
          { verb: 'stats.showUnit', unitId, year: 2025 },
          bot.as({ aadObjectId: IDS.chief }),
        ),
      );
      // The invoke is answered with a message, not a card: Teams leaves the ranking as it was.
      const body = (await res.json()) as { statusCode: number; type: string; value: unknown };
      expect(body).to.deep.equal({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'Enhedens tal kommer i en ny besked nedenfor. Listen bliver stående.',
      });
      const [unitCard] = cardsOf(bot.connector.received.map((r) => r.activity));
      assertValidCard(unitCard);
      const json = JSON.stringify(unitCard);
      expect(json).to.contain(`Sygefravær – ${name}"`);
      expect(json).to.contain('Kalenderåret 2025');
    }
  });

  it('when a name matches a unit and its own afsnit, then the unit is opened with its afsnit ranked below', async () => {
    const replies = await ask('fravær i nord', IDS.hr);
    const [unitCard, ranking] = cardsOf(replies).map((c) => JSON.stringify(c));
    expect(unitCard).to.contain('Sygefravær – Hjemmeplejen Nord"');
    expect(ranking).to.contain('Hjemmeplejen Nord, Nattevagten');
    const [choice] = cardsOf(await ask('fravær i hjemmeplejen', IDS.hr));
    expect(JSON.stringify(choice)).to.contain('Hvilken enhed mener du?');
  });

  it('when a leader names only a unit they do not lead, then they are told it is not theirs', async () => {
    const [reply] = await ask('fravær i Hjemmeplejen Syd', IDS.leader);
    expect(reply?.text).to.match(/kun se tal for de enheder/);
  });

  it('when an HR consultant who serves only Børn og Unge asks, then the answer is about Børn og Unge, not the municipality', async () => {
    const [card] = cardsOf(await ask('hvordan ligger vi ift. måltal?', CONSULTANT_BU));
    assertValidCard(card);
    expect(JSON.stringify(card)).to.contain('Sygefravær – Børn og Unge');
  });
});
