import { smallTalkOf } from '../../domain/intents.js';
import type { TextHandler } from '../turn.js';

/** "hej", "tak", "good morning", "thanks a lot": a short friendly answer. */
export const smallTalkHandler: TextHandler = {
  name: 'small-talk',
  intents: ['greeting', 'thanks'],
  matches: (text) => smallTalkOf(text) !== null,
  accepts: () => true,
  async handle(turn, text, intent) {
    const kind = intent ?? smallTalkOf(text);
    const name = turn.person.displayName.split(' ')[0] ?? turn.person.displayName;
    const answer =
      kind === 'thanks' ? turn.t('conversation.thanks') : turn.t('conversation.greeting', { name });
    await turn.context.sendActivity(answer);
  },
};
