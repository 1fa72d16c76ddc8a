/**
 * "Mente du …?": when a message was not understood, two or three buttons with an example phrasing
 * of the intents that scored best. A button sends its phrasing back as an Action.Submit with the
 * verb 'core.say', which the bot treats as text typed by the user (Teams and the Agents Playground
 * alike). Intents with no phrasing that works without a name (a plan for someone) are not offered.
 */
import { z } from 'zod';
import type { IntentName } from '../domain/intents.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { card, sayAction, SAY_VERB, text, type CardAction } from './elements.js';

/** The data of a suggestion's button: the text to treat as typed. */
export const sayActionSchema = z.object({
  verb: z.literal(SAY_VERB),
  text: z.string().trim().min(1).max(200),
});

export const MAX_SUGGESTIONS = 3;

const EXAMPLES: Partial<Record<IntentName, MessageKey>> = {
  help: 'conversation.example.help',
  stats: 'conversation.example.stats',
  frequent: 'conversation.example.frequent',
  'register-sick': 'conversation.example.registerSick',
  guide: 'conversation.example.guide',
  overview: 'conversation.example.overview',
  compare: 'conversation.example.compare',
  'hr-late': 'conversation.example.hrLate',
  undo: 'conversation.example.undo',
};

/** Whether an intent can be offered as a suggestion (it has a phrasing of its own). */
export function suggestable(intent: IntentName): boolean {
  return EXAMPLES[intent] !== undefined;
}

export interface DidYouMeanView {
  /** Best first; the first MAX_SUGGESTIONS that can be offered are shown. */
  intents: readonly IntentName[];
}

export function didYouMeanCard(view: DidYouMeanView, t: Translator) {
  const actions: CardAction[] = view.intents
    .map((intent) => EXAMPLES[intent])
    .filter((key): key is MessageKey => key !== undefined)
    .slice(0, MAX_SUGGESTIONS)
    .map((key) => sayAction(t(key), t(key)));
  return card(
    [
      text(t('conversation.didYouMean'), { weight: 'Bolder' }),
      text(t('conversation.didYouMeanHint'), { isSubtle: true }),
    ],
    actions,
  );
}
