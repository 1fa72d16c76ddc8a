import { expect } from 'chai';
import { message, execute } from '../../helpers/activities.js';
import { IDS } from '../../helpers/fixture-org.js';
import { assertValidCard } from '../../helpers/card-validator.js';
import { t } from '../../../i18n/index.js';
import { allText, executeData } from '../../cards/follow-up-card-helpers.js';
import { startFollowUpBot, invokeAnswer, type FollowUpBot } from './follow-up-bot.js';

const lone = { aadObjectId: IDS.leader, name: 'Lone Kristensen' };
const pia = { aadObjectId: IDS.otherLeader, name: 'Pia Holm' };
const sofie = { aadObjectId: IDS.hr, name: 'Sofie Nielsen' };
const DIGEST = `digest:${IDS.leader}:2026-11-23`;

describe('acting on a due digest card (real HTTP)', () => {
  let bot: FollowUpBot;
  let period: string;
  const id = (key: string) => `${period}:${key}`;
  const step = (key: string) => bot.data().followUps.find((s) => s.id === id(key))!;

  // Mette sick from Saturday 21 Nov (Køge): the sick call moves to Monday 23 Nov, the day-3 call
  // is Monday 23 Nov, the § 7a conversation is due by Friday 18 Dec (day 28 is Saturday 19 Dec).
  beforeEach(async () => {
    bot = await startFollowUpBot();
    await bot.post(message('Mette er syg fra 21.11', bot.as(lone)));
    period = bot.data().sickPeriods[0]!.id;
    await bot.app.deps.repos.followUps.saveDigest({
      id: DIGEST,
      recipient: IDS.leader,
      audience: 'leader',
      date: '2026-11-23',
      items: [
        { kind: 'new', stepId: id('sick-call'), lateFrom: null },
        { kind: 'new', stepId: id('call-day-3'), lateFrom: null },
      ],
    });
    bot.connector.clear();
  });
  afterEach(async () => bot.close());

  const act = async (verb: string, data: Record<string, unknown>, from = lone) =>
    invokeAnswer(await bot.post(execute(verb, { verb, digestId: DIGEST, ...data }, bot.as(from))));
  const complete = (version: number) =>
    act('followup.complete', {
      stepId: id('call-day-3'),
      version,
      slot: 1,
      'outcome-1': 'talked',
      'reason-1': '',
      'note-1': '',
    });

  it('when Udført is saved, then the step is done and the whole digest card updates in place', async () => {
    const { card } = await complete(1);
    assertValidCard(card);
    const text = allText(card);
    expect(text).to.contain('Gemt. Tak, fordi du holder kontakten.');
    expect(text).to.contain('Gemt: Jeg har talt med medarbejderen');
    // The other item still has its buttons; the settled one has none.
    const ids = executeData(card).map((d) => d.stepId);
    expect(ids).to.include(id('sick-call')).and.not.to.include(id('call-day-3'));
    expect(step('call-day-3')).to.include({ state: 'done', version: 2 });
    expect(step('call-day-3').outcome).to.deep.equal({ kind: 'talked' });
  });

  it('when Teams delivers the same invoke twice, then the state changes once and both answers show the current card', async () => {
    await complete(1);
    const again = await complete(1);
    assertValidCard(again.card);
    expect(allText(again.card)).to.contain(t('da', 'followup.notice.alreadyDone'));
    expect(step('call-day-3')).to.include({ state: 'done', version: 2 });
    const audits = bot.data().audit.filter((a) => a.action === 'followup.complete');
    expect(audits.map((a) => a.outcome)).to.deep.equal(['allowed', 'rejected']);
  });

  it('when a stale card postpones with an old version, then nothing changes and the card says it was out of date', async () => {
    await complete(1);
    const { card } = await act('followup.postpone', {
      stepId: id('call-day-3'),
      version: 1,
      slot: 1,
      'date-1': '2026-11-26',
    });
    assertValidCard(card);
    expect(allText(card)).to.contain(t('da', 'followup.error.stale'));
    expect(step('call-day-3')).to.include({ state: 'done', version: 2, postponedTo: null });
  });

  it('when Udskyd picks a later date, then the step is postponed and the card shows the new date', async () => {
    const { card } = await act('followup.postpone', {
      stepId: id('call-day-3'),
      version: 1,
      slot: 1,
      'date-1': '2026-11-28',
    });
    assertValidCard(card);
    // Saturday 28 Nov moves to the next working day, Monday 30 Nov.
    expect(step('call-day-3')).to.include({
      state: 'postponed',
      postponedTo: '2026-11-30',
      version: 2,
    });
    expect(allText(card)).to.contain('Udskudt til mandag 30. november');
  });

  it('when the § 7a conversation is postponed past its legal deadline, then it is refused and nothing changes', async () => {
    const { card } = await act('followup.postpone', {
      stepId: id('legal-s7a'),
      version: 1,
      slot: 0,
      'date-0': '2026-12-30',
    });
    assertValidCard(card);
    expect(allText(card)).to.contain(
      'Fristen er lovbestemt og kan ikke flyttes: vælg en dato senest fredag 18. december.',
    );
    expect(step('legal-s7a')).to.include({ state: 'open', version: 1, dueDate: '2026-12-18' });
  });

  it('when "Bed HR om hjælp" is pressed twice, then HR is told once with the case facts', async () => {
    const first = await act('followup.askHr', { stepId: id('sick-call'), version: 1 });
    assertValidCard(first.card);
    expect(allText(first.card)).to.contain(t('da', 'followup.notice.hrAsked'));
    await act('followup.askHr', { stepId: id('sick-call'), version: 1 });
    expect(bot.notifier.sent.map((s) => [s.to, s.requestId])).to.deep.equal([
      ['HN', id('sick-call')],
    ]);
    const hrCard = bot.notifier.sent[0]!.card;
    assertValidCard(hrCard);
    expect(allText(hrCard))
      .to.contain('Lone Kristensen beder om hjælp')
      .and.to.contain('Mette Jensen');
    expect(bot.data().hrRequests).to.have.length(1);
    expect(step('sick-call').hrHelpRequestedOn).to.equal('2026-11-23');
  });

  it('when HR answers the request, then the answer is stored, the HR card shows it and the leader is told', async () => {
    await act('followup.askHr', { stepId: id('sick-call'), version: 1 });
    const reply = await act(
      'followup.hrReply',
      { stepId: id('sick-call'), reply: 'Jeg ringer til dig i morgen.' },
      sofie,
    );
    assertValidCard(reply.card);
    expect(allText(reply.card)).to.contain(
      'Du svarede mandag 23. november: Jeg ringer til dig i morgen.',
    );
    expect(bot.notifier.leaders.map((l) => l.to)).to.deep.equal([IDS.leader]);
    expect(bot.data().hrRequests?.[0]?.reply).to.deep.equal({
      text: 'Jeg ringer til dig i morgen.',
      by: IDS.hr,
      on: '2026-11-23',
    });
  });

  it('when a leader (not HR) tries to answer an HR request, then it is refused', async () => {
    await act('followup.askHr', { stepId: id('sick-call'), version: 1 });
    const reply = await act('followup.hrReply', { stepId: id('sick-call'), reply: 'Nej' }, pia);
    expect(reply.text).to.equal(t('da', 'followup.hrReply.notYours'));
    expect(bot.data().hrRequests?.[0]?.reply).to.equal(null);
  });

  it('when Tidlig Indsats is offered, then it is recorded once and the button disappears', async () => {
    const { card } = await act('followup.offerEarlyIntervention', {
      stepId: id('call-day-3'),
      version: 1,
    });
    assertValidCard(card);
    expect(allText(card)).to.contain('Tidlig Indsats er tilbudt (mandag 23. november).');
    expect(executeData(card).map((d) => d.verb)).to.not.include('followup.offerEarlyIntervention');
    expect(step('call-day-3')).to.include({
      earlyInterventionOfferedOn: '2026-11-23',
      version: 2,
      state: 'open',
    });
  });

  it('when a leader of another unit sends a tampered step action, then it is refused, audited, and nothing changes', async () => {
    const answer = await act(
      'followup.complete',
      { stepId: id('call-day-3'), version: 1, slot: 1, 'outcome-1': 'talked' },
      pia,
    );
    expect(answer.text).to.equal(t('da', 'followup.error.notYourStep'));
    expect(step('call-day-3')).to.include({ state: 'open', version: 1 });
    const denied = bot.data().audit.filter((a) => a.outcome === 'denied');
    expect(denied.map((a) => [a.actor, a.action, a.subject])).to.deep.equal([
      [IDS.otherLeader, 'followup.complete', 'p-mette'],
    ]);
  });
});

