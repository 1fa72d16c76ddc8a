/**
 * A deputy while the leader is away, in chat ("Karen tager over 6.–24. juli", "hvem er min
 * stedfortræder?", "stop stedfortræder"; intent 'deputy') and the deputy cards' buttons
 * (deputy.stop, deputy.replace, deputy.keep). Parse, call one use case in app/deputies.ts, render.
 */
import {
  confirmReplaceDeputy,
  listDeputies,
  setDeputy,
  stopDeputy,
  type DeputyAnswer,
} from '../../../app/deputies.js';
import { notice } from '../../../app/follow-up/notice.js';
import {
  DEPUTY_PREFIX,
  parseDeputyAction,
  type DeputyAction,
} from '../../../cards/deputy-actions.js';
import {
  deputyEndedCard,
  deputyListCard,
  deputyReplaceCard,
  deputySetCard,
} from '../../../cards/deputy-card.js';
import { deputyAsked, type DeputyAsk } from '../../../domain/deputy-ask.js';
import { sendCard } from '../../cards.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import type { ExecuteAnswer, ExecuteHandler, TextHandler, Turn } from '../../turn.js';
import { messageAnswer, noticeText, todayOf } from './follow-up-context.js';

/** The answer as a card, or the refusal as text. */
function render(turn: Turn, answer: DeputyAnswer): ExecuteAnswer {
  const today = todayOf(turn);
  const { t } = turn;
  switch (answer.kind) {
    case 'refused':
      return messageAnswer(turn, answer.notice);
    case 'set':
      return { kind: 'card', card: deputySetCard({ ...answer, today }, t) };
    case 'confirm-replace':
      return { kind: 'card', card: deputyReplaceCard({ ...answer, today }, t) };
    case 'list':
      return { kind: 'card', card: deputyListCard({ ...answer, today }, t) };
    case 'ended':
      return { kind: 'card', card: deputyEndedCard({ ...answer, today }, t) };
  }
}

function run(turn: Turn, ask: DeputyAsk, options: FollowUpOptions): Promise<DeputyAnswer> {
  if (ask.kind === 'list') return listDeputies(turn.ctx);
  if (ask.kind === 'stop') return stopDeputy(turn.ctx);
  return setDeputy(turn.ctx, { name: ask.name, when: ask.when, unit: ask.unit }, options);
}

/** "Karen tager over 6.–24. juli", "hvem er min stedfortræder?", "stop stedfortræder". */
export const deputyTextHandler = (options: FollowUpOptions = {}): TextHandler => ({
  name: 'deputy',
  // "stop stedfortræder" may be classified as cancel: it is ours when the parser says so.
  intents: ['deputy', 'cancel'],
  matches: (text) => deputyAsked(text) !== null,
  // Routed here as 'deputy' without words the parser can use: say how to ask.
  accepts: (text, _turn, intent) => intent === 'deputy' || deputyAsked(text)?.kind === 'stop',
  async handle(turn, text) {
    const ask = deputyAsked(text);
    if (!ask)
      return void (await turn.context.sendActivity(noticeText(turn, notice('deputy.help'))));
    const answer = render(turn, await run(turn, ask, options));
    if (answer.kind === 'card') await sendCard(turn.context, answer.card);
    else await turn.context.sendActivity(answer.text);
  },
});

function act(
  turn: Turn,
  action: DeputyAction,
  options: FollowUpOptions,
): Promise<DeputyAnswer> | null {
  if (action.verb === 'deputy.stop') return stopDeputy(turn.ctx, action.id);
  if (action.verb === 'deputy.keep') return null;
  const { replaces, deputyId, from, to, unitIds } = action;
  return confirmReplaceDeputy(turn.ctx, { replaces, deputyId, from, to, unitIds }, options);
}

/** The deputy cards' buttons, answered with the card as it is now (or a message). */
export const deputyExecuteHandler = (options: FollowUpOptions = {}): ExecuteHandler => ({
  prefix: DEPUTY_PREFIX,
  async handle(turn, verb, data) {
    const action = parseDeputyAction({ ...data, verb });
    if (!action) return messageAnswer(turn, notice('core.invalidAction'));
    const answer = act(turn, action, options);
    if (!answer) return messageAnswer(turn, notice('deputy.kept'));
    return render(turn, await answer);
  },
});
