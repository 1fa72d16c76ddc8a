/**
 * Finishing a guide: the completed session and the follow-up steps its agreements make (the next
 * contact, the status talk a week into a partial return) are stored in one write — steps of the
 * sick period, or, for a frequent-absence talk without one, the person's own steps, which come as
 * due cards all the same (the leader is told when); each accepted
 * offer goes to the unit's HR consultant as a card with what they need to act, and nothing about
 * health. Completing twice adds nothing: the steps' ids carry their dates, the HR notices theirs.
 */
import type { TurnContext } from 'botbuilder';
import { agreedFollowUpSteps, agreedPersonSteps } from '../domain/guide/agreed-steps.js';
import {
  followUpProposals,
  type FollowUpProposal,
  type ProposalBatch,
} from '../domain/guide/follow-up-proposals.js';
import type { Offer } from '../domain/guide/agreements.js';
import type { GuideSession } from '../domain/guide/guide-session.js';
import type { FollowUpStep } from '../domain/follow-up/step-types.js';
import { guideHrCard } from '../cards/guide-hr-card.js';
import { formatDay } from '../cards/follow-up-format.js';
import { formatList } from '../cards/guide-format.js';
import type { GuideSaveOutcome } from '../data/guide-repository.js';
import type { GuideActor, GuideDialogDeps } from './guide-deps.js';
import { auditGuide } from './guide-people.js';
import { say } from './guide-reply.js';
import type { GuideWorld } from './guide-world.js';

export const hrRequestId = (sessionId: string, offer: Offer): string =>
  `guide:${sessionId}:${offer}`;

async function stepsFor(
  deps: GuideDialogDeps,
  batch: ProposalBatch | null,
  world: GuideWorld,
): Promise<FollowUpStep[]> {
  const period = world.sickPeriod;
  if (batch === null) return [];
  const { settings } = await deps.org.snapshot();
  if (period === null) {
    const unitId = world.employee.unitId;
    return agreedPersonSteps({ batch, unitId, policyId: settings.policyId, today: world.today });
  }
  await deps.ensurePlan?.(period, world.employee.unitId);
  const plan = await deps.followUps.planFor(period.id);
  const unitId = plan[0]?.unitId ?? world.employee.unitId;
  const policyId = plan[0]?.policyId ?? settings.policyId;
  return agreedFollowUpSteps({ batch, period, unitId, policyId, today: world.today });
}

/** The thanks: for steps of the person (no sick period), when the first reminder comes. */
function thanks(actor: GuideActor, steps: readonly FollowUpStep[], world: GuideWorld): string {
  const { t } = actor;
  const byDay = [...steps].sort((a, b) => a.schedule.notifyOn.localeCompare(b.schedule.notifyOn));
  const first = world.sickPeriod === null ? byDay[0] : undefined;
  if (!first) return t('guide.completed');
  const date = formatDay(t.locale, first.schedule.notifyOn, world.today);
  return t('guide.completed.personStep', { name: world.employee.displayName, date });
}

const offersOf = (batch: ProposalBatch | null): Offer[] =>
  (batch?.proposals ?? []).flatMap((p: FollowUpProposal) =>
    p.type === 'hrNotification' ? [p.offer] : [],
  );

async function notifyHr(
  deps: GuideDialogDeps,
  actor: GuideActor,
  batch: ProposalBatch,
  world: GuideWorld,
): Promise<Offer[]> {
  const notifier = deps.hrNotifier;
  const offers = offersOf(batch);
  if (!notifier) return [];
  const { employee } = world;
  const sent: Offer[] = [];
  for (const offer of offers) {
    const view = {
      offer,
      employeeName: employee.displayName,
      leaderName: actor.person.displayName,
      unitName: employee.unitName,
      agreedOn: batch.agreedOn,
      kind: batch.kind,
      firstSickDay: world.sickPeriod?.start ?? null,
      expectedDuration: batch.expectedDuration,
      partialReturn: batch.partialReturn,
    };
    try {
      await notifier.notify(
        employee.unitId,
        (t) => guideHrCard(view, t),
        hrRequestId(batch.sessionId, offer),
        employee.personKey,
      );
      await auditGuide(deps, actor, {
        action: 'guide.offer.hr',
        subject: employee.personKey,
        unitId: employee.unitId,
        outcome: 'allowed',
        detail: offer,
      });
      sent.push(offer);
    } catch (err) {
      deps.onError?.(err);
    }
  }
  return sent;
}

/** Stores the completed session with its steps, tells HR, and thanks the leader. */
export async function completeGuide(
  deps: GuideDialogDeps,
  context: TurnContext,
  actor: GuideActor,
  completed: { session: GuideSession; expectedVersion: number; world: GuideWorld },
): Promise<GuideSaveOutcome> {
  const { session, world } = completed;
  const batch = followUpProposals(session, {
    today: world.today,
    sickStart: world.sickPeriod?.start ?? null,
  });
  const steps = await stepsFor(deps, batch, world);
  const outcome = await deps.guides.saveCompleted(session, completed.expectedVersion, steps);
  if (outcome.status !== 'saved') return outcome;
  const { personKey } = session;
  const detail = `steps:${outcome.added ?? 0}`;
  await auditGuide(deps, actor, {
    action: 'guide.complete',
    subject: personKey,
    unitId: world.employee.unitId,
    outcome: 'allowed',
    detail,
  });
  const told = batch ? await notifyHr(deps, actor, batch, world) : [];
  const { t } = actor;
  await say(context, thanks(actor, steps, world));
  if (told.length > 0) {
    const offers = formatList(
      t.locale,
      told.map((o) => t(`guide.offer.${o}`)),
    );
    await say(context, t('guide.completed.hr', { offers }));
  }
  return outcome;
}
