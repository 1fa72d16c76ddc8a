/**
 * A local stand-in for the Bot Framework's OpenID metadata and signing keys, so that tests can
 * drive the real JWT validation of botbuilder's CloudAdapter over loopback HTTP.
 *
 * The server serves, under a random path prefix (the SDK caches keys per metadata URL for 24 h, so
 * a reused ephemeral port must never hand out a stale cache entry):
 *   <prefix>/.well-known/openidconfiguration          → { issuer, jwks_uri, … }
 *   <prefix>/keys                                      → one RS256 key, endorsed for `msteams`
 *   <prefix>/emulator/.well-known/openidconfiguration → metadata whose key set is empty, so that
 *                                                        the SDK's emulator path can accept nothing
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair, type CryptoKey } from 'jose';

/** The issuer of tokens that the Bot Connector service sends to bots. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
/** A well-known emulator/AAD issuer: tokens with it take the SDK's emulator path, not the channel path. */
export const EMULATOR_ISSUER = 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/';

/** RS256 with the served key, or HS256 keyed with the public key's PEM (an alg-confusion attack). */
export type SigningAlg = 'RS256' | 'HS256';

export interface MintOptions {
  /** The bot's app id; becomes `aud` unless `audience` is given. */
  appId: string;
  /** Becomes the `serviceurl` claim; the SDK requires it to equal the activity's serviceUrl. */
  serviceUrl: string;
  issuer?: string;
  audience?: string;
  /** Seconds until `exp`; negative for a token that has already expired. Default 3600. */
  expiresInSec?: number;
  /** Key id in the header; default the served key's kid. */
  kid?: string;
  /** Default RS256. HS256 signs with the *public* key's PEM as the HMAC secret (alg confusion). */
  alg?: SigningAlg;
  /** Sign with a key that the server does not serve (same kid): a forged signature. */
  signWithForeignKey?: boolean;
  /** Seconds from now until `nbf`; positive for a token that is not valid yet. Default: now. */
  notBeforeInSec?: number;
  /** Claims added to (or, when undefined, removed from) the payload after the standard ones. */
  claims?: Record<string, unknown>;
}

export interface FakeOpenId {
  /** For `ToBotFromChannelOpenIdMetadataUrl`. */
  metadataUrl: string;
  /** For `ToBotFromEmulatorOpenIdMetadataUrl`: serves an empty key set. */
  emulatorMetadataUrl: string;
  /** The kid of the served signing key. */
  kid: string;
  /** How many times the metadata documents were fetched (both paths). */
  metadataFetches(): number;
  mintToken(options: MintOptions): Promise<string>;
  /** A token with `alg: none`, the served kid (or `kid`) and an empty signature. */
  mintUnsignedToken(options: MintOptions): string;
  close(): Promise<void>;
}

interface Keys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  foreignKey: CryptoKey;
  kid: string;
}

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startFakeOpenId(endorsements: string[] = ['msteams']): Promise<FakeOpenId> {
  const keys = await generateKeys();
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: keys.kid, use: 'sig', endorsements };
  const hmacSecret = new TextEncoder().encode(await exportSPKI(keys.publicKey));
  const prefix = `/${randomUUID()}`;
  let fetches = 0;
  const server = createServer((req, res) => {
    if (req.url?.endsWith('/.well-known/openidconfiguration')) fetches += 1;
    route(req, res, prefix, jwk);
  });
  const base = await listen(server);
  return {
    metadataUrl: `${base}${prefix}/.well-known/openidconfiguration`,
    emulatorMetadataUrl: `${base}${prefix}/emulator/.well-known/openidconfiguration`,
    kid: keys.kid,
    metadataFetches: () => fetches,
    mintToken: (options) => signToken(options, keys, hmacSecret),
    mintUnsignedToken: (options) => unsignedToken(options, keys.kid),
    close: () => closeServer(server),
  };
}

let sharedKeys: Promise<Keys> | undefined;

/** RSA key generation takes about a second, so one key set serves every server in a test run. */
function generateKeys(): Promise<Keys> {
  sharedKeys ??= (async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const foreign = await generateKeyPair('RS256');
    const kid = `fake-${randomUUID()}`;
    return {
      privateKey: pair.privateKey,
      publicKey: pair.publicKey,
      foreignKey: foreign.privateKey,
      kid,
    };
  })();
  return sharedKeys;
}

function claimsOf(options: MintOptions): Record<string, unknown> {
  return { serviceurl: options.serviceUrl };
}

async function signToken(
  options: MintOptions,
  keys: Keys,
  hmacSecret: Uint8Array,
): Promise<string> {
  const alg = options.alg ?? 'RS256';
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresInSec ?? 3600;
  const issuedAt = Math.min(now, now + expiresIn - 60);
  const payload = {
    ...claimsOf(options),
    iss: options.issuer ?? BOT_FRAMEWORK_ISSUER,
    aud: options.audience ?? options.appId,
    iat: issuedAt,
    nbf: options.notBeforeInSec === undefined ? issuedAt : now + options.notBeforeInSec,
    exp: now + expiresIn,
    ...options.claims,
  };
  const jwt = new SignJWT(payload).setProtectedHeader({
    alg,
    typ: 'JWT',
    kid: options.kid ?? keys.kid,
  });
  if (alg === 'HS256') return jwt.sign(hmacSecret);
  return jwt.sign(options.signWithForeignKey ? keys.foreignKey : keys.privateKey);
}

function unsignedToken(options: MintOptions, kid: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'none', typ: 'JWT', kid: options.kid ?? kid };
  const payload = {
    ...claimsOf(options),
    iss: options.issuer ?? BOT_FRAMEWORK_ISSUER,
    aud: options.audience ?? options.appId,
    iat: now,
    nbf: now,
    exp: now + (options.expiresInSec ?? 3600),
  };
  return `${base64url(header)}.${base64url(payload)}.`;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function route(req: IncomingMessage, res: ServerResponse, prefix: string, jwk: object): void {
  const base = `http://${req.headers.host ?? '127.0.0.1'}${prefix}`;
  const documents: Record<string, object> = {
    [`${prefix}/.well-known/openidconfiguration`]: metadata(`${base}/keys`),
    [`${prefix}/keys`]: { keys: [jwk] },
    [`${prefix}/emulator/.well-known/openidconfiguration`]: metadata(`${base}/emulator/keys`),
    [`${prefix}/emulator/keys`]: { keys: [] },
  };
  const body = documents[req.url ?? ''];
  res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body ?? { error: 'not found' }));
}

function metadata(jwksUri: string): object {
  return {
    issuer: BOT_FRAMEWORK_ISSUER,
    authorization_endpoint: 'https://invalid.botframework.com',
    jwks_uri: jwksUri,
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}
