/** Core chat intents (help, cancel). Feature intents live next to their feature. */

/** Lower-case, trimmed, without surrounding punctuation and repeated spaces. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'“”.,!?]+|[\s"'“”.,!?]+$/g, '')
    .trim();
}

const HELP = new Set([
  'hjælp',
  'hjaelp',
  'help',
  '?',
  'menu',
  'hvad kan du',
  'what can you do',
  'start',
]);
/** Stops an open dialog. ("fortryd" is an undo word: bot/app.ts lets it stop a dialog too.) */
const CANCEL = new Set(['annuller', 'annullér', 'afbryd', 'stop', 'cancel', 'quit']);

export function isHelp(text: string): boolean {
  return HELP.has(normalizeText(text)) || text.trim() === '?';
}

export function isCancel(text: string): boolean {
  return CANCEL.has(normalizeText(text));
}

/**
 * What a chat message asks for. A classifier in bot/nlu/ chooses one of these; the handler that
 * declares it reads the details with its own parser. Handlers for some intents may not exist
 * yet: an intent nobody declares is treated as not understood.
 */
export const INTENTS = [
  'help',
  'greeting',
  'thanks',
  'cancel',
  'stats',
  'frequent',
  'register-sick',
  'register-fit',
  'plan',
  'guide',
  'overview',
  'employee',
  'compare',
  'hr-late',
  'undo',
  'deputy',
  'tip',
  'tip-weekly',
  'tip-stats',
  'workflows',
  'subscribe',
] as const;

export type IntentName = (typeof INTENTS)[number];

export function isIntentName(value: string): value is IntentName {
  return (INTENTS as readonly string[]).includes(value);
}

const GREETING = new Set([
  'hej',
  'hejsa',
  'hey',
  'hi',
  'hello',
  'godmorgen',
  'god morgen',
  'goddag',
  'good morning',
]);
const THANKS = new Set([
  'tak',
  'mange tak',
  'tusind tak',
  'tak for hjælpen',
  'thanks',
  'thank you',
]);

/** A bare greeting or thanks, for when the classifier is not sure. */
export function smallTalkOf(text: string): 'greeting' | 'thanks' | null {
  const norm = normalizeText(text);
  if (GREETING.has(norm)) return 'greeting';
  return THANKS.has(norm) ? 'thanks' : null;
}
