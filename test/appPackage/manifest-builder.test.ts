import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { AppManifestUtils } from '@microsoft/app-manifest';
import {
  GROUP_COMMANDS,
  LOCALIZATION_SCHEMA,
  TEMPLATE_OPTIONS,
  PERSONAL_COMMANDS,
  buildManifest,
  type ManifestOptions,
} from '../../appPackage/manifest-builder.js';

const OPTIONS: ManifestOptions = {
  appId: '6f1c2a8e-4b7d-4e3a-9c5f-0a1b2c3d4e5f',
  botId: '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a',
  domain: 'naervaer.kommune.dk',
  version: '1.2.3',
};
const DA_JSON = JSON.parse(
  readFileSync(new URL('../../appPackage/da.json', import.meta.url), 'utf8'),
);
const DA: Record<string, unknown> = DA_JSON;

/** Reads `bots[0].commandLists[1].commands[0].title` style paths, as Teams localization does. */
function valueAt(root: unknown, path: string): unknown {
  const segments = path.split('.').flatMap((part) => {
    const match = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [part];
    const indexes = [...(match[2] ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    return [match[1] ?? '', ...indexes];
  });
  let node: unknown = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** Every string a Teams client shows that the localization schema allows translating. */
function localizablePaths(): string[] {
  const paths = [
    'name.short',
    'name.full',
    'description.short',
    'description.full',
    'staticTabs[0].name',
  ];
  [PERSONAL_COMMANDS, GROUP_COMMANDS].forEach((commands, list) =>
    commands.forEach((_c, i) => {
      const base = `bots[0].commandLists[${list}].commands[${i}]`;
      paths.push(`${base}.title`, `${base}.description`);
    }),
  );
  return paths;
}

describe('buildManifest', () => {
  it('when built with real ids, then it validates offline against schema v1.30 with no errors', async () => {
    const manifest = buildManifest(OPTIONS);
    expect(manifest.$schema).to.equal(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
    );
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).to.deep.equal([]);
  });

  it('when the bot id is not a GUID, then the validator reports it (the check is live)', async () => {
    const problems = await AppManifestUtils.validateAgainstSchema(
      buildManifest({ ...OPTIONS, botId: 'not-a-guid' }),
    );
    expect(problems.join('\n')).to.match(/\/bots\/0\/botId must match pattern/);
  });

  it('when built, then ids, host, version and scopes come from the options', () => {
    const manifest = buildManifest(OPTIONS);
    expect(manifest.id).to.equal(OPTIONS.appId);
    expect(manifest.version).to.equal('1.2.3');
    expect(manifest.validDomains).to.deep.equal(['naervaer.kommune.dk']);
    expect(manifest.developer.privacyUrl).to.equal('https://naervaer.kommune.dk/privacy');
    expect(manifest.developer.termsOfUseUrl).to.equal('https://naervaer.kommune.dk/terms');
    const bot = manifest.bots?.[0];
    expect(bot?.botId).to.equal(OPTIONS.botId);
    expect(bot?.scopes).to.have.members(['personal', 'team', 'groupChat']);
    expect(manifest.staticTabs?.[0]?.contentUrl).to.equal(
      'https://naervaer.kommune.dk/tab/?inTeams=1',
    );
    expect(manifest.configurableTabs?.[0]?.configurationUrl).to.equal(
      'https://naervaer.kommune.dk/tab/config.html',
    );
    expect(manifest.webApplicationInfo).to.deep.equal({
      id: OPTIONS.botId,
      resource: `api://naervaer.kommune.dk/${OPTIONS.botId}`,
    });
  });

  it('when built, then the personal list has the four commands and teams/group chats only help', () => {
    const lists = buildManifest(OPTIONS).bots?.[0]?.commandLists ?? [];
    expect(lists.map((l) => l.scopes)).to.deep.equal([['personal'], ['team', 'groupChat']]);
    expect(lists[0]?.commands.map((c) => c.title)).to.deep.equal([
      'help',
      'absence vs target',
      'register sickness',
      'conversation guide',
    ]);
    expect(lists[1]?.commands.map((c) => c.title)).to.deep.equal(['help']);
  });

  it('when built, then Danish is an additional language in da.json and English the default', () => {
    expect(buildManifest(OPTIONS).localizationInfo).to.deep.equal({
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'da', file: 'da.json' }],
    });
  });

  it('when a command is shown, then its title fits 32 and its description 128 characters', () => {
    const all = [...PERSONAL_COMMANDS, ...GROUP_COMMANDS];
    const danish = localizablePaths().filter((p) => p.startsWith('bots'));
    for (const c of all) expect(c.title.length, c.title).to.be.at.most(32);
    for (const c of all) expect(c.description.length, c.title).to.be.at.most(128);
    for (const p of danish)
      expect(String(DA[p]).length, p).to.be.at.most(p.endsWith('title') ? 32 : 128);
  });
});

