/**
 * The follow-up use cases in app/follow-up/ over a real lowdb store (the fixture organisation):
 * Lone leads Hjemmeplejen Nord (Mette, Ali, Karen), Pia leads Solsikken (Jonas), Sofie is HR.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Audience } from '../../domain/access.js';
import { rolesOf } from '../../domain/access.js';
import { ZONE } from '../../domain/clock.js';
import type { UseCaseContext } from '../../app/context.js';
import { followUpFromChat } from '../../app/follow-up/employee-actions.js';
import type { HrCards, HrHelpOptions } from '../../app/follow-up/hr-help.js';
import { hrReply } from '../../app/follow-up/hr-help.js';
import type { Notice } from '../../app/follow-up/notice.js';
import { registerFit } from '../../app/follow-up/register-fit.js';
import {
  registerSicknessFromForm,
  type RegisterAnswer,
} from '../../app/follow-up/register-form.js';
import { applyStepAction } from '../../app/follow-up/step-actions.js';
import type { LocalizedCard } from '../../app/follow-up-seams.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import type { Repositories } from '../../data/repositories.js';
import { openStore, type Store } from '../../data/store.js';
import { fixtureStore, IDS } from '../helpers/fixture-org.js';
import { tempDir } from '../helpers/tmp.js';

const NOW = DateTime.fromISO('2026-11-23T09:00:00', { zone: ZONE });

const key = (n: Notice) => (n.kind === 'message' ? n.key : `free-text:${n.verdict.field}`);

describe('follow-up use cases (app/follow-up/)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let repos: Repositories;
  let told: Array<{ unitId: string; requestId: string }>;
  let options: HrHelpOptions;

  beforeEach(async () => {
    tmp = tempDir();
    store = await openStore(tmp.file('s.json'), { seed: () => fixtureStore() });
    repos = createLowdbRepositories(store, () => NOW.toUTC().toISO() ?? '');
    told = [];
    const drawn: LocalizedCard = () => ({ type: 'AdaptiveCard' });
    const hrCards: HrCards = { hrCase: () => drawn, answerToLeader: () => drawn };
    const hrNotifier = {
      notify: (unitId: string, _card: LocalizedCard, requestId: string) => {
        told.push({ unitId, requestId });
        return Promise.resolve();
      },
    };
    options = { hrNotifier, hrCards };
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  function ctx(aadObjectId: string, audience: Audience = 'personal'): UseCaseContext {
    const person = store.read().persons.find((p) => p.aadObjectId === aadObjectId)!;
    return { actor: { person, roles: rolesOf(person) }, audience, now: NOW, repos };
  }
  const audit = () => store.read().audit;
  const mette = { personKey: 'p-mette', start: '2026-11-20', partialPercent: null };

  async function registerMette(): Promise<RegisterAnswer> {
    const answer = await registerSicknessFromForm(ctx(IDS.leader), mette, options);
    if (answer.kind !== 'form') throw new Error('expected the form');
    return answer;
  }

  describe('registerSicknessFromForm', () => {
    it('when the leader registers her own employee, then the period and plan are stored, the registration and the plan read are audited', async () => {
      const answer = await registerMette();
      expect(answer.error).to.equal(null);
      expect(answer.registered).to.deep.equal({
        employeeName: 'Mette Jensen',
        start: '2026-11-20',
      });
      expect(answer.shown?.kind).to.equal('recorded');
      expect(answer.shown?.plan.steps).to.not.be.empty;
      expect(store.read().sickPeriods).to.have.length(1);
      const actions = audit().map((a) => [a.action, a.subject, a.outcome]);
      expect(actions).to.deep.include(['followup.sick.register', 'p-mette', 'allowed']);
      expect(actions).to.deep.include(['followup.plan.read', 'p-mette', 'allowed']);
    });

    it("when the payload names someone else's employee, then nothing is stored and the refusal is audited with their unit", async () => {
      const answer = await registerSicknessFromForm(
        ctx(IDS.leader),
        { ...mette, personKey: 'p-jonas' },
        options,
      );
      expect(answer.kind).to.equal('form');
      if (answer.kind !== 'form') return;
      expect(answer.error && key(answer.error)).to.equal('followup.chat.notYourEmployee');
      expect(answer.shown).to.equal(null);
      expect(store.read().sickPeriods).to.deep.equal([]);
      expect(audit()).to.have.length(1);
      expect(audit()[0]).to.include({
        action: 'followup.sick.register',
        subject: 'p-jonas',
        unitId: 'SO',
        outcome: 'denied',
        detail: 'not-own-employee',
      });
    });

    for (const audience of ['channel', 'groupChat', 'channelTab'] as const) {
      it(`when asked in a ${audience}, then it is refused and nothing is stored or read`, async () => {
        const answer = await registerSicknessFromForm(ctx(IDS.leader, audience), mette, options);
        expect(answer.kind).to.equal('refused');
        if (answer.kind === 'refused')
          expect(key(answer.notice)).to.equal('followup.chat.personalOnly');
        expect(store.read().sickPeriods).to.deep.equal([]);
        expect(audit()).to.deep.equal([]);
      });
    }

    it('when HR (not a leader) submits the form, then it is refused for leaders only', async () => {
      const answer = await registerSicknessFromForm(ctx(IDS.hr), mette, options);
      expect(answer.kind === 'refused' && key(answer.notice)).to.equal('followup.chat.leadersOnly');
      expect(store.read().sickPeriods).to.deep.equal([]);
    });

    it('when the same leader submits the same registration again, then it is answered as registered and no plan is read again', async () => {
      await registerMette();
      const again = await registerMette();
      expect(again.registered?.employeeName).to.equal('Mette Jensen');
      expect(again.shown).to.equal(null);
      expect(audit().filter((a) => a.action === 'followup.plan.read')).to.have.length(1);
    });
  });

  describe('followUpFromChat', () => {
    it("when the name is only someone else's employee, then the answer is 'not found' and the look-up is audited", async () => {
      const intent = {
        kind: 'plan' as const,
        name: 'Jonas',
      };
      const answer = await followUpFromChat(ctx(IDS.leader), intent, options);
      expect(answer.kind === 'refused' && key(answer.notice)).to.equal('followup.chat.notFound');
      expect(audit()[0]).to.include({
        action: 'followup.name.lookup',
        subject: 'p-jonas',
        outcome: 'denied',
      });
    });

    it('when the start date is in the future, then it is refused before any name is looked up', async () => {
      const intent = {
        kind: 'sick' as const,
        name: 'Jonas',
        start: '2026-12-01',
        dateText: '1.12',
        partialPercent: null,
        percentMissing: false,
      };
      const answer = await followUpFromChat(ctx(IDS.leader), intent, options);
      expect(answer.kind).to.equal('refused');
      expect(audit()).to.deep.equal([]);
    });
  });

  describe('registerFit', () => {
    it('when the first day back is more than a day ahead, then it is refused; when tomorrow, the period ends today', async () => {
      await registerMette();
      const employee = {
        personKey: 'p-mette',
        displayName: 'Mette Jensen',
        unitId: 'HN',
        unitName: 'Hjemmeplejen Nord',
      };
      const early = await registerFit(ctx(IDS.leader), employee, '2026-11-26');
      expect(early.kind === 'refused' && key(early.notice)).to.equal(
        'followup.chat.fitTooFarAhead',
      );
      const fit = await registerFit(ctx(IDS.leader), employee, '2026-11-24');
      expect(fit).to.include({ kind: 'fit', lastSickDay: '2026-11-23' });
      expect(store.read().sickPeriods[0]?.end).to.equal('2026-11-23');
    });
  });

  describe('applyStepAction', () => {
    it("when another leader acts on Mette's step, then it is refused, audited and unchanged", async () => {
      const step = (await registerMette()).shown!.plan.steps[0]!;
      const action = { verb: 'followup.askHr' as const, stepId: step.id, version: step.version };
      const answer = await applyStepAction(ctx(IDS.otherLeader), action, options);
      expect(answer.kind === 'refused' && key(answer.notice)).to.equal(
        'followup.error.notYourStep',
      );
      expect(audit().at(-1)).to.include({ actor: IDS.otherLeader, outcome: 'denied' });
      expect((await repos.followUps.step(step.id))?.version).to.equal(step.version);
      expect(told).to.deep.equal([]);
    });

    it('when her leader asks HR, then the step changes once, HR is told once, and a repeat is answered as already done', async () => {
      const step = (await registerMette()).shown!.plan.steps[0]!;
      const action = { verb: 'followup.askHr' as const, stepId: step.id, version: step.version };
      const first = await applyStepAction(ctx(IDS.leader), action, options);
      expect(first.kind === 'step' && key(first.notice)).to.equal('followup.notice.hrAsked');
      const again = await applyStepAction(ctx(IDS.leader), action, options);
      expect(again.kind === 'step' && key(again.notice)).to.equal('followup.notice.alreadyDone');
      expect(told).to.deep.equal([{ unitId: 'HN', requestId: step.id }]);
    });
  });

  describe('hrReply', () => {
    async function askedStep(): Promise<string> {
      const step = (await registerMette()).shown!.plan.steps[0]!;
      const action = { verb: 'followup.askHr' as const, stepId: step.id, version: step.version };
      await applyStepAction(ctx(IDS.leader), action, options);
      return step.id;
    }

    it('when a leader (not HR for the unit) answers, then it is refused and audited', async () => {
      const requestId = await askedStep();
      const input = { verb: 'followup.hrReply', requestId, reply: 'Ring til mig' };
      const answer = await hrReply(ctx(IDS.otherLeader), input, options);
      expect(answer.kind === 'refused' && key(answer.notice)).to.equal('followup.hrReply.notYours');
      expect(audit().at(-1)).to.include({ detail: 'not-hr-for-unit', outcome: 'denied' });
      expect((await repos.followUps.hrRequest(requestId))?.reply).to.equal(null);
    });

    it('when HR answers with a health detail, then the guardrail refuses it and nothing is kept', async () => {
      const requestId = await askedStep();
      const input = {
        verb: 'followup.hrReply',
        requestId,
        reply: 'hun har fået konstateret kræft',
      };
      const answer = await hrReply(ctx(IDS.hr), input, options);
      expect(answer.kind === 'refused' && key(answer.notice)).to.equal('free-text:reply');
      expect((await repos.followUps.hrRequest(requestId))?.reply).to.equal(null);
    });

    it('when HR answers plainly, then the case view shows the answer', async () => {
      const requestId = await askedStep();
      const input = { verb: 'followup.hrReply', requestId, reply: 'Ring til mig i morgen' };
      const answer = await hrReply(ctx(IDS.hr), input, options);
      expect(answer.kind === 'case' && answer.view.reply?.text).to.equal('Ring til mig i morgen');
      expect(answer.kind === 'case' && answer.view.employeeName).to.equal('Mette Jensen');
    });
  });
});
