/**
 * The diagnosis guardrail: every free-text field in the product (guide answers, due-card notes,
 * HR replies, workflow fields, tip feedback …) is checked before it is saved for a diagnosis,
 * symptom, treatment, pregnancy or CPR number. The text is folded first (normalise.ts, words.ts)
 * so that look-alike letters, invisible characters, stand-in digits, split or repeated letters
 * do not get a word past the lists; small misspellings of the core stems are caught too
 * (fuzzy.ts). A hit gives only a hint key for a rephrasing tip: nothing of the refused text is
 * returned, so nothing of it can end up in a log.
 */
import { hasCprNumber } from './cpr.js';
import { fuzzyHint } from './fuzzy.js';
import { PHRASE_TERMS } from './guardrail-phrases.js';
import {
  ALLOWED_TOKENS,
  TOKEN_TERMS,
  type GuardrailHint,
  type GuardrailTerm,
  type TermHint,
} from './guardrail-terms.js';
import { foldText } from './normalise.js';
import { readWords, type Compound, type GuardrailWords, type Join } from './words.js';

export type { GuardrailHint } from './guardrail-terms.js';
export { normalizeForGuardrail } from './normalise.js';

export const GUARDRAIL_HINTS: readonly GuardrailHint[] = [
  'condition',
  'symptom',
  'treatment',
  'pregnancy',
  'cpr',
];

export type GuardrailVerdict = { ok: true } | { ok: false; hint: GuardrailHint };

/** One pass over a word for every token term; the per-term patterns only run after a hit. */
const ANY_TOKEN_TERM = new RegExp(TOKEN_TERMS.map((t) => `(?:${t.pattern.source})`).join('|'));
/** The same from a word's first letter only (sticky, lastIndex 0): for joined short words. */
const ANY_TOKEN_TERM_AT_START = new RegExp(ANY_TOKEN_TERM.source, 'y');
const ANY_PHRASE_TERM = new RegExp(PHRASE_TERMS.map((t) => `(?:${t.pattern.source})`).join('|'));

const isAllowed = (word: string): boolean => ALLOWED_TOKENS.some((re) => re.test(word));

function termOf(word: string): GuardrailTerm | undefined {
  if (!ANY_TOKEN_TERM.test(word) || isAllowed(word)) return undefined;
  return TOKEN_TERMS.find((t) => t.pattern.test(word));
}

/** A hyphen-joined word is judged whole first; an allowed whole allows its pieces. */
function compoundHint(c: Compound): TermHint | undefined {
  for (const whole of c.whole) {
    const hit = termOf(whole);
    if (hit) return hit.hint;
  }
  for (const piece of c.pieces.flat()) {
    const hit = termOf(piece);
    if (hit) return c.whole.some(isAllowed) ? undefined : hit.hint;
  }
  return undefined;
}

/** Joined short words count only for a term from the first letter on and across the join. */
function joinHint({ text, first }: Join): TermHint | undefined {
  ANY_TOKEN_TERM_AT_START.lastIndex = 0;
  if (!ANY_TOKEN_TERM_AT_START.test(text) || isAllowed(text)) return undefined;
  const spans = (t: GuardrailTerm): boolean => {
    const m = t.pattern.exec(text);
    return m?.index === 0 && m[0].length > first;
  };
  return TOKEN_TERMS.find(spans)?.hint;
}

function phraseHint(phrase: string): TermHint | undefined {
  if (!ANY_PHRASE_TERM.test(phrase)) return undefined;
  return PHRASE_TERMS.find((t) => t.pattern.test(phrase))?.hint;
}

function exactHint(words: GuardrailWords): TermHint | undefined {
  for (const c of words.compounds) {
    const hint = compoundHint(c);
    if (hint) return hint;
  }
  for (const run of words.runs) {
    const hit = termOf(run);
    if (hit) return hit.hint;
  }
  return phraseHint(words.phrase) ?? words.joins.map(joinHint).find((h) => h !== undefined);
}

function fuzzyHintOf(words: GuardrailWords): TermHint | undefined {
  const candidates = [...words.compounds.flatMap((c) => [...c.whole, ...c.pieces.flat()])];
  for (const word of [...candidates, ...words.runs]) {
    const hint = fuzzyHint(word);
    if (hint && !isAllowed(word)) return hint;
  }
  return undefined;
}

/**
 * Checks a free-text field. `{ ok: true }` when it holds no diagnosis, symptom, treatment,
 * pregnancy or CPR number that the lists know; otherwise the kind of hint to show.
 */
export function checkHealthText(text: string): GuardrailVerdict {
  if (hasCprNumber(text)) return { ok: false, hint: 'cpr' };
  const words = readWords(foldText(text));
  const hint = exactHint(words) ?? fuzzyHintOf(words);
  return hint ? { ok: false, hint } : { ok: true };
}
