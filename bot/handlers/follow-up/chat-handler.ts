/**
 * The leader's follow-up sentences in chat ("Mette er syg fra i går", "Mette er rask igen",
 * "hvad skal jeg gøre for Mette?", "registrer sygdom" and English): parsed here, decided by
 * app/follow-up/employee-actions.ts, answered in chat.
 */
import { parseFollowUpIntent } from '../../../domain/follow-up/chat-intents.js';
import { followUpFromChat } from '../../../app/follow-up/employee-actions.js';
import type { FollowUpOptions } from '../../../app/follow-up-seams.js';
import type { TextHandler } from '../../turn.js';
import { todayOf } from './follow-up-context.js';
import { showChatAnswer } from './perform-intent.js';

export function followUpTextHandler(options: FollowUpOptions): TextHandler {
  return {
    name: 'follow-up',
    intents: ['register-sick', 'register-fit', 'plan'],
    matches: (text, turn) => parseFollowUpIntent(text, todayOf(turn)) !== null,
    async handle(turn, text) {
      const intent = parseFollowUpIntent(text, todayOf(turn));
      if (!intent) return;
      await showChatAnswer(turn, await followUpFromChat(turn.ctx, intent, options));
    },
  };
}
