import { expect } from 'chai';
import { detectDelimiter, readCsv } from '../../../data/import/csv-reader.js';

describe('detectDelimiter', () => {
  const cases: [string, string][] = [
    ['a;b;c\n1,5;2;3', ';'],
    ['a,b,c\n"1,5";2;3', ','],
    ['"a;x",b,c\n', ','],
    ['a\tb\tc\n', '\t'],
    ['\n\na,b\n', ','],
    ['a\n', ';'],
  ];
  for (const [text, expected] of cases) {
    it(`when the header is ${JSON.stringify(text.split('\n').find((l) => l) ?? '')}, then it is ${JSON.stringify(expected)}`, () => {
      expect(detectDelimiter(text)).to.equal(expected);
    });
  }
});

describe('readCsv', () => {
  it('when the file has a BOM, CRLF, blank lines and a quoted line break, then each record keeps its physical line', () => {
    const result = readCsv('\uFEFFa;b\r\n1;2\r\n\r\n"x\r\ny";3\r\n ; \r\n4;5');
    if (!result.ok) throw new Error(result.detail);
    expect(result.table.header).to.deep.equal(['a', 'b']);
    expect(result.table.records.map((r) => r.line)).to.deep.equal([2, 4, 7]);
    expect(result.table.records[1]?.values).to.deep.equal(['x\r\ny', '3']);
  });

  it('when a quote is never closed, then it reports the line', () => {
    const result = readCsv('a;b\n1;2\n"x;1\n');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.line).to.equal(3);
  });

  it('when the file is empty, then the header is empty', () => {
    const result = readCsv('');
    expect(result.ok && result.table.header).to.deep.equal([]);
  });
});
