/**
 * "hvordan går det med Mette?" over real HTTP: one of the leader's own employees — the sick
 * period, the last 12 months by the frequent-absence rule, and the plan; someone else's employee
 * is "not found" and audited. Monday 23 Nov 2026.
 */
import { expect } from 'chai';
import { execute } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { t } from '../../../i18n/index.js';
import { allText, executeData } from '../../cards/follow-up-card-helpers.js';
import { invokeAnswer } from '../follow-up/follow-up-bot.js';
import { ask, audits, cardOf, overviewSeed } from './overview-helpers.js';

describe('overview: one employee (real HTTP)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ seed: overviewSeed });
    await ask(bot, 'Mette er syg fra 21.11', IDS.leader);
  });
  afterEach(async () => bot.close());

  it('when a leader asks "hvordan går det med Mette?", then the card shows her open period, the last 12 months and her plan', async () => {
    const plansReadBefore = audits(bot, 'followup.plan.read').length;
    const [reply] = await ask(bot, 'hvordan går det med Mette?', IDS.leader);
    const card = cardOf(reply);
    assertValidCard(card);
    const json = JSON.stringify(card);
    const text = allText(card);
    expect(text).to.contain('Mette Jensen – fravær og opfølgning');
    expect(json).to.contain('"title":"Syg nu","value":"Siden lørdag 21. november · dag 3"');
    // Saturday to Monday is one spell of three calendar days.
    expect(json).to.contain('"value":"Sygeperioder: 1 · sygedage: 3"');
    expect(text).to.contain('Retningslinje: Køge');
    expect(text).to.contain('Sygemelding på dag 1');
    expect(text).not.to.contain('hyppigt fravær');
    const subjects = (action: string) => audits(bot, action).map((a) => [a.subject, a.outcome]);
    expect(subjects('absence.employee.read')).to.deep.equal([['p-mette', 'allowed']]);
    // The plan shown is an audited read too (registering her showed it once already).
    const plansRead = audits(bot, 'followup.plan.read').slice(plansReadBefore);
    expect(plansRead.map((a) => [a.subject, a.outcome])).to.deep.equal([['p-mette', 'allowed']]);
  });

  it('when the employee meets a frequent-absence trigger, then the card says which and suggests a conversation', async () => {
    const [reply] = await ask(bot, 'hvordan går det med Karen?', IDS.leader);
    const card = cardOf(reply);
    assertValidCard(card);
    const text = allText(card);
    expect(JSON.stringify(card)).to.contain('"title":"Seneste sygeperiode"');
    expect(JSON.stringify(card)).to.contain('"value":"Sygeperioder: 5 · sygedage: 5"');
    expect(text).to.contain(
      'Når grænsen for hyppigt fravær: 5 sygeperioder på 12 måneder (grænsen er 5).',
    );
    expect(text).to.contain('samtaleguide for Karen Olsen');
  });

  it('when the name belongs to another leader\'s employee, then it is "not found" and the look-up is audited as refused', async () => {
    const [reply] = await ask(bot, 'hvordan går det med Jonas Poulsen?', IDS.leader);
    expect(reply?.text).to.equal(t('da', 'overview.employee.notFound', { name: 'Jonas Poulsen' }));
    const lookups = audits(bot, 'followup.name.lookup');
    expect(lookups.map((a) => [a.subject, a.unitId, a.outcome])).to.deep.equal([
      ['p-jonas', 'SO', 'denied'],
    ]);
    expect(audits(bot, 'absence.employee.read')).to.deep.equal([]);
  });

  it("when several of the chief's employees match, then a choice; the choice shows the chosen one", async () => {
    const [reply] = await ask(bot, 'hvordan går det med Mette?', IDS.chief);
    const choice = cardOf(reply);
    assertValidCard(choice);
    expect(allText(choice)).to.contain('Mette Larsen');
    const picks = executeData(choice);
    expect(picks.map((d) => d.personKey)).to.have.members(['p-mette', 'p-mette2']);
    const data = picks.find((d) => d.personKey === 'p-mette2')!;
    const res = await bot.post(
      execute(String(data.verb), data, bot.as({ aadObjectId: IDS.chief })),
    );
    const { card } = await invokeAnswer(res);
    assertValidCard(card);
    expect(allText(card)).to.contain('Mette Larsen – fravær og opfølgning');
    expect(JSON.stringify(card)).to.contain('"value":"Siden mandag 9. november · dag 15"');
  });

  it("when a choice names someone else's employee, then it is refused and audited", async () => {
    const res = await bot.post(
      execute(
        'overview.showEmployee',
        { verb: 'overview.showEmployee', personKey: 'p-jonas' },
        bot.as({ aadObjectId: IDS.leader }),
      ),
    );
    const { text } = await invokeAnswer(res);
    expect(text).to.equal(t('da', 'overview.employee.notYours'));
    const denied = audits(bot, 'absence.employee.read');
    expect(denied.map((a) => [a.subject, a.outcome, a.detail])).to.deep.equal([
      ['p-jonas', 'denied', 'not-own-employee'],
    ]);
  });

  it('when asked in a group chat, then the answer is "ask me in a personal chat" and nothing is read', async () => {
    const [reply] = await ask(bot, 'hvordan går det med Mette?', IDS.leader, {
      conversationType: 'groupChat',
      conversationId: '19:group@thread.v2',
    });
    expect(reply?.text).to.equal(t('da', 'gate.personalOnly'));
    expect(audits(bot, 'absence.employee.read')).to.deep.equal([]);
    expect(audits(bot, 'followup.name.lookup')).to.deep.equal([]);
  });

  it('when asked in English, then the card is English', async () => {
    const [reply] = await ask(bot, 'how is Mette doing?', IDS.leader, { locale: 'en-US' });
    const card = cardOf(reply);
    assertValidCard(card);
    expect(allText(card)).to.contain('Mette Jensen – absence and follow-up');
    expect(JSON.stringify(card)).to.contain('"value":"Since Saturday 21 November · day 3"');
    expect(JSON.stringify(card)).to.contain('"value":"Sick periods: 1 · sick days: 3"');
  });

  it('when HR asks about an employee, then only leaders may', async () => {
    const [reply] = await ask(bot, 'hvordan går det med Mette?', IDS.hr);
    expect(reply?.text).to.equal(t('da', 'overview.employee.leadersOnly'));
  });
});
