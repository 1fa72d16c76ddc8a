/**
 * The words of a folded text (normalise.ts) as the guardrail matches them. Evasions are undone
 * here: digits and signs used as letters ("str3ss", "d3pr3ssi0n": 0→o, 1→i or l, 3→e, 4→a, 5→s,
 * 7→t, @→a, $→s, €→e; "!"→i and "|"→l inside a word), but only in words that also hold letters,
 * so times, hours and dates stay as they are; letters repeated three or more times
 * ("streeeess"); letters split by dots, spaces, slashes, underscores or hyphens
 * ("d.e.p.r.e.s.s.i.o.n", "k r æ f t"); a word cut into two or three short pieces
 * ("de pres sion", "mi græne").
 */
import { spellOut } from './normalise.js';

/** One word: the pieces between its hyphens or apostrophes, where it stands, how it reads. */
interface Word {
  pieces: string[];
  whole: string;
  start: number;
  end: number;
  /** variantsOf(whole); empty when the word holds no letter (a number). */
  forms: string[];
}

/** A hyphen-joined word with its pieces; a compound that is allowed allows its pieces. */
export interface Compound {
  /** Variants of the whole word (pieces joined without the hyphens). */
  whole: string[];
  /** Variants of each piece, only when there is more than one piece. */
  pieces: string[][];
}

/** Adjacent short words joined; a hit counts only from the first letter and across the join. */
export interface Join {
  text: string;
  /** Length of the first word in `text`: a hit must reach past it. */
  first: number;
}

export interface GuardrailWords {
  /** Each distinct word once. */
  compounds: Compound[];
  /** Letters split one by one, joined back ("s/t/r/e/s/s" → "stress"). */
  runs: string[];
  joins: Join[];
  /** Every word joined by single spaces and padded with one at each end. */
  phrase: string;
}

const WORD = /[a-zæøå0-9@$€]+(?:['-][a-zæøå0-9@$€]+)*/g;
const LETTER = /[a-zæøå]/;
const STAND_IN = /[0-9@$€]/;
// prettier-ignore
const STAND_INS: Record<string, string> = {
  0: 'o', 3: 'e', 4: 'a', 5: 's', 7: 't', '@': 'a', $: 's', '€': 'e',
};
/** "!" and "|" inside a word of letters ("depress!on", "a|zheimer"), not between single letters. */
const BAR_OR_BANG = /(?<=[a-zæøå]{2})[!|](?=[a-zæøå])|(?<=[a-zæøå])[!|](?=[a-zæøå]{2})/g;
const TRIPLE = /([a-zæøå])\1\1/;
const PLAIN = /^[a-z]+$/;
const MAX_GAP = 3;

/** The ways a piece may be meant: stand-ins read as letters, long letter repeats squeezed. */
export function variantsOf(piece: string): string[] {
  if (PLAIN.test(piece) && !TRIPLE.test(piece)) return [piece];
  let forms = [piece];
  if (STAND_IN.test(piece) && LETTER.test(piece)) {
    const read = piece.replace(/[0345@$7€]/g, (ch) => STAND_INS[ch] ?? ch);
    forms = read.includes('1') ? [read.replace(/1/g, 'i'), read.replace(/1/g, 'l')] : [read];
  }
  if (forms.some((f) => TRIPLE.test(f))) {
    forms = forms.flatMap((f) => [
      f.replace(/([a-zæøå])\1{2,}/g, '$1'),
      f.replace(/([a-zæøå])\1{2,}/g, '$1$1'),
    ]);
  }
  return forms.map(spellOut);
}

const firstForm = (piece: string): string => variantsOf(piece)[0] ?? piece;

function splitWords(folded: string): Word[] {
  const words: Word[] = [];
  const text = /[!|]/.test(folded)
    ? folded.replace(BAR_OR_BANG, (ch) => (ch === '!' ? 'i' : 'l'))
    : folded;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const pieces = /['-]/.test(word) ? word.split(/['-]/) : [word];
    const whole = pieces.length > 1 ? pieces.join('') : word;
    const forms = LETTER.test(whole) ? variantsOf(whole) : [];
    words.push({ pieces, whole, start: m.index, end: m.index + word.length, forms });
  }
  return words;
}

