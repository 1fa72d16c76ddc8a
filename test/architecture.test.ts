/**
 * The folder rules of the README's Architecture section, checked on every source file's imports (and a few banned calls).
 */
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  let out: string[] = [];
  for (const name of readdirSync(abs)) {
    const full = path.join(abs, name);
    if (statSync(full).isDirectory()) out = out.concat(filesUnder(path.join(dir, name)));
    else if (name.endsWith('.ts')) out.push(path.join(dir, name));
  }
  return out;
}

function importsOf(file: string): string[] {
  const src = readFileSync(path.join(ROOT, file), 'utf8');
  return [
    ...src.matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? '');
}

/** The top folder an import lands in ('' for a package). */
function targetFolder(file: string, spec: string): string {
  if (!spec.startsWith('.')) return '';
  const resolved = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec));
  return resolved.split(path.sep)[0] ?? '';
}

interface Rule {
  folder: string;
  forbiddenFolders: string[];
  forbiddenPackages: RegExp[];
  forbiddenCode?: RegExp[];
}

const RULES: Rule[] = [
  {
    folder: 'domain',
    forbiddenFolders: ['bot', 'cards', 'data', 'dialogs', 'i18n', 'tab'],
    forbiddenPackages: [
      /^botbuilder/,
      /^restify/,
      /^lowdb/,
      /^zod/,
      /^node:/,
      /^fs$/,
      /^csv-parse/,
      /^pino/,
    ],
    forbiddenCode: [/process\.env/, /DateTime\.now\(\)/, /Date\.now\(\)/, /new Date\(\)/],
  },
  {
    folder: 'i18n',
    forbiddenFolders: ['bot', 'cards', 'data', 'dialogs', 'tab'],
    forbiddenPackages: [/^botbuilder/, /^restify/, /^lowdb/],
  },
  {
    folder: 'cards',
    forbiddenFolders: ['bot', 'data', 'dialogs', 'tab'],
    forbiddenPackages: [/^botbuilder/, /^restify/, /^lowdb/],
    forbiddenCode: [/process\.env/],
  },
  {
    folder: 'data',
    forbiddenFolders: ['bot', 'cards', 'dialogs', 'tab'],
    forbiddenPackages: [/^botbuilder/, /^restify/],
    forbiddenCode: [/process\.env/],
  },
  {
    folder: 'app',
    forbiddenFolders: ['bot', 'cards', 'dialogs', 'tab'],
    forbiddenPackages: [/^botbuilder/, /^restify/, /^lowdb/, /^node:/, /^fs$/, /^pino/],
    forbiddenCode: [/process\.env/, /DateTime\.now\(\)/, /Date\.now\(\)/, /new Date\(\)/],
  },
  {
    folder: 'dialogs',
    forbiddenFolders: ['bot', 'tab'],
    forbiddenPackages: [/^restify/, /^lowdb/],
    forbiddenCode: [/process\.env/],
  },
];

