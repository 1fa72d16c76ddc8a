import { expect } from 'chai';
import {
  dueDigestCard,
  isActionable,
  MAX_DIGEST_ITEMS,
  type DigestItemView,
} from '../../cards/due-digest-card.js';
import { FOLLOW_UP_VERBS, parseFollowUpAction } from '../../cards/follow-up-actions.js';
import { dueItems } from '../../domain/follow-up/due.js';
import { completeStep, postponeStep } from '../../domain/follow-up/step-actions.js';
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import { translator } from '../../i18n/index.js';
import { validateCard } from '../helpers/card-validator.js';
import { planFor } from '../domain/follow-up/follow-up-fixtures.js';
import { actionTitles, allText, executeData } from './follow-up-card-helpers.js';

const da = translator('da');
const en = translator('en');

// Køge, start Mon 2026-03-02. On Wed 3-04 the day-3 call is new; on Mon 3-16 the § 7a card,
// the retention-plan info and the 14-day conversation reminder arrive (see due.test.ts).
const plan = planFor('koege', '2026-03-02');
const stepById = (steps: FollowUpStep[], id: string): FollowUpStep =>
  steps.find((s) => s.id === id)!;

function views(steps: FollowUpStep[], date: string): DigestItemView[] {
  return dueItems(steps, date).map((item) => ({
    item,
    step: stepById(steps, item.stepId),
    employeeName: 'Mette',
    leaderName: 'Lone',
    lateFrom: null,
  }));
}

const digest = (
  steps: FollowUpStep[],
  date: string,
  t = da,
  audience: 'leader' | 'hr' = 'leader',
) =>
  dueDigestCard(
    {
      recipientName: 'Lone',
      audience,
      date,
      items: views(steps, date).filter((v) => v.item.audience === audience),
      notice: null,
    },
    t,
  );

