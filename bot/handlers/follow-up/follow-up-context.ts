/**
 * What every follow-up handler shares: today in Copenhagen (to format dates relative to it), and
 * a use case's notice in the reader's language.
 */
import type { IsoDate } from '../../../domain/model.js';
import { todayIn } from '../../../app/context.js';
import type { Notice } from '../../../app/follow-up/notice.js';
import { formatDay } from '../../../cards/follow-up-format.js';
import { freeTextRefusal } from '../../gate-text.js';
import type { ExecuteAnswer, Turn } from '../../turn.js';
import type { Translator } from '../../../i18n/index.js';

export const todayOf = (turn: Pick<Turn, 'ctx'>): IsoDate => todayIn(turn.ctx);

/** The notice as text: its dates formatted for the reader, relative to today. */
export function noticeText(turn: Turn, notice: Notice): string {
  return noticeIn(turn.t, todayOf(turn), notice);
}

/** The notice in a reader's language, its dates relative to `today` (the tab uses it too). */
export function noticeIn(t: Translator, today: IsoDate, notice: Notice): string {
  if (notice.kind === 'free-text') return freeTextRefusal(t, notice.verdict);
  const params: Record<string, string> = { ...notice.params };
  for (const [name, date] of Object.entries(notice.dates ?? {}))
    params[name] = formatDay(t.locale, date, today);
  return t(notice.key, params);
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
