/**
 * Outbound pacing under Teams' documented bot rate limits (Microsoft Learn, "Rate limiting"):
 * - tenant-wide: at most `tenantPerSecond` sends in any second (a sliding window), spread evenly
 *   by a token bucket (one send every (1000 + margin) / rate ms, with a small burst to make up for
 *   a stall);
 * - per conversation: every window holds (7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per hour);
 * - a global pause until a given time (set by a 429's Retry-After).
 * Every per-conversation window is lengthened by `marginMs`, so a few milliseconds of jitter between
 * our clock and the service's cannot make a window look over-full; the tenant window by
 * `tenantMarginMs` (default the same). Time is an injected monotonic clock in ms.
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface WindowLimit {
  limit: number;
  windowMs: number;
}

export interface RateLimits {
  /** Sends per second for the whole tenant (Teams allows 50 per app per tenant). */
  tenantPerSecond: number;
  /** Every one of these must hold for each conversation. */
  perConversation: readonly WindowLimit[];
  /** Safety margin added to every per-conversation window. */
  marginMs: number;
  /** Safety margin added to the tenant window and interval (default marginMs). */
  tenantMarginMs?: number;
  /**
   * Sends that may go back to back after a stall (e.g. a store write blocking the event loop) before
   * the even spacing resumes; default a quarter of the rate. The 1 s window still holds.
   */
  tenantBurst?: number;
}