describe('dueDigestCard', () => {
  it('when the day-3 call is due, then the card is valid and offers all five actions', () => {
    const c = digest(plan, '2026-03-04');
    expect(validateCard(c)).to.deep.equal([]);
    expect(actionTitles(c)).to.include.members([
      'Udført',
      'Udskyd',
      'Start samtaleguide',
      'Bed HR om hjælp',
      'Tilbyd Tidlig Indsats',
    ]);
  });

  it('when a step action is built, then its data carries verb, stepId and version', () => {
    // The referral workflows behind "Start forløb" carry their own verb, not the step's.
    const data = executeData(digest(plan, '2026-03-04')).filter((d) => d.verb !== 'workflow.form');
    expect(data.map((d) => d.verb)).to.include.members(Object.values(FOLLOW_UP_VERBS).slice(0, 5));
    for (const d of data) expect(d).to.include({ stepId: 'p1:call-day-3', version: 1 });
  });

  it('when the § 7a card is due, then it has no Tidlig Indsats, a date picker capped at the deadline and the § 56 hint', () => {
    const c = digest(plan, '2026-03-16');
    expect(validateCard(c)).to.deep.equal([]);
    const s7aActions = executeData(c)
      .filter((d) => d.stepId === 'p1:legal-s7a')
      .map((d) => d.verb);
    expect(s7aActions).to.not.include(FOLLOW_UP_VERBS.offerEarlyIntervention);
    const json = JSON.stringify(c);
    expect(json).to.include('"max":"2026-03-27"');
    expect(allText(c)).to.include('§ 56-aftale');
    expect(allText(c)).to.include('Senest fredag 27. marts');
  });

  it('when a step is recommended (Høje-Taastrup below target), then its item carries the Anbefalet badge; a mandatory one does not', () => {
    const below = planFor('hoeje-taastrup', '2026-03-02', { aboveTarget: false });
    const c = digest(below, '2026-03-02');
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include(da('followup.badge.recommended'));
    expect(allText(c)).to.include(' · Anbefalet');
    expect(allText(digest(below, '2026-03-02', en))).to.include(' · Recommended');
    const above = planFor('hoeje-taastrup', '2026-03-02', { aboveTarget: true });
    expect(allText(digest(above, '2026-03-02'))).to.not.include('Anbefalet');
    expect(allText(digest(plan, '2026-03-16'))).to.not.include('Anbefalet');
  });

  it('when the card is in English, then the golden strings are English', () => {
    const c = digest(plan, '2026-03-04', en);
    expect(allText(c)).to.include('Today · Mette · Call the employee');
    expect(actionTitles(c)).to.include('Offer Tidlig Indsats');
  });

  it('when the golden Danish header is built, then it reads naturally', () => {
    expect(allText(digest(plan, '2026-03-04'))).to.include(
      'I dag · Mette · Opkald til medarbejderen',
    );
  });

  it('when Teams sends Udført with the form inputs, then the payload parses and completes the step once', () => {
    const save = executeData(digest(plan, '2026-03-04')).find(
      (d) => d.verb === FOLLOW_UP_VERBS.complete,
    )!;
    const invoke = { ...save, 'outcome-0': 'via-colleague', 'reason-0': '', 'note-0': '' };
    const parsed = parseFollowUpAction(invoke);
    if (!parsed.ok || parsed.value.verb !== FOLLOW_UP_VERBS.complete)
      throw new Error('did not parse');
    const step = stepById(plan, parsed.value.stepId);
    const first = completeStep(step, parsed.value, '2026-03-04');
    expect(first.ok && first.value.state).to.equal('done');
    if (first.ok)
      expect(completeStep(first.value, parsed.value, '2026-03-04')).to.deep.include({
        ok: false,
        reason: 'stale',
      });
  });

  it('when the step was done, then the updated card shows the outcome and no buttons for it', () => {
    const done = completeStep(
      stepById(plan, 'p1:call-day-3'),
      { version: 1, outcome: { kind: 'talked' } },
      '2026-03-04',
    );
    if (!done.ok) throw new Error(done.reason);
    const v = views(plan, '2026-03-04').map((x) => ({ ...x, step: done.value }));
    const c = dueDigestCard(
      {
        recipientName: 'Lone',
        audience: 'leader',
        date: '2026-03-04',
        items: v,
        notice: { text: 'Tak – det er gemt.', tone: 'good' },
      },
      da,
    );
    expect(validateCard(c)).to.deep.equal([]);
    expect(executeData(c)).to.deep.equal([]);
    expect(allText(c)).to.include('Gemt: Jeg har talt med medarbejderen');
    expect(allText(c)).to.include('Tak – det er gemt.');
  });

  it('when the step was postponed, then the updated card says until when', () => {
    const moved = postponeStep(
      stepById(plan, 'p1:call-day-3'),
      { version: 1, date: '2026-03-06' },
      '2026-03-04',
    );
    if (!moved.ok) throw new Error(moved.reason);
    expect(isActionable(moved.value, '2026-03-04')).to.equal(false);
    expect(isActionable(moved.value, '2026-03-06')).to.equal(true);
    const v = views(plan, '2026-03-04').map((x) => ({ ...x, step: moved.value }));
    const c = dueDigestCard(
      { recipientName: 'Lone', audience: 'leader', date: '2026-03-04', items: v, notice: null },
      da,
    );
    expect(allText(c)).to.include('Udskudt til fredag 6. marts');
    expect(executeData(c)).to.deep.equal([]);
  });

  it('when HR gets the § 7a escalation, then it names employee, deadline and leader, without buttons', () => {
    const c = digest(plan, '2026-03-24', da, 'hr');
    expect(validateCard(c)).to.deep.equal([]);
    expect(allText(c)).to.include('Samtalen med Mette skal holdes senest fredag 27. marts');
    expect(allText(c)).to.include('Lederen (Lone)');
    expect(executeData(c)).to.deep.equal([]);
  });

  it('when HR gets the NemRefusion card, then it offers Anmeldt and Udskyd', () => {
    const c = digest(plan, '2026-04-01', da, 'hr');
    expect(validateCard(c)).to.deep.equal([]);
    expect(actionTitles(c)).to.include.members(['Anmeldt', 'Udskyd']);
    expect(actionTitles(c)).to.not.include('Bed HR om hjælp');
  });

  it('when an item is delivered late, then the card says it should have come earlier', () => {
    const v = views(plan, '2026-03-04').map((x) => ({ ...x, lateFrom: '2026-03-04' }));
    const c = dueDigestCard(
      { recipientName: 'Lone', audience: 'leader', date: '2026-03-05', items: v, notice: null },
      da,
    );
    expect(allText(c)).to.include('skulle være kommet onsdag 4. marts');
  });

  it(`when more than ${MAX_DIGEST_ITEMS} items are due, then ${MAX_DIGEST_ITEMS} are shown, the card stays valid under 40 KB`, () => {
    const many: DigestItemView[] = Array.from({ length: MAX_DIGEST_ITEMS + 3 }, (_, i) => {
      const steps = planFor('koege', '2026-03-02').map((s) => ({
        ...s,
        id: `period-with-a-long-id-${i}:${s.key}`,
      }));
      return views(steps, '2026-03-16').find((v) => v.item.stepId.endsWith('legal-s7a'))!;
    }).map((v) => ({ ...v, employeeName: 'Anne-Marie Kristensen-Østergaard' }));
    const c = dueDigestCard(
      { recipientName: 'Lone', audience: 'leader', date: '2026-03-16', items: many, notice: null },
      da,
    );
    expect(validateCard(c)).to.deep.equal([]);
    const steps = executeData(c).filter((d) => d.verb !== 'workflow.form');
    expect(new Set(steps.map((d) => d.stepId)).size).to.equal(MAX_DIGEST_ITEMS);
    expect(allText(c)).to.include('… og 3 mere');
  });
});
