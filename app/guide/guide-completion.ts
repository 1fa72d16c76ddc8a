/**
 * Finishing a guide: the completed session and the follow-up steps its agreements make (the next
 * contact, the status talk a week into a partial return) are stored in one write — steps of the
 * sick period, or, for a frequent-absence talk without one, the person's own steps, which come as
 * due cards all the same; each accepted offer goes to the unit's HR consultant with what they need
 * to act, and nothing about health. Completing twice adds nothing: the steps' ids carry their
 * dates, the HR notices theirs.
 */
import { agreedFollowUpSteps, agreedPersonSteps } from '../../domain/guide/agreed-steps.js';
import type { Offer } from '../../domain/guide/agreements.js';
import {
  followUpProposals,
  type FollowUpProposal,
  type ProposalBatch,
} from '../../domain/guide/follow-up-proposals.js';
import type { GuideSession } from '../../domain/guide/guide-session.js';
import type { FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { GuideSaveOutcome } from '../../data/guide-repository.js';
import type { UseCaseContext } from '../context.js';
import { auditGuide } from './guide-audit.js';
import type { GuideHrNotice, GuideSeams } from './guide-seams.js';
import { planOf } from './guide-start.js';
import type { GuideWorld } from './guide-world.js';

export const hrRequestId = (sessionId: string, offer: Offer): string =>
  `guide:${sessionId}:${offer}`;

export interface CompletedGuide {
  session: GuideSession;
  /** The version the session was loaded at. */
  expectedVersion: number;
  world: GuideWorld;
}

export interface GuideCompletion {
  outcome: GuideSaveOutcome & { added?: number };
  /** The follow-up steps the agreements made (stored when the outcome is 'saved'). */
  steps: FollowUpStep[];
  /** The offers HR was told about. */
  told: Offer[];
}

async function stepsFor(
  ctx: UseCaseContext,
  seams: GuideSeams,
  batch: ProposalBatch | null,
  world: GuideWorld,
): Promise<FollowUpStep[]> {
  const period = world.sickPeriod;
  if (batch === null) return [];
  const { settings } = await ctx.repos.org.snapshot();
  if (period === null) {
    const unitId = world.employee.unitId;
    return agreedPersonSteps({ batch, unitId, policyId: settings.policyId, today: world.today });
  }
  const plan = await planOf(ctx, seams, period, world.employee.unitId);
  const unitId = plan[0]?.unitId ?? world.employee.unitId;
  const policyId = plan[0]?.policyId ?? settings.policyId;
  return agreedFollowUpSteps({ batch, period, unitId, policyId, today: world.today });
}

const offersOf = (batch: ProposalBatch | null): Offer[] =>
  (batch?.proposals ?? []).flatMap((p: FollowUpProposal) =>
    p.type === 'hrNotification' ? [p.offer] : [],
  );

function noticeOf(
  ctx: UseCaseContext,
  offer: Offer,
  batch: ProposalBatch,
  world: GuideWorld,
): GuideHrNotice {
  return {
    offer,
    employeeName: world.employee.displayName,
    leaderName: ctx.actor.person.displayName,
    unitName: world.employee.unitName,
    agreedOn: batch.agreedOn,
    kind: batch.kind,
    firstSickDay: world.sickPeriod?.start ?? null,
    expectedDuration: batch.expectedDuration,
    partialReturn: batch.partialReturn,
  };
}

/** Tells HR about each accepted offer; one that cannot be sent is reported and left out. */
async function notifyHr(
  ctx: UseCaseContext,
  seams: GuideSeams,
  batch: ProposalBatch,
  world: GuideWorld,
): Promise<Offer[]> {
  const notifier = seams.hrNotifier;
  if (!notifier) return [];
  const { employee } = world;
  const sent: Offer[] = [];
  for (const offer of offersOf(batch)) {
    const notice = noticeOf(ctx, offer, batch, world);
    try {
      const requestId = hrRequestId(batch.sessionId, offer);
      await notifier.notify(employee.unitId, notice, requestId, employee.personKey);
      await auditGuide(ctx, {
        action: 'guide.offer.hr',
        subject: employee.personKey,
        unitId: employee.unitId,
        outcome: 'allowed',
        detail: offer,
      });
      sent.push(offer);
    } catch (err) {
      seams.onError?.(err);
    }
  }
  return sent;
}

/** Stores the completed session with its steps, audits it, and tells HR of accepted offers. */
export async function completeGuide(
  ctx: UseCaseContext,
  seams: GuideSeams,
  completed: CompletedGuide,
): Promise<GuideCompletion> {
  const { session, world } = completed;
  const batch = followUpProposals(session, {
    today: world.today,
    sickStart: world.sickPeriod?.start ?? null,
  });
  const steps = await stepsFor(ctx, seams, batch, world);
  const outcome = await ctx.repos.guides.saveCompleted(session, completed.expectedVersion, steps);
  if (outcome.status !== 'saved') return { outcome, steps, told: [] };
  await auditGuide(ctx, {
    action: 'guide.complete',
    subject: session.personKey,
    unitId: world.employee.unitId,
    outcome: 'allowed',
    detail: `steps:${outcome.added ?? 0}`,
  });
  const told = batch ? await notifyHr(ctx, seams, batch, world) : [];
  return { outcome, steps, told };
}
