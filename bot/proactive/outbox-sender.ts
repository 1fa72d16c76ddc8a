/**
 * Drains the outbox: one item at a time (`for … of` with `await`, one try/catch per item), paced by
 * the RateLimiter, with the item re-read ("still pending and due?") immediately before it is
 * rendered and sent, so a second drain, a restart or a cancelled subject never sends it twice.
 * Rendering happens at send time through the registered renderer of the item's kind, so a card
 * shows the state of now, not of when it was queued. Outcomes: sent | retrying (backoff, or the
 * 429's Retry-After with every send paused meanwhile) | failed (403/404/no conversation: final and
 * reported through onUnreachable; other final errors through onGaveUp) | cancelled (by the renderer).
 * Scheduling reads the injected Clock only; waiting goes through the injected Sleep.
 */
import type { Clock } from '../../domain/clock.js';
import type { ConversationRepository } from '../../data/repositories.js';
import type { OutboxItem, OutboxRepository } from '../../data/outbox-repository.js';
import type { Logger } from '../logger.js';
import { realSleep, type RateLimiter, type SendSlot, type Sleep } from './rate-limiter.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import { sendProactive, type ProactiveAdapter, type SendResult } from './send.js';
import { WriteWindow } from './write-window.js';
import { OutboxOutcomes, type OutboxHook } from './outbox-outcomes.js';
import { instantFrom, isDueNow, resolveTarget, type Target } from './outbox-target.js';
import type { Rendered, Renderer } from './renderer.js';

export type { OutboxHook } from './outbox-outcomes.js';
export type { RenderContext, Renderer, RenderResult } from './renderer.js';

export interface OutboxSenderOptions {
  adapter: ProactiveAdapter;
  /** config.botId ('' in local mode). */
  botAppId: string;
  outbox: OutboxRepository;
  conversations: Pick<ConversationRepository, 'personalReference' | 'byConversationId'>;
  limiter: RateLimiter;
  clock: Clock;
  logger: Logger;
  renderers?: Record<string, Renderer>;
  /** The leader cannot be reached (403/404/no stored conversation); called once per item. */
  onUnreachable?: OutboxHook;
  /** Failed for another final reason (400/413, or retries used up); called once per item. */
  onGaveUp?: OutboxHook;
  sleep?: Sleep;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Items read per batch (default 100). */
  batchSize?: number;
  /** Longest sleep of the background loop between looks at the outbox (default 30 s). */
  idleMs?: number;
  /** An item sent this long after its original due time is marked late (default 1 h). */
  lateAfterMs?: number;
  /**
   * Marks allowed to be still unconfirmed while the next item is sent (default 0: each mark is
   * durable before the next send; the lowdb outbox journals marks, so that costs well under 1 ms).
   * Raise it only for a repository whose marks are slow; see WriteWindow for the crash trade-off.
   */
  maxUnconfirmed?: number;
  /** A send hanging longer than this counts as a network error (default 60 s). */
  sendTimeoutMs?: number;
  /** Whether this instance may send now (several instances: one sends for all). Default: yes. */
  mayLead?: () => Promise<boolean>;
}

export interface DrainReport {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
  skipped: number;
  /** Items found marked as being sent by a process that stopped: sent again, maybe a duplicate. */
  resent: number;
}

const emptyReport = (): DrainReport => ({
  sent: 0,
  retried: 0,
  failed: 0,
  cancelled: 0,
  skipped: 0,
  resent: 0,
});

/** How often an instance that does not send asks whether the sending one is gone. */
const LEADER_CHECK_MS = 2_000;
/**
 * An instance that takes the sending over from another first lets one tenant window pass: the
 * previous sender's last second of sends is unknown to this one's limiter, and Teams counts the
 * rate per app and tenant, not per instance.
 */
