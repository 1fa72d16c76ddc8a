import { expect } from 'chai';
import { message, execute } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';
import { startFollowUpBot, invokeAnswer, type FollowUpBot } from './follow-up-bot.js';

const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const henrik = { aadObjectId: IDS.chief, name: 'Henrik Mortensen' };

describe('registering sickness in chat (real HTTP)', () => {
  let bot: FollowUpBot;
  beforeEach(async () => (bot = await startFollowUpBot()));
  afterEach(async () => bot.close());

  const say = (text: string, from = lone, locale = 'da-DK') =>
    bot.post(message(text, bot.as(from, { locale })));

  it('when Lone writes "Mette er syg fra i går", then the period, its plan and an audit entry are stored and the plan card is shown', async () => {
    const res = await say('Mette er syg fra i går');
    expect(res.status).to.equal(200);
    const texts = bot.connector.texts();
    expect(texts[0]).to.equal(
      'Mette Jensen er registreret som syg fra søndag 22. november. Her er opfølgningsplanen – jeg minder dig om hvert trin på dagen.',
    );
    const [plan] = bot.connector.cards();
    assertValidCard(plan);
    expect(JSON.stringify(plan)).to.contain('Opfølgning for Mette Jensen');
    expect(JSON.stringify(plan)).to.contain('Sygefraværssamtale (§ 7a)');
    const data = bot.data();
    expect(data.sickPeriods).to.have.length(1);
    const period = data.sickPeriods[0]!;
    expect(period).to.include({
      personKey: 'p-mette',
      start: '2026-11-22',
      end: null,
      type: 'SYGDOM',
      source: 'chat',
      registeredBy: IDS.leader,
    });
    const steps = data.followUps.filter((s) => s.periodId === period.id);
    // Køge: sick call, day 3, day 8, conversation by day 14 + § 7a, retention plan, report.
    expect(steps.map((s) => s.key).sort()).to.deep.equal(
      [
        'call-day-3',
        'call-day-8',
        'conversation-14',
        'legal-municipality-report',
        'legal-retention-plan',
        'legal-s7a',
        'sick-call',
      ].sort(),
    );
    // Day 28 from Sunday 22 Nov is Saturday 19 Dec; a legal deadline moves back to Friday 18 Dec.
    expect(steps.find((s) => s.key === 'legal-s7a')?.dueDate).to.equal('2026-12-18');
    const audit = data.audit.filter((a) => a.action === 'followup.sick.register');
    expect(audit).to.deep.equal([
      {
        at: '2026-11-23T08:00:00.000Z',
        actor: IDS.leader,
        action: 'followup.sick.register',
        subject: 'p-mette',
        unitId: 'HN',
        outcome: 'allowed',
        detail: period.id,
      },
    ]);
  });

  it('when a leader writes in English "Mette is partly sick, 50%", then a partial period is stored and the answer is English', async () => {
    await say('Mette is partly sick, 50%', lone, 'en-US');
    expect(bot.connector.texts()[0]).to.equal(
      'Mette Jensen is registered as partly sick (50 %) from Monday 23 November. Here is the follow-up plan – I will remind you of each step on the day.',
    );
    const card = bot.connector.cards()[0];
    assertValidCard(card);
    expect(JSON.stringify(card))
      .to.contain('Follow-up for Mette Jensen')
      .and.to.contain('Partly sick, 50 %');
    expect(bot.data().sickPeriods[0]).to.include({
      type: 'DELVIS_SYGDOM',
      partialPercent: 50,
      start: '2026-11-23',
    });
  });

  it('when a leader writes "Mette er delvist syg, 50 %" in Danish, then the period is partial', async () => {
    await say('Ali er delvist syg, 50 % fra 20.11');
    expect(bot.connector.texts()[0]).to.contain(
      'Ali Hassan er registreret som delvist syg (50 %) fra fredag 20. november',
    );
    expect(bot.data().sickPeriods[0]).to.include({
      personKey: 'p-ali',
      partialPercent: 50,
      start: '2026-11-20',
    });
  });

  it('when someone already sick is registered again, then no second period is made and the answer says so', async () => {
    await say('Mette er syg fra i går');
    bot.connector.clear();
    await say('Mette er syg');
    expect(bot.connector.texts()[0]).to.equal(
      'Mette Jensen er allerede registreret som syg fra søndag 22. november, så jeg har ikke oprettet en ny sygeperiode. Her er opfølgningsplanen.',
    );
    assertValidCard(bot.connector.cards()[0]);
    expect(bot.data().sickPeriods).to.have.length(1);
  });

  it('when the name matches two of the leader’s employees, then a choice card carries their keys and nothing is stored', async () => {
    await say('Mette er syg', henrik);
    const [choice] = bot.connector.cards();
    assertValidCard(choice);
    const json = JSON.stringify(choice);
    expect(json)
      .to.contain('Hvem mener du?')
      .and.to.contain('Mette Jensen')
      .and.to.contain('Mette Larsen');
    expect(json).to.contain('"personKey":"p-mette"').and.to.contain('"personKey":"p-mette2"');
    expect(bot.data().sickPeriods).to.have.length(0);
  });

  it('when the leader picks one from the choice card, then that person is registered and the card says who was chosen', async () => {
    const data = {
      personKey: 'p-mette2',
      intent: 'sick',
      start: '2026-11-23',
      partialPercent: null,
    };
    const res = await bot.post(
      execute(
        'followup.chooseEmployee',
        { verb: 'followup.chooseEmployee', ...data },
        bot.as(henrik),
      ),
    );
    const answer = await invokeAnswer(res);
    assertValidCard(answer.card);
    expect(JSON.stringify(answer.card)).to.contain('Du valgte Mette Larsen.');
    expect(bot.data().sickPeriods.map((p) => p.personKey)).to.deep.equal(['p-mette2']);
    expect(bot.connector.texts()[0]).to.contain('Mette Larsen er registreret som syg');
  });

  it('when a tampered choice names another unit’s employee, then it is refused, audited and nothing changes', async () => {
    const data = {
      personKey: 'p-mette2',
      intent: 'sick',
      start: '2026-11-23',
      partialPercent: null,
    };
    const res = await bot.post(
      execute(
        'followup.chooseEmployee',
        { verb: 'followup.chooseEmployee', ...data },
        bot.as(lone),
      ),
    );
    const answer = await invokeAnswer(res);
    expect(answer.text).to.equal(t('da', 'followup.chat.notYourEmployee'));
    const stored = bot.data();
    expect(stored.sickPeriods).to.have.length(0);
    expect(stored.audit.map((a) => [a.action, a.subject, a.outcome])).to.deep.equal([
      ['followup.chooseEmployee', 'p-mette2', 'denied'],
    ]);
  });

  it('when the name is someone in another unit, then the answer is "not among your employees", names nobody else, and is audited', async () => {
    await say('Mette Larsen er syg');
    const [answer] = bot.connector.texts();
    expect(answer).to.equal(t('da', 'followup.chat.notFound', { name: 'Mette Larsen' }));
    expect(answer).to.not.contain('Jensen');
    const stored = bot.data();
    expect(stored.sickPeriods).to.have.length(0);
    expect(stored.audit.map((a) => [a.action, a.subject, a.unitId, a.outcome])).to.deep.equal([
      ['followup.name.lookup', 'p-mette2', 'HS', 'denied'],
    ]);
  });

  it('when the name matches nobody at all, then the same answer comes and nothing is audited', async () => {
    await say('Bodil er syg');
    expect(bot.connector.texts()[0]).to.equal(t('da', 'followup.chat.notFound', { name: 'Bodil' }));
    expect(bot.data().audit).to.have.length(0);
  });

  it('when written in a group chat, then nothing about the employee is shown', async () => {
    await bot.post(
      message(
        'Mette er syg',
        bot.as(lone, { conversationType: 'groupChat', conversationId: '19:group@thread.v2' }),
      ),
    );
    expect(bot.connector.texts()[0]).to.equal(t('da', 'followup.chat.personalOnly'));
    expect(bot.data().sickPeriods).to.have.length(0);
  });

  it('when an HR consultant (not a leader) writes "Mette er syg", then they are told only leaders register', async () => {
    await say('Mette er syg', { aadObjectId: IDS.hr, name: 'Sofie Nielsen' });
    expect(bot.connector.texts()[0]).to.equal(t('da', 'followup.chat.leadersOnly'));
  });
});
