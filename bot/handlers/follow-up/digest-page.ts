/**
 * "Show the next items" on the day's follow-up message: answers with that page of the same
 * message, as it is now. Only the message's own recipient gets it (access and audit per item
 * again in app/proactive.ts); anyone else is told the action is not theirs.
 */
import { followUpRefusal, notice } from '../../../app/follow-up/notice.js';
import type { FollowUpAction } from '../../../cards/follow-up-actions.js';
import { FOLLOW_UP_VERBS as V } from '../../../cards/follow-up-actions.js';
import { digestPage, renderDigest } from '../../digest-view.js';
import type { ExecuteAnswer, Turn } from '../../turn.js';
import { messageAnswer, todayOf } from './follow-up-context.js';

type DigestPage = Extract<FollowUpAction, { verb: typeof V.digestPage }>;

export async function handleDigestPage(turn: Turn, a: DigestPage): Promise<ExecuteAnswer> {
  const refusal = followUpRefusal(turn.ctx, 'anyone');
  if (refusal) return messageAnswer(turn, refusal.notice);
  const me = turn.person;
  const found = await digestPage(turn.ctx, a.digestId, me.aadObjectId);
  if (!found) return messageAnswer(turn, notice('core.invalidAction'));
  const input = {
    record: found.record,
    recipientName: me.displayName,
    today: todayOf(turn),
    page: a.page,
  };
  return { kind: 'card', card: await renderDigest(turn.ctx, input, turn.t) };
}
