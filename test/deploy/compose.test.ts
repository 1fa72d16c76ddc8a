/**
 * compose.yaml: PostgreSQL and two bot instances sharing its database behind Caddy, each service
 * started only once what it needs is healthy. Parsed with the `yaml` package the way Compose
 * reads it (merge keys on); Docker itself is not needed.
 */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadConfig } from '../../bot/config.js';
import {
  configVariables,
  enumValues,
  envFile,
  imageEnv,
  interpolate,
  readText,
  ROOT,
  variableReason,
} from './deploy-files.js';

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
}

function compose(): { services: Record<string, Service>; volumes?: Record<string, unknown> } {
  const doc = parseDocument(readText('compose.yaml'), { merge: true });
  expect(doc.errors.map((e) => e.message)).to.deep.equal([]);
  expect(doc.warnings.map((e) => e.message)).to.deep.equal([]);
  return doc.toJS() as ReturnType<typeof compose>;
}

const { services } = compose();
const bots = Object.entries(services).filter(([, s]) => s.build === '.');
const imageVariables = imageEnv(readText('Dockerfile'));
const imagePort = imageVariables['PORT'];

/** `${NAME:-default}` → default; a plain value → itself. */
function defaultOf(value: string): string {
  return /^\$\{[A-Z_]+:-([^}]*)\}$/.exec(value)?.[1] ?? value;
}

describe('compose.yaml', () => {
  it('when parsed, then it is valid YAML with PostgreSQL, two bot instances built from the Dockerfile and a load balancer', () => {
    expect(bots.map(([name]) => name)).to.deep.equal(['bot1', 'bot2']);
    expect(services['postgres']?.image).to.match(/^postgres:\d+$/);
    expect(services['lb']?.image).to.match(/^caddy:\d+$/);
    expect(compose().volumes).to.have.property('pgdata');
  });

  it('when the bots start, then both share one DATABASE_URL pointing at the postgres service and wait until it is healthy', () => {
    const urls = bots.map(([, s]) => s.environment?.['DATABASE_URL']);
    expect(new Set(urls).size).to.equal(1);
    const url = new URL(urls[0]!.replace('${POSTGRES_PASSWORD}', 'x'));
    expect(url.protocol).to.equal('postgres:');
    expect(url.hostname).to.equal('postgres');
    expect(url.pathname).to.equal(`/${services['postgres']?.environment?.['POSTGRES_DB']}`);
    expect(decodeURIComponent(url.username)).to.equal(
      services['postgres']?.environment?.['POSTGRES_USER'],
    );
    for (const [name, s] of bots)
      expect(s.depends_on, name).to.deep.equal({ postgres: { condition: 'service_healthy' } });
    expect(services['postgres']?.healthcheck?.test.join(' ')).to.contain('pg_isready');
  });

  it('when the load balancer starts, then it waits for both bots to be healthy and checks its own health through /healthz', () => {
    const lb = services['lb']!;
    expect(lb.depends_on).to.deep.equal({
      bot1: { condition: 'service_healthy' },
      bot2: { condition: 'service_healthy' },
    });
    expect(lb.healthcheck?.test.join(' ')).to.contain('/healthz');
    expect(lb.ports).to.deep.equal(['${NAERVAER_PORT:-3978}:80']);
  });

  it('when Caddy balances, then its upstreams are exactly the bot services on the port the image listens on, checked on /healthz', () => {
    const mount = services['lb']?.volumes?.find((v) => v.endsWith(':/etc/caddy/Caddyfile:ro'));
    const file = mount!.split(':')[0]!;
    expect(existsSync(path.join(ROOT, file)), file).to.equal(true);
    const caddyfile = readText(file);
    const upstreams = /reverse_proxy\s+([^{\n]+)\{/.exec(caddyfile)?.[1]?.trim().split(/\s+/);
    expect(upstreams).to.deep.equal(bots.map(([name]) => `${name}:${imagePort}`));
    expect(caddyfile).to.match(/^\s*health_uri \/healthz$/m);
    expect(caddyfile).to.match(/^\s*lb_try_duration \d+s$/m);
  });

  it('when a bot is configured, then every variable compose sets is one the bot reads or documents, in production mode, with a valid bot type', () => {
    for (const [name, s] of bots) {
      const env = s.environment ?? {};
      for (const key of Object.keys(env))
        expect(variableReason(key), `${name}: ${key}`).to.not.equal(null);
      expect(env['BOT_ID'], 'production mode: BOT_ID required').to.match(/^\$\{BOT_ID:\?/);
      expect(env['ALLOWED_TENANT_IDS']).to.match(/^\$\{ALLOWED_TENANT_IDS:\?/);
      expect(env, 'the image decides the port').to.not.have.property('PORT');
      const types = enumValues(configVariables().get('BOT_TYPE') ?? '');
      expect(types).to.include(defaultOf(env['BOT_TYPE']!));
    }
  });

  it("when the example is filled in, then each bot gets a production configuration the bot accepts, on the image's host and port", () => {
    const values = envFile('deploy/compose.env.example');
    values.set('BOT_PASSWORD', 'client-secret');
    values.set('POSTGRES_PASSWORD', 'letters123');
    for (const [name, s] of bots) {
      const env = { ...imageVariables };
      for (const [key, value] of Object.entries(s.environment ?? {}))
        env[key] = interpolate(value, values);
      const config = loadConfig(env);
      expect(config, name).to.include({ mode: 'production', host: '0.0.0.0', port: 3978 });
      expect(env['DATABASE_URL']).to.equal('postgres://naervaer:letters123@postgres:5432/naervaer');
    }
    values.delete('BOT_ID');
    expect(() => interpolate(bots[0]![1].environment!['BOT_ID']!, values)).to.throw(/BOT_ID/);
  });

  it('when an administrator fills in the example, then it names every variable compose.yaml requires', () => {
    const text = readText('compose.yaml');
    const required = [...text.matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1]!);
    const example = readText('deploy/compose.env.example');
    for (const name of new Set(required)) expect(example).to.match(new RegExp(`^${name}=`, 'm'));
  });
});