/** Sleeps ms; rejects with an AbortError when `signal` aborts. Tests inject a fake. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = async (ms, signal) => {
  await delay(Math.max(0, ms), undefined, { signal });
};

/** Teams' documented per-bot, per-conversation limits for sending (and creating conversations). */
export const TEAMS_PER_CONVERSATION: readonly WindowLimit[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

export const DEFAULT_MARGIN_MS = 25;
/**
 * The tenant's margin from the configuration: the configured rate (40/s by default) is itself well
 * below Teams' 50 per second, so 25 ms a second on top would only slow a large fan-out by 2.5 %.
 */
export const DEFAULT_TENANT_MARGIN_MS = 5;

/** The limits from the configuration (SEND_RATE_PER_SECOND, SEND_RATE_PER_CONVERSATION_PER_SECOND). */
export function rateLimitsFromConfig(
  config: { sendRatePerSecond: number; sendRatePerConversationPerSecond: number },
  marginMs = DEFAULT_MARGIN_MS,
): RateLimits {
  const perConversation = TEAMS_PER_CONVERSATION.map((w) =>
    w.windowMs === 1_000
      ? { limit: Math.min(w.limit, config.sendRatePerConversationPerSecond), windowMs: w.windowMs }
      : w,
  );
  return {
    tenantPerSecond: config.sendRatePerSecond,
    perConversation,
    marginMs,
    tenantMarginMs: Math.min(marginMs, DEFAULT_TENANT_MARGIN_MS),
  };
}

const SWEEP_EVERY = 1_000;

/** One counted send. Its time is the start until done(), then the end of the request. */
interface Slot {
  t: number;
}

/** Handed out per send: call done() when the request has finished, whatever its outcome (once counts). */
export interface SendSlot {
  done(): void;
}

/**
 * Windows are counted on the time a request FINISHED (its start until then): the service received
 * it somewhere in between, so "start of the next ≥ end of the one `limit` sends back + window"
 * keeps every window at the service within the limit however long each request took on the wire.
 * Meant for one sender sending one request at a time.
 */
export class RateLimiter {
  private readonly intervalMs: number;
  private readonly tenantMarginMs: number;
  private readonly burstMs: number;
  private readonly longestMs: number;
  private nextTenantAt = Number.NEGATIVE_INFINITY;
  private pausedUntilMs = Number.NEGATIVE_INFINITY;
  private readonly tenantLog: Slot[] = [];
  /** Sends per conversation, oldest first, trimmed to the longest window. */
  private readonly logs = new Map<string, Slot[]>();
  private recorded = 0;

  constructor(
    private readonly limits: RateLimits,
    private readonly monotonicNow: () => number,
  ) {
    if (!(limits.tenantPerSecond > 0)) throw new Error('tenantPerSecond must be positive');
    this.tenantMarginMs = limits.tenantMarginMs ?? limits.marginMs;
    this.intervalMs = (1_000 + this.tenantMarginMs) / limits.tenantPerSecond;
    const burst = limits.tenantBurst ?? Math.max(1, Math.floor(limits.tenantPerSecond / 4));
    this.burstMs = this.intervalMs * (Math.max(1, burst) - 1);
    this.longestMs =
      Math.max(1_000, ...limits.perConversation.map((w) => w.windowMs)) + limits.marginMs;
  }

  /** Milliseconds until a send to this conversation may start (0: now). */
  delayFor(conversationId: string): number {
    const now = this.monotonicNow();
    const tenant = { limit: Math.max(1, Math.floor(this.limits.tenantPerSecond)), windowMs: 1_000 };
    let wait = Math.max(
      0,
      this.pausedUntilMs - now,
      this.nextTenantAt - now,
      this.windowDelay(this.tenantLog, tenant, now, this.tenantMarginMs),
    );
    const log = this.logs.get(conversationId);
    if (log)
      for (const w of this.limits.perConversation)
        wait = Math.max(wait, this.windowDelay(log, w, now, this.limits.marginMs));
    return wait;
  }

  /** Counts a send starting now; call done() on the result when the request has finished. */
  record(conversationId: string): SendSlot {
    const now = this.monotonicNow();
    this.nextTenantAt = Math.max(this.nextTenantAt, now - this.burstMs) + this.intervalMs;
    const slot: Slot = { t: now };
    const log = this.logs.get(conversationId) ?? [];
    this.push(log, slot, now - this.longestMs);
    this.logs.set(conversationId, log);
    this.push(this.tenantLog, slot, now - 1_000 - this.tenantMarginMs);
    if (++this.recorded % SWEEP_EVERY === 0) this.sweep(now);
    let finished = false;
    const done = (): void => {
      if (!finished) slot.t = Math.max(slot.t, this.monotonicNow());
      finished = true;
    };
    return { done };
  }

  /** Waits until a send to the conversation is allowed, then counts it. */
  async acquire(conversationId: string, sleep: Sleep, signal?: AbortSignal): Promise<SendSlot> {
    for (let wait = this.delayFor(conversationId); wait > 0; wait = this.delayFor(conversationId)) {
      await sleep(wait, signal);
    }
    return this.record(conversationId);
  }

  /** Stops all sending until monotonic time `untilMs`. A pause is never shortened. */
  pauseUntil(untilMs: number): void {
    this.pausedUntilMs = Math.max(this.pausedUntilMs, untilMs);
  }

  /** Stops all sending for `ms` from now. */
  pauseFor(ms: number): void {
    this.pauseUntil(this.monotonicNow() + Math.max(0, ms));
  }

  /** Remaining pause in ms (0 when not paused). */
  pausedFor(): number {
    return Math.max(0, this.pausedUntilMs - this.monotonicNow());
  }

  /** Conversations currently remembered (memory check). */
  trackedConversations(): number {
    return this.logs.size;
  }

  private push(log: Slot[], slot: Slot, dropUpTo: number): void {
    log.push(slot);
    while (log.length > 0 && log[0]!.t <= dropUpTo) log.shift();
  }

  private windowDelay(log: readonly Slot[], w: WindowLimit, now: number, marginMs: number): number {
    const span = w.windowMs + marginMs;
    let inWindow = 0;
    for (let i = log.length - 1; i >= 0 && log[i]!.t > now - span; i--) inWindow++;
    if (inWindow < w.limit) return 0;
    return log[log.length - w.limit]!.t + span - now;
  }

  private sweep(now: number): void {
    for (const [id, log] of this.logs) {
      const last = log[log.length - 1];
      if (last === undefined || last.t <= now - this.longestMs) this.logs.delete(id);
    }
  }
}
