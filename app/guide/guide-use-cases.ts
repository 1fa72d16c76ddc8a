/**
 * The guide's use cases bound to one turn's context (who acts, where the answer is shown, the
 * instant, the store) and the guide's seams: what the guide dialog is given instead of
 * repositories, so every read, write, access decision and audit entry goes through app/.
 */
import type { GuideError } from '../../domain/guide/guide-errors.js';
import type { GuideSession } from '../../domain/guide/guide-session.js';
import type { Result } from '../../domain/result.js';
import type { GuideSaveOutcome, StoredGuide } from '../../data/guide-repository.js';
import type { UseCaseContext } from '../context.js';
import { auditGuide, type GuideAuditEntry } from './guide-audit.js';
import { completeGuide, type CompletedGuide, type GuideCompletion } from './guide-completion.js';
import type { GuideSeams } from './guide-seams.js';
import {
  cancelGuideByWord,
  loadGuide,
  openGuideAbout,
  rememberGuideCard,
  saveGuide,
} from './guide-sessions.js';
import {
  guideOffer,
  startGuideSession,
  type GuideOffer,
  type StartRequest,
} from './guide-start.js';
import { guideWorld, type GuideWorld } from './guide-world.js';

export interface GuideUseCases {
  /** The stored session (whoever's it is: `world` decides whether the actor may go on). */
  load(sessionId: string): Promise<StoredGuide | null>;
  /** The session's world for the actor, or why they may not go on with it (audits the read). */
  world(session: GuideSession): Promise<Result<GuideWorld, GuideError>>;
  /** Saves a session changed by a command, against the version it was loaded at. */
  save(session: GuideSession, expectedVersion: number): Promise<GuideSaveOutcome>;
  /** Stores a completed session with the steps its agreements make, and tells HR. */
  complete(completed: CompletedGuide): Promise<GuideCompletion>;
  /** The cancel word: cancels the session as the cancel button would. */
  cancelByWord(sessionId: string): Promise<void>;
  /** The start for one of the actor's employees, or the open guide to go on with. */
  offer(personKey: string): Promise<GuideOffer>;
  /** A new session, or the open one of the same kind and period. */
  start(request: StartRequest): Promise<Result<StoredGuide, GuideError | 'invalidAction'>>;
  /** Remembers the chat message that now shows the session's card (the actor's own guide). */
  rememberCard(sessionId: string, activityId: string): Promise<void>;
  /** The actor's own open guide about this person, if any. */
  openAbout(personKey: string): Promise<StoredGuide | null>;
  /** One audit entry in the actor's name (a refused submit or command, an export). */
  audit(entry: GuideAuditEntry): Promise<void>;
}

export function guideUseCases(ctx: UseCaseContext, seams: GuideSeams): GuideUseCases {
  return {
    load: (sessionId) => loadGuide(ctx, sessionId),
    world: (session) => guideWorld(ctx, session),
    save: (session, expectedVersion) => saveGuide(ctx, session, expectedVersion),
    complete: (completed) => completeGuide(ctx, seams, completed),
    cancelByWord: (sessionId) => cancelGuideByWord(ctx, sessionId),
    offer: (personKey) => guideOffer(ctx, seams, personKey),
    start: (request) => startGuideSession(ctx, seams, request),
    rememberCard: (sessionId, activityId) => rememberGuideCard(ctx, sessionId, activityId),
    openAbout: (personKey) => openGuideAbout(ctx, personKey),
    audit: (entry) => auditGuide(ctx, entry),
  };
}
