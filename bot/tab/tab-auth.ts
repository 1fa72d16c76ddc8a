/**
 * Who calls the tab's API. Every call carries the Teams SSO token (`Authorization: Bearer`),
 * checked as a JWT with jose: signature against the keys named by the configured OpenID metadata
 * (RS256 only), audience = the app's id URI, issuer = the metadata's issuer for the token's
 * tenant, expiry and not-before (one minute of clock skew), and the tenant on the allow-list.
 * The person is the token's `oid`. In local mode only, a call without a token acts as LOCAL_USER
 * (default the demo leader); in production it is refused.
 */
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { DEMO_IDENTITIES } from '../local-users.js';

export type TabCaller =
  { ok: true; oid: string; via: 'token' | 'local' } | { ok: false; status: 401; error: string };

const metadataShape = z.object({ issuer: z.string().min(1), jwks_uri: z.url() });
const claimsShape = z.object({ oid: z.string().min(1).max(128), tid: z.string().min(1).max(128) });
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

const refuse = (error: string): TabCaller => ({ ok: false, status: 401, error });

interface KeySource {
  issuer: string;
  keys: JWTVerifyGetKey;
}

/** Loads the OpenID metadata once (again after a failure) and keeps jose's key set for it. */
function keySource(metadataUrl: string): () => Promise<KeySource> {
  let loading: Promise<KeySource> | null = null;
  const load = async (): Promise<KeySource> => {
    const res = await fetch(metadataUrl, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`OpenID metadata answered ${res.status}`);
    const meta = metadataShape.parse(await res.json());
    return { issuer: meta.issuer, keys: createRemoteJWKSet(new URL(meta.jwks_uri)) };
  };
  return () => {
    loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    });
    return loading;
  };
}

/** The issuer a token of this tenant must carry (Entra's metadata names `{tenantid}`). */
const issuerFor = (template: string, tenantId: string): string =>
  template.replace('{tenantid}', tenantId);

export function tabAuthenticator(
  config: Config,
  logger: Logger,
): (authorization: string | undefined) => Promise<TabCaller> {
  const source = keySource(config.tabOpenIdMetadata);
  const allowed = new Set(config.allowedTenantIds);
  const local = config.mode === 'local' ? (config.localUser ?? 'leader') : null;

  async function verify(token: string): Promise<TabCaller> {
    if (config.tabAppIdUri === '') return refuse('sign-in is not configured');
    let unverified: z.infer<typeof claimsShape>;
    try {
      unverified = claimsShape.parse(decodeJwt(token));
    } catch {
      return refuse('invalid token');
    }
    if (allowed.size > 0 && !allowed.has(unverified.tid)) return refuse('tenant not allowed');
    let meta: KeySource;
    try {
      meta = await source();
    } catch (err) {
      logger.error({ err: String(err) }, 'tab sign-in: OpenID metadata unavailable');
      return refuse('sign-in is unavailable');
    }
    try {
      const { payload } = await jwtVerify(token, meta.keys, {
        algorithms: ['RS256'],
        audience: config.tabAppIdUri,
        issuer: issuerFor(meta.issuer, unverified.tid),
        clockTolerance: 60,
        requiredClaims: ['exp', 'oid', 'tid'],
      });
      const claims = claimsShape.parse(payload);
      return { ok: true, oid: claims.oid, via: 'token' };
    } catch (err) {
      logger.debug({ err: String(err) }, 'tab token refused');
      return refuse('invalid token');
    }
  }

  return async (authorization) => {
    if (authorization === undefined || authorization === '') {
      if (local === null) return refuse('sign-in required');
      if (local === 'none') return refuse('no local user');
      return { ok: true, oid: DEMO_IDENTITIES[local], via: 'local' };
    }
    const token = BEARER.exec(authorization)?.[1];
    return token ? verify(token) : refuse('invalid authorization header');
  };
}
