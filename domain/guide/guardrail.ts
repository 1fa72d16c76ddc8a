/**
 * The diagnosis guardrail: free text in the guide is checked against a maintained list of
 * diagnosis, symptom and treatment words (guardrail-terms.ts) before it is saved. A hit gives
 * only a hint key for a rephrasing tip — nothing of the refused text is returned, so nothing of
 * it can end up in a log.
 */
import {
  ALLOWED_TOKENS,
  CPR_PATTERN,
  PHRASE_TERMS,
  TOKEN_TERMS,
  type GuardrailHint,
  type GuardrailTerm,
} from './guardrail-terms.js';

export type { GuardrailHint } from './guardrail-terms.js';
export const GUARDRAIL_HINTS: readonly GuardrailHint[] = [
  'condition',
  'symptom',
  'treatment',
  'pregnancy',
  'cpr',
];

export type GuardrailVerdict = { ok: true } | { ok: false; hint: GuardrailHint };

const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** Lower case, Danish letters spelled out (æ→ae, ø→oe, å→aa), accents and marks removed. */
export function normalizeForGuardrail(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[æøå]/g, (ch) => DANISH_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss');
}

interface Words {
  /** Every word and every hyphen-joined compound, minus allowed innocent compounds. */
  tokens: string[];
  /** The words joined by single spaces, padded with a space at each end. */
  phrase: string;
}

const isAllowed = (token: string): boolean => ALLOWED_TOKENS.some((re) => re.test(token));

function wordsOf(normalized: string): Words {
  const tokens: string[] = [];
  const parts: string[] = [];
  for (const word of normalized.split(/[^a-z0-9-]+/)) {
    const pieces = word.split('-').filter((p) => p !== '');
    if (pieces.length === 0) continue;
    parts.push(...pieces);
    const joined = pieces.join('');
    if (isAllowed(joined)) continue;
    if (pieces.length > 1) tokens.push(joined);
    tokens.push(...pieces.filter((p) => !isAllowed(p)));
  }
  return { tokens, phrase: ` ${parts.join(' ')} ` };
}

function firstHit(
  terms: readonly GuardrailTerm[],
  texts: readonly string[],
): GuardrailTerm | undefined {
  return terms.find((term) => texts.some((t) => term.pattern.test(t)));
}

/**
 * Checks a free-text answer. `{ ok: true }` when it holds no diagnosis, symptom, treatment,
 * pregnancy or CPR number that the list knows; otherwise the kind of hint to show.
 */
export function checkHealthText(text: string): GuardrailVerdict {
  if (CPR_PATTERN.test(text)) return { ok: false, hint: 'cpr' };
  const { tokens, phrase } = wordsOf(normalizeForGuardrail(text));
  const hit = firstHit(TOKEN_TERMS, tokens) ?? firstHit(PHRASE_TERMS, [phrase]);
  return hit ? { ok: false, hint: hit.hint } : { ok: true };
}