/**
 * The bundled v1.30 localization schema has patterns with an unescaped `]` (`\b]`) that ajv's
 * unicode mode rejects ("Lone quantifier brackets"); escaping it keeps the meaning.
 */
type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
async function localizationSchema(): Promise<Schema> {
  const bundled = await AppManifestUtils.fetchSchema(LOCALIZATION_SCHEMA);
  const patched: Schema = JSON.parse(JSON.stringify(bundled).replaceAll('\\\\b]', '\\\\b\\\\]'));
  return patched;
}

describe('appPackage/manifest.json (the template)', () => {
  const text = readFileSync(new URL('../../appPackage/manifest.json', import.meta.url), 'utf8');
  const version = (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

  it('when compared with the builder, then it is what `npm run package -- --template` writes', () => {
    expect(JSON.parse(text)).to.deep.equal(buildManifest({ ...TEMPLATE_OPTIONS, version }));
  });

  it('when its placeholders are filled, then it validates against schema v1.30', async () => {
    const filled = text
      .replaceAll('${{TEAMS_APP_ID}}', OPTIONS.appId)
      .replaceAll('${{BOT_ID}}', OPTIONS.botId)
      .replaceAll('${{BOT_DOMAIN}}', OPTIONS.domain);
    expect(filled).not.to.contain('${{');
    expect(await AppManifestUtils.validateAgainstSchema(JSON.parse(filled))).to.deep.equal([]);
  });
});

describe('da.json', () => {
  it('when validated against the bundled localization schema, then it has no errors', async () => {
    expect(DA.$schema).to.equal(LOCALIZATION_SCHEMA);
    expect(
      await AppManifestUtils.validateAgainstSchema(DA_JSON, await localizationSchema()),
    ).to.deep.equal([]);
  });

  it('when a name is too long, then the localization schema rejects it (the check is live)', async () => {
    const broken = { ...DA_JSON, 'name.short': 'Nærvær – et alt for langt navn til Teams' };
    const problems = await AppManifestUtils.validateAgainstSchema(
      broken,
      await localizationSchema(),
    );
    expect(problems.join('\n')).to.match(/name\.short must NOT have more than 30 characters/);
  });

  it('when compared with the manifest, then every key translates an existing string and none is missing', () => {
    const manifest = buildManifest(OPTIONS);
    const keys = Object.keys(DA).filter((k) => k !== '$schema');
    for (const key of keys) expect(typeof valueAt(manifest, key), key).to.equal('string');
    expect(keys).to.have.members(localizablePaths());
  });

  it('when read, then the Danish command titles are the words the help card teaches', () => {
    expect(DA['bots[0].commandLists[0].commands[0].title']).to.equal('hjælp');
    expect(DA['bots[0].commandLists[0].commands[1].title']).to.equal('fravær vs. måltal');
    expect(DA['bots[0].commandLists[0].commands[2].title']).to.equal('registrer sygdom');
    expect(DA['bots[0].commandLists[0].commands[3].title']).to.equal('samtaleguide');
    expect(DA['bots[0].commandLists[1].commands[0].title']).to.equal('hjælp');
  });
});
