/**
 * The Microsoft 365 Agents Toolkit project (m365agents.yml, env/.env.dev, infra/azure.bicep and
 * its parameters file): the files parse, every path they name exists, every `${{VAR}}` has a
 * source, the parameters match the template's, and the Web App's settings are the ones the bot
 * reads. The Toolkit and Azure are not needed (nor available here).
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { loadConfig } from '../../bot/config.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import {
  configVariables,
  dockerInstructions,
  enumValues,
  envFile,
  execForm,
  readText,
  ROOT,
  variableReason,
} from './deploy-files.js';

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Project {
  version: string;
  environmentFolderPath: string;
  provision: Action[];
  deploy: Action[];
  publish: Action[];
}

const projectText = readText('m365agents.yml');
const bicep = readText('infra/azure.bicep');
const parametersText = readText('infra/azure.parameters.json');
const parameters = (
  JSON.parse(parametersText) as { parameters: Record<string, { value: unknown }> }
).parameters;

function project(): Project {
  const doc = parseDocument(projectText);
  expect(doc.errors.map((e) => e.message)).to.deep.equal([]);
  return doc.toJS() as Project;
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{\{([A-Z_][A-Z0-9_]*)\}\}/g)].map((m) => m[1]!));
}

interface BicepParam {
  type: string;
  hasDefault: boolean;
  secure: boolean;
}

function bicepParams(): Map<string, BicepParam> {
  const params = new Map<string, BicepParam>();
  const lines = bicep.split('\n');
  lines.forEach((line, i) => {
    const m = /^param (\w+) (\w+)( = .*)?$/.exec(line);
    if (!m) return;
    let j = i - 1;
    let secure = false;
    while (j >= 0 && lines[j]!.startsWith('@')) secure ||= lines[j--]!.startsWith('@secure()');
    params.set(m[1]!, { type: m[2]!, hasDefault: m[3] !== undefined, secure });
  });
  return params;
}

function appSettings(): Map<string, string> {
  const settings = new Map<string, string>();
  for (const [, name, value] of bicep.matchAll(/\{ name: '([A-Z_][A-Z0-9_]*)', value: ([^}]+) \}/g))
    settings.set(name!, value!.trim());
  return settings;
}

const outputs = [...bicep.matchAll(/^output (\w+) \w+ =/gm)].map((m) => m[1]!);

describe('Agents Toolkit project (m365agents.yml, env/, infra/)', () => {
  it('when provision runs, then it creates the Teams app, deploys the Bicep template, validates, packages and updates the app, in that order', () => {
    const p = project();
    expect(projectText).to.contain(`m365-agents-toolkits/${p.version}/yaml.schema.json`);
    expect(existsSync(path.join(ROOT, p.environmentFolderPath))).to.equal(true);
    expect(p.provision.map((a) => a.uses)).to.deep.equal([
      'teamsApp/create',
      'arm/deploy',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    const arm = p.provision.find((a) => a.uses === 'arm/deploy')!.with as {
      templates: { path: string; parameters: string }[];
    };
    expect(arm.templates).to.deep.include({
      path: './infra/azure.bicep',
      parameters: './infra/azure.parameters.json',
      deploymentName: 'Create-resources-for-naervaer',
    });
  });

  it('when deploy runs, then it zip-deploys the sources without node_modules to the Web App the template created, which installs them on Linux', () => {
    const [zip, ...rest] = project().deploy;
    expect(rest).to.deep.equal([]);
    expect(zip?.uses).to.equal('azureAppService/zipDeploy');
    expect(zip?.with?.['resourceId']).to.equal('${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(outputs).to.include('AZURE_APP_SERVICE_RESOURCE_ID');
    const ignored = readText(String(zip?.with?.['ignoreFile'])).split('\n');
    expect(ignored).to.include.members(['node_modules/', '.data/', 'env/', '.env.*']);
    expect(appSettings().get('SCM_DO_BUILD_DURING_DEPLOYMENT')).to.equal("'true'");
  });

  it('when the project names a file, then the file exists', () => {
    const p = project();
    const named = [...p.provision, ...p.deploy, ...p.publish].flatMap((a) => {
      const w = a.with ?? {};
      const templates =
        (w['templates'] as { path: string; parameters: string }[] | undefined) ?? [];
      return [
        w['manifestPath'],
        w['ignoreFile'],
        ...templates.flatMap((t) => [t.path, t.parameters]),
      ].filter((x): x is string => typeof x === 'string');
    });
    expect(named).to.include.members(['./appPackage/manifest.json', './infra/azure.bicep']);
    for (const file of named) expect(existsSync(path.join(ROOT, file)), file).to.equal(true);
  });

  it('when the Toolkit fills ${{VAR}} placeholders, then each is defined in env/.env.dev or is a documented secret, and every value written back has a line there', () => {
    const env = envFile('env/.env.dev');
    const used = new Set([
      ...placeholders(projectText),
      ...placeholders(parametersText),
      ...placeholders(readText('appPackage/manifest.json')),
    ]);
    expect(used).to.include.members(['TEAMS_APP_ID', 'BOT_ID', 'BOT_DOMAIN']);
    const envText = readText('env/.env.dev');
    for (const name of used) {
      if (name.startsWith('SECRET_'))
        expect(envText, `${name} documented for env/.env.dev.user`).to.match(
          new RegExp(`^#.*${name}=`, 'm'),
        );
      else expect(env.has(name), `${name} in env/.env.dev`).to.equal(true);
    }
    const written = [
      ...outputs,
      ...project().provision.flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {})),
      ...project().publish.flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {})),
    ];
    for (const name of written) expect(env.has(name), `${name} in env/.env.dev`).to.equal(true);
  });

  it('when env/.env.dev is committed, then it holds no secret, and the secrets file beside it is git-ignored', () => {
    for (const [key, value] of envFile('env/.env.dev')) {
      expect(key, 'secrets belong in env/.env.dev.user').to.not.match(/^SECRET_|PASSWORD/);
      expect(value, key).to.match(/^[A-Za-z0-9_-]*$/);
    }
    const ignored = (file: string) => {
      try {
        execFileSync('git', ['check-ignore', '-q', file], { cwd: ROOT });
        return true;
      } catch {
        return false;
      }
    };
    expect(ignored('env/.env.dev.user')).to.equal(true);
    expect(ignored('env/.env.dev')).to.equal(false);
  });

  it('when arm/deploy passes the parameters file, then it names only parameters of the template, every one without a default, and secrets only as placeholders', () => {
    const params = bicepParams();
    expect(params.size).to.be.greaterThan(5);
    for (const [name, value] of Object.entries(parameters)) {
      const param = params.get(name);
      expect(param, `${name} is a parameter of infra/azure.bicep`).to.not.equal(undefined);
      const jsonType = typeof value.value === 'number' ? 'int' : typeof value.value;
      expect(jsonType, name).to.equal(param!.type);
      if (param!.secure) expect(value.value, name).to.match(/^\$\{\{SECRET_[A-Z_]+\}\}$/);
    }
    for (const [name, param] of params)
      if (!param.hasDefault) expect(parameters, `${name} has no default`).to.have.property(name);
  });

  it('when the Web App starts, then its settings are ones the bot reads, with values its configuration accepts, and it starts as the container does', () => {
    const settings = appSettings();
    expect([...settings.keys()]).to.include.members([
      'BOT_ID',
      'BOT_TYPE',
      'BOT_TENANT_ID',
      'ALLOWED_TENANT_IDS',
      'DATABASE_URL',
    ]);
    for (const name of settings.keys())
      expect(variableReason(name), `${name} is read or documented`).to.not.equal(null);
    const config = configVariables();
    const botType = /^'(.*)'$/.exec(settings.get('BOT_TYPE')!)?.[1];
    expect(enumValues(config.get('BOT_TYPE')!)).to.include(botType);
    expect(bicep).to.contain(`msaAppType: '${botType}'`);
    const locales = /@allowed\((\[[^\]]*\])\)\nparam defaultLocale/.exec(bicep)?.[1] ?? '';
    const allowed = [...locales.matchAll(/'([^']*)'/g)].map((m) => m[1]);
    expect(allowed).to.deep.equal(enumValues(config.get('DEFAULT_LOCALE')!));
    const docker = dockerInstructions(readText('Dockerfile'));
    const cmd = execForm(docker.filter((i) => i.keyword === 'CMD').at(-1)!.args);
    expect(bicep).to.contain(`appCommandLine: '${cmd.join(' ')}'`);
    const node = docker.find((i) => i.args.startsWith('NODE_VERSION='))!.args.split('=')[1];
    expect(bicep).to.contain(`param linuxFxVersion string = 'NODE|${node}-lts'`);
    expect(bicep).to.contain("healthCheckPath: '/healthz'");
    expect(bicep).to.contain('alwaysOn: true');
  });

  it('when the Web App starts with those settings, then the bot accepts them as a production configuration', () => {
    const env: Record<string, string> = { PORT: '8080' };
    const sample = '11111111-2222-4333-8444-555555555555';
    for (const [name, value] of appSettings()) {
      const literal = /^'(.*)'$/.exec(value)?.[1];
      env[name] = literal ?? sample;
    }
    env['DATABASE_URL'] = 'postgres://naervaer:pw@x.postgres.database.azure.com:5432/naervaer';
    env['DEFAULT_LOCALE'] = 'da';
    const config = loadConfig(env);
    expect(config).to.include({ mode: 'production', botType: 'UserAssignedMSI', host: '0.0.0.0' });
    expect(config.allowedTenantIds).to.deep.equal([sample]);
    expect(config.botTenantId).to.equal(sample);
  });

  it('when provisioned, then Azure gets the Web App, the Azure Bot with its Teams channel, and PostgreSQL Flexible Server with a database and the Azure-services firewall rule', () => {
    const types = [...bicep.matchAll(/^resource \w+ '([^@']+)@/gm)].map((m) => m[1]);
    expect(types).to.include.members([
      'Microsoft.ManagedIdentity/userAssignedIdentities',
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.DBforPostgreSQL/flexibleServers',
      'Microsoft.DBforPostgreSQL/flexibleServers/databases',
      'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules',
    ]);
    expect(bicep).to.contain("channelName: 'MsTeamsChannel'");
    expect(bicep).to.contain(
      "endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'",
    );
    expect(bicep).to.match(/startIpAddress: '0\.0\.0\.0'\s+endIpAddress: '0\.0\.0\.0'/);
    const url = appSettings().get('DATABASE_URL');
    expect(url).to.equal('databaseUrl');
    expect(bicep).to.match(
      /var databaseUrl = 'postgres:\/\/\$\{postgresAdminLogin\}:\$\{uriComponent\(postgresAdminPassword\)\}@\$\{postgres\.properties\.fullyQualifiedDomainName\}:5432\/\$\{databaseName\}\?sslmode=verify-full'/,
    );
  });
});
