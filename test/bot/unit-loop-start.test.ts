/**
 * The bot as `npm start` runs it, on a data file whose unit tree has a loop: it refuses to start
 * (exit 3, as for a corrupt file) with a line naming the units, and leaves the file as it was.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emptyStore } from '../../data/defaults.js';
import type { StoreData } from '../../data/schema.js';
import { tempDir } from '../helpers/tmp.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function unit(id: string, parentId: string | null, name: string): StoreData['units'][number] {
  return {
    id,
    name,
    parentId,
    level: 'institution',
    unitType: null,
    validFrom: '2020-01-01',
    validTo: null,
    policyId: null,
  };
}

function runBot(dataFile: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { PORT: '0', DATA_FILE: dataFile, LOG_LEVEL: 'info' };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG'])
    if (process.env[key]) env[key] = process.env[key];
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe('the bot on a data file whose unit tree loops', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('when unit A lies below B and B below A, then it refuses to start with exit 3, naming both, and leaves the file alone', async () => {
    const dataFile = tmp.file('naervaer.json');
    const data: StoreData = {
      ...emptyStore('2026-11-22T08:00:00.000Z'),
      units: [unit('A', 'B', 'Solsikken'), unit('B', 'A', 'Hjemmeplejen Nord')],
    };
    const text = JSON.stringify(data);
    writeFileSync(dataFile, text);
    const { code, output } = await runBot(dataFile);
    expect(code, output).to.equal(3);
    expect(output).to.contain('the unit tree has a loop: A (Solsikken) → B (Hjemmeplejen Nord)');
    expect(output).to.contain('Refusing to start');
    expect(readFileSync(dataFile, 'utf8')).to.equal(text);
  });
});
