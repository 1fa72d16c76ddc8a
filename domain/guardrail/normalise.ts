/**
 * Folding free text for the diagnosis guardrail, so that the term lists only ever see plain
 * lower-case Latin letters: compatibility forms (NFKC), invisible characters, look-alike letters
 * from other scripts and accents are undone here. Splitting into words, and undoing split or
 * repeated letters and digits used as letters, is in words.ts.
 */

/**
 * Invisible characters: format characters (\p{Cf}: ZWSP, ZWJ, ZWNJ, BOM, word joiner, bidi
 * marks, soft hyphen …), the Hangul fillers, and every mark left after NFKC composed what it could
 * (variation selectors, combining grapheme joiner, marks piled on a letter).
 */
const INVISIBLE = /\p{Cf}|\p{M}|[\u115F\u1160\u3164\uFFA0]/gu;

/**
 * Letters that look like Latin ones, mapped before lower-casing because capitals differ
 * (Greek Η looks like H but η like n; Cyrillic В like B). Small capitals and a few Latin letters
 * that do not decompose are here too.
 */
// prettier-ignore
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic capitals and small letters
  А: 'a', В: 'b', Е: 'e', Ё: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't',
  У: 'y', Х: 'x', І: 'i', Ї: 'i', Ј: 'j', Ѕ: 's', Ԁ: 'd', Ү: 'y', Һ: 'h', Ԛ: 'q', Ԝ: 'w',
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ү: 'y', һ: 'h', ԛ: 'q', ԝ: 'w',
  ӏ: 'l', Ӏ: 'l', ь: 'b', г: 'r', п: 'n', ш: 'w', и: 'u',
  // Greek capitals and small letters
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p',
  Τ: 't', Υ: 'y', Χ: 'x', α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u',
  ν: 'v', ο: 'o', ρ: 'p', σ: 'o', ς: 's', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  // Latin letters that NFD does not take apart, and small capitals
  ı: 'i', ȷ: 'j', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ħ: 'h', ŧ: 't', ɑ: 'a', ɡ: 'g', ɩ: 'i',
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ғ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k',
  ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v',
  ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  // Armenian, Cherokee and IPA letters that pass for Latin ones
  օ: 'o', ս: 'u', հ: 'h', ո: 'n', ɛ: 'e', Ꭺ: 'a', Ꭼ: 'e', Ꮋ: 'h', Ꭻ: 'j', Ꮶ: 'k', Ꮇ: 'm',
  Ꮲ: 'p', Ꮪ: 's', Ꭲ: 't', Ꮃ: 'w', Ꮓ: 'z', Ꮯ: 'c',
  // Swedish and German spellings of the Danish letters
  ä: 'æ', Ä: 'æ', ö: 'ø', Ö: 'ø',
  // typographic apostrophes
  '’': "'", '‘': "'", ʼ: "'", '´': "'", '`': "'",
};

const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * Lower case, compatibility forms folded (full-width, ligatures, mathematical letters), invisible
 * characters removed, look-alike letters mapped, accents and marks stripped. æ, ø and å are kept.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(LOOK_ALIKE, (ch) => LOOK_ALIKES[ch] ?? ch)
    .toLowerCase()
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss');
}

/**
 * The value of a decimal digit of any script: Unicode keeps each script's 0–9 together and in
 * order, so it is the count of digits just before it, modulo ten.
 */
function digitValue(ch: string): string {
  let cp = ch.codePointAt(0) ?? 0;
  let n = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp--;
    n++;
  }
  return String(n % 10);
}

/** Compatibility forms folded, invisible characters removed, every script's digits as 0–9. */
export function foldDigits(text: string): string {
  const folded = text.normalize('NFKC').replace(INVISIBLE, '');
  return /\P{ASCII}/u.test(folded) ? folded.replace(/(?![0-9])\p{Nd}/gu, digitValue) : folded;
}

const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** æ→ae, ø→oe, å→aa: the spelling every term list is written in. */
export function spellOut(word: string): string {
  return word.replace(/[æøå]/g, (ch) => DANISH_LETTERS[ch] ?? ch);
}

/** The folded text with the Danish letters spelled out. */
export function normalizeForGuardrail(text: string): string {
  return spellOut(foldText(text));
}
