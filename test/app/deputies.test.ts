/**
 * The deputy use cases (app/deputies.ts) over a real lowdb store (the fixture organisation):
 * Lone leads Hjemmeplejen Nord (Mette, Ali, Karen), Pia leads Solsikken, Sofie is an HR
 * consultant, Jonas has no role. Monday 23 November 2026 unless the clock is moved.
 */
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { rolesOf } from '../../domain/access.js';
import { ZONE } from '../../domain/clock.js';
import type { UseCaseContext } from '../../app/context.js';
import {
  confirmReplaceDeputy,
  listDeputies,
  recipientOn,
  setDeputy,
  stopDeputy,
  type DeputyAnswer,
} from '../../app/deputies.js';
import type { HrHelpOptions } from '../../app/follow-up/hr-help.js';
import type { Notice } from '../../app/follow-up/notice.js';
import { registerSicknessFromForm } from '../../app/follow-up/register-form.js';
import { applyStepAction } from '../../app/follow-up/step-actions.js';
import type { LocalizedCard } from '../../app/follow-up-seams.js';
import { createLowdbRepositories } from '../../data/lowdb-repositories.js';
import type { Repositories } from '../../data/repositories.js';
import { openStore, type Store } from '../../data/store.js';
import { fixtureStore, IDS } from '../helpers/fixture-org.js';
import { tempDir } from '../helpers/tmp.js';

const key = (n: Notice) => (n.kind === 'message' ? n.key : `free-text:${n.verdict.field}`);
const refusal = (a: DeputyAnswer) => (a.kind === 'refused' ? key(a.notice) : a.kind);

