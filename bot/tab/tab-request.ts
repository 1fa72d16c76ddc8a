/**
 * What every tab API call does first: the caller from the token (or LOCAL_USER in local mode),
 * the person behind the token's `oid`, the audience the tab asks for ('tab' in the personal tab,
 * 'channelTab' in a channel), the reader's language, and a use-case context. Query parameters are
 * parsed with zod; anything else is refused with 400.
 */
import type restify from 'restify';
import { z } from 'zod';
import { rolesOf } from '../../domain/access.js';
import type { UseCaseContext } from '../../app/context.js';
import { translator, type MessageKey, type Translator } from '../../i18n/index.js';
import type { AppDeps } from '../deps.js';
import type { TabCaller } from './tab-auth.js';

const querySchema = z.strictObject({
  audience: z.enum(['tab', 'channelTab']).optional().default('tab'),
  locale: z.enum(['da', 'en']).optional(),
  /** The unit a channel tab was set up for (narrows lists such as the open workflows). */
  unit: z.string().min(1).max(64).optional(),
});

export type TabQuery = z.infer<typeof querySchema>;

export interface TabRequest {
  ctx: UseCaseContext;
  t: Translator;
  unit?: string;
}

export type Authenticate = (authorization: string | undefined) => Promise<TabCaller>;

/** A short JSON refusal: a code and a sentence in the reader's language. */
export function refuse(
  res: restify.Response,
  status: number,
  key: MessageKey,
  t: Translator,
  code: string,
): void {
  res.header('cache-control', 'no-store');
  res.send(status, { error: code, message: t(key) });
}

function queryOf(req: restify.Request): Record<string, string> | null {
  const params = new URL(req.url ?? '/', 'http://tab.invalid').searchParams;
  const out: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name in out) return null;
    out[name] = value;
  }
  return out;
}

/** The caller's context, or null after answering 400/401/403. */
export async function tabRequest(
  deps: AppDeps,
  authenticate: Authenticate,
  req: restify.Request,
  res: restify.Response,
): Promise<TabRequest | null> {
  const fallback = translator(deps.config.defaultLocale);
  const query = querySchema.safeParse(queryOf(req) ?? { duplicate: true });
  const t0 = query.success && query.data.locale ? translator(query.data.locale) : fallback;
  const caller = await authenticate(req.headers.authorization);
  if (!caller.ok) {
    deps.logger.warn({ reason: caller.error, path: req.path() }, 'tab call refused');
    refuse(res, 401, 'tab.error.unauthorized', t0, caller.error);
    return null;
  }
  if (!query.success) {
    refuse(res, 400, 'tab.error.badRequest', t0, 'bad query');
    return null;
  }
  const person = await deps.repos.org.findPerson(caller.oid);
  const t = query.data.locale ? t0 : translator(person?.locale ?? deps.config.defaultLocale);
  if (!person) {
    refuse(res, 403, 'tab.error.unknownPerson', t, 'unknown person');
    return null;
  }
  const ctx: UseCaseContext = {
    actor: { person, roles: rolesOf(person) },
    audience: query.data.audience,
    now: deps.clock(),
    repos: deps.repos,
  };
  return { ctx, t, ...(query.data.unit ? { unit: query.data.unit } : {}) };
}
