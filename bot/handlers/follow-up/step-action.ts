/**
 * The due card's buttons (app/follow-up/step-actions.ts decides, changes and audits): answered
 * with the digest the action came from, refreshed, with a notice on what happened.
 */
import type { HrHelpOptions } from '../../../app/follow-up/hr-help.js';
import { applyStepAction, type StepActionDone } from '../../../app/follow-up/step-actions.js';
import { FOLLOW_UP_VERBS, type FollowUpAction } from '../../../cards/follow-up-actions.js';
import { parsePageDigestId } from '../../../cards/due-digest-card.js';
import { digestFor, renderDigest } from '../../digest-view.js';
import type { ExecuteAnswer, Turn } from '../../turn.js';
import { messageAnswer, noticeText, todayOf } from './follow-up-context.js';

const V = FOLLOW_UP_VERBS;
type StepVerb =
  typeof V.complete | typeof V.postpone | typeof V.askHr | typeof V.offerEarlyIntervention;
export type StepAction = Extract<FollowUpAction, { verb: StepVerb }>;

const STEP_VERBS: readonly string[] = [V.complete, V.postpone, V.askHr, V.offerEarlyIntervention];

export const isStepAction = (a: FollowUpAction): a is StepAction => STEP_VERBS.includes(a.verb);

/** The digest the action came from, refreshed, with the notice on top. */
async function refreshedCard(
  turn: Turn,
  action: StepAction,
  done: StepActionDone,
): Promise<ExecuteAnswer> {
  const today = todayOf(turn);
  const me = turn.person;
  const record = await digestFor(turn.ctx, action.digestId, me.aadObjectId, done.step, today);
  const notice = { text: noticeText(turn, done.notice), tone: done.tone };
  // Stay on the page of the day's message the action came from.
  const page = parsePageDigestId(action.digestId ?? '').page;
  const input = { record, recipientName: me.displayName, known: [done.step], notice, today, page };
  return { kind: 'card', card: await renderDigest(turn.ctx, input, turn.t) };
}

export async function handleStepAction(
  turn: Turn,
  action: StepAction,
  options: HrHelpOptions,
): Promise<ExecuteAnswer> {
  const done = await applyStepAction(turn.ctx, action, options);
  if (done.kind === 'refused') return messageAnswer(turn, done.notice);
  return refreshedCard(turn, action, done);
}
