/**
 * One proactive send through the CloudAdapter, and the classification of what went wrong.
 *
 * What botbuilder 4.23 throws (verified against the fake connector): a `RestError` from
 * @azure/core-rest-pipeline with `statusCode` (undefined for network errors, where `code` is e.g.
 * 'ECONNREFUSED') and `code` (the connector's error code, e.g. 'MessageWritesBlocked'); the
 * response hangs off a NON-enumerable `response` property, so Retry-After is read with
 * `err.response.headers.get('retry-after')` (spreading or JSON-logging the error loses it).
 *
 * The SDK's connector pipeline also retries on its own (core-rest-pipeline's defaultRetryPolicy:
 * up to 3 retries of 429-with-Retry-After, 408, 5xx and socket errors, sleeping in real time). Those
 * hidden requests would bypass our pacing, our injected clock and our retry records, so each send
 * removes the 'Retry' phase from the per-call connector client (a fresh client per
 * continueConversationAsync, so nothing else is affected). `sdkRetriesDisabled` reports whether
 * that worked; if a future SDK moves the pipeline, sends still work, only with hidden retries.
 */
import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';

export type SendFailure =
  | { kind: 'throttled'; status: 429; code: string | null; retryAfterMs: number | null }
  | { kind: 'transient'; status: number | null; code: string | null; retryAfterMs: number | null }
  | { kind: 'unreachable'; status: number; code: string | null }
  | { kind: 'permanent'; status: number | null; code: string | null };

/** The one adapter method the sender needs (CloudAdapter has it). */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

function prop(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? Reflect.get(o, key) : undefined;
}