const close = (a: Word, b: Word): boolean => b.start - a.end <= MAX_GAP;

/** Runs of three or more words of one or two letters, at least half of them single letters. */
function splitRuns(words: Word[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j < words.length && words[j]!.whole.length <= 2) {
      if (j > i && !close(words[j - 1]!, words[j]!)) break;
      j++;
    }
    const run = words.slice(i, j);
    const singles = run.filter((w) => w.whole.length === 1).length;
    if (run.length >= 3 && singles * 2 >= run.length && run.some((w) => w.forms.length > 0)) {
      runs.push([i, j]);
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** Short everyday words: a join needs a short piece that is not one of these ("de pres sion"). */
const COMMON_SHORT = new Set(
  `og i på at en et er de den det til med for om af som har kan vil skal ikke hun han vi jeg du
   der så men nu når hvis fra ud op ind var blev går får kom os dem sig sin sit min mit mig dig
   jo ja nej her hvor hvad alle lidt mere også kun selv god godt dag uge ugen tid år kl to tre
   fire fem seks syv otte ni ti end før over ved hos mod samt dog nye ny nyt the a an and or of
   to in on is it we he her his our be was are not by with as this that day week two us you
   they has had can will do at so if no yes all one`.split(/\s+/),
);

const isFragment = (w: Word): boolean => w.whole.length <= 4 && !COMMON_SHORT.has(w.whole);
const joinable = (w: Word | undefined): w is Word =>
  w !== undefined && w.whole.length <= 8 && w.forms.length > 0;

/** Two or three adjacent words, one of each pair at most four letters, one a fragment. */
function joinsOf(words: Word[]): Join[] {
  const joins: Join[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const head = words[i];
    if (!joinable(head)) continue;
    let text = head.forms[0]!;
    let fragment = isFragment(head);
    for (let n = 1; n <= 2; n++) {
      const prev = words[i + n - 1]!;
      const next = words[i + n];
      if (!joinable(next) || !close(prev, next)) break;
      if (prev.whole.length > 4 && next.whole.length > 4) break;
      text += next.forms[0]!;
      fragment ||= isFragment(next);
      if (fragment) joins.push({ text, first: head.forms[0]!.length });
    }
  }
  return joins;
}

function compoundsOf(words: Word[]): Compound[] {
  const seen = new Set<string>();
  const out: Compound[] = [];
  for (const word of words) {
    if (word.forms.length === 0 || seen.has(word.whole)) continue;
    seen.add(word.whole);
    const pieces =
      word.pieces.length > 1 ? word.pieces.filter((p) => LETTER.test(p)).map(variantsOf) : [];
    out.push({ whole: word.forms, pieces });
  }
  return out;
}

/** The words of a folded text, with every evasion above undone. */
export function readWords(folded: string): GuardrailWords {
  const words = splitWords(folded);
  const runs = splitRuns(words);
  let phrase = ' ';
  const runTexts: string[] = [];
  let r = 0;
  for (let i = 0; i < words.length; i++) {
    const run = runs[r];
    if (run?.[0] === i) {
      const forms = variantsOf(
        words
          .slice(run[0], run[1])
          .map((w) => w.whole)
          .join(''),
      );
      runTexts.push(...forms);
      phrase += `${forms[0]} `;
      i = run[1] - 1;
      r++;
      continue;
    }
    const word = words[i]!;
    if (word.pieces.length === 1) phrase += `${word.forms[0] ?? word.whole} `;
    else for (const piece of word.pieces) phrase += `${firstForm(piece)} `;
  }
  return { compounds: compoundsOf(words), runs: runTexts, joins: joinsOf(words), phrase };
}