describe('architecture: folder dependency rules', () => {
  for (const rule of RULES) {
    it(`${rule.folder}/ imports only what it may`, () => {
      let files: string[] = [];
      try {
        files = filesUnder(rule.folder).filter((f) => !f.endsWith('/cli.ts'));
      } catch {
        return;
      }
      const violations: string[] = [];
      for (const file of files) {
        for (const spec of importsOf(file)) {
          const folder = targetFolder(file, spec);
          if (rule.forbiddenFolders.includes(folder)) violations.push(`${file} imports ${spec}`);
          if (folder === '' && rule.forbiddenPackages.some((p) => p.test(spec)))
            violations.push(`${file} imports ${spec}`);
        }
        const src = readFileSync(path.join(ROOT, file), 'utf8').replace(
          /\/\*[\s\S]*?\*\/|\/\/.*$/gm,
          '',
        );
        for (const code of rule.forbiddenCode ?? [])
          if (code.test(src)) violations.push(`${file} uses ${code.source}`);
      }
      expect(violations).to.deep.equal([]);
    });
  }

  it('app/ reaches data/ only through the repository interfaces and schema types', () => {
    const allowed =
      /^(\.\.\/)+data\/(repositories|schema|follow-up-schema|follow-up-repository|absence-repository|guide-repository)\.js$/;
    const violations = filesUnder('app').flatMap((file) =>
      importsOf(file)
        .filter((spec) => targetFolder(file, spec) === 'data' && !allowed.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(violations).to.deep.equal([]);
  });

  it('dialogs/ decide no access and reach no store: no domain/access.js, data/ for types only', () => {
    const violations = filesUnder('dialogs').flatMap((file) => {
      const src = readFileSync(path.join(ROOT, file), 'utf8');
      const valueImports = [
        ...src.matchAll(
          /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
        ),
      ].map((m) => m[1] ?? m[2] ?? '');
      const resolved = (spec: string) =>
        path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec));
      return [
        ...importsOf(file)
          .filter((spec) => resolved(spec) === path.join('domain', 'access.js'))
          .map((spec) => `${file} imports ${spec}`),
        ...valueImports
          .filter((spec) => targetFolder(file, spec) === 'data')
          .map((spec) => `${file} imports values from ${spec}`),
      ];
    });
    expect(violations).to.deep.equal([]);
  });

  it('nothing imports bot/handlers but the router (bot/app.ts) and the handlers themselves', () => {
    const files = ['app', 'bot', 'cards', 'data', 'dialogs', 'domain', 'i18n']
      .flatMap((d) => filesUnder(d))
      .filter((f) => !f.startsWith('bot/handlers/') && f !== 'bot/app.ts');
    const violations = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) =>
          path
            .relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec))
            .startsWith(path.join('bot', 'handlers')),
        )
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(violations).to.deep.equal([]);
  });

  it('the unit tests (the fast layer, run again on Node 24) start no bot server', () => {
    const serverSide = ['test/helpers/test-bot', 'bot/app', 'bot/server', 'bot/index'];
    const unitFolders = ['domain', 'cards', 'i18n', 'data', 'dialogs', 'app'];
    const files = unitFolders.flatMap((d) => filesUnder(path.join('test', d)));
    const violations = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec)))
        .filter((target) => serverSide.includes(target.replace(/\.[jt]s$/, '')))
        .map((target) => `${file} imports ${target}`),
    );
    expect(violations).to.deep.equal([]);
  });

  it("the handlers of one feature do not import another feature's handlers", () => {
    const feature = (p: string) => p.split(path.sep)[2] ?? '';
    const violations = filesUnder(path.join('bot', 'handlers')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec)))
        .filter((target) => target.startsWith(path.join('bot', 'handlers')))
        .filter((target) => feature(target) !== feature(file))
        .map((target) => `${file} imports ${target}`),
    );
    expect(violations).to.deep.equal([]);
  });

  // Handlers of these features only parse, call one use case in app/ and render: the store, the
  // audience and the roles are the use cases' business, and access is decided in app/ alone.
  const GATED_HANDLERS = ['follow-up'];
  for (const feature of GATED_HANDLERS) {
    it(`bot/handlers/${feature}/ reaches the store and decides access only through app/`, () => {
      const violations = filesUnder(path.join('bot', 'handlers', feature)).flatMap((file) => {
        const src = readFileSync(path.join(ROOT, file), 'utf8').replace(
          /\/\*[\s\S]*?\*\/|\/\/.*$/gm,
          '',
        );
        const valueImports = [...src.matchAll(/import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/g)]
          .map((m) => m[1] ?? '')
          .filter((spec) => targetFolder(file, spec) === 'data')
          .map((spec) => `${file} imports ${spec} (only \`import type\` from data/)`);
        const access = importsOf(file)
          .filter((spec) => /\/domain\/access\.js$/.test(spec))
          .map((spec) => `${file} imports ${spec}`);
        const code = [/\bdeps\.repos\b/, /\bturn\.(deps|roles|audience)\b/]
          .filter((re) => re.test(src))
          .map((re) => `${file} uses ${re.source}`);
        return [...valueImports, ...access, ...code];
      });
      expect(violations).to.deep.equal([]);
    });
  }

  it('reads process.env only in bot/config.ts and tool scripts', () => {
    const offenders = ['app', 'bot', 'cards', 'dialogs', 'domain', 'i18n', 'data']
      .flatMap((d) => filesUnder(d))
      .filter((f) => f !== 'bot/config.ts' && !f.endsWith('/cli.ts'))
      .filter((f) => /process\.env/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).to.deep.equal([]);
  });

  it('the rule checker itself catches a forbidden import', () => {
    expect(targetFolder('domain/x.ts', '../data/store.js')).to.equal('data');
    expect(targetFolder('domain/sub/x.ts', '../model.js')).to.equal('domain');
  });
});
