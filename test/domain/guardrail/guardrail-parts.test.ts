/**
 * The guardrail's parts on their own: folding, reading words, CPR numbers and the tolerance for
 * misspellings. The whole gate is tested by the table (guardrail-table.test.ts).
 */
import { expect } from 'chai';
import { hasCprNumber } from '../../../domain/guardrail/cpr.js';
import { fuzzyHint, maxEdits, prefixDistance } from '../../../domain/guardrail/fuzzy.js';
import { CORE_STEMS } from '../../../domain/guardrail/fuzzy-stems.js';
import { checkHealthText } from '../../../domain/guardrail/guardrail.js';
import { foldText, foldDigits, spellOut } from '../../../domain/guardrail/normalise.js';
import { readWords, variantsOf } from '../../../domain/guardrail/words.js';

describe('foldText', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['invisible characters', 'st\u200bre\u00adss\ufeff\u2060', 'stress'],
    ['Cyrillic look-alikes', '\u0441\u0430\u0440\u0435 \u041d\u0415\u0412', 'cape heb'],
    ['Greek look-alikes', '\u03b1\u03bf\u03c1 \u0391\u0397\u03a4', 'aop aht'],
    ['full-width and mathematical letters', '\uff33\uff54\ud835\udc2b', 'str'],
    ['accents, keeping æ, ø and å', 'Dépression ÆØÅ äö', 'depression æøå æø'],
  ];
  for (const [about, text, folded] of cases) {
    it(`when given ${about}, then it folds them to plain lower-case letters`, () => {
      expect(foldText(text)).to.equal(folded);
    });
  }

  it('when the Danish letters are spelled out, then æ, ø and å become ae, oe and aa', () => {
    expect(spellOut('kræft øre år')).to.equal('kraeft oere aar');
  });

  it('when digits of another script are folded, then they read as 0–9', () => {
    expect(foldDigits('\u0661\u0662 \uff13 \u0969')).to.equal('12 3 3');
  });
});

describe('readWords', () => {
  it('when a word mixes letters and digits, then the digits are read as letters', () => {
    expect(variantsOf('str3ss')).to.deep.equal(['stress']);
    expect(variantsOf('a1zheimer')).to.deep.equal(['aizheimer', 'alzheimer']);
  });

  it('when a word is only digits, then it stays as it is', () => {
    expect(variantsOf('2026')).to.deep.equal(['2026']);
    expect(readWords(foldText('kl. 10.30, 37 timer')).phrase).to.equal(' kl 10 30 37 timer ');
  });

  it('when letters repeat three times or more, then both squeezed forms are tried', () => {
    expect(variantsOf('streeeessss')).to.deep.equal(['stres', 'streess']);
  });

  it('when letters are split one by one, then the run is joined back', () => {
    expect(readWords(foldText('s/t/r/e/s/s')).runs).to.deep.equal(['stress']);
    expect(readWords(foldText('k r æ f t fylder')).runs).to.deep.equal(['kraeft']);
  });

  it('when short pieces stand side by side, then their joins are offered', () => {
    const joins = readWords(foldText('de pres sion')).joins.map((j) => j.text);
    expect(joins).to.include('depression');
  });

  it('when everyday short words stand side by side, then no join is offered', () => {
    expect(readWords(foldText('og i på at')).joins).to.deep.equal([]);
  });
});

describe('hasCprNumber', () => {
  const cpr = ['010203-1234', '0102031234', '010203 1234', '01 02 03 12 34', '01.02.03-1234'];
  const notCpr = [
    '12 34 56 78',
    '+45 21 03 45 67',
    '01-02-2026',
    '01-02-2026 10 30',
    'kl. 10.30',
    '37 timer',
    '1234567890',
    '321299-1234',
    '011303-1234',
    '01020312345',
  ];
  for (const text of cpr) {
    it(`when the text is "${text}", then it holds a CPR number`, () => {
      expect(hasCprNumber(text)).to.equal(true);
    });
  }
  for (const text of notCpr) {
    it(`when the text is "${text}", then it holds no CPR number`, () => {
      expect(hasCprNumber(text)).to.equal(false);
    });
  }
});

describe('fuzzyHint', () => {
  it('when stems are counted by length, then 6–8 letters get one edit and 9 or more two', () => {
    expect([5, 6, 8, 9, 14].map(maxEdits)).to.deep.equal([0, 1, 1, 2, 2]);
  });

  it('when two neighbours are swapped, then it counts as one edit', () => {
    expect(prefixDistance('depression', 'depressoin', 0, 2)).to.equal(1);
    expect(prefixDistance('kvalme', 'kvlame', 0, 1)).to.equal(1);
  });

  it('when a stem is followed by an ending, then the ending is free', () => {
    expect(prefixDistance('migraene', 'migrenen', 0, 1)).to.equal(1);
  });

  it('when a misspelled stem starts inside a compound, then it allows one edit fewer', () => {
    expect(fuzzyHint('foedselsdepresion')).to.equal('condition');
    expect(fuzzyHint('foedselsdeprsin')).to.equal(undefined);
  });

  it('when the stem is spelled exactly, then the term lists decide, not the tolerance', () => {
    expect(fuzzyHint('kraefter')).to.equal(undefined);
    expect(fuzzyHint('desinfektion')).to.equal(undefined);
  });

  it('when an ordinary word sits near a stem, then the allow list lets it pass', () => {
    for (const word of ['arbejdskraft', 'cancel', 'skimmelsvamp', 'streger', 'fysioterapeut']) {
      expect(fuzzyHint(word), word).to.equal(undefined);
    }
  });

  it('when each core stem is written exactly, then the term lists refuse it', () => {
    const passed = CORE_STEMS.filter(({ stem }) => checkHealthText(stem).ok).map((s) => s.stem);
    expect(passed).to.deep.equal([]);
  });
});
