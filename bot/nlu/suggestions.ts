/**
 * Which intents "Mente du …?" offers: those the classifier scored best that a handler declares
 * and that have an example phrasing; when the scores say too little, the bot's everyday questions.
 */
import type { IntentName } from '../../domain/intents.js';
import { MAX_SUGGESTIONS, suggestable } from '../../cards/did-you-mean-card.js';
import type { TextHandler } from '../turn.js';
import type { Classification } from './classifier.js';

/** Offered, in this order, when the scores do not fill the card. */
const EVERYDAY: readonly IntentName[] = ['stats', 'register-sick', 'overview', 'guide', 'help'];

/** Small talk and stopping are never suggested: they are not what a puzzled user was after. */
const NEVER: ReadonlySet<IntentName> = new Set(['greeting', 'thanks', 'cancel']);

export function suggestionsFor(
  classification: Classification | null,
  handlers: readonly TextHandler[],
): IntentName[] {
  const declared = new Set(handlers.flatMap((h) => h.intents ?? []));
  const offer = (i: IntentName) => declared.has(i) && suggestable(i) && !NEVER.has(i);
  const scored = (classification?.ranked ?? []).map((r) => r.intent).filter(offer);
  const picked = [...new Set([...scored, ...EVERYDAY.filter(offer)])];
  return picked.slice(0, MAX_SUGGESTIONS);
}
