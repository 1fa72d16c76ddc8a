import { expect } from 'chai';
import { completeStep } from '../../../domain/follow-up/step-actions.js';
import { triggersToFire, type FiredTrigger } from '../../../domain/follow-up/frequency.js';
import { evaluateTriggers } from '../../../domain/triggers.js';
import { period, planFor } from '../../domain/follow-up/follow-up-fixtures.js';
import { forEachStore, NOW, REPOSITORY_STORES } from './stores.js';
import { agreedPersonSteps } from '../../../domain/guide/agreed-steps.js';
import { personPlanId } from '../../../domain/follow-up/step-types.js';

forEachStore(
  'absence and follow-up repositories',
  (store) => {
    const absence = () => store().repos.absence;
    const followUps = () => store().repos.followUps;

    describe('saveTargetStatus', () => {
      it('when conditional steps are re-decided, then mandatory and schedule are stored in one write, the version stays, and a step changed meanwhile is left alone', async () => {
        const plan = planFor('hoeje-taastrup', '2026-11-16', { today: '2026-11-16' });
        await followUps().savePlan('p1', plan);
        const soft = plan
          .filter((s) => s.mandatoryRule === 'above-target')
          .map((s) => ({ ...s, mandatory: false, schedule: { ...s.schedule, remindOn: null } }));
        expect(soft).to.have.length(2);
        const [first, second] = soft as [(typeof soft)[0], (typeof soft)[0]];
        const stale = { ...second, version: second.version + 1 };
        expect(await followUps().saveTargetStatus([first, stale])).to.equal(1);
        const stored = (await followUps().step(first.id))!;
        expect(stored).to.include({ mandatory: false, version: first.version });
        expect(stored.schedule.remindOn).to.equal(null);
        expect((await followUps().step(second.id))!.mandatory).to.equal(true);
        expect(await followUps().saveTargetStatus([]), 'nothing to store').to.equal(0);
      });

      it('when a step was stored without the remembered rule, then the store still opens it', async () => {
        const { mandatoryRule, ...old } = planFor('hoeje-taastrup', '2026-11-16')[0]!;
        expect(mandatoryRule).to.not.equal(undefined);
        await followUps().savePlan('p1', [old]);
        await store().reopen();
        expect((await followUps().planFor('p1'))[0]).to.not.have.property('mandatoryRule');
      });
    });

    describe("a person's own steps (no sick period)", () => {
      const personStep = () =>
        agreedPersonSteps({
          batch: {
            sessionId: 'g-1',
            leaderId: 'anne',
            personKey: 'person-1',
            sickPeriodId: null,
            kind: 'frequent',
            agreedOn: '2026-11-16',
            expectedDuration: null,
            partialReturn: null,
            proposals: [{ type: 'contact', date: '2026-11-25', form: 'phone', reason: 'agreed' }],
          },
          unitId: 'SOL',
          policyId: 'koege',
          today: '2026-11-16',
        })[0]!;

      it("when stored and the store is opened again, then the step keeps its scope and is read as the person's plan", async () => {
        await followUps().savePlan(personPlanId('person-1'), [personStep()]);
        await store().reopen();
        const own = await followUps().planFor(personPlanId('person-1'));
        expect(own.map((s) => [s.id, s.scope])).to.deep.equal([
          ['person:person-1:guide-contact-2026-11-25', 'person'],
        ]);
        expect((await followUps().activeSteps()).map((s) => s.id)).to.include(own[0]!.id);
      });

      it("when the person is registered sick and then fit, then the fit closes the period's steps, not the person's own", async () => {
        await followUps().savePlan(personPlanId('person-1'), [personStep()]);
        const plan = planFor('koege', '2026-11-16', { today: '2026-11-16' });
        await absence().recordSickPeriod(period('2026-11-16'), plan);
        await absence().registerFit('p1', '2026-11-18', '2026-11-18');
        const periodSteps = await followUps().planFor('p1');
        expect(periodSteps.some((s) => s.state === 'not-needed')).to.equal(true);
        const own = await followUps().step('person:person-1:guide-contact-2026-11-25');
        expect(own).to.include({ state: 'open', version: 1, closedOn: null });
      });
    });

    describe('recordSickPeriod', () => {
      it('when the person has no period, then the period and its plan are stored in one write', async () => {
        const plan = planFor('koege', '2026-11-16', { today: '2026-11-16' });
        const out = await absence().recordSickPeriod(period('2026-11-16'), plan);
        expect(out.outcome).to.equal('recorded');
        expect(await followUps().planFor('p1')).to.have.length(plan.length);
      });

      const CASES: Array<[string, ReturnType<typeof period>, ReturnType<typeof period>, string]> = [
        [
          'an open period exists',
          period('2026-11-10', { id: 'a' }),
          period('2026-11-16', { id: 'b' }),
          'already-sick',
        ],
        [
          'a closed period covers the start',
          period('2026-11-10', { id: 'a', end: '2026-11-17' }),
          period('2026-11-16', { id: 'b' }),
          'overlaps',
        ],
        [
          'an open new period would cover a later closed one',
          period('2026-11-18', { id: 'a', end: '2026-11-19' }),
          period('2026-11-16', { id: 'b' }),
          'overlaps',
        ],
        [
          'a closed period ended the day before',
          period('2026-11-10', { id: 'a', end: '2026-11-15' }),
          period('2026-11-16', { id: 'b' }),
          'recorded',
        ],
      ];
      for (const [name, first, second, expected] of CASES) {
        it(`when ${name}, then the outcome is ${expected}`, async () => {
          await absence().recordSickPeriod(first, []);
          const out = await absence().recordSickPeriod(second, []);
          expect(out.outcome).to.equal(expected);
          expect(await absence().periodsOfPerson('person-1')).to.have.length(
            expected === 'recorded' ? 2 : 1,
          );
        });
      }
    });

    describe('registerFit', () => {
      it('when an open period is closed, then its end is set and its open steps close as not needed', async () => {
        const plan = planFor('koege', '2026-11-16', { today: '2026-11-16' });
        await absence().recordSickPeriod(period('2026-11-16'), plan);
        const out = await absence().registerFit('p1', '2026-11-20', '2026-11-23');
        expect(out.outcome).to.equal('closed');
        expect(await absence().period('p1')).to.include({ end: '2026-11-20', updatedAt: NOW });
        expect((await followUps().planFor('p1')).every((s) => s.state === 'not-needed')).to.equal(
          true,
        );
        expect((await absence().registerFit('p1', '2026-11-21', '2026-11-23')).outcome).to.equal(
          'not-open',
        );
      });
    });

    describe('applyStepChange', () => {
      const seed = async () => {
        const plan = planFor('koege', '2026-11-16', { today: '2026-11-16' });
        await absence().recordSickPeriod(period('2026-11-16'), plan);
        return 'p1:call-day-3';
      };
      const talked = (version: number) => (s: Parameters<typeof completeStep>[0]) =>
        completeStep(s, { version, outcome: { kind: 'talked' } }, '2026-11-23');

      it('when the version matches, then the change is applied once; the same change again is stale', async () => {
        const id = await seed();
        expect((await followUps().applyStepChange(id, 1, talked(1))).status).to.equal('applied');
        const again = await followUps().applyStepChange(id, 1, talked(1));
        expect(again.status).to.equal('stale');
        expect((await followUps().step(id))?.version).to.equal(2);
      });

      it('when the domain refuses the change, then the outcome names the reason and nothing changes', async () => {
        const id = await seed();
        const out = await followUps().applyStepChange(id, 1, (s) =>
          completeStep(s, { version: 1, outcome: { kind: 'noted' } }, '2026-11-23'),
        );
        expect(out.status === 'refused' && out.reason).to.equal('outcome-not-allowed');
        expect((await followUps().step(id))?.state).to.equal('open');
      });

      it('when the step does not exist, then the outcome is missing', async () => {
        expect((await followUps().applyStepChange('nope', 1, talked(1))).status).to.equal(
          'missing',
        );
      });
    });

    describe('fireTriggers', () => {
      it('when two checks run at once, then the trigger is recorded as fired once', async () => {
        const periods = ['2026-01-05', '2026-03-02', '2026-05-04', '2026-07-06', '2026-11-16'].map(
          (d, i) => period(d, { id: `p${i}`, end: d }),
        );
        const trigger = {
          id: 'periods-5-12m',
          kind: 'periods' as const,
          threshold: 5,
          windowMonths: 12,
        };
        const evaluations = evaluateTriggers(periods, '2026-11-23', [trigger]);
        const select = (fired: readonly FiredTrigger[]) =>
          triggersToFire('person-1', evaluations, '2026-11-23', fired);
        const [a, b] = await Promise.all([
          followUps().fireTriggers('person-1', select),
          followUps().fireTriggers('person-1', select),
        ]);
        expect([a.length, b.length].sort()).to.deep.equal([0, 1]);
        expect(await followUps().firedTriggers('person-1')).to.have.length(1);
      });

      it('when a trigger addressed to HR fires, then the record keeps that it is for HR', async () => {
        const periods = ['2026-01-05', '2026-03-02', '2026-05-04', '2026-07-06', '2026-11-16'].map(
          (d, i) => period(d, { id: `p${i}`, end: d }),
        );
        const trigger = {
          id: 'ht-periods',
          kind: 'periods' as const,
          threshold: 5,
          windowMonths: 12,
          audience: 'hr' as const,
        };
        const evaluations = evaluateTriggers(periods, '2026-11-23', [trigger]);
        const [hit] = await followUps().fireTriggers('person-1', (fired) =>
          triggersToFire('person-1', evaluations, '2026-11-23', fired),
        );
        expect((await followUps().firedTrigger(hit!.id))?.audience).to.equal('hr');
      });
    });

    describe('withdrawTriggers', () => {
      const trigger = (id: string, threshold: number) => ({
        id,
        kind: 'periods' as const,
        threshold,
        windowMonths: 12,
      });
      /** Person-1 and person-2 with two fired triggers each; person-1's first acted on. */
      const fireFour = async () => {
        const periods = ['2026-01-05', '2026-03-02', '2026-05-04', '2026-07-06', '2026-11-16'];
        for (const personKey of ['person-1', 'person-2']) {
          const own = periods.map((d, i) =>
            period(d, { id: `${personKey}-${i}`, end: d, personKey }),
          );
          const evaluations = evaluateTriggers(own, '2026-11-23', [
            trigger('a', 4),
            trigger('b', 5),
          ]);
          await followUps().fireTriggers(personKey, (fired) =>
            triggersToFire(personKey, evaluations, '2026-11-23', fired),
          );
        }
        await followUps().markTriggerHandled('person-1:a@2026-11-23', 'guide');
      };

      it("when a person's flags are withdrawn, then only their unhandled ones are offered and removed, and the removed come back", async () => {
        await fireFour();
        const offered: string[][] = [];
        const removed = await followUps().withdrawTriggers('person-1', (unhandled) => {
          offered.push(unhandled.map((f) => f.id));
          return ['person-1:a@2026-11-23', 'person-1:b@2026-11-23', 'person-2:a@2026-11-23'];
        });
        expect(offered.at(-1)).to.deep.equal(['person-1:b@2026-11-23']);
        expect(removed.map((f) => f.id)).to.deep.equal(['person-1:b@2026-11-23']);
        expect((await followUps().firedTriggers('person-1')).map((f) => f.id)).to.deep.equal([
          'person-1:a@2026-11-23',
        ]);
        expect(await followUps().firedTriggers('person-2')).to.have.length(2);
        expect(await followUps().firedTrigger('person-1:b@2026-11-23')).to.equal(null);
      });

      it('when nothing is selected, then nothing changes', async () => {
        await fireFour();
        expect(await followUps().withdrawTriggers('person-2', () => [])).to.deep.equal([]);
        expect(
          await followUps().withdrawTriggers('nobody', (u) => u.map((f) => f.id)),
        ).to.deep.equal([]);
        expect(await followUps().firedTriggers('person-2')).to.have.length(2);
      });
    });
  },
  { stores: REPOSITORY_STORES },
);
