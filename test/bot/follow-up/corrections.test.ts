import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { execute, message } from '../../helpers/activities.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { fixtureStore, IDS } from '../../helpers/fixture-org.js';
import { importedPeriod } from '../../helpers/sick-periods.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { t } from '../../../i18n/index.js';
import type { StoreData } from '../../../data/schema.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
import { invokeAnswer } from './follow-up-bot.js';
import { press, type Json } from '../../dialogs/guide-harness.js';
import { submit } from '../../helpers/activities.js';

const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const pia = { aadObjectId: IDS.otherLeader, name: 'Pia Holm' };

/** The text of every TextBlock in a card, joined. */
function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out.join('\n');
}

/** The data of the card's action with this title. */
function actionData(card: unknown, title: string): Record<string, unknown> {
  const actions = (card as { actions?: Array<{ title: string; data: Record<string, unknown> }> })
    .actions;
  const found = actions?.find((a) => a.title === title);
  if (!found) throw new Error(`no action "${title}"`);
  return found.data;
}

/** The fields of a step that an undo must restore (version and delivery marks aside). */
const shape = (s: FollowUpStep) => ({
  id: s.id,
  state: s.state,
  dueDate: s.dueDate,
  outcome: s.outcome,
  postponedTo: s.postponedTo,
  closedOn: s.closedOn,
  periodStart: s.periodStart,
});

