/**
 * The follow-up feature's routes: the chat sentences, and every `followup.*` card verb as
 * Action.Execute (answered with the refreshed card) or Action.Submit (answered in chat).
 * Every payload is parsed with its zod schema; nothing is cast. Who may do what is decided by
 * the use cases in app/follow-up/.
 */
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import type { HrHelpOptions } from '../../../app/follow-up/hr-help.js';
import { followUpRefusal, notice } from '../../../app/follow-up/notice.js';
import {
  parseFollowUpAction,
  FOLLOW_UP_VERBS as V,
  type FollowUpAction,
} from '../../../cards/follow-up-actions.js';
import { sendCard } from '../../cards.js';
import type {
  ExecuteAnswer,
  ExecuteHandler,
  SubmitHandler,
  TextHandler,
  Turn,
} from '../../turn.js';
import { handleChoice, handleFrequency, handleHrReply } from './card-actions.js';
import { followUpTextHandler } from './chat-handler.js';
import { messageAnswer } from './follow-up-context.js';
import { HR_CARDS } from './hr-help.js';
import { submitRegisterCard } from './register-card.js';
import { handleStepAction, isStepAction } from './step-action.js';
import { handleDigestPage } from './digest-page.js';

export const FOLLOW_UP_PREFIX = 'followup.';

const invalid = notice('core.invalidAction');

async function dispatch(
  turn: Turn,
  action: FollowUpAction,
  options: HrHelpOptions,
): Promise<ExecuteAnswer> {
  if (action.verb === V.hrReply) return handleHrReply(turn, action, options);
  if (isStepAction(action)) return handleStepAction(turn, action, options);
  if (action.verb === V.registerSick) return submitRegisterCard(turn, action, options);
  if (action.verb === V.chooseEmployee) return handleChoice(turn, action, options);
  if (action.verb === V.digestPage) return handleDigestPage(turn, action);
  if (action.verb === V.frequencyGuide || action.verb === V.frequencyAskHr) {
    return handleFrequency(turn, action, options);
  }
  const refusal = followUpRefusal(turn.ctx, 'leader');
  return refusal ? messageAnswer(turn, refusal.notice) : messageAnswer(turn, invalid);
}

/** Parses the payload (the routed verb wins over any verb in the data) and runs the action. */
export async function runFollowUpAction(
  turn: Turn,
  verb: string,
  data: Record<string, unknown>,
  options: HrHelpOptions,
): Promise<ExecuteAnswer> {
  const refusal = followUpRefusal(turn.ctx, 'anyone');
  if (refusal) return messageAnswer(turn, refusal.notice);
  const parsed = parseFollowUpAction({ ...data, verb });
  if (!parsed.ok) return messageAnswer(turn, invalid);
  return dispatch(turn, parsed.value, options);
}

export function followUpRoutes(options: FollowUpOptions = {}): {
  text: TextHandler[];
  submit: SubmitHandler[];
  execute: ExecuteHandler[];
} {
  const withCards: HrHelpOptions = { ...options, hrCards: HR_CARDS };
  const execute: ExecuteHandler = {
    prefix: FOLLOW_UP_PREFIX,
    handle: (turn, verb, data) => runFollowUpAction(turn, verb, data, withCards),
  };
  const submit: SubmitHandler = {
    prefix: FOLLOW_UP_PREFIX,
    async handle(turn, value) {
      const answer = await runFollowUpAction(turn, String(value.verb), value, withCards);
      if (answer.kind === 'card') await sendCard(turn.context, answer.card);
      else await turn.context.sendActivity(answer.text);
    },
  };
  return { text: [followUpTextHandler(options)], submit: [submit], execute: [execute] };
}
