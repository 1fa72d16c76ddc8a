/**
 * Danish CPR numbers (ddmmyy-xxxx) in every spacing people write them: 010203-1234,
 * 0102031234, 010203 1234, 01 02 03 12 34, 01.02.03-1234. The digits must be grouped as a CPR
 * number is (six or 2+2+2, then four or 2+2) and start with a real day and month, so an 8-digit
 * phone number, a date like 01-02-2026, a time like 10.30 or "37 timer" is not one.
 */
import { foldDigits } from './normalise.js';

interface Group {
  digits: string;
  start: number;
  end: number;
}

/** Between two groups of one number: one space, dot, hyphen or slash, spaces around it. */
const JOINER = /^ ?[-./]? ?$/;
const SHAPES: readonly (readonly number[])[] = [
  [10],
  [6, 4],
  [6, 2, 2],
  [2, 2, 2, 4],
  [2, 2, 2, 2, 2],
];

function chainsOf(text: string): Group[][] {
  const chains: Group[][] = [];
  let chain: Group[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    const group = { digits: m[0], start: m.index, end: m.index + m[0].length };
    const last = chain[chain.length - 1];
    if (last && !JOINER.test(text.slice(last.end, group.start))) {
      chains.push(chain);
      chain = [];
    }
    chain.push(group);
  }
  if (chain.length > 0) chains.push(chain);
  return chains;
}

const isDate = (digits: string): boolean => {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
};

function shapedAt(chain: readonly Group[], at: number, text: string): boolean {
  if (text[(chain[at]?.start ?? 0) - 1] === '+') return false; // a country code
  return SHAPES.some((shape) => {
    const groups = chain.slice(at, at + shape.length);
    if (groups.length !== shape.length) return false;
    if (groups.some((g, i) => g.digits.length !== shape[i])) return false;
    return isDate(groups.map((g) => g.digits).join(''));
  });
}

/** True when the text holds something written like a CPR number. */
export function hasCprNumber(text: string): boolean {
  const folded = foldDigits(text);
  if (!/\d{2}/.test(folded)) return false;
  return chainsOf(folded).some((chain) => chain.some((_, at) => shapedAt(chain, at, folded)));
}
