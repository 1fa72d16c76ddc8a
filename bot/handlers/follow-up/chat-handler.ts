/**
 * The leader's follow-up sentences in chat ("Mette er syg fra i går", "Mette er rask igen",
 * "hvad skal jeg gøre for Mette?", "registrer sygdom" and English). Only in the personal chat,
 * only for leaders; dates are checked before any name is looked up.
 */
import {
  parseFollowUpIntent,
  type FollowUpIntent,
} from '../../../domain/follow-up/chat-intents.js';
import type { ChoiceIntent } from '../../../cards/employee-choice-card.js';
import type { TextHandler, Turn } from '../../turn.js';
import { isLeader, isPersonalChat, todayOf } from './follow-up-context.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import { performByName } from './perform-intent.js';
import { sendRegisterCard } from './register-card.js';
import { fitDateProblem } from './register-fit.js';
import { sickInputProblem } from './register-sick.js';

type NamedIntent = Exclude<FollowUpIntent, { kind: 'register-card' }>;

/** The intent with resolved dates, or a localized problem with them. */
function toAction(turn: Turn, intent: NamedIntent): ChoiceIntent | string {
  const { t } = turn;
  const name = intent.name;
  if (intent.kind === 'plan') return { intent: 'plan' };
  if (intent.kind === 'fit') {
    if (intent.fitDate === null)
      return t('followup.chat.invalidDate', { date: intent.dateText ?? '' });
    return fitDateProblem(turn, intent.fitDate, name) ?? { intent: 'fit', fitDate: intent.fitDate };
  }
  if (intent.start === null) return t('followup.chat.invalidDate', { date: intent.dateText ?? '' });
  if (intent.percentMissing) return t('followup.chat.percentMissing', { name });
  const input = { start: intent.start, partialPercent: intent.partialPercent };
  return sickInputProblem(turn, input) ?? { intent: 'sick', ...input };
}

export function followUpTextHandler(options: FollowUpOptions): TextHandler {
  return {
    name: 'follow-up',
    matches: (text, turn) => parseFollowUpIntent(text, todayOf(turn)) !== null,
    async handle(turn, text) {
      const intent = parseFollowUpIntent(text, todayOf(turn));
      if (!intent) return;
      const say = (message: string) => turn.context.sendActivity(message);
      if (!isPersonalChat(turn)) return void (await say(turn.t('followup.chat.personalOnly')));
      if (!isLeader(turn)) return void (await say(turn.t('followup.chat.leadersOnly')));
      if (intent.kind === 'register-card') return sendRegisterCard(turn);
      const action = toAction(turn, intent);
      if (typeof action === 'string') return void (await say(action));
      await performByName(turn, intent.name, action, options);
    },
  };
}
