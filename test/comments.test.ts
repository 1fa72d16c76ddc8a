/**
 * Comments state the rule itself. They must not send the reader to notes kept outside this
 * repository (the research notes next to the project), which a reader of the code does not have;
 * a longer explanation belongs in docs/.
 */
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

const FOLDERS = [
  'app',
  'bot',
  'cards',
  'data',
  'dialogs',
  'domain',
  'i18n',
  'bench',
  'appPackage',
  'test',
];

/** This file names the notes to ban them; the architecture test is maintained separately. */
const EXEMPT = new Set(['test/comments.test.ts', 'test/architecture.test.ts']);

const OUTSIDE_NOTES: readonly string[] = [
  'RELIABILITY-NOTES',
  'GUIDE-NOTES',
  'DATA-NOTES',
  'STACK-NOTES',
  'DOMAIN.md',
  'DOMAIN §',
  '../shared/',
];

function tsFilesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  let out: string[] = [];
  for (const name of readdirSync(abs)) {
    if (name === 'node_modules') continue;
    const full = path.join(abs, name);
    if (statSync(full).isDirectory()) out = out.concat(tsFilesUnder(path.join(dir, name)));
    else if (name.endsWith('.ts')) out.push(path.join(dir, name).split(path.sep).join('/'));
  }
  return out;
}

/** Every `file:line: text` where a source file names one of the outside notes. */
function citations(): string[] {
  const found: string[] = [];
  for (const file of FOLDERS.flatMap(tsFilesUnder)) {
    if (EXEMPT.has(file)) continue;
    const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (OUTSIDE_NOTES.some((name) => line.includes(name))) {
        found.push(`${file}:${String(i + 1)}: ${line.trim()}`);
      }
    });
  }
  return found;
}

describe('comments', () => {
  it('finds the source files it checks', () => {
    const files = FOLDERS.flatMap(tsFilesUnder);
    expect(files).to.include('domain/model.ts');
    expect(files).to.include('test/comments.test.ts');
  });

  it('never point at notes outside the repository (state the rule, or link docs/)', () => {
    expect(citations()).to.deep.equal([]);
  });
});
