/**
 * "forsinkede opfølgninger" / "hvem mangler stadig en § 7a-samtale?" over real HTTP: HR sees the
 * late and soon-due steps of the units their role covers, by unit, most late first, at most 15,
 * each person shown audited. Monday 23 Nov 2026; Ali sick since 2 Oct (every step so far late),
 * Mette since Saturday 21 Nov (her first calls due today).
 */
import { expect } from 'chai';
import { IDS, fixtureStore } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { t } from '../../../i18n/index.js';
import { allText } from '../../cards/follow-up-card-helpers.js';
import type { StoreData } from '../../../data/schema.js';
import { ask, audits, cardOf } from './overview-helpers.js';

/** An HR consultant who serves Børn og Unge only (so Sofie, unrestricted, serves the rest). */
const SO_HR = '00000000-0000-4000-8000-0000000000b1';

function seed(): StoreData {
  const d = fixtureStore();
  d.persons.push({
    aadObjectId: SO_HR,
    upn: null,
    displayName: 'Bo Dam',
    leads: [],
    hr: 'consultant',
    hrUnits: ['BU'],
    locale: null,
  });
  return d;
}

describe("overview: HR's late and at-risk follow-up (real HTTP)", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed });
    await ask(bot, 'Ali er syg fra 2.10', IDS.leader);
    await ask(bot, 'Mette er syg fra 21.11', IDS.leader);
    await ask(bot, 'Jonas er syg fra 16.11', IDS.otherLeader);
  });
  afterEach(async () => bot.close());

  it('when HR asks "forsinkede opfølgninger", then their units\' late and soon-due steps, most late first, with the leader', async () => {
    const [reply] = await ask(bot, 'forsinkede opfølgninger', IDS.hr);
    const card = cardOf(reply);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain('Hjemmeplejen Nord (9)');
    expect(text).to.contain('Ali Hassan · Sygemelding på dag 1');
    expect(text).to.contain('fredag 2. oktober · 36 arbejdsdage forsinket');
    expect(text).to.contain('Senest torsdag 29. oktober · 17 arbejdsdage forsinket · Lovkrav');
    expect(text).to.contain('mandag 23. november · i dag');
    expect(text).to.contain('mandag 30. november · om 5 arbejdsdage');
    expect(text).to.contain('Leder: Lone Kristensen');
    // Most late first: Ali's sick call (2 Oct) before Mette's calls (today).
    expect(text.indexOf('Ali Hassan')).to.be.lessThan(text.indexOf('Mette Jensen'));
    // Jonas is in Solsikken, which Bo serves: not Sofie's.
    expect(text).not.to.contain('Jonas');
    const read = audits(bot, 'absence.hrlate.read');
    expect(read.map((a) => [a.actor, a.subject, a.unitId])).to.have.deep.members([
      [IDS.hr, 'p-ali', 'HN'],
      [IDS.hr, 'p-mette', 'HN'],
    ]);
  });

  it('when the question is about the § 7a conversation, then only that step is listed', async () => {
    const [reply] = await ask(bot, 'hvem mangler stadig en § 7a-samtale?', IDS.hr);
    const card = cardOf(reply);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain('§ 7a-samtaler, der mangler');
    expect(text).to.contain('Hjemmeplejen Nord (1)');
    expect(text).to.contain('Ali Hassan · Sygefraværssamtale (§ 7a)');
    expect(text).not.to.contain('Mette');
  });

  it("when a consultant serving other units asks, then only those units' people are shown", async () => {
    const [reply] = await ask(bot, 'late follow-ups', SO_HR, { locale: 'en-US' });
    const card = cardOf(reply);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain('Follow-up that is late or due soon');
    expect(text).to.contain('Børnehuset Solsikken (');
    expect(text).to.contain('Jonas Poulsen');
    expect(text).to.contain('working days late');
    expect(text).to.contain('Leader: Pia Holm');
    expect(text).not.to.match(/Ali|Mette/);
    const read = audits(bot, 'absence.hrlate.read');
    expect(read.map((a) => a.subject)).to.deep.equal(['p-jonas']);
  });

  it('when more than 15 steps are late or due, then the 15 most late are shown, by unit, and the rest counted', async () => {
    await ask(bot, 'Karen er syg fra 2.10', IDS.leader);
    await ask(bot, 'Mette Larsen er syg fra 2.10', IDS.chief);
    const [reply] = await ask(bot, 'forsinkede opfølgninger', IDS.hr);
    const card = cardOf(reply);
    assertValidCard(card);
    const text = allText(card);
    // 21 in all: three people's five steps due by 29 Oct come first; their reports and
    // Mette Jensen's calls are left out.
    expect(text).to.contain('Hjemmeplejen Nord (10)');
    expect(text).to.contain('Hjemmeplejen Syd (5)');
    expect(text).to.contain(t('da', 'overview.hrLate.more', { count: '6' }));
    expect(text).not.to.contain('NemRefusion');
    expect(text).not.to.contain('Mette Jensen');
    expect(audits(bot, 'absence.hrlate.read').map((a) => a.subject)).to.have.members([
      'p-ali',
      'p-karen',
      'p-mette2',
    ]);
  });

  it('when a leader asks, then they are pointed to their own overview; in a group chat, to a personal chat', async () => {
    const [leader] = await ask(bot, 'forsinkede opfølgninger', IDS.leader);
    expect(leader?.text).to.equal(t('da', 'overview.hrLate.leaderHint'));
    const [group] = await ask(bot, 'forsinkede opfølgninger', IDS.hr, {
      conversationType: 'channel',
      conversationId: '19:channel@thread.tacv2',
    });
    expect(group?.text).to.equal(t('da', 'gate.personalOnly'));
    expect(audits(bot, 'absence.hrlate.read')).to.deep.equal([]);
  });
});