function header(err: unknown, name: string): string | null {
  const headers = prop(prop(err, 'response'), 'headers');
  const get = prop(headers, 'get');
  if (typeof get !== 'function') return null;
  const value: unknown = get.call(headers, name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Retry-After (seconds or an HTTP date) or retry-after-ms, in ms from `nowMs`; null when absent. */
export function retryAfterMs(err: unknown, nowMs: number): number | null {
  const ms = header(err, 'retry-after-ms') ?? header(err, 'x-ms-retry-after-ms');
  if (ms !== null && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = header(err, 'retry-after');
  if (value === null) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1_000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

export function httpStatus(err: unknown): number | null {
  const status = prop(err, 'statusCode') ?? prop(prop(err, 'response'), 'status');
  return typeof status === 'number' ? status : null;
}

/**
 * 429 → throttled (pause everything for Retry-After); 403 (MessageWritesBlocked, bot blocked or
 * uninstalled) and 404 (conversation gone) → unreachable, final; 408, 412, 401 and every 5xx, and
 * any error without a status (socket errors, timeouts) → transient; other 4xx (400 bad activity,
 * 413 too big) → permanent: our message is wrong, retrying cannot help. A turn that middleware
 * refused (the tenant guard: the stored reference names no allowed tenant) is permanent too.
 */
export function classifySendError(err: unknown, nowMs: number): SendFailure {
  if (err instanceof TurnRefusedError)
    return { kind: 'permanent', status: null, code: 'turn-refused' };
  const status = httpStatus(err);
  const codeValue = prop(err, 'code');
  const code = typeof codeValue === 'string' ? codeValue : err instanceof Error ? err.name : null;
  if (status === 429)
    return { kind: 'throttled', status, code, retryAfterMs: retryAfterMs(err, nowMs) };
  if (status === 403 || status === 404) return { kind: 'unreachable', status, code };
  if (status === null || status >= 500 || status === 408 || status === 412 || status === 401) {
    return { kind: 'transient', status, code, retryAfterMs: retryAfterMs(err, nowMs) };
  }
  return { kind: 'permanent', status, code };
}

/** A short description for `lastError` and logs (never message content). */
export function describeFailure(f: SendFailure): string {
  return [f.status === null ? 'error' : `http ${f.status}`, f.code]
    .filter((x) => x !== null)
    .join(' ');
}

const referenceSchema = z.looseObject({
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  conversation: z.looseObject({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    name: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
  user: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
  locale: z.string().optional(),
});

/** The stored reference (plain JSON) as botbuilder wants it, or null when it is unusable. */
export function toConversationReference(
  stored: Record<string, unknown>,
): Partial<ConversationReference> | null {
  const parsed = referenceSchema.safeParse(stored);
  if (!parsed.success) return null;
  const r = parsed.data;
  const c = r.conversation;
  return {
    serviceUrl: r.serviceUrl,
    channelId: r.channelId,
    locale: r.locale,
    conversation: {
      ...c,
      id: c.id,
      isGroup: c.isGroup ?? false,
      conversationType: c.conversationType ?? 'personal',
      name: c.name ?? '',
    },
    ...(r.bot ? { bot: { ...r.bot, id: r.bot.id, name: r.bot.name ?? '' } } : {}),
    ...(r.user ? { user: { ...r.user, id: r.user.id, name: r.user.name ?? '' } } : {}),
  };
}

/** Removes the SDK's hidden retries from the turn's connector client (see the file comment). */
export function disableSdkRetries(context: TurnContext): boolean {
  const connector: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
  const pipeline = prop(prop(connector, 'client'), 'pipeline');
  const remove = prop(pipeline, 'removePolicy');
  if (typeof remove !== 'function') return false;
  const removed: unknown = remove.call(pipeline, { phase: 'Retry' });
  return Array.isArray(removed) && removed.length > 0;
}

/** continueConversationAsync returned without running our logic (middleware stopped the turn). */
export class TurnRefusedError extends Error {
  constructor() {
    super('the proactive turn did not run (refused by middleware)');
    this.name = 'TurnRefusedError';
  }
}

export class SendTimeoutError extends Error {
  constructor(ms: number) {
    super(`send timed out after ${ms} ms`);
    this.name = 'SendTimeoutError';
  }
}

export interface SendResult {
  activityId: string | null;
  sdkRetriesDisabled: boolean;
}

/**
 * How the activity is delivered: as a new message, or (with `replaces`) in place of an activity
 * sent before (updateActivity), followed by the short `followUp` message, if any.
 */
export interface SendOptions {
  /** The id of an activity sent before, to update in place instead of sending a new one. */
  replaces?: string | null;
  /** A short message sent after the update (e.g. "2 new items in today's follow-up"). */
  followUp?: Partial<Activity> | null;
}

async function runSend(
  context: TurnContext,
  activity: Partial<Activity>,
  options: SendOptions,
): Promise<string | null> {
  if (options.replaces) {
    await context.updateActivity({ ...activity, id: options.replaces });
    if (options.followUp) await context.sendActivity(options.followUp);
    return options.replaces;
  }
  const response = await context.sendActivity(activity);
  return response?.id ?? null;
}

/** Sends one activity into a stored conversation; throws what the connector threw. */
export async function sendProactive(
  adapter: ProactiveAdapter,
  botAppId: string,
  reference: Partial<ConversationReference>,
  activity: Partial<Activity>,
  timeoutMs: number,
  options: SendOptions = {},
): Promise<SendResult> {
  const result: SendResult = { activityId: null, sdkRetriesDisabled: false };
  const turn: { ran: boolean; failure: { error: unknown } | null } = { ran: false, failure: null };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeoutError(timeoutMs)), timeoutMs);
    timer.unref();
  });
  const send = adapter.continueConversationAsync(botAppId, reference, async (context) => {
    turn.ran = true;
    result.sdkRetriesDisabled = disableSdkRetries(context);
    try {
      result.activityId = await runSend(context, activity, options);
    } catch (error) {
      turn.failure = { error }; // kept from the adapter's onTurnError, which would swallow it
    }
  });
  send.catch(() => undefined); // a send that loses the race must not become an unhandled rejection
  try {
    await Promise.race([send, timeout]);
  } finally {
    clearTimeout(timer);
  }
  if (turn.failure) throw turn.failure.error;
  if (!turn.ran) throw new TurnRefusedError();
  return result;
}
