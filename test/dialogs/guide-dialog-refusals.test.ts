/**
 * What the guide dialog refuses, and that a refusal changes nothing (the diagnosis guardrail has
 * its own file): bad figures and dates, tampered and stale submits,
 * another leader's guide, someone who is not the leader's employee, a guide resumed after the
 * sick period closed. Also: cancelling, starting over, and a dialog that simply waited across a
 * restart.
 */
import { expect } from 'chai';
import { t } from '../../i18n/index.js';
import type { GuideSession } from '../../domain/guide/guide-session.js';
import { apply, start as startFixture, walk } from '../domain/guide/guide-fixtures.js';
import { assertValidCard } from '../helpers/card-validator.js';
import {
  ALI_PERIOD,
  ANNE,
  BO,
  METTE_PERIOD,
  cardText,
  cardsOf,
  from,
  openGuideHarness,
  press,
  send,
  textsOf,
  type GuideHarness,
  type Json,
} from './guide-harness.js';
import { ID, answerRefused, progressOf, storeGuideAt } from './guide-walk.js';

describe('GuideDialog: refusals change nothing', () => {
  let h: GuideHarness;
  beforeEach(async () => (h = await openGuideHarness()));
  afterEach(async () => h.close());

  const version = () => h.store.read().guides.find((g) => g.id === ID)?.version;
  const guideAt = (step: GuideSession['step']) => storeGuideAt(h, step);
  const answerAgreements = (inputs: Json) => answerRefused(h, inputs, 'da');

  const badAgreements: ReadonlyArray<[string, Json, string]> = [
    [
      'hours that are not whole or quarter hours',
      { partialReturn: 'true', hoursPerWeek: '12,3', partialStart: '2026-11-16' },
      t('da', 'guide.error.hoursInvalid'),
    ],
    [
      'a negative hours figure',
      { partialReturn: 'true', hoursPerWeek: '-3', partialStart: '2026-11-16' },
      t('da', 'guide.error.hoursInvalid'),
    ],
    [
      'hours that are not a figure',
      { partialReturn: 'true', hoursPerWeek: 'tolv', partialStart: '2026-11-16' },
      t('da', 'guide.error.hoursInvalid'),
    ],
    [
      'hours written as an exponent',
      { partialReturn: 'true', hoursPerWeek: '1e1', partialStart: '2026-11-16' },
      t('da', 'guide.error.hoursInvalid'),
    ],
    // Mette works 37 hours: at most 33 hours, so 4 hours' absence remain.
    [
      'more hours than partial sickness allows',
      { partialReturn: 'true', hoursPerWeek: '34', partialStart: '2026-11-16' },
      t('da', 'guide.error.hoursTooHigh', { max: '33' }),
    ],
    [
      'a partial return without hours',
      { partialReturn: 'true', partialStart: '2026-11-16' },
      t('da', 'guide.error.hoursMissing'),
    ],
    [
      'a next contact in the past',
      { nextContactDate: '2026-11-06', nextContactForm: 'phone' },
      t('da', 'guide.error.nextContactInPast'),
    ],
  ];
  for (const [what, inputs, expected] of badAgreements) {
    it(`when the agreements have ${what}, then the leader is told and nothing is saved`, async () => {
      await guideAt('agreements');
      expect(await answerAgreements(inputs)).to.deep.equal([expected]);
    });
  }

  const tampered: ReadonlyArray<[string, Json]> = [
    ['an extra field', { verb: 'guide.next', sessionId: ID, step: 'agreements', diagnosis: 'x' }],
    [
      'an unknown offer',
      { verb: 'guide.answer', sessionId: ID, step: 'agreements', offers: 'massage' },
    ],
    ['an unknown verb', { verb: 'guide.delete', sessionId: ID }],
    ['a session id that is not an id', { verb: 'guide.resume', sessionId: { $ne: null } }],
  ];
  for (const [what, value] of tampered) {
    it(`when a submit carries ${what}, then it is refused as an invalid action, audited, and nothing changes`, async () => {
      await guideAt('agreements');
      const replies = await send(h.client(), from(ANNE, 'da', { value }));
      expect(textsOf(replies)).to.deep.equal([t('da', 'core.invalidAction')]);
      expect(version()).to.equal(1);
      expect(h.store.read().audit.map((a) => [a.action, a.outcome])).to.deep.equal([
        ['guide.submit', 'rejected'],
      ]);
    });
  }

  it('when an older card of the guide is pressed, then nothing changes and the current step is shown', async () => {
    await guideAt('agreements');
    const replies = await send(
      h.client(),
      from(ANNE, 'da', { value: { verb: 'guide.next', sessionId: ID, step: 'checklist' } }),
    );
    expect(textsOf(replies)).to.deep.equal([t('da', 'guide.movedOn')]);
    const [card] = cardsOf(replies);
    assertValidCard(card);
    expect(press(card, 'guide.answer')).to.include({ sessionId: ID, step: 'agreements' });
    expect(version()).to.equal(1);
    expect(h.store.read().guides[0]?.step).to.equal('agreements');
  });

  it("when another leader opens a leader's guide, then they are refused, no absence is read for them, and it is audited", async () => {
    await guideAt('agreements');
    for (const value of [
      { verb: 'guide.resume', sessionId: ID },
      { verb: 'guide.export', sessionId: ID, document: 'minutes' },
    ]) {
      const replies = await send(h.client(), from(BO, 'da', { value }));
      expect(textsOf(replies)).to.deep.equal([t('da', 'guide.error.notYourGuide')]);
    }
    expect(version()).to.equal(1);
    const audit = h.store.read().audit.map((a) => [a.actor, a.action, a.outcome]);
    expect(audit).to.deep.equal([
      [BO, 'guide.resume', 'denied'],
      [BO, 'guide.export', 'denied'],
    ]);
  });

  it("when a guide is started for someone outside the leader's units, or with another person's sick period, then nothing is started", async () => {
    const start = (personKey: string, sickPeriodId: string) => ({
      verb: 'guide.start',
      personKey,
      sickPeriodId,
      kind: 'early',
      contactDay: null,
    });
    const jonas = await send(
      h.client(),
      from(ANNE, 'da', { value: start('p-jonas', METTE_PERIOD) }),
    );
    expect(textsOf(jonas)).to.deep.equal([t('da', 'guide.error.notYourEmployee')]);
    const wrongPeriod = await send(
      h.client(),
      from(ANNE, 'en', { value: start('p-mette', ALI_PERIOD) }),
    );
    expect(textsOf(wrongPeriod)).to.deep.equal([t('en', 'core.invalidAction')]);
    expect(h.store.read().guides).to.deep.equal([]);
  });

  it('when the sick period closed before the talk, then resuming is refused; the agreements after a talk can still be finished', async () => {
    await guideAt('functioning');
    h.clock.set('2026-11-12T09:00:00');
    await h.repos.absence.registerFit(METTE_PERIOD, '2026-11-10', '2026-11-12');
    const before = await send(
      h.client(),
      from(ANNE, 'da', { value: { verb: 'guide.resume', sessionId: ID } }),
    );
    expect(textsOf(before)).to.deep.equal([t('da', 'guide.error.sickPeriodClosed')]);
    expect(version()).to.equal(1);

    const after = apply(
      walk(startFixture('early'), (x) => x.step === 'agreements'),
      { type: 'leave' },
    );
    await h.repos.guides.save(
      { ...after, id: 'g-2', leaderId: ANNE, sickPeriodId: METTE_PERIOD },
      0,
    );
    const card = cardsOf(
      await send(
        h.client(),
        from(ANNE, 'da', { value: { verb: 'guide.resume', sessionId: 'g-2' } }),
      ),
    )[0];
    expect(progressOf(card)?.index).to.equal(11);
  });

  it('when the leader cancels from the card, then the guide is cancelled and its buttons no longer work', async () => {
    await guideAt('duration');
    const client = h.client();
    const card = cardsOf(
      await send(client, from(ANNE, 'en', { value: { verb: 'guide.resume', sessionId: ID } })),
    )[0];
    expect(
      textsOf(await send(client, from(ANNE, 'en', { value: press(card, 'guide.cancel') }))),
    ).to.deep.equal([t('en', 'guide.cancelled')]);
    expect(h.store.read().guides[0]?.status).to.equal('cancelled');
    const late = await send(client, from(ANNE, 'en', { value: press(card, 'guide.next') }));
    expect(textsOf(late)).to.deep.equal([t('en', 'guide.error.guideClosed')]);
  });

  it('when the leader chooses "start over" on the offer to go on, then the guide is cancelled and the conversations to choose from are shown', async () => {
    await guideAt('duration');
    const replies = await send(
      h.client(),
      from(ANNE, 'da', { value: { verb: 'guide.restart', sessionId: ID } }),
    );
    expect(textsOf(replies)).to.deep.equal([t('da', 'guide.cancelled')]);
    const [startCard] = cardsOf(replies);
    assertValidCard(startCard);
    expect(cardText(startCard)).to.contain(t('da', 'guide.start.intro', { name: 'Mette Hansen' }));
  });

  it('when the leader just stops and the bot restarts, then the waiting dialog goes on from the card in the chat', async () => {
    const client = h.client();
    const start = {
      verb: 'guide.start',
      personKey: 'p-mette',
      sickPeriodId: METTE_PERIOD,
      kind: 'early',
      contactDay: null,
    };
    let card = cardsOf(await send(client, from(ANNE, 'da', { value: start })))[0];
    card = cardsOf(
      await send(
        client,
        from(ANNE, 'da', { value: press(card, 'guide.answer', { decision: 'phone' }) }),
      ),
    )[0];
    await h.restart();
    expect(JSON.stringify(h.store.read().dialogState)).to.contain('naervaer.guide');
    const next = await send(h.client(), from(ANNE, 'da', { value: press(card, 'guide.next') }));
    // No invitation was made, so its draft (step 3) is passed over: the first point, step 4.
    expect(progressOf(cardsOf(next)[0])).to.deep.equal({ index: 4, total: 13 });
  });
});
