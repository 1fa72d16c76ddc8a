import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { AppManifestUtils } from '@microsoft/app-manifest';
import {
  PLACEHOLDER_ID,
  packageOptionsFrom,
  type PackageEnv,
} from '../../appPackage/app-package.js';
import { buildManifest } from '../../appPackage/manifest-builder.js';
import { readZip } from './read-zip.js';

const APP_ID = '6f1c2a8e-4b7d-4e3a-9c5f-0a1b2c3d4e5f';
const BOT_ID = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx appPackage/build-package.ts` with only the given settings in its environment. */
function runPackage(settings: PackageEnv, args: string[]): Promise<Run> {
  const env = { PATH: process.env.PATH ?? '', ...settings };
  const script = join(ROOT, 'appPackage/build-package.ts');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: ROOT, env },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('packageOptionsFrom', () => {
  const version = '0.1.0';
  const good: PackageEnv = { TEAMS_APP_ID: APP_ID, BOT_ID, BOT_DOMAIN: 'naervaer.kommune.dk' };
  const cases: [string, PackageEnv, boolean, RegExp][] = [
    ['BOT_ID is not a GUID', { ...good, BOT_ID: 'naervaer-bot' }, false, /^BOT_ID must be a GUID/],
    [
      'BOT_ID is not a GUID, even with --dev',
      { ...good, BOT_ID: 'abc' },
      true,
      /^BOT_ID must be a GUID/,
    ],
    ['BOT_ID is missing', { ...good, BOT_ID: '' }, false, /^BOT_ID is not set/],
    ['TEAMS_APP_ID is missing', { BOT_ID, BOT_DOMAIN: 'x.dk' }, false, /^TEAMS_APP_ID is not set/],
    [
      'BOT_DOMAIN has a scheme',
      { ...good, BOT_DOMAIN: 'https://x.dk' },
      false,
      /^BOT_DOMAIN must be a host/,
    ],
    [
      'BOT_DOMAIN has a path',
      { ...good, BOT_DOMAIN: 'x.dk/api/messages' },
      false,
      /^BOT_DOMAIN must be a host/,
    ],
  ];
  for (const [when, env, dev, message] of cases) {
    it(`when ${when}, then it is refused with a clear message`, () => {
      const result = packageOptionsFrom(env, { dev, version });
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(message);
    });
  }

  it('when every setting is valid, then ids are lower-cased and the host kept', () => {
    const result = packageOptionsFrom(
      { ...good, BOT_ID: BOT_ID.toUpperCase() },
      { dev: false, version },
    );
    expect(result).to.deep.equal({
      ok: true,
      value: { appId: APP_ID, botId: BOT_ID, domain: 'naervaer.kommune.dk', version },
    });
  });

  it('when --dev and nothing is set, then placeholders are used', () => {
    expect(packageOptionsFrom({}, { dev: true, version })).to.deep.equal({
      ok: true,
      value: { appId: PLACEHOLDER_ID, botId: PLACEHOLDER_ID, domain: 'localhost:3978', version },
    });
  });
});

describe('npm run package (appPackage/build-package.ts)', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'naervaer-package-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('when the settings are valid, then the zip holds exactly the manifest, both icons and da.json', async () => {
    const out = join(dir, 'ok.zip');
    const run = await runPackage(
      { TEAMS_APP_ID: APP_ID, BOT_ID, BOT_DOMAIN: 'naervaer.kommune.dk' },
      ['--out', out],
    );
    expect(run.code, run.stderr).to.equal(0);
    const entries = readZip(await readFile(out));
    expect([...entries.keys()]).to.deep.equal([
      'manifest.json',
      'color.png',
      'outline.png',
      'da.json',
    ]);
    expect(entries.get('outline.png')).to.deep.equal(
      await readFile(join(ROOT, 'appPackage/outline.png')),
    );
    expect(entries.get('da.json')).to.deep.equal(await readFile(join(ROOT, 'appPackage/da.json')));
    const manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '{}');
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).to.deep.equal([]);
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest).to.deep.equal(
      buildManifest({ appId: APP_ID, botId: BOT_ID, domain: 'naervaer.kommune.dk', version }),
    );
  });

  it('when BOT_ID is not a GUID, then it exits 1 with a clear message and writes nothing', async () => {
    const out = join(dir, 'refused.zip');
    const run = await runPackage({ TEAMS_APP_ID: APP_ID, BOT_ID: 'my-bot', BOT_DOMAIN: 'x.dk' }, [
      '--out',
      out,
    ]);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('BOT_ID must be a GUID');
    expect(run.stderr).to.contain('"my-bot"');
    const written = await stat(out).then(
      () => true,
      () => false,
    );
    expect(written).to.equal(false);
  });

  it('when nothing is set and --dev is given, then it packages placeholder ids', async () => {
    const out = join(dir, 'dev.zip');
    const dev = await runPackage({}, ['--dev', '--out', out]);
    expect(dev.code, dev.stderr).to.equal(0);
    const manifest = JSON.parse(
      readZip(await readFile(out))
        .get('manifest.json')
        ?.toString('utf8') ?? '{}',
    );
    expect(manifest.bots[0].botId).to.equal(PLACEHOLDER_ID);
    expect(manifest.validDomains).to.deep.equal(['localhost:3978']);
  });
});
