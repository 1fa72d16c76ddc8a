/**
 * What every follow-up handler shares: today in Copenhagen (to format dates relative to it), and
 * a use case's notice in the reader's language.
 */
import type { IsoDate } from '../../../domain/model.js';
import { todayIn } from '../../../app/context.js';
import type { Notice } from '../../../app/follow-up/notice.js';
import { noticeIn } from '../../notice-text.js';
import type { ExecuteAnswer, Turn } from '../../turn.js';

export const todayOf = (turn: Pick<Turn, 'ctx'>): IsoDate => todayIn(turn.ctx);

/** The notice as text: its dates formatted for the reader, relative to today. */
export function noticeText(turn: Turn, notice: Notice): string {
  return noticeIn(turn.t, todayOf(turn), notice);
}

/** Sends the notice as a chat message. */
export async function say(turn: Turn, notice: Notice): Promise<void> {
  await turn.context.sendActivity(noticeText(turn, notice));
}

/** Answers an Action.Execute with the notice as a message. */
export const messageAnswer = (turn: Turn, notice: Notice): ExecuteAnswer => ({
  kind: 'message',
  text: noticeText(turn, notice),
});
