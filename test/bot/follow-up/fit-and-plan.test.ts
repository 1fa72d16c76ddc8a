import { expect } from 'chai';
import { message } from '../../helpers/activities.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';
import type { SickPeriod } from '../../../domain/model.js';
import { startFollowUpBot, type FollowUpBot } from './follow-up-bot.js';

const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };

describe('registering fit and showing the plan (real HTTP)', () => {
  let bot: FollowUpBot;
  afterEach(async () => bot.close());

  describe('with the fixture organisation', () => {
    beforeEach(async () => (bot = await startFollowUpBot()));
    const say = (text: string, locale = 'da-DK') =>
      bot.post(message(text, bot.as(lone, { locale })));

    it('when Mette is registered fit a week after falling sick, then the period ends the day before and every open step closes', async () => {
      bot.clock.set('2026-11-16T09:00:00');
      await say('Mette er syg');
      bot.clock.set('2026-11-23T09:00:00');
      bot.connector.clear();
      await say('Mette er rask igen');
      expect(bot.connector.texts()[0]).to.equal(
        'Dejligt, at Mette Jensen er tilbage. Sygeperioden er afsluttet med sidste sygedag søndag 22. november, og de åbne opfølgningstrin er lukket.',
      );
      const data = bot.data();
      expect(data.sickPeriods[0]).to.include({ start: '2026-11-16', end: '2026-11-22' });
      expect(data.followUps.map((s) => s.state)).to.satisfy((states: string[]) =>
        states.every((s) => s === 'not-needed'),
      );
      // Delivered while sick (the sick call on 16 Nov, the day-3 call on 18 Nov) but never marked done.
      const missed = data.followUps
        .filter((s) => s.missedBeforeFit)
        .map((s) => s.key)
        .sort();
      expect(missed).to.deep.equal(['call-day-3', 'sick-call']);
      expect(data.audit.filter((a) => a.action === 'followup.fit.register')).to.have.length(1);
    });

    it('when Mette is fit from tomorrow, then today is the last sick day', async () => {
      await say('Mette er syg fra 20.11');
      await say('Mette er rask fra i morgen');
      expect(bot.data().sickPeriods[0]?.end).to.equal('2026-11-23');
    });

    it('when "Mette is back" in English, then the answer is English', async () => {
      await say('Mette is sick since Friday', 'en-US');
      bot.connector.clear();
      await say('Mette is back', 'en-US');
      expect(bot.connector.texts()[0]).to.equal(
        'Good to have Mette Jensen back. The sick period is closed with Sunday 22 November as the last sick day, and the open follow-up steps are closed.',
      );
    });

    it('when the leader asks "hvad skal jeg gøre for Mette?", then the plan card is shown and the read is audited', async () => {
      await say('Mette er syg fra i går');
      bot.connector.clear();
      await say('hvad skal jeg gøre for Mette?');
      const [card] = bot.connector.cards();
      assertValidCard(card);
      const json = JSON.stringify(card);
      expect(json)
        .to.contain('Opfølgning for Mette Jensen')
        .and.to.contain('Køge')
        .and.to.contain('Senest fredag 18. december');
      const reads = bot.data().audit.filter((a) => a.action === 'followup.plan.read');
      expect(reads.map((a) => [a.actor, a.subject, a.unitId, a.outcome])).to.deep.equal([
        [IDS.leader, 'p-mette', 'HN', 'allowed'],
        [IDS.leader, 'p-mette', 'HN', 'allowed'],
      ]);
    });

    it('when the leader asks in English for someone never sick, then the answer says there is no plan', async () => {
      await say('what should I do for Karen?', 'en-US');
      expect(bot.connector.texts()).to.deep.equal([
        t('en', 'followup.chat.noPeriod', { name: 'Karen Olsen' }),
      ]);
    });
  });

  it('when an imported period has no plan yet, then asking for it makes the plan from the unit’s policy', async () => {
    const imported: SickPeriod = {
      id: 'imp-1',
      personKey: 'p-karen',
      type: 'SYGDOM',
      start: '2026-11-18',
      end: null,
      partialPercent: null,
      source: 'import',
      sourceId: 'F-1',
      registeredBy: null,
      createdAt: '2026-11-22T07:00:00.000Z',
      updatedAt: '2026-11-22T07:00:00.000Z',
    };
    bot = await startFollowUpBot(() => ({ ...fixtureStore(), sickPeriods: [imported] }));
    await bot.post(message('opfølgningsplan for Karen', bot.as(lone)));
    assertValidCard(bot.connector.cards()[0]);
    const steps = bot.data().followUps.filter((s) => s.periodId === 'imp-1');
    expect(steps).to.have.length(7);
    expect(steps.every((s) => s.policyId === 'koege' && s.unitId === 'HN')).to.equal(true);
  });
});