export const HANDOVER_PAUSE_MS = 1_100;

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class OutboxSender {
  private readonly renderers = new Map<string, Renderer>();
  private readonly writes: WriteWindow;
  private readonly outcomes: OutboxOutcomes;
  private readonly sleep: Sleep;
  private draining: Promise<unknown> = Promise.resolve();
  private abort = new AbortController();
  private wakeup = new AbortController();
  private loop: Promise<void> | null = null;
  private warnedSdkRetries = false;
  /** Another instance was sending when this one last asked (see HANDOVER_PAUSE_MS). */
  private following = false;

  constructor(private readonly o: OutboxSenderOptions) {
    for (const [kind, renderer] of Object.entries(o.renderers ?? {}))
      this.renderers.set(kind, renderer);
    this.writes = new WriteWindow(o.maxUnconfirmed ?? 0);
    this.sleep = o.sleep ?? realSleep;
    const retry = { ...DEFAULT_RETRY_POLICY, ...(o.retry ?? {}) };
    const defer = (write: Promise<unknown>) => this.writes.add(write);
    this.outcomes = new OutboxOutcomes({ ...o, retry, random: o.random ?? Math.random, defer });
  }

  /** Registers the renderer for one kind of item (the follow-up feature registers its own). */
  register(kind: string, renderer: Renderer): void {
    this.renderers.set(kind, renderer);
  }

  /** Sends everything due now, then resolves. Calls are serialised (never two drains at once). */
  drainOnce(): Promise<DrainReport> {
    const run = this.draining.then(() => this.drain(this.abort.signal));
    this.draining = run.catch(() => undefined);
    return run;
  }

  /** Starts the background loop: drain, then sleep until the next due time (at most idleMs). */
  start(): void {
    if (this.loop) return;
    this.loop = this.run(this.abort.signal);
  }

  /** Stops the loop after the item in hand; waits for it. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.wakeup.abort();
    await this.loop;
    await this.draining;
    // What this instance claimed and did not send goes back now, not after the claims' lease.
    await this.o.outbox.releaseClaims().catch((err: unknown) => {
      this.o.logger.warn({ err }, 'could not give back the outbox claims; they wait for the lease');
    });
    this.loop = null;
    this.abort = new AbortController();
  }

  /** Wakes the loop now (e.g. after the scheduler enqueued items due now). */
  wake(): void {
    this.wakeup.abort();
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      let failed = false;
      try {
        if (this.o.mayLead && !(await this.o.mayLead())) {
          this.following = true;
          await this.sleep(LEADER_CHECK_MS, signal).catch(() => undefined);
          continue;
        }
        if (this.following) this.o.limiter.pauseFor(HANDOVER_PAUSE_MS);
        this.following = false;
        this.logDrain(await this.drainOnce());
      } catch (err) {
        failed = !isAbort(err);
        if (failed) this.o.logger.error({ err }, 'outbox drain failed');
      }
      if (!signal.aborted) await this.idle(signal, failed);
    }
  }

  /**
   * One info line per drain that sent, failed or cancelled something; single items at debug, but
   * for what needs a person: a 403/404 (warn), an item given up (error), one sent again (warn).
   */
  private logDrain(report: DrainReport): void {
    const { sent, retried, failed, cancelled, resent } = report;
    if (sent + retried + failed + cancelled + resent === 0) return;
    // Retries are jittered, so while a conversation is down each falls due alone: a drain that
    // only postponed items is at debug, or an unreachable Playground would print a line a second.
    const level = sent + failed + cancelled + resent > 0 ? 'info' : 'debug';
    this.o.logger[level](report, 'outbox drained');
  }

  private async idle(signal: AbortSignal, afterFailure: boolean): Promise<void> {
    const idleMs = this.o.idleMs ?? 30_000;
    const next = afterFailure ? null : await this.o.outbox.earliestDue();
    const untilNext = next === null ? idleMs : Date.parse(next) - this.o.clock().toMillis();
    this.wakeup = new AbortController();
    const wait = Math.min(idleMs, Math.max(0, untilNext));
    await this.sleep(wait, AbortSignal.any([signal, this.wakeup.signal])).catch(() => undefined);
  }

  private async drain(signal: AbortSignal): Promise<DrainReport> {
    const report = emptyReport();
    const batchSize = this.o.batchSize ?? 100;
    for (let batches = 0; !signal.aborted; batches++) {
      await this.writes.flush();
      // Several instances: one that lost the sender's role stops at the next batch.
      if (batches > 0 && this.o.mayLead && !(await this.o.mayLead())) break;
      const batch = await this.o.outbox.nextDue(instantFrom(this.o.clock), batchSize);
      if (batch.length === 0) break;
      for (const candidate of batch) {
        if (signal.aborted) break;
        await this.process(candidate.id, report, signal);
      }
    }
    await this.writes.flush();
    if (signal.aborted)
      throw Object.assign(new Error('outbox sender stopped'), { name: 'AbortError' });
    return report;
  }

  /** One item: still due? → conversation → pace → still due? → render → send → record. */
  private async process(id: string, report: DrainReport, signal: AbortSignal): Promise<void> {
    const item = await this.stillDue(id);
    if (!item) return void report.skipped++;
    const target = await resolveTarget(this.o.conversations, item);
    if (!target) return this.outcomes.unreachable(item, 'no-conversation', report);
    const slot = await this.o.limiter.acquire(target.conversationId, this.sleep, signal);
    try {
      const fresh = await this.stillDue(id);
      if (!fresh) return void report.skipped++;
      const late =
        fresh.late ||
        this.o.clock().toMillis() - Date.parse(fresh.originalDueAt) >=
          (this.o.lateAfterMs ?? 3_600_000);
      const rendered = await this.render({ ...fresh, late }, target, report);
      if (rendered) await this.send({ ...fresh, late }, target, rendered, slot, report);
    } finally {
      slot.done();
    }
  }

  private async stillDue(id: string): Promise<OutboxItem | null> {
    const item = await this.o.outbox.get(id);
    return item && isDueNow(item, this.o.clock) ? item : null;
  }

  private async render(
    item: OutboxItem,
    target: Target,
    report: DrainReport,
  ): Promise<Rendered | null> {
    const renderer = this.renderers.get(item.kind);
    if (!renderer) return this.outcomes.renderFailed(item, `no-renderer:${item.kind}`, report);
    try {
      const result = await renderer(item, {
        now: this.o.clock(),
        locale: target.locale,
        late: item.late,
        outbox: this.o.outbox,
      });
      if ('activity' in result) return result;
      await this.outcomes.cancelled(item, result.cancel, report);
      return null;
    } catch (err) {
      this.o.logger.error({ err, outboxId: item.id, kind: item.kind }, 'outbox renderer failed');
      return this.outcomes.renderFailed(item, 'render-error', report);
    }
  }

  private async send(
    item: OutboxItem,
    target: Target,
    rendered: Rendered,
    slot: SendSlot,
    report: DrainReport,
  ): Promise<void> {
    if (item.sendingSince) {
      report.resent++;
      this.o.logger.warn(
        { outboxId: item.id, kind: item.kind, sendingSince: item.sendingSince },
        'outbox item was being sent when the bot stopped; sending it again (it may arrive twice)',
      );
    }
    // Durable before the send, so a crash between send and "sent" is known after the restart.
    await this.o.outbox.markSending(item.id, instantFrom(this.o.clock));
    let result: SendResult;
    try {
      result = await sendProactive(
        this.o.adapter,
        this.o.botAppId,
        target.reference,
        rendered.activity,
        this.o.sendTimeoutMs ?? 60_000,
        { replaces: rendered.replaces ?? null, followUp: rendered.followUp ?? null },
      );
    } catch (err) {
      slot.done();
      return this.outcomes.sendFailed(item, err, target.conversationId, report);
    }
    slot.done();
    this.warnOnceAboutSdkRetries(result.sdkRetriesDisabled);
    this.outcomes.succeeded();
    const marked = this.o.outbox.markSent(item.id, instantFrom(this.o.clock), {
      activityId: result.activityId,
      late: item.late,
    });
    await this.writes.add(marked);
    report.sent++;
    this.o.logger.debug(
      { outboxId: item.id, conversationId: target.conversationId, late: item.late },
      'outbox item sent',
    );
  }

  private warnOnceAboutSdkRetries(disabled: boolean): void {
    if (disabled || this.warnedSdkRetries) return;
    this.warnedSdkRetries = true;
    this.o.logger.warn(
      'could not switch off the SDK connector retries; sends may retry out of pace',
    );
  }
}
