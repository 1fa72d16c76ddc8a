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
const CANCEL = new Set(['annuller', 'annullér', 'afbryd', 'stop', 'cancel', 'quit', 'fortryd']);

export function isHelp(text: string): boolean {
  return HELP.has(normalizeText(text)) || text.trim() === '?';
}

export function isCancel(text: string): boolean {
  return CANCEL.has(normalizeText(text));
}
