/**
 * The import CLI quotes cell values in its row errors; what it prints must carry no control
 * characters, terminal escapes or bidi overrides from the file.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../helpers/tmp.js';
import { printable } from '../../../data/import/terminal-text.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'data/import/cli.ts', ...args],
      { cwd: ROOT },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Anything a terminal would act on: C0 but \n and \t, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('printable', () => {
  const cases: Array<[string, string, string]> = [
    ['a colour', '\x1b[31mNOPE\x1b[0m', 'NOPE'],
    ['a cursor move and erase', 'A\x1b[2K\x1b[1;1HB', 'AB'],
    ['a window title (OSC, BEL)', '\x1b]0;pwned\x07X', 'X'],
    ['a hyperlink (OSC 8, ST)', '\x1b]8;;https://evil.example\x1b\\klik\x1b]8;;\x1b\\', 'klik'],
    ['a C1 CSI', '\x9b31mY', 'Y'],
    ['a carriage return and backspace', 'ok\r\bfake', 'okfake'],
    ['a right-to-left override', 'abc\u202Egpj.exe', 'abcgpj.exe'],
    ['an isolate', '\u2066x\u2069', 'x'],
    ['a bell and NUL', 'a\x07\x00b', 'ab'],
  ];
  for (const [name, input, expected] of cases)
    it(`strips ${name}`, () => expect(printable(input)).to.equal(expected));

  it('keeps Danish letters, tabs, newlines and punctuation', () => {
    const text = 'Ærø\tO’Neil & Co\n"Anne-Marie" (50 %) – §7a';
    expect(printable(text)).to.equal(text);
  });
});

describe('npm run import: what came from the file is printed inert', function () {
  this.timeout(60_000);
  const tmp = tempDir('naervaer-import-terminal-');
  after(() => tmp.cleanup());
  const data = tmp.file('naervaer.json');

  before(async () => {
    writeFileSync(tmp.file('enheder.csv'), 'enhed_id;enhed_navn;overordnet_enhed_id\nK;Kommune;\n');
    const run = await runImport(['enheder', tmp.file('enheder.csv'), '--data', data]);
    expect(run.code, run.stderr).to.equal(0);
  });

  it('when bad cells hold ANSI escapes, a title change and a bidi override, then the errors quote them without', async () => {
    const file = tmp.file('ansaettelser.csv');
    writeFileSync(
      file,
      'ansaettelse_id;enhed_id;beskaeftigelsesgrad;loenform;gyldig_fra\n' +
        'A1;"\x1b[31mNOPE\x1b[0m\x1b]0;pwned\x07";1;MAANED;2025-01-01\n' +
        'A2;K;\u202E1-\x1b[2K;MAANED;2025-01-01\n',
    );
    const run = await runImport(['ansaettelser', file, '--data', data]);
    expect(run.code).to.equal(1);
    expect(run.stderr).not.to.match(UNSAFE);
    expect(run.stderr).to.include(`${file}:2: enhed_id: enheden "NOPE" findes ikke`);
    expect(run.stderr).to.match(/:3: beskaeftigelsesgrad: .*"1-"/);
    expect(run.stdout).not.to.match(UNSAFE);
  });
});
