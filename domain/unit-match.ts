/**
 * Forgiving unit-name matching for questions like "fravær i hjemmeplejen nord".
 *   - case-insensitive, accents dropped, punctuation ignored;
 *   - æ/ø/å ↔ ae/oe/aa, and loosely å ↔ a, æ ↔ a, ø ↔ o;
 *   - partial names: prefix of the name, every query word starting a word of the name (any
 *     order), a substring, or one typo in a longer word.
 * One exact name (strict or loose spelling) is an exact match; otherwise exactly one candidate is
 * the match; more than one is a choice for the user — never a guess.
 */

export interface NamedUnit {
  id: string;
  name: string;
}

export type UnitMatch<U extends NamedUnit = NamedUnit> =
  | { kind: 'exact'; unit: U }
  | { kind: 'single'; unit: U }
  | { kind: 'several'; candidates: U[]; total: number }
  | { kind: 'none' };

export const MAX_CANDIDATES = 10;
const MIN_QUERY_LENGTH = 2;

/** Lower case, æ→ae ø→oe å→aa, accents dropped, punctuation to spaces, spaces collapsed. */
export function normalizeName(value: string): string {
  return value
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The loose spelling: aa→a, ae→a, oe→o on top of normalizeName (å≈a, æ≈a, ø≈o). */
export function looseName(value: string): string {
  return normalizeName(value).replace(/aa/g, 'a').replace(/ae/g, 'a').replace(/oe/g, 'o');
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** How well a normalised query fits a normalised name: 0 = not at all. */
function score(q: string, n: string): number {
  if (q === n) return 100;
  if (n.startsWith(q)) return 80;
  const qWords = q.split(' ');
  const nWords = n.split(' ');
  if (qWords.every((w) => nWords.some((nw) => nw.startsWith(w)))) return 70;
  if (n.includes(q)) return 60;
  if (` ${q} `.includes(` ${n} `)) return 55;
  const typo = (w: string) =>
    nWords.some((nw) => nw.startsWith(w) || (w.length >= 5 && withinOneEdit(w, nw)));
  return qWords.every(typo) ? 50 : 0;
}

function bestScore(query: string, name: string): { score: number; exact: boolean } {
  const strict = score(normalizeName(query), normalizeName(name));
  const loose = score(looseName(query), looseName(name));
  return { score: Math.max(strict, loose - 1), exact: strict === 100 || loose === 100 };
}

export function matchUnit<U extends NamedUnit>(query: string, units: readonly U[]): UnitMatch<U> {
  if (looseName(query).length < MIN_QUERY_LENGTH) return { kind: 'none' };
  const scored = units
    .map((unit) => ({ unit, ...bestScore(query, unit.name) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.unit.name.localeCompare(b.unit.name, 'da'));
  const exact = scored.filter((s) => s.exact);
  const only = exact.length === 1 ? exact[0] : scored.length === 1 ? scored[0] : undefined;
  if (only) return { kind: only.exact ? 'exact' : 'single', unit: only.unit };
  if (scored.length === 0) return { kind: 'none' };
  const pool = exact.length > 1 ? exact : scored;
  return {
    kind: 'several',
    candidates: pool.slice(0, MAX_CANDIDATES).map((s) => s.unit),
    total: pool.length,
  };
}

const LEAD_IN =
  /(?<!\p{L})(?:(?:syge)?fravær(?:et)?|sygdom(?:men)?|måltal(?:let)?|statistik(?:ken)?|tal(?:lene)?|absence|sickness|statistics|figures|target)/iu;
const PREPOSITION = /\s+(?:i|på|for|hos|in|at|of)\s+/iu;
const TAIL =
  /\s+(?:ift\.?|i forhold til|i forhold|vs\.?|versus|mod|sammenlignet|sidste|seneste|de seneste|de sidste|i år|i \d{4}|det seneste|over|last|this|in \d{4}|(?:19|20)\d{2}|compared|against|relative)(?:\s.*)?$/iu;
const NOT_A_UNIT = /^(?:forhold|år|\d{4}|the|last|this|my|min|mit|vores|our)\b/iu;

/**
 * The unit name in a question, e.g. "fravær i Hjemmeplejen Nord?" → "Hjemmeplejen Nord",
 * "absence in Solsikken vs target" → "Solsikken"; null when the text names no unit.
 */
export function extractUnitPhrase(text: string): string | null {
  const lead = LEAD_IN.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead.index + lead[0].length);
  const prep = PREPOSITION.exec(rest);
  if (!prep || rest.slice(0, prep.index).trim().split(/\s+/).filter(Boolean).length > 3)
    return null;
  const phrase = rest
    .slice(prep.index + prep[0].length)
    .replace(/[?!.,;:"”“']+\s*$/u, '')
    .replace(TAIL, '')
    .replace(/[?!.,;:"”“']+$/u, '')
    .trim();
  if (phrase.length < MIN_QUERY_LENGTH || NOT_A_UNIT.test(phrase)) return null;
  return phrase;
}

/**
 * Among several matches, the one that every other match lies below ("Solgården" matches the
 * plejecenter and its two afsnit: it means the plejecenter). Null when there is no such unit,
 * e.g. two afsnit with the same name in different institutions: then the user chooses.
 */
export function commonAncestor<U extends NamedUnit>(
  candidates: readonly U[],
  parentOf: ReadonlyMap<string, string | null>,
): U | null {
  const isBelow = (id: string, ancestor: string): boolean => {
    const seen = new Set<string>();
    for (
      let p = parentOf.get(id) ?? null;
      p !== null && !seen.has(p);
      p = parentOf.get(p) ?? null
    ) {
      if (p === ancestor) return true;
      seen.add(p);
    }
    return false;
  };
  return (
    candidates.find((top) => candidates.every((c) => c === top || isBelow(c.id, top.id))) ?? null
  );
}
