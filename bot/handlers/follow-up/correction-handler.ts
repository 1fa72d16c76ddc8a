/**
 * Corrections in chat and on their cards: "fortryd" / "undo" (the classifier's 'undo' intent, or
 * the words themselves), "Mette er ikke syg alligevel", "Mette er kun 50 % syg", "Mette var syg
 * fra tirsdag", and "Mette er rask igen" on her first sick day (asked: was it one day?). Parsed
 * here, decided by app/follow-up/corrections.ts, answered in chat; the cards' 'followup.undo.*'
 * verbs (Action.Execute, or Action.Submit) answer by replacing the card with one line.
 */
import { todayIn } from '../../../app/context.js';
import {
  askOneDay,
  confirmNotSick,
  confirmOneDay,
  correctFromChat,
  type CorrectionAnswer,
} from '../../../app/follow-up/corrections.js';
import { confirmUndo, proposeUndo, type UndoAnswer } from '../../../app/follow-up/undo.js';
import { followUpFromChat } from '../../../app/follow-up/employee-actions.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { notice, type Refused } from '../../../app/follow-up/notice.js';
import type { FitRegistered } from '../../../app/follow-up/register-fit.js';
import {
  CORRECTION_PREFIX,
  CORRECTION_VERBS as V,
  parseCorrectionAction,
  type CorrectionAction,
} from '../../../cards/correction-actions.js';
import {
  correctionDoneCard,
  notSickConfirmCard,
  oneDayCard,
  undoConfirmCard,
} from '../../../cards/correction-card.js';
import { formatDay } from '../../../cards/follow-up-format.js';
import { parseCorrection } from '../../../domain/follow-up/correction-phrases.js';
import { parseFollowUpIntent } from '../../../domain/follow-up/chat-intents.js';
import { sendCard } from '../../cards.js';
import type {
  ExecuteAnswer,
  ExecuteHandler,
  SubmitHandler,
  TextHandler,
  Turn,
} from '../../turn.js';
import { noticeText, say } from './follow-up-context.js';
import { showChatAnswer } from './perform-intent.js';

export { isUndo } from '../../../domain/follow-up/correction-phrases.js';

/** "Mette er rask igen" / "Mette is back" with today as the first day back. */
function fitToday(text: string, turn: Turn) {
  const intent = parseFollowUpIntent(text, todayIn(turn.ctx));
  return intent?.kind === 'fit' && intent.fitDate === todayIn(turn.ctx) ? intent : null;
}

async function showAnswer(turn: Turn, answer: CorrectionAnswer | UndoAnswer): Promise<void> {
  const today = todayIn(turn.ctx);
  if (answer.kind === 'refused' || answer.kind === 'done') return say(turn, answer.notice);
  if (answer.kind === 'confirm-undo')
    return sendCard(turn.context, undoConfirmCard({ ...answer, today }, turn.t));
  if (answer.kind === 'confirm-not-sick')
    return sendCard(turn.context, notSickConfirmCard({ ...answer, today }, turn.t));
  const summary = { employeeName: answer.employeeName, date: today };
  await sendCard(turn.context, oneDayCard({ ...answer, summary, today }, turn.t));
}

async function handleText(
  turn: Turn,
  text: string,
  intent: string | undefined,
  options: FollowUpOptions,
): Promise<void> {
  const phrase = parseCorrection(text, todayIn(turn.ctx));
  const fit = phrase ? null : fitToday(text, turn);
  if (fit) {
    const ask = await askOneDay(turn.ctx, fit.name);
    if (ask) return showAnswer(turn, ask);
    return showChatAnswer(turn, await followUpFromChat(turn.ctx, fit, options));
  }
  if (!phrase || phrase.kind === 'undo') {
    if (!phrase && intent !== 'undo') return;
    return showAnswer(turn, await proposeUndo(turn.ctx));
  }
  await showAnswer(turn, await correctFromChat(turn.ctx, phrase, options));
}

export function correctionTextHandler(options: FollowUpOptions): TextHandler {
  return {
    name: 'correction',
    intents: ['undo', 'register-fit'],
    matches: (text, turn) =>
      parseCorrection(text, todayIn(turn.ctx)) !== null || fitToday(text, turn) !== null,
    accepts: (text, turn, intent) =>
      intent === 'undo'
        ? fitToday(text, turn) === null
        : parseCorrection(text, todayIn(turn.ctx)) !== null || fitToday(text, turn) !== null,
    handle: (turn, text, intent) => handleText(turn, text, intent, options),
  };
}

function fitLine(turn: Turn, fit: FitRegistered | Refused): { text: string; good: boolean } {
  if (fit.kind === 'refused') return { text: noticeText(turn, fit.notice), good: false };
  const date = formatDay(turn.t.locale, fit.lastSickDay, todayIn(turn.ctx));
  return {
    text: turn.t('followup.chat.fitRegistered', { name: fit.employeeName, date }),
    good: true,
  };
}

/** What a correction card's button did, as one line. */
async function run(turn: Turn, action: CorrectionAction): Promise<{ text: string; good: boolean }> {
  const line = (answer: CorrectionAnswer | UndoAnswer) => ({
    text: 'notice' in answer ? noticeText(turn, answer.notice) : turn.t('core.invalidAction'),
    good: answer.kind === 'done',
  });
  switch (action.verb) {
    case V.keep:
      return { text: noticeText(turn, notice('corrections.kept')), good: true };
    case V.confirm:
      return line(await confirmUndo(turn.ctx, action.entryId));
    case V.notSick:
      return line(await confirmNotSick(turn.ctx, action));
    case V.oneDay:
      return fitLine(turn, await confirmOneDay(turn.ctx, action));
  }
}

async function answerAction(
  turn: Turn,
  verb: string,
  data: Record<string, unknown>,
): Promise<{ text: string; good: boolean }> {
  const parsed = parseCorrectionAction({ ...data, verb });
  if (!parsed.ok) return { text: turn.t('core.invalidAction'), good: false };
  return run(turn, parsed.value);
}

export function correctionRoutes(options: FollowUpOptions = {}): {
  text: TextHandler[];
  execute: ExecuteHandler[];
  submit: SubmitHandler[];
} {
  const execute: ExecuteHandler = {
    prefix: CORRECTION_PREFIX,
    async handle(turn, verb, data): Promise<ExecuteAnswer> {
      const { text, good } = await answerAction(turn, verb, data);
      return { kind: 'card', card: correctionDoneCard(text, good) };
    },
  };
  const submit: SubmitHandler = {
    prefix: CORRECTION_PREFIX,
    async handle(turn, value) {
      const { text } = await answerAction(turn, String(value.verb), value);
      await turn.context.sendActivity(text);
    },
  };
  return { text: [correctionTextHandler(options)], execute: [execute], submit: [submit] };
}