describe('HR acting on the steps addressed to HR (real HTTP)', () => {
  let bot: FollowUpBot;
  let period: string;
  const HR_DIGEST = `digest:${IDS.hr}:hr:2026-12-21`;
  const id = (key: string) => `${period}:${key}`;
  const step = (key: string) => bot.data().followUps.find((s) => s.id === id(key))!;
  const act = async (verb: string, data: Record<string, unknown>, from: typeof sofie) =>
    invokeAnswer(
      await bot.post(execute(verb, { verb, digestId: HR_DIGEST, ...data }, bot.as(from))),
    );

  // Mette sick from Saturday 21 Nov: day 35 (NemRefusion) is Fri 25 Dec → Wed 23 Dec.
  beforeEach(async () => {
    bot = await startFollowUpBot();
    await bot.post(message('Mette er syg fra 21.11', bot.as(lone)));
    period = bot.data().sickPeriods[0]!.id;
    await bot.app.deps.repos.followUps.saveDigest({
      id: HR_DIGEST,
      recipient: IDS.hr,
      audience: 'hr',
      date: '2026-12-21',
      items: [{ kind: 'new', stepId: id('legal-municipality-report'), lateFrom: null }],
    });
    bot.clock.set('2026-12-21T08:05:00');
  });
  afterEach(async () => bot.close());

  it('when the HR consultant presses "Anmeldt" on the NemRefusion card, then the step is done and the HR card updates in place', async () => {
    const { card, text } = await act(
      'followup.complete',
      { stepId: id('legal-municipality-report'), version: 1, slot: 0, 'outcome-0': 'noted' },
      sofie,
    );
    expect(text).to.equal(null);
    assertValidCard(card);
    expect(allText(card)).to.contain(t('da', 'followup.notice.saved'));
    expect(executeData(card)).to.have.length(0);
    expect(step('legal-municipality-report')).to.include({ state: 'done', version: 2 });
    const audits = bot.data().audit.filter((a) => a.action === 'followup.complete');
    expect(audits.map((a) => [a.actor, a.outcome])).to.deep.equal([[IDS.hr, 'allowed']]);
  });

  it("when the HR consultant sends an action on the leader's own step, then it is refused and audited", async () => {
    const answer = await act(
      'followup.complete',
      { stepId: id('call-day-3'), version: 1, slot: 0, 'outcome-0': 'talked' },
      sofie,
    );
    expect(answer.text).to.equal(t('da', 'followup.error.notYourStep'));
    expect(step('call-day-3')).to.include({ state: 'open', version: 1 });
    const denied = bot.data().audit.filter((a) => a.outcome === 'denied');
    expect(denied.map((a) => [a.actor, a.action, a.subject])).to.deep.equal([
      [IDS.hr, 'followup.complete', 'p-mette'],
    ]);
  });
});
