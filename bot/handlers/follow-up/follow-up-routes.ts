/**
 * The follow-up feature's routes: the chat sentences, and every `followup.*` card verb as
 * Action.Execute (answered with the refreshed card) or Action.Submit (answered in chat).
 * Every payload is parsed with its zod schema; nothing is cast.
 */
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
import { isHrConsultant, isLeader, isPersonalChat } from './follow-up-context.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { submitRegisterCard } from './register-card.js';
import { handleStepAction, isStepAction } from './step-action.js';

export const FOLLOW_UP_PREFIX = 'followup.';

const message = (text: string): ExecuteAnswer => ({ kind: 'message', text });

async function dispatch(
  turn: Turn,
  action: FollowUpAction,
  options: FollowUpOptions,
): Promise<ExecuteAnswer> {
  if (action.verb === V.hrReply) return handleHrReply(turn, action, options);
  // HR consultants act on the steps addressed to HR (handleStepAction checks which).
  if (isStepAction(action) && isHrConsultant(turn)) return handleStepAction(turn, action, options);
  if (!isLeader(turn)) return message(turn.t('followup.chat.leadersOnly'));
  if (action.verb === V.registerSick) {
    return { kind: 'card', card: await submitRegisterCard(turn, action, options) };
  }
  if (action.verb === V.chooseEmployee) return handleChoice(turn, action, options);
  if (action.verb === V.frequencyGuide || action.verb === V.frequencyAskHr) {
    return handleFrequency(turn, action, options);
  }
  if (isStepAction(action)) return handleStepAction(turn, action, options);
  return message(turn.t('core.invalidAction'));
}

/** Parses the payload (the routed verb wins over any verb in the data) and runs the action. */
export async function runFollowUpAction(
  turn: Turn,
  verb: string,
  data: Record<string, unknown>,
  options: FollowUpOptions,
): Promise<ExecuteAnswer> {
  if (!isPersonalChat(turn)) return message(turn.t('followup.chat.personalOnly'));
  const parsed = parseFollowUpAction({ ...data, verb });
  if (!parsed.ok) return message(turn.t('core.invalidAction'));
  return dispatch(turn, parsed.value, options);
}

export function followUpRoutes(options: FollowUpOptions = {}): {
  text: TextHandler[];
  submit: SubmitHandler[];
  execute: ExecuteHandler[];
} {
  const execute: ExecuteHandler = {
    prefix: FOLLOW_UP_PREFIX,
    handle: (turn, verb, data) => runFollowUpAction(turn, verb, data, options),
  };
  const submit: SubmitHandler = {
    prefix: FOLLOW_UP_PREFIX,
    async handle(turn, value) {
      const answer = await runFollowUpAction(turn, String(value.verb), value, options);
      if (answer.kind === 'card') await sendCard(turn.context, answer.card);
      else await turn.context.sendActivity(answer.text);
    },
  };
  return { text: [followUpTextHandler(options)], submit: [submit], execute: [execute] };
}
