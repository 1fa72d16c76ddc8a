/**
 * Small misspellings of the core stems ("depresion", "migrene", "kreft"): at most one edit for
 * a stem of 6–8 letters and two for 9 or more; shorter stems are left to the term lists. An edit
 * is an insertion, deletion, substitution or swap of two neighbours (optimal string alignment).
 * The stem may be followed by anything, so inflections are covered, and may start inside a word
 * with one edit fewer, so compounds are; it must keep its first letter. A word holding the exact
 * stem is left to the term lists, which know its innocent compounds, and an ordinary word near a
 * stem (FUZZY_ALLOWED) is never a hit.
 */
import type { TermHint } from './guardrail-terms.js';
import { CORE_STEMS, FUZZY_ALLOWED } from './fuzzy-stems.js';

interface Stem {
  stem: string;
  hint: TermHint;
  edits: number;
  /** How many of the stem's distinct letter pairs a word must share to be within `edits`. */
  need: number;
}

export const maxEdits = (length: number): number => (length >= 9 ? 2 : length >= 6 ? 1 : 0);

/** Letter pairs of a–z only (the spelled-out alphabet); -1 for anything else. */
const pairKey = (text: string, at: number): number => {
  const a = text.charCodeAt(at) - 97;
  const b = text.charCodeAt(at + 1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
};

const STEMS: Stem[] = [];
/** Letter pair → (stem index × 32 + the pair's bit in that stem). */
const BY_PAIR: number[][] = Array.from({ length: 26 * 26 }, () => []);

for (const { stem, hint } of CORE_STEMS) {
  const edits = maxEdits(stem.length);
  if (edits === 0) continue;
  const keys = Array.from(stem.slice(1), (_, i) => pairKey(stem, i)).filter((k) => k >= 0);
  const pairs = [...new Set(keys)].slice(0, 32);
  pairs.forEach((key, bit) => BY_PAIR[key]!.push(STEMS.length * 32 + bit));
  // one edit destroys at most three letter pairs (a swap), so the rest must be in the word
  STEMS.push({ stem, hint, edits, need: Math.max(1, pairs.length - 3 * edits) });
}

const seen = new Uint32Array(STEMS.length);
const shared = new Uint8Array(STEMS.length);
const touched: number[] = [];

/** Stems sharing enough letter pairs with the word to be worth an alignment. */
function candidates(word: string): number[] {
  touched.length = 0;
  for (let i = 0; i + 1 < word.length; i++) {
    const key = pairKey(word, i);
    if (key < 0) continue;
    for (const entry of BY_PAIR[key]!) {
      const s = entry >>> 5;
      const bit = (1 << (entry & 31)) >>> 0;
      if ((seen[s]! & bit) !== 0) continue;
      if (seen[s] === 0) touched.push(s);
      seen[s] = (seen[s]! | bit) >>> 0;
      shared[s] = shared[s]! + 1;
    }
  }
  const out = touched.filter((s) => shared[s]! >= STEMS[s]!.need);
  for (const s of touched) seen[s] = shared[s] = 0;
  return out;
}

const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * The fewest edits turning `stem` into a prefix of `word` from `from` on, or `limit + 1` when
 * that is more than `limit`.
 */
export function prefixDistance(stem: string, word: string, from: number, limit: number): number {
  const m = stem.length;
  const n = Math.min(word.length - from, m + limit, 63);
  if (n < m - limit || m > 63) return limit + 1;
  let [before, prev, cur] = ROWS;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const a = stem.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const b = word.charCodeAt(from + j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a === b ? 0 : 1));
      if (i > 1 && j > 1 && a === word.charCodeAt(from + j - 2) && stem.charCodeAt(i - 2) === b) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  let best = limit + 1;
  for (let j = Math.max(0, m - limit); j <= n; j++) best = Math.min(best, prev[j]!);
  return best;
}

/** A stem as long spelled exactly there ("infektion" is near "infection"): the lists decide. */
const exactAt = (word: string, at: number, length: number): boolean =>
  STEMS.some(({ stem }) => stem.length >= length && word.startsWith(stem, at));

/** An allowed word that covers the first letter of the near-miss. */
const allowedAt = (word: string, at: number): boolean =>
  FUZZY_ALLOWED.some((ok) => {
    for (let p = word.indexOf(ok); p >= 0 && p <= at; p = word.indexOf(ok, p + 1)) {
      if (p + ok.length > at) return true;
    }
    return false;
  });

/** The hint of a core stem the word misspells, if any (words are spelled out: æ→ae …). */
export function fuzzyHint(word: string): TermHint | undefined {
  if (word.length < 5) return undefined;
  for (const s of candidates(word)) {
    const { stem, hint, edits } = STEMS[s]!;
    for (let at = word.indexOf(stem[0]!); at >= 0; at = word.indexOf(stem[0]!, at + 1)) {
      // inside a compound one edit fewer: Danish compounds hold many near-misses
      const limit = at === 0 ? edits : edits - 1;
      if (limit === 0 || word.length - at < stem.length - limit) break;
      const d = prefixDistance(stem, word, at, limit);
      if (d >= 1 && d <= limit && !exactAt(word, at, stem.length) && !allowedAt(word, at))
        return hint;
    }
  }
  return undefined;
}
