/**
 * A guide session in the store: loaded by id, saved against the version it was loaded at (a save
 * from an older version changes nothing and is reported as stale), and cancelled by the cancel
 * word as the cancel button would cancel it (the leader's own guide only); and the actor's open
 * guides about their own employees, to offer going on with.
 */
import { applyGuideCommand } from '../../domain/guide/guide-transitions.js';
import type { GuideSession } from '../../domain/guide/guide-session.js';
import {
  OPEN_GUIDE_STATUSES,
  type GuideSaveOutcome,
  type StoredGuide,
} from '../../data/guide-repository.js';
import type { UseCaseContext } from '../context.js';
import { auditGuide } from './guide-audit.js';
import { ownGuideEmployee } from './guide-employee.js';
import { clockOf } from './guide-world.js';

export const loadGuide = (ctx: UseCaseContext, sessionId: string): Promise<StoredGuide | null> =>
  ctx.repos.guides.get(sessionId);

export const saveGuide = (
  ctx: UseCaseContext,
  session: GuideSession,
  expectedVersion: number,
): Promise<GuideSaveOutcome> => ctx.repos.guides.save(session, expectedVersion);

/** Remembers the message showing the actor's own guide's card (another leader's is left alone). */
export async function rememberGuideCard(
  ctx: UseCaseContext,
  sessionId: string,
  activityId: string,
): Promise<void> {
  const stored = await ctx.repos.guides.get(sessionId);
  if (stored?.session.leaderId !== ctx.actor.person.aadObjectId) return;
  if (stored.cardActivityId !== activityId)
    await ctx.repos.guides.rememberCard(sessionId, activityId);
}

/** The actor's own open guide about this person, if any (to show instead of an older card). */
export const openGuideAbout = (
  ctx: UseCaseContext,
  personKey: string,
): Promise<StoredGuide | null> => ctx.repos.guides.openFor(ctx.actor.person.aadObjectId, personKey);

/** Cancels the session for a cancel word in chat; another leader's guide is left as it is. */
export async function cancelGuideByWord(ctx: UseCaseContext, sessionId: string): Promise<void> {
  const stored = await ctx.repos.guides.get(sessionId);
  if (!stored) return;
  const guideCtx = {
    clock: clockOf(ctx),
    actorId: ctx.actor.person.aadObjectId,
    sickPeriod: null,
    weeklyHours: 0,
  };
  const cancelled = applyGuideCommand(stored.session, { type: 'cancel' }, guideCtx);
  if (!cancelled.ok) return;
  const saved = await ctx.repos.guides.save(cancelled.value, stored.version);
  await auditGuide(ctx, {
    action: 'guide.cancel',
    subject: stored.session.personKey,
    unitId: null,
    outcome: saved.status === 'saved' ? 'allowed' : 'rejected',
    detail: 'cancel-word',
  });
}

export interface OpenGuide {
  stored: StoredGuide;
  employeeName: string;
}

/** The actor's open guides about people who are still their own employees, newest first. */
export async function openGuidesOf(ctx: UseCaseContext, limit: number): Promise<OpenGuide[]> {
  const open = await ctx.repos.guides.list({
    leaderId: ctx.actor.person.aadObjectId,
    statuses: OPEN_GUIDE_STATUSES,
  });
  const out: OpenGuide[] = [];
  for (const stored of open) {
    if (out.length >= limit) break;
    const employee = await ownGuideEmployee(ctx, stored.session.personKey);
    if (employee) out.push({ stored, employeeName: employee.displayName });
  }
  return out;
}
