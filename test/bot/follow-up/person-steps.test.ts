/**
 * A frequent-absence conversation held while the employee is at work (no sick period), end to
 * end over real HTTP: the agreed next contact becomes the person's own follow-up step, shown on
 * "hvad skal jeg gøre for Mette?", delivered by the scheduler as a due card on its day at the due
 * hour, untouched by a fit registration, and closed by the leader's Udført.
 */
import { expect } from 'chai';
import { t } from '../../../i18n/index.js';
import { startTestBot, type TestBot } from '../../helpers/test-bot.js';
import { execute, message, submit, type From } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { until } from '../../helpers/until.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { cardText, press, type Json } from '../../dialogs/guide-harness.js';
import { CHECKLIST, MEETING } from '../../dialogs/guide-walk.js';

const lone: From = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const STEP_ID = 'person:p-mette:guide-contact-2026-11-30';
const AGREEMENTS: Json = {
  adjustments: 'changedShifts',
  nextContactDate: '2026-11-30',
  nextContactForm: 'meeting',
};

describe("a frequent-absence guide without a sick period: the person's own follow-up step", () => {
  let bot: TestBot;
  afterEach(async () => bot?.close());

  async function say(
    activity: Record<string, unknown>,
  ): Promise<{ texts: string[]; cards: Json[] }> {
    bot.connector.clear();
    const res = await bot.post(activity);
    expect(res.status).to.be.oneOf([200, 201, 202]);
    // The guide's card is refreshed in place (an update of the sent card) or sent anew.
    const { received, updates } = bot.connector;
    await until(() => received.length + updates.length > 0, 'a reply');
    const updated = updates.flatMap((u) =>
      ((u.activity.attachments as Array<{ content: Json }> | undefined) ?? []).map(
        (a) => a.content,
      ),
    );
    return { texts: bot.connector.texts(), cards: [...updated, ...bot.connector.cards()] };
  }

  /** Presses through the guide from its first card; returns the texts of the completion. */
  async function walk(first: Json): Promise<string[]> {
    let card = first;
    for (let guard = 0; guard < 40; guard++) {
      assertValidCard(card);
      const json = JSON.stringify(card);
      let step: string | null = null;
      try {
        step = String(press(card, 'guide.answer').step);
      } catch {
        step = null;
      }
      const inputs =
        step === 'checklist'
          ? CHECKLIST
          : step === 'invitation'
            ? { ...MEETING, meetingDate: '2026-11-25' }
            : step === 'agreements'
              ? AGREEMENTS
              : null;
      const complete = json.includes('"verb":"guide.complete"');
      const value = inputs
        ? press(card, 'guide.answer', inputs)
        : press(card, complete ? 'guide.complete' : 'guide.next');
      const reply = await say(submit(value, bot.as(lone)));
      if (value.verb === 'guide.complete') return reply.texts;
      const next = reply.cards[0];
      if (!next) throw new Error(reply.texts.join(' | '));
      card = next;
    }
    throw new Error('the guide did not finish');
  }

  async function tickAndDrain(): Promise<Json[]> {
    bot.connector.clear();
    await bot.app.scheduler.tick();
    await bot.app.sender.drainOnce();
    return bot.connector.cards();
  }

  const stored = () => bot.app.deps.store.read().followUps.find((s) => s.id === STEP_ID);

  it('when Lone completes it on Monday, then the contact is a step of Mette, in her plan, due as a card on Monday 30 November at the due hour, not closed by a fit, and closed by Udført', async () => {
    bot = await startTestBot({ now: '2026-11-23T09:00:00' });
    await say(message('hjælp', bot.as(lone)));
    const start = {
      verb: 'guide.start',
      personKey: 'p-mette',
      kind: 'frequent',
      sickPeriodId: null,
    };
    const first = (await say(submit(start, bot.as(lone)))).cards[0];
    if (!first) throw new Error('no guide card');
    const texts = await walk(first);

    expect(texts[0]).to.equal(
      'Tak. Aftalerne er gemt. Den næste kontakt med Mette Jensen er nu et skridt i opfølgningen, og jeg minder dig om den mandag 30. november. Skriv "hvad skal jeg gøre for Mette Jensen?", hvis du vil se den.',
    );
    expect(texts.join(' ')).not.to.contain('kalender');
    expect(stored()).to.include({
      scope: 'person',
      periodId: 'person:p-mette',
      personKey: 'p-mette',
      unitId: 'HN',
      state: 'open',
      dueDate: '2026-11-30',
    });

    const plan = await say(message('hvad skal jeg gøre for Mette?', bot.as(lone)));
    assertValidCard(plan.cards[0]);
    expect(cardText(plan.cards[0])).to.contain(t('da', 'followup.plan.personSteps'));
    expect(cardText(plan.cards[0])).to.contain(
      t('da', 'followup.plan.title', { name: 'Mette Jensen' }),
    );

    bot.clock.set('2026-11-27T08:00:05');
    expect(await tickAndDrain(), 'nothing before its day').to.have.length(0);
    bot.clock.set('2026-11-30T07:59:00');
    expect(await tickAndDrain(), 'nothing before the due hour').to.have.length(0);
    bot.clock.set('2026-11-30T08:00:05');
    const due = await tickAndDrain();
    expect(due).to.have.length(1);
    assertValidCard(due[0]);
    const card = JSON.stringify(due[0]);
    expect(card).to.contain('Mette Jensen').and.to.contain(`"stepId":"${STEP_ID}"`);
    expect(await tickAndDrain(), 'exactly once').to.have.length(0);

    // Sick and fit the same day: the period's plan closes; Mette's own step stays open.
    await say(message('Mette er syg', bot.as(lone)));
    await say(message('Mette er rask fra i morgen', bot.as(lone)));
    expect(bot.app.deps.store.read().sickPeriods[0]?.end).to.equal('2026-11-30');
    expect(stored()).to.include({ state: 'open', version: 1 });

    const digestId = `digest:${IDS.leader}:2026-11-30`;
    const data = { verb: 'followup.complete', digestId, stepId: STEP_ID, version: 1, slot: 0 };
    const outcome = { 'outcome-0': 'talked', 'reason-0': '', 'note-0': '' };
    const res = await bot.post(execute('followup.complete', { ...data, ...outcome }, bot.as(lone)));
    expect(res.status).to.equal(200);
    expect(stored()).to.include({ state: 'done', version: 2 });

    bot.clock.set('2026-12-01T08:00:05');
    const next = JSON.stringify(await tickAndDrain());
    expect(next, 'no reminder after Udført').not.to.contain(STEP_ID);
  });
});