describe('deputy use cases (app/deputies.ts)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: Store;
  let repos: Repositories;
  let now: DateTime;
  const drawn: LocalizedCard = () => ({ type: 'AdaptiveCard' });
  const options: HrHelpOptions = { hrCards: { hrCase: () => drawn, answerToLeader: () => drawn } };

  beforeEach(async () => {
    tmp = tempDir();
    now = DateTime.fromISO('2026-11-23T09:00:00', { zone: ZONE });
    store = await openStore(tmp.file('s.json'), { seed: () => fixtureStore() });
    repos = createLowdbRepositories(store, () => now.toUTC().toISO() ?? '');
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  const at = (iso: string) => void (now = DateTime.fromISO(iso, { zone: ZONE }));
  function ctx(aadObjectId: string): UseCaseContext {
    const person = store.read().persons.find((p) => p.aadObjectId === aadObjectId)!;
    return { actor: { person, roles: rolesOf(person) }, audience: 'personal', now, repos };
  }
  const audit = (action: string) => store.read().audit.filter((a) => a.action === action);
  const stored = () => store.read().deputyships ?? [];
  const lone = () => ctx(IDS.leader);
  const piaCovers = (when = '24.–27. november', unit: string | null = null) =>
    setDeputy(lone(), { name: 'Pia', when, unit });

  /** Mette's first step (registered by Lone at 23 Nov), and Udført on it by `who`. */
  async function metteStep() {
    const mette = { personKey: 'p-mette', start: '2026-11-20', partialPercent: null };
    const answer = await registerSicknessFromForm(lone(), mette, options);
    if (answer.kind !== 'form' || !answer.shown) throw new Error('expected a plan');
    return answer.shown.plan.steps[0]!;
  }
  async function completeAs(who: string, step: { id: string }) {
    const current = (await repos.followUps.step(step.id))!;
    const action = {
      verb: 'followup.complete' as const,
      stepId: current.id,
      version: current.version,
      outcome: { kind: 'talked' as const },
    };
    return applyStepAction(ctx(who), action, options);
  }

  it('when a leader names another leader for dates ahead, then it is stored for her units and audited', async () => {
    const answer = await piaCovers();
    expect(answer.kind).to.equal('set');
    expect(answer.kind === 'set' && answer.deputyship).to.include({
      leaderName: 'Lone Kristensen',
      deputyName: 'Pia Holm',
      from: '2026-11-24',
      to: '2026-11-27',
      inForce: false,
    });
    expect(stored()).to.have.length(1);
    expect(stored()[0]).to.include({ leaderId: IDS.leader, deputyId: IDS.otherLeader });
    expect(stored()[0]!.unitIds).to.deep.equal(['HN']);
    const [entry] = audit('deputy.set');
    expect(entry).to.include({ actor: IDS.leader, outcome: 'allowed', unitId: 'HN' });
    expect(entry!.detail).to.contain(`deputy=${IDS.otherLeader}`).and.contain('to=2026-11-27');
  });

  it('when an HR consultant is named, then that is allowed too', async () => {
    const answer = await setDeputy(lone(), {
      name: 'Sofie Nielsen',
      when: '24/11-27/11',
      unit: null,
    });
    expect(answer.kind === 'set' && answer.deputyship.deputyName).to.equal('Sofie Nielsen');
  });

  it('when the person named is neither a leader nor HR, then it is refused clearly, audited and nothing stored', async () => {
    const answer = await setDeputy(lone(), {
      name: 'Jonas Poulsen',
      when: '24.–27. november',
      unit: null,
    });
    expect(refusal(answer)).to.equal('deputy.error.notLeaderOrHr');
    expect(stored()).to.deep.equal([]);
    expect(audit('deputy.set').at(-1)).to.include({
      outcome: 'denied',
      detail: 'not-leader-or-hr',
    });
  });

  it('when the leader names herself or nobody known, then it is refused', async () => {
    expect(
      refusal(await setDeputy(lone(), { name: 'Lone', when: '24.–27. november', unit: null })),
    ).to.equal('deputy.error.self');
    expect(
      refusal(await setDeputy(lone(), { name: 'Zacharias', when: '24.–27. november', unit: null })),
    ).to.equal('deputy.error.unknownPerson');
    expect(stored()).to.deep.equal([]);
  });

  it('when the dates are past or cannot be read, then it is refused and nothing stored', async () => {
    expect(refusal(await piaCovers('2.11.2026-20.11.2026'))).to.equal('deputy.error.past');
    expect(refusal(await piaCovers('snart'))).to.equal('deputy.error.dates');
    expect(refusal(await setDeputy(lone(), { name: 'Pia', when: null, unit: null }))).to.equal(
      'deputy.error.noDates',
    );
    expect(stored()).to.deep.equal([]);
    expect(audit('deputy.set').map((a) => a.detail)).to.deep.equal(['past', 'dates']);
  });

  it('when the span began before today, then it runs from today', async () => {
    const answer = await piaCovers('20.11.2026-27.11.2026');
    expect(answer.kind === 'set' && answer.deputyship).to.include({
      from: '2026-11-23',
      inForce: true,
    });
  });

  it("when the leader names a deputy for another leader's unit, then it is refused and audited with that unit", async () => {
    const answer = await piaCovers('24.–27. november', 'Børnehuset Solsikken');
    expect(refusal(answer)).to.equal('deputy.error.notYourUnit');
    expect(stored()).to.deep.equal([]);
    expect(audit('deputy.set').at(-1)).to.include({
      outcome: 'denied',
      unitId: 'SO',
      detail: 'not-your-unit',
    });
  });

  it('when someone without a leader role asks, then it is refused before anything is read', async () => {
    const answer = await setDeputy(ctx(IDS.employee), {
      name: 'Pia',
      when: '24.–27. november',
      unit: null,
    });
    expect(refusal(answer)).to.equal('followup.chat.leadersOnly');
  });

  it('during the dates the deputy acts on the absent leader’s step (audited as deputy use); before and after, not', async () => {
    const step = await metteStep();
    await piaCovers();
    expect((await completeAs(IDS.otherLeader, step)).kind).to.equal('refused');
    at('2026-11-25T10:00:00');
    const during = await completeAs(IDS.otherLeader, step);
    expect(during.kind).to.equal('step');
    const used = audit('deputy.used');
    expect(used).to.have.length(1);
    expect(used[0]).to.include({
      actor: IDS.otherLeader,
      subject: 'p-mette',
      unitId: 'HN',
      outcome: 'allowed',
    });
    expect(used[0]!.detail).to.contain('followup.complete').and.contain(`leader=${IDS.leader}`);
    at('2026-11-30T10:00:00');
    const after = await completeAs(IDS.otherLeader, step);
    expect(after.kind === 'refused' && key(after.notice)).to.equal('followup.error.notYourStep');
  });

  it('when the last day has passed, then it ends by itself: audited once as expired, no longer listed, follow-up back to the leader', async () => {
    await piaCovers();
    at('2026-11-25T10:00:00');
    expect(await recipientOn(repos, IDS.leader, '2026-11-25')).to.equal(IDS.otherLeader);
    at('2026-11-28T10:00:00');
    expect(await recipientOn(repos, IDS.leader, '2026-11-28')).to.equal(IDS.leader);
    const list = await listDeputies(lone());
    expect(list.kind === 'list' && list.mine).to.deep.equal([]);
    await listDeputies(lone());
    const ended = audit('deputy.ended');
    expect(ended).to.have.length(1);
    expect(ended[0]).to.include({ actor: 'system', outcome: 'allowed' });
    expect(ended[0]!.detail).to.match(/^expired; /);
    expect(stored()[0]!.endedAt).to.not.equal(null);
  });

  it('recipientOn gives the leader before the first day and for units the deputyship does not cover', async () => {
    await piaCovers();
    expect(await recipientOn(repos, IDS.leader, '2026-11-23')).to.equal(IDS.leader);
    expect(await recipientOn(repos, IDS.leader, '2026-11-24', 'HN')).to.equal(IDS.otherLeader);
    expect(await recipientOn(repos, IDS.chief, '2026-11-24', 'AE')).to.equal(IDS.chief);
  });

  it('when a second deputy is named, then nothing changes until the leader confirms the replacement', async () => {
    await piaCovers();
    const ask = await setDeputy(lone(), { name: 'Sofie', when: '1.–4. december', unit: null });
    expect(ask.kind).to.equal('confirm-replace');
    if (ask.kind !== 'confirm-replace') return;
    expect(ask.existing.deputyName).to.equal('Pia Holm');
    expect(stored().filter((d) => d.endedAt === null)).to.have.length(1);
    const done = await confirmReplaceDeputy(lone(), { ...ask.proposal, replaces: ask.existing.id });
    expect(done.kind === 'set' && done.replaced?.deputyName).to.equal('Pia Holm');
    const standing = stored().filter((d) => d.endedAt === null);
    expect(standing.map((d) => d.deputyId)).to.deep.equal([IDS.hr]);
    expect(audit('deputy.ended').at(-1)!.detail).to.match(/^replaced; /);
  });

  it('when the leader stops the deputy, then it ends now (audited) and the deputy is refused', async () => {
    const step = await metteStep();
    await piaCovers('23.–27. november');
    const answer = await stopDeputy(lone());
    expect(answer.kind === 'ended' && answer.ended.map((d) => d.deputyName)).to.deep.equal([
      'Pia Holm',
    ]);
    expect(audit('deputy.ended').at(-1)).to.include({ actor: IDS.leader });
    expect((await completeAs(IDS.otherLeader, step)).kind).to.equal('refused');
    expect(refusal(await stopDeputy(lone()))).to.equal('deputy.none');
  });

  it('the deputy sees whom they cover in their own list', async () => {
    await piaCovers();
    const list = await listDeputies(ctx(IDS.otherLeader));
    expect(list.kind === 'list' && list.covering.map((d) => d.leaderName)).to.deep.equal([
      'Lone Kristensen',
    ]);
    expect(list.kind === 'list' && list.mine).to.deep.equal([]);
  });
});
