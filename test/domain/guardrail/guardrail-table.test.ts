/**
 * The guardrail's table: every must-refuse row is refused with its hint, every must-accept row
 * passes. One `it` per row, so a failing run names every failing row.
 */
import { expect } from 'chai';
import { GUARDRAIL_HINTS, checkHealthText } from '../../../domain/guardrail/guardrail.js';
import { MUST_ACCEPT, MUST_REFUSE } from './guardrail-table.fixture.js';

/** The row as a title: escapes show invisible characters and look-alike letters. */
const shown = (text: string): string =>
  JSON.stringify(text).replace(/[^\x20-\x7eæøåÆØÅ§]/g, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });

describe('checkHealthText: the table', () => {
  it('when the table is counted, then it has at least 300 refusals and 100 acceptances', () => {
    expect(MUST_REFUSE.length).to.be.at.least(300);
    expect(MUST_ACCEPT.length).to.be.at.least(100);
  });

  describe('must refuse', () => {
    for (const [text, hint, about] of MUST_REFUSE) {
      it(`when the text is ${shown(text)} (${about}), then it is refused with the ${hint} hint`, () => {
        expect(checkHealthText(text)).to.deep.equal({ ok: false, hint });
      });
    }
  });

  it('when any row is refused, then the verdict carries only the hint and nothing of the text', () => {
    const leaks = MUST_REFUSE.filter(([text]) => {
      const verdict = checkHealthText(text);
      const keys = Object.keys(verdict).sort().join(',');
      const hintOk = !verdict.ok && GUARDRAIL_HINTS.includes(verdict.hint);
      return keys !== 'hint,ok' || !hintOk || JSON.stringify(verdict).includes(text);
    });
    expect(leaks.map(([text]) => shown(text))).to.deep.equal([]);
  });

  describe('must accept', () => {
    for (const text of MUST_ACCEPT) {
      it(`when the text is ${shown(text)}, then it passes`, () => {
        expect(checkHealthText(text)).to.deep.equal({ ok: true });
      });
    }
  });
});
