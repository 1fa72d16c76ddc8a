/**
 * Høje-Taastrup's early steps are mandatory only WHILE the unit is above its target: re-decided on
 * every planned day under the unit's current status.
 *
 * Høje-Taastrup plan for a period starting Monday 2 March 2026:
 *   contact-day-1: contact day Mon 3-02 (reminded Tue 3-03 when mandatory);
 *   conversation-14: deadline Sun 3-15 → Fri 3-13, card on day 7 (Sun 3-08 → Mon 3-09);
 *     when mandatory: approaching Tue 3-10, reminder Mon 3-16.
 *   notice-2w, notice-4w and the legal overlay are always mandatory.
 */
import { expect } from 'chai';
import { dueItems, recordDelivery } from '../../../domain/follow-up/due.js';
import { completeStep } from '../../../domain/follow-up/step-actions.js';
import type { FollowUpStep } from '../../../domain/follow-up/step-types.js';
import {
  applyTargetStatus,
  applyTargetStatuses,
  unitsFollowingTarget,
} from '../../../domain/follow-up/target-status.js';
import { planFor, stepOf } from './follow-up-fixtures.js';

const summary = (steps: FollowUpStep[], date: string): string[] =>
  dueItems(steps, date).map((i) => `${i.kind} ${i.stepId.split(':')[1]}`);

const retarget = (steps: FollowUpStep[], above: boolean, date: string): FollowUpStep[] =>
  applyTargetStatuses(steps, new Map([['unit-1', above]]), date).steps;

describe('applyTargetStatus', () => {
  it('when a plan is made, then the steps remember which rule decides their mandatoriness', () => {
    const plan = planFor('hoeje-taastrup', '2026-03-02');
    expect(stepOf(plan, 'contact-day-1').mandatoryRule).to.equal('above-target');
    expect(stepOf(plan, 'conversation-14').mandatoryRule).to.equal('above-target');
    expect(stepOf(plan, 'notice-2w').mandatoryRule).to.equal('always');
    expect(stepOf(plan, 'legal-s7a').mandatoryRule).to.equal('always');
    expect(unitsFollowingTarget(plan)).to.deep.equal(['unit-1']);
    expect(unitsFollowingTarget(planFor('koege', '2026-03-02'))).to.deep.equal([]);
  });

  it('when the unit drops below target before the early conversation, then it arrives once as recommended and is neither nudged nor reminded', () => {
    const plan = retarget(planFor('hoeje-taastrup', '2026-03-02'), false, '2026-03-03');
    expect(stepOf(plan, 'conversation-14').mandatory).to.equal(false);
    expect(stepOf(plan, 'conversation-14').schedule).to.deep.equal({
      notifyOn: '2026-03-09',
      remindOn: null,
      approachOn: null,
      escalateOn: null,
    });
    expect(summary(plan, '2026-03-03'), 'no reminder of the day-1 contact').to.deep.equal([]);
    expect(summary(plan, '2026-03-09')).to.deep.equal(['new conversation-14']);
    expect(summary(plan, '2026-03-10')).to.deep.equal([]);
    expect(summary(plan, '2026-03-16')).to.not.include('reminder conversation-14');
  });

  it('when the unit rises above target, then the early steps are mandatory again and an overdue contact is reminded on the planned day', () => {
    const below = planFor('hoeje-taastrup', '2026-03-02', { aboveTarget: false });
    const delivered = below.map((s) =>
      s.key === 'contact-day-1' ? recordDelivery(s, { kind: 'new', date: '2026-03-02' }) : s,
    );
    const plan = retarget(delivered, true, '2026-03-05');
    expect(stepOf(plan, 'contact-day-1')).to.include({ mandatory: true });
    expect(summary(plan, '2026-03-05')).to.deep.equal(['reminder contact-day-1']);
    expect(summary(plan, '2026-03-09')).to.deep.equal(['new conversation-14']);
    expect(summary(plan, '2026-03-10')).to.deep.equal(['approaching conversation-14']);
    expect(summary(plan, '2026-03-16')).to.include('reminder conversation-14');
  });

  it('when the unit rises above target after the approach day, then the nudge is dropped and the reminder stays', () => {
    const below = planFor('hoeje-taastrup', '2026-03-02', { aboveTarget: false });
    const plan = retarget(below, true, '2026-03-11');
    expect(stepOf(plan, 'conversation-14').schedule).to.deep.equal({
      notifyOn: '2026-03-09',
      remindOn: '2026-03-16',
      approachOn: null,
      escalateOn: null,
    });
  });

  it('when a step was reminded, then dropping below and rising above target again does not remind it twice', () => {
    const plan = planFor('hoeje-taastrup', '2026-03-02').map((s) =>
      s.key === 'contact-day-1' ? recordDelivery(s, { kind: 'reminder', date: '2026-03-03' }) : s,
    );
    const again = retarget(retarget(plan, false, '2026-03-04'), true, '2026-03-05');
    expect(stepOf(again, 'contact-day-1').mandatory).to.equal(true);
    expect(summary(again, '2026-03-05')).to.deep.equal([]);
  });

  it('when the status does not change the step, then the same step comes back and nothing is reported as changed', () => {
    const plan = planFor('hoeje-taastrup', '2026-03-02');
    const step = stepOf(plan, 'contact-day-1');
    expect(applyTargetStatus(step, true, '2026-03-03')).to.equal(step);
    const notice = stepOf(plan, 'notice-2w');
    expect(applyTargetStatus(notice, false, '2026-03-03')).to.equal(notice);
    expect(
      applyTargetStatuses(plan, new Map([['unit-1', true]]), '2026-03-03').changed,
    ).to.have.length(0);
    expect(
      applyTargetStatuses(plan, new Map(), '2026-03-03').changed,
      'unit not asked',
    ).to.have.length(0);
  });

  it('when the unit drops below target, then only the conditional active steps change, and their version stays', () => {
    const plan = planFor('hoeje-taastrup', '2026-03-02');
    const done = completeStep(
      stepOf(plan, 'contact-day-1'),
      { version: 1, outcome: { kind: 'talked' } },
      '2026-03-02',
    );
    if (!done.ok) throw new Error(done.reason);
    const steps = plan.map((s) => (s.key === 'contact-day-1' ? done.value : s));
    const { changed } = applyTargetStatuses(steps, new Map([['unit-1', false]]), '2026-03-03');
    expect(changed.map((s) => [s.key, s.mandatory, s.version])).to.deep.equal([
      ['conversation-14', false, 1],
    ]);
  });

  it('when a step was stored before the rule was remembered, then it keeps its mandatoriness as planned', () => {
    const { mandatoryRule, ...old } = stepOf(
      planFor('hoeje-taastrup', '2026-03-02'),
      'contact-day-1',
    );
    expect(mandatoryRule).to.equal('above-target');
    expect(applyTargetStatus(old, false, '2026-03-02')).to.equal(old);
  });
});
