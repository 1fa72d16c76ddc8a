/**
 * The edge of POST /api/messages: which requests may reach the adapter at all, and the adapter
 * call itself, whose every failure leaves as a short generic answer (never an SDK message).
 */
import type { CloudAdapter, Response as AdapterResponse, TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

export interface Refusal {
  status: number;
  error: string;
}

export const UNAUTHORIZED: Refusal = { status: 401, error: 'unauthorized' };
const INTERNAL: Refusal = { status: 500, error: 'internal error' };

type Headers = Record<string, string | string[] | undefined>;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/** The Bot Connector posts JSON only; an HTML form or text/plain never reaches the adapter. */
function contentTypeRefusal(headers: Headers): Refusal | null {
  const type = (header(headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json'
    ? null
    : { status: 415, error: 'content type must be application/json' };
}

/** http(s) on localhost, 127.0.0.0/8 or [::1], any port. */
export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Local mode has no authentication, so a browser page elsewhere must not be able to post a turn:
 * refused when the browser marks the request cross-site or same-site, or its Origin is not this
 * machine. Tools on this machine (the Agents Playground's server, curl) send neither.
 */
function browserRefusal(headers: Headers): Refusal | null {
  const site = header(headers, 'sec-fetch-site')?.trim().toLowerCase();
  if (site === 'cross-site' || site === 'same-site')
    return { status: 403, error: 'cross-site request refused' };
  const origin = header(headers, 'origin');
  if (origin !== undefined && !isLoopbackUrl(origin))
    return { status: 403, error: 'cross-site request refused' };
  return null;
}

/** Checks on the headers alone, before the body is read. */
export function headerRefusal(headers: Headers, mode: Config['mode']): Refusal | null {
  return contentTypeRefusal(headers) ?? (mode === 'local' ? browserRefusal(headers) : null);
}

/** Local mode answers only a connector on this machine (the Playground, the tests' fake). */
export function serviceUrlRefusal(serviceUrl: string, mode: Config['mode']): Refusal | null {
  if (mode !== 'local' || isLoopbackUrl(serviceUrl)) return null;
  return { status: 403, error: 'serviceUrl must be a loopback address in local mode' };
}

export function refuse(res: restify.Response, refusal: Refusal): void {
  if (refusal.status === 401) res.header('www-authenticate', 'Bearer');
  res.send(refusal.status, { error: refusal.error });
}

/** What the adapter answered, recorded instead of written, so that only we write the response. */
class RecordedAnswer implements AdapterResponse {
  socket: unknown = null;
  statusCode = 200;
  body: unknown = undefined;
  readonly headers = new Map<string, unknown>();
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  header(name: string, value: unknown): this {
    this.headers.set(name, value);
    return this;
  }
  send(body: unknown): this {
    this.body = body;
    return this;
  }
  end(): this {
    return this;
  }
}

/** The SDK's reason, shortened: it names the failed check, never the token itself. */
function reasonOf(body: unknown): string {
  return (typeof body === 'string' ? body : JSON.stringify(body ?? null)).slice(0, 120);
}

/**
 * Runs the adapter. A failure before the bot's turn began (the SDK's authentication: a missing,
 * forged, expired or misplaced token, whether it answers 401 or throws into a 500) becomes 401
 * {"error":"unauthorized"}; a failure inside the turn becomes 500 {"error":"internal error"}.
 */
export async function processActivity(
  adapter: CloudAdapter,
  req: restify.Request,
  res: restify.Response,
  logic: (context: TurnContext) => Promise<void>,
  logger: () => Logger,
): Promise<void> {
  const answer = new RecordedAnswer();
  let turnBegan = false;
  try {
    await adapter.process(req, answer, (context) => {
      turnBegan = true;
      return logic(context);
    });
  } catch (err) {
    answer.status(500).send(err instanceof Error ? err.name : 'error');
  }
  if (answer.statusCode >= 400 && !turnBegan) {
    logger().warn(
      { status: answer.statusCode, reason: reasonOf(answer.body) },
      'request refused: not authenticated',
    );
    refuse(res, UNAUTHORIZED);
    return;
  }
  if (answer.statusCode >= 500) {
    logger().error({ status: answer.statusCode }, 'turn failed after it began');
    refuse(res, INTERNAL);
    return;
  }
  for (const [name, value] of answer.headers) res.header(name, value);
  if (answer.body === undefined || answer.body === null || answer.body === '') {
    res.status(answer.statusCode);
    res.end();
  } else res.send(answer.statusCode, answer.body);
}
