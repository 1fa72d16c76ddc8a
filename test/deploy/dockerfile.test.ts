/**
 * The container image as the Dockerfile builds it (Docker itself is not needed): production
 * dependencies only, a non-root user, every file the start command loads copied in, and a health
 * check that really asks /healthz — run here against the real bot.
 */
import { expect } from 'chai';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { validate } from 'dockerfile-utils';
import { startTestBot } from '../helpers/test-bot.js';
import {
  dockerInstructions,
  imageEnv,
  execForm,
  readText,
  ROOT,
  runtimeGraph,
  type Instruction,
} from './deploy-files.js';

const instructions = dockerInstructions(readText('Dockerfile'));
const finalStage = Math.max(...instructions.map((i) => i.stage));
const final = instructions.filter((i) => i.stage === finalStage);
const pkg = JSON.parse(readText('package.json')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

function only(keyword: string, list: readonly Instruction[] = final): Instruction {
  const found = list.filter((i) => i.keyword === keyword);
  expect(found, `one ${keyword} in the final stage`).to.have.length(1);
  return found[0]!;
}

/** Local COPY sources of the final stage (not those taken from another stage). */
function copiedPaths(): string[] {
  return final
    .filter((i) => i.keyword === 'COPY' && i.flags['from'] === undefined)
    .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
}

/** The entry file of the image's CMD: `node --import tsx <entry>`. */
function cmdEntry(): string {
  const cmd = execForm(only('CMD').args);
  expect(cmd.slice(0, 3)).to.deep.equal(['node', '--import', 'tsx']);
  return cmd[3]!;
}

/** Runs the HEALTHCHECK's command as Docker would inside the container; resolves its exit code. */
function runHealthcheck(port: number): Promise<number> {
  const [command, ...args] = execForm(only('HEALTHCHECK').args);
  expect(command).to.equal('node');
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: { PORT: String(port) }, timeout: 10_000 }, (err) =>
      resolve(err ? (typeof err.code === 'number' ? err.code : -1) : 0),
    );
  });
}

/** Top-level folders the image leaves out on purpose: nothing the bot runs reads them. */
const NOT_IN_IMAGE: Readonly<Record<string, string>> = {
  appPackage: 'the Teams app package, built by npm run package or the Agents Toolkit',
  bench: 'benchmarks',
  deploy: 'compose and load balancer files',
  docs: 'documentation',
  env: 'Agents Toolkit environments',
  infra: 'Bicep for Azure',
  samples: 'example import files',
  test: 'tests',
};

describe('Dockerfile', () => {
  it("when Docker reads the Dockerfile, then dockerfile-utils (the VS Code Docker extension's validator) finds no problem", () => {
    const problems = validate(readText('Dockerfile')).map(
      (d) => `${d.range.start.line + 1}: ${JSON.stringify(d.message)}`,
    );
    expect(problems).to.deep.equal([]);
  });

  it('when the image is built, then it installs production dependencies only, from the lockfile', () => {
    const installs = instructions.filter((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
    expect(installs).to.have.length(1);
    expect(installs[0]!.args).to.contain('--omit=dev');
    const from = instructions.filter((i) => i.keyword === 'FROM').map((i) => i.args);
    for (const image of from) expect(image).to.match(/^node:\$\{NODE_VERSION\}-slim\b/);
    const version = instructions.find((i) => i.keyword === 'ARG' && i.args.startsWith('NODE_'));
    expect(version?.args, 'Node 22 LTS, as the Azure Web App').to.equal('NODE_VERSION=22');
  });

  it('when the container runs, then it runs as a user other than root', () => {
    const user = only('USER').args;
    expect(user).to.not.match(/^(root|0)(:|$)/);
    const userAt = final.indexOf(only('USER'));
    const cmdAt = final.indexOf(only('CMD'));
    expect(userAt, 'USER comes before CMD').to.be.lessThan(cmdAt);
  });

  it('when the build copies files, then every path it copies exists in the repository', () => {
    const paths = copiedPaths();
    expect(paths).to.include.members(['package.json', 'package-lock.json', 'bot']);
    for (const p of paths) expect(existsSync(path.join(ROOT, p)), p).to.equal(true);
  });

  it('when a top-level folder is added to the repository, then the image copies it or it is listed as not needed at run time', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
    const folders = new Set(
      tracked.filter((f) => f.includes('/') && !f.startsWith('.')).map((f) => f.split('/')[0]!),
    );
    const copied = copiedPaths();
    for (const folder of folders)
      expect(
        copied.includes(folder) || folder in NOT_IN_IMAGE,
        `${folder}/: add "COPY ${folder} ./${folder}" to the Dockerfile if the bot reads it at run time, else list it in NOT_IN_IMAGE`,
      ).to.equal(true);
  });

  it('when the bot or the import CLI starts, then every file it loads is in the image and every package it imports is a production dependency', () => {
    const importCli = /^tsx (\S+)$/.exec(pkg.scripts['import'] ?? '')?.[1];
    expect(importCli, 'npm run import runs a file with tsx').to.be.a('string');
    const graph = runtimeGraph([cmdEntry(), importCli!]);
    expect(graph.files.size).to.be.greaterThan(50);
    const copied = copiedPaths();
    for (const file of graph.files) {
      const inImage = copied.some((c) => file === c || file.startsWith(`${c}/`));
      expect(inImage, `${file} is copied into the image`).to.equal(true);
    }
    const production = Object.keys(pkg.dependencies);
    for (const name of graph.packages)
      expect(production, `${name} is imported at run time`).to.include(name);
    expect(production, 'the CMD loads tsx').to.include('tsx');
  });

  it('when the container starts, then the bot listens on all interfaces on PORT in production mode', () => {
    const env = imageEnv(readText('Dockerfile'));
    expect(env).to.include({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '3978' });
    expect(only('EXPOSE').args).to.equal(env['PORT']);
  });

  it('when Docker checks the health of a running bot, then the check asks /healthz and passes; with no bot listening, it fails', async function () {
    this.timeout(30_000);
    const healthcheck = only('HEALTHCHECK');
    expect(healthcheck.args).to.match(/^CMD \[/);
    expect(healthcheck.args).to.contain('/healthz');
    expect(healthcheck.flags['start-period']).to.match(/^\d+s$/);
    const bot = await startTestBot();
    const port = Number(new URL(bot.url).port);
    try {
      expect(await runHealthcheck(port)).to.equal(0);
    } finally {
      await bot.close();
    }
    expect(await runHealthcheck(port), 'the bot is gone').to.equal(1);
  });

  it('when the build context is sent, then local stores, secrets and installed modules stay out', () => {
    const ignored = readText('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(ignored).to.include.members([
      'node_modules',
      '.data',
      '.env',
      '.git',
      'env/.env.*.user',
    ]);
  });
});
