/**
 * What the sender records when an item was not sent: retry later (jittered backoff; a 429 pauses
 * every send for its Retry-After), failed for good (unreachable → onUnreachable; anything else
 * final → onGaveUp), or cancelled. Each hook runs once per item: only when the mark changed it.
 */
import type { Clock } from '../../domain/clock.js';
import type { OutboxItem, OutboxRepository } from '../../data/outbox-repository.js';
import type { Logger } from '../logger.js';
import type { RateLimiter } from './rate-limiter.js';
import { backoffMs, type RetryPolicy } from './retry-policy.js';
import { instantFrom } from './outbox-target.js';
import { classifySendError, describeFailure } from './send.js';

export type OutboxHook = (item: Readonly<OutboxItem>, reason: string) => Promise<void>;

export interface OutcomeDeps {
  outbox: OutboxRepository;
  limiter: RateLimiter;
  clock: Clock;
  logger: Logger;
  retry: RetryPolicy;
  random: () => number;
  onUnreachable?: OutboxHook;
  onGaveUp?: OutboxHook;
  /** Hands a write to the sender's write window (for marks that need no answer). */
  defer: (write: Promise<unknown>) => Promise<void>;
}

interface Counters {
  retried: number;
  failed: number;
  cancelled: number;
}

export class OutboxOutcomes {
  /** 429s in a row without a success in between (drives the backoff when Retry-After is missing). */
  private throttles = 0;

  constructor(private readonly d: OutcomeDeps) {}

  succeeded(): void {
    this.throttles = 0;
  }

  async sendFailed(
    item: OutboxItem,
    err: unknown,
    conversationId: string,
    report: Counters,
  ): Promise<void> {
    const failure = classifySendError(err, this.d.clock().toMillis());
    const reason = describeFailure(failure);
    // Per item at debug: the drain's summary line counts retries and failures (outbox-sender.ts).
    this.d.logger.debug(
      { outboxId: item.id, kind: item.kind, conversationId, reason, failure: failure.kind },
      'outbox send failed',
    );
    if (failure.kind === 'unreachable') return this.unreachable(item, reason, report);
    if (failure.kind === 'permanent') return this.giveUp(item, reason, report);
    if (failure.kind === 'throttled')
      return this.throttled(item, failure.retryAfterMs, reason, report);
    return this.retryLater(item, reason, failure.retryAfterMs, report);
  }

  /** 403/404 or no stored conversation: final, and HR must hear that the person cannot be reached. */
  async unreachable(item: OutboxItem, reason: string, report: Counters): Promise<void> {
    const changed = await this.d.outbox.markFailed(item.id, reason);
    report.failed++;
    // A person who never opened a chat with the bot is expected (the app not yet installed for
    // them); HR is told and the audit log records it, so the log stays quiet about each one.
    const level = reason === 'no-conversation' ? 'debug' : 'warn';
    this.d.logger[level](
      { outboxId: item.id, kind: item.kind, reason },
      'outbox recipient unreachable',
    );
    if (changed) await this.hook(this.d.onUnreachable, item, reason);
  }

  async cancelled(item: OutboxItem, reason: string, report: Counters): Promise<void> {
    await this.d.defer(this.d.outbox.markCancelled(item.id, reason));
    report.cancelled++;
    this.d.logger.debug({ outboxId: item.id, kind: item.kind, reason }, 'outbox item cancelled');
  }

  /** A missing or throwing renderer: retried like a passing error (a fix may be deployed meanwhile). */
  async renderFailed(item: OutboxItem, reason: string, report: Counters): Promise<null> {
    await this.retryLater(item, reason, null, report);
    return null;
  }

  private async throttled(
    item: OutboxItem,
    retryAfterMs: number | null,
    reason: string,
    report: Counters,
  ): Promise<void> {
    this.throttles++;
    const wait = retryAfterMs ?? backoffMs(this.d.retry, this.throttles, this.d.random);
    this.d.limiter.pauseFor(wait);
    await this.d.defer(
      this.d.outbox.markRetry(item.id, instantFrom(this.d.clock, wait), reason, {
        countAttempt: false,
      }),
    );
    report.retried++;
  }

  private async retryLater(
    item: OutboxItem,
    reason: string,
    retryAfterMs: number | null,
    report: Counters,
  ): Promise<void> {
    const failures = item.attempts + 1;
    if (failures >= this.d.retry.maxAttempts)
      return this.giveUp(item, `${reason} (try ${failures})`, report);
    const wait = Math.max(backoffMs(this.d.retry, failures, this.d.random), retryAfterMs ?? 0);
    if (retryAfterMs !== null) this.d.limiter.pauseFor(retryAfterMs);
    await this.d.defer(this.d.outbox.markRetry(item.id, instantFrom(this.d.clock, wait), reason));
    report.retried++;
  }

  private async giveUp(item: OutboxItem, reason: string, report: Counters): Promise<void> {
    const changed = await this.d.outbox.markFailed(item.id, reason);
    report.failed++;
    this.d.logger.error(
      { outboxId: item.id, kind: item.kind, reason },
      'outbox item failed for good',
    );
    if (changed) await this.hook(this.d.onGaveUp, item, reason);
  }

  private async hook(fn: OutboxHook | undefined, item: OutboxItem, reason: string): Promise<void> {
    if (!fn) return;
    try {
      await fn(item, reason);
    } catch (err) {
      this.d.logger.error({ err, outboxId: item.id }, 'outbox failure hook threw');
    }
  }
}