describe('corrections in chat: undo, not sick after all, extent, first day (real HTTP)', () => {
  let bot: TestBot;
  const data = () => JSON.parse(readFileSync(bot.dataFile, 'utf8')) as StoreData;
  const say = async (text: string, from = lone, locale = 'da-DK') => {
    bot.connector.clear();
    await bot.post(message(text, bot.as(from, { locale })));
  };
  const click = async (card: unknown, title: string, from = lone) => {
    const d = actionData(card, title);
    const res = await bot.post(execute(String(d.verb), d, bot.as(from)));
    const answer = await invokeAnswer(res);
    assertValidCard(answer.card);
    return cardText(answer.card);
  };
  const lastCard = () => {
    const cards = bot.connector.cards();
    const card = cards[cards.length - 1];
    assertValidCard(card);
    return card!;
  };
  const steps = () => data().followUps.sort((a, b) => a.id.localeCompare(b.id));
  const audits = (action: string) =>
    data()
      .audit.filter((a) => a.action === action)
      .map((a) => [a.actor, a.subject, a.outcome]);

  afterEach(async () => bot.close());

  describe('with the fixture organisation (Monday 23 November 2026)', () => {
    beforeEach(async () => (bot = await startTestBot()));

    it('when a registration is undone, then the period and its plan are gone and the undo is audited', async () => {
      await say('Mette er syg fra i går');
      expect(data().sickPeriods).to.have.length(1);
      await say('fortryd');
      const card = lastCard();
      expect(cardText(card)).to.contain(
        'Vil du fortryde: Mette Jensen registreret syg fra søndag 22. november?',
      );
      expect(cardText(card)).to.contain('til og med tirsdag 24. november');
      const answer = await click(card, 'Ja, fortryd');
      expect(answer).to.equal(t('da', 'corrections.undone', { name: 'Mette Jensen' }));
      expect(data().sickPeriods).to.deep.equal([]);
      expect(data().followUps).to.deep.equal([]);
      expect(audits('followup.undo')).to.deep.equal([[IDS.leader, 'p-mette', 'allowed']]);
      // Pressing the same button again changes nothing.
      expect(await click(card, 'Ja, fortryd')).to.equal(t('da', 'corrections.alreadyUndone'));
    });

    it('when a fit registration is undone, then the period is open again and its steps re-open at a new version', async () => {
      bot.clock.set('2026-11-16T09:00:00');
      await say('Mette er syg');
      const before = steps();
      bot.clock.set('2026-11-23T09:00:00');
      await say('Mette er rask igen');
      expect(data().sickPeriods[0]?.end).to.equal('2026-11-22');
      await say('fortryd');
      expect(cardText(lastCard())).to.contain(
        'Mette Jensen registreret rask med sidste sygedag søndag 22. november',
      );
      await click(lastCard(), 'Ja, fortryd');
      expect(data().sickPeriods[0]?.end).to.equal(null);
      const after = steps();
      expect(after.map(shape)).to.deep.equal(before.map(shape));
      expect(after.every((s) => s.version === 3)).to.equal(true);
    });

    it('when Udført is undone, then the step is open again at a new version, and a second undo takes the registration back', async () => {
      await say('Mette er syg fra 21.11');
      const id = data().sickPeriods[0]!.id;
      const stepId = `${id}:call-day-3`;
      const done = await bot.post(
        execute(
          'followup.complete',
          { verb: 'followup.complete', stepId, version: 1, slot: 0, 'outcome-0': 'talked' },
          bot.as(lone),
        ),
      );
      expect(done.status).to.equal(200);
      expect(data().followUps.find((s) => s.id === stepId)?.state).to.equal('done');
      await say('undo', lone, 'en-US');
      expect(cardText(lastCard())).to.contain('Do you want to undo: "');
      expect(cardText(lastCard())).to.contain('for Mette Jensen marked as done?');
      expect(await click(lastCard(), 'Yes, undo')).to.equal(
        t('en', 'corrections.undone', { name: 'Mette Jensen' }),
      );
      const step = data().followUps.find((s) => s.id === stepId)!;
      expect([step.state, step.outcome, step.closedOn, step.version]).to.deep.equal([
        'open',
        null,
        null,
        3,
      ]);
      await say('fortryd');
      expect(cardText(lastCard())).to.contain(
        'Mette Jensen registreret syg fra lørdag 21. november',
      );
      await click(lastCard(), 'Ja, fortryd');
      expect(data().sickPeriods).to.deep.equal([]);
    });

    it('when Udskyd is undone, then the step has its old date again', async () => {
      await say('Mette er syg fra 21.11');
      const stepId = `${data().sickPeriods[0]!.id}:call-day-3`;
      const before = data().followUps.find((s) => s.id === stepId)!;
      await bot.post(
        execute(
          'followup.postpone',
          { verb: 'followup.postpone', stepId, version: 1, slot: 0, 'date-0': '2026-11-26' },
          bot.as(lone),
        ),
      );
      expect(data().followUps.find((s) => s.id === stepId)?.state).to.equal('postponed');
      await say('det var en fejl');
      expect(cardText(lastCard())).to.contain('udskudt til torsdag 26. november');
      await click(lastCard(), 'Ja, fortryd');
      const after = data().followUps.find((s) => s.id === stepId)!;
      expect(shape(after)).to.deep.equal(shape(before));
      expect(after.schedule).to.deep.equal(before.schedule);
      expect(after.version).to.equal(3);
    });

    it('when "Nej" is pressed, then nothing changes', async () => {
      await say('Mette er syg');
      await say('fortryd');
      expect(await click(lastCard(), 'Nej')).to.equal(t('da', 'corrections.kept'));
      expect(data().sickPeriods).to.have.length(1);
    });

    it('when Mette is not sick after all, then after the confirmation the period, and its plan are gone, and undo brings them back', async () => {
      await say('Mette er syg fra 21.11');
      const before = steps();
      const period = data().sickPeriods[0]!;
      await say('Mette er ikke syg alligevel');
      const card = lastCard();
      expect(cardText(card)).to.contain(
        'Vil du slette sygeperioden for Mette Jensen fra lørdag 21. november og dens opfølgningsplan?',
      );
      expect(data().sickPeriods).to.have.length(1);
      const answer = await click(card, 'Ja, slet');
      expect(answer).to.contain('Sygeperioden for Mette Jensen fra lørdag 21. november er slettet');
      expect(data().sickPeriods).to.deep.equal([]);
      expect(data().followUps).to.deep.equal([]);
      expect(audits('followup.sick.remove')).to.deep.equal([[IDS.leader, 'p-mette', 'allowed']]);
      await say('fortryd');
      expect(cardText(lastCard())).to.contain('sletningen af sygeperioden for Mette Jensen');
      await click(lastCard(), 'Ja, fortryd');
      expect(data().sickPeriods[0]).to.deep.include({ id: period.id, start: '2026-11-21' });
      expect(steps().map(shape)).to.deep.equal(before.map(shape));
    });

    it('when "Mette is not sick after all" in English, then the confirmation is English', async () => {
      await say('Mette is sick');
      await say('Mette is not sick after all', lone, 'en-US');
      expect(cardText(lastCard())).to.contain(
        'Do you want to delete the sick period for Mette Jensen from Monday 23 November and its follow-up plan?',
      );
    });

    it('when the extent changes, then the period says so, the plan stays, and it is audited', async () => {
      await say('Mette er syg fra 21.11');
      const before = steps();
      await say('Mette er kun 50 % syg');
      expect(bot.connector.texts()[0]).to.equal(
        t('da', 'corrections.extentPartial', { name: 'Mette Jensen', percent: '50' }),
      );
      expect(data().sickPeriods[0]).to.deep.include({ partialPercent: 50, type: 'DELVIS_SYGDOM' });
      expect(steps()).to.deep.equal(before);
      await say('Mette is fully sick', lone, 'en-US');
      expect(bot.connector.texts()[0]).to.equal(
        t('en', 'corrections.extentFull', { name: 'Mette Jensen' }),
      );
      expect(data().sickPeriods[0]).to.deep.include({ partialPercent: null, type: 'SYGDOM' });
      expect(audits('followup.sick.extent')).to.deep.equal([
        [IDS.leader, 'p-mette', 'allowed'],
        [IDS.leader, 'p-mette', 'allowed'],
      ]);
    });

    it('when the first sick day moves, then the open steps move with it, the done step stays, and undo moves them back', async () => {
      await say('Mette er syg fra 20.11');
      const id = data().sickPeriods[0]!.id;
      await bot.post(
        execute(
          'followup.complete',
          {
            verb: 'followup.complete',
            stepId: `${id}:sick-call`,
            version: 1,
            slot: 0,
            'outcome-0': 'talked',
          },
          bot.as(lone),
        ),
      );
      const before = steps();
      const due = (key: string) => steps().find((s) => s.key === key)!;
      expect(due('call-day-3').dueDate).to.equal('2026-11-23');
      await say('Mette var syg fra onsdag');
      expect(bot.connector.texts()[0]).to.contain(
        'Første sygedag for Mette Jensen er nu onsdag 18. november',
      );
      expect(data().sickPeriods[0]?.start).to.equal('2026-11-18');
      // Day 3 of a period from Wednesday 18 Nov is Friday 20 Nov.
      expect(due('call-day-3')).to.deep.include({
        dueDate: '2026-11-20',
        periodStart: '2026-11-18',
        version: 2,
      });
      expect(due('sick-call')).to.deep.equal(before.find((s) => s.key === 'sick-call'));
      expect(audits('followup.sick.firstDay')).to.deep.equal([[IDS.leader, 'p-mette', 'allowed']]);
      await say('fortryd');
      expect(cardText(lastCard())).to.contain(
        'ændringen af første sygedag for Mette Jensen til onsdag 18. november',
      );
      await click(lastCard(), 'Ja, fortryd');
      expect(data().sickPeriods[0]?.start).to.equal('2026-11-20');
      expect(steps().map(shape)).to.deep.equal(before.map(shape));
    });

    it('when "change Mette\'s first sick day to Friday" in English, then the period starts Friday', async () => {
      await say('Mette is sick since Saturday', lone, 'en-US');
      await say("change Mette's first sick day to Friday", lone, 'en-US');
      expect(data().sickPeriods[0]?.start).to.equal('2026-11-20');
      expect(bot.connector.texts()[0]).to.contain(
        'The first sick day for Mette Jensen is now Friday 20 November',
      );
    });

    it('when "rask igen" comes on the first sick day, then the card asks whether it was one day; "Ja, én dag" ends the period today', async () => {
      await say('Mette er syg');
      await say('Mette er rask igen');
      const card = lastCard();
      expect(cardText(card)).to.contain('Var det kun i dag?');
      const answer = await click(card, 'Ja, én dag');
      expect(answer).to.contain('Dejligt, at Mette Jensen er tilbage');
      expect(data().sickPeriods[0]).to.deep.include({ start: '2026-11-23', end: '2026-11-23' });
    });

    it('when "rask igen" on the first sick day is answered "Nej, slet ikke syg", then the period is removed', async () => {
      await say('Mette is sick', lone, 'en-US');
      await say('Mette is back', lone, 'en-US');
      expect(cardText(lastCard())).to.contain('Was it only today?');
      await click(lastCard(), 'No, not sick at all');
      expect(data().sickPeriods).to.deep.equal([]);
    });

    it('when "rask igen" comes a later day, then the ordinary fit registration answers', async () => {
      await say('Mette er syg fra 20.11');
      await say('Mette er rask igen');
      expect(bot.connector.cards()).to.deep.equal([]);
      expect(data().sickPeriods[0]?.end).to.equal('2026-11-22');
    });

    it('when "fortryd" comes in the middle of a conversation guide, then it stops the guide; with no guide open it undoes', async () => {
      await say('Mette er syg fra 21.11');
      await say('samtaleguide for Mette');
      const startCard = bot.connector.cards()[0] as Json;
      await bot.post(submit(press(startCard, 'guide.start'), bot.as(lone)));
      await say('fortryd');
      expect(bot.connector.texts()).to.deep.equal([t('da', 'core.cancelled')]);
      expect(data().guides[0]?.status).to.equal('cancelled');
      expect(data().sickPeriods).to.have.length(1);
      await say('fortryd');
      expect(cardText(lastCard())).to.contain(
        'Mette Jensen registreret syg fra lørdag 21. november',
      );
    });

    it('when there is nothing to undo, then the answer says so in the language written', async () => {
      await say('fortryd');
      expect(bot.connector.texts()).to.deep.equal([t('da', 'corrections.nothingToUndo')]);
      await say('undo', lone, 'en-US');
      expect(bot.connector.texts()).to.deep.equal([t('en', 'corrections.nothingToUndo')]);
    });

    it('when the change is older than the next working day, then it cannot be undone and nothing changes', async () => {
      bot.clock.set('2026-11-20T15:00:00'); // a Friday
      await say('Mette er syg');
      bot.clock.set('2026-11-23T20:00:00'); // Monday, the next working day: still possible
      await say('fortryd');
      expect(cardText(lastCard())).to.contain('til og med mandag 23. november');
      bot.clock.set('2026-11-24T08:00:00');
      await say('fortryd');
      expect(bot.connector.texts()[0]).to.contain('kunne fortrydes til og med mandag 23. november');
      expect(data().sickPeriods).to.have.length(1);
    });

    it('when a date cannot be read or lies ahead, then it is refused and nothing changes', async () => {
      await say('Mette er syg fra 20.11');
      await say('Mette var syg fra blåmandag');
      expect(bot.connector.texts()).to.deep.equal([
        t('da', 'followup.chat.invalidDate', { date: 'blåmandag' }),
      ]);
      await say('Mette var syg fra 30.11');
      expect(bot.connector.texts()).to.deep.equal([t('da', 'followup.error.start-in-future')]);
      await say('Mette er kun 120 % syg');
      expect(bot.connector.texts()).to.deep.equal([t('da', 'followup.error.partial-out-of-range')]);
      expect(data().sickPeriods[0]).to.deep.include({ start: '2026-11-20', partialPercent: null });
    });

    it("when another leader's employee is named or sent, then nothing changes and the attempt is audited", async () => {
      await say('Jonas er syg', pia);
      const period = data().sickPeriods[0]!;
      await say('Jonas er ikke syg alligevel');
      expect(bot.connector.texts()).to.deep.equal([
        t('da', 'followup.chat.notFound', { name: 'Jonas' }),
      ]);
      const forged = { verb: 'followup.undo.notSick', personKey: 'p-jonas', periodId: period.id };
      const answer = await invokeAnswer(await bot.post(execute(forged.verb, forged, bot.as(lone))));
      expect(cardText(answer.card)).to.equal(t('da', 'followup.chat.notYourEmployee'));
      expect(data().sickPeriods).to.have.length(1);
      expect(audits('followup.name.lookup')).to.deep.equal([[IDS.leader, 'p-jonas', 'denied']]);
      expect(audits('followup.sick.remove')).to.deep.equal([[IDS.leader, 'p-jonas', 'denied']]);
      // Pia's change is hers alone to undo.
      const entry = data().changeLog?.[0];
      const steal = { verb: 'followup.undo.confirm', entryId: entry!.id };
      const stolen = await invokeAnswer(await bot.post(execute(steal.verb, steal, bot.as(lone))));
      expect(cardText(stolen.card)).to.equal(t('da', 'corrections.nothingToUndo'));
      expect(data().sickPeriods).to.have.length(1);
    });

    it('when a card payload is malformed, then it is refused as invalid', async () => {
      const bad = { verb: 'followup.undo.confirm', entryId: 42 };
      const answer = await invokeAnswer(await bot.post(execute(bad.verb, bad, bot.as(lone))));
      expect(cardText(answer.card)).to.equal(t('da', 'core.invalidAction'));
    });
  });

  describe('with a period from the payroll import', () => {
    beforeEach(async () => {
      bot = await startTestBot({
        seed: () => {
          const d = fixtureStore();
          d.sickPeriods.push(importedPeriod('imp-1', 'p-mette', '2026-11-16', null));
          return d;
        },
      });
    });

    it('when the leader corrects it, then the answer says HR corrects it, nothing changes, and the refusal is audited', async () => {
      for (const text of [
        'Mette er kun 50 % syg',
        'Mette var syg fra fredag',
        'Mette er ikke syg alligevel',
      ]) {
        await say(text);
        expect(bot.connector.texts()).to.deep.equal([
          'Perioden for Mette Jensen kommer fra lønsystemet, så HR retter den. Jeg har ikke ændret noget.',
        ]);
      }
      await say('Mette is only 50% sick', lone, 'en-US');
      expect(bot.connector.texts()).to.deep.equal([
        t('en', 'corrections.fromImport', { name: 'Mette Jensen' }),
      ]);
      expect(data().sickPeriods).to.deep.equal([
        importedPeriod('imp-1', 'p-mette', '2026-11-16', null),
      ]);
      expect(audits('followup.sick.extent')).to.deep.equal([
        [IDS.leader, 'p-mette', 'rejected'],
        [IDS.leader, 'p-mette', 'rejected'],
      ]);
    });
  });
});
