/**
 * Write-behind for outbox status changes. A lowdb commit rewrites the whole file (about a second
 * for a 36 MB store with 45,000 items on a small machine), far too slow to wait for after every
 * send at 40/s. So a mark is made durable by appending one JSON line to a journal next to the
 * store file (well under a millisecond), shown at once through an in-memory overlay, and folded
 * into the store by an ordinary update that commits in the background with the store's group
 * commit. At start, what a crash left in the journal is replayed onto the store and removed.
 *
 * Durability is the store's own: the OS has the line when append resolves (it survives a crash
 * of this process; like the store's writes there is no fsync, so not a power loss).
 * Patches hold absolute values, in order, so replaying lines the store already has is harmless.
 */
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, rename, rm } from 'node:fs/promises';
import { z } from 'zod';
import { outboxItemSchema, type OutboxItem } from './schema.js';

const patchSchema = outboxItemSchema
  .pick({
    status: true,
    attempts: true,
    nextAttemptAt: true,
    late: true,
    sentAt: true,
    lastError: true,
    activityId: true,
    sendingSince: true,
  })
  .partial();

export type OutboxPatch = z.infer<typeof patchSchema>;

const lineSchema = z.strictObject({ id: z.string().min(1), patch: patchSchema });

export interface JournalLine {
  id: string;
  patch: OutboxPatch;
}

/** Changes not yet committed to the store, laid over what the store holds. */
export class OutboxOverlay {
  private readonly patches = new Map<string, { patch: OutboxPatch; seq: number }>();
  private seq = 0;

  view(item: OutboxItem): OutboxItem {
    const entry = this.patches.get(item.id);
    return entry ? { ...item, ...entry.patch } : item;
  }

  has(id: string): boolean {
    return this.patches.has(id);
  }

  /** Lays a patch over the item; returns a number to settle it with once the store has it. */
  set(id: string, patch: OutboxPatch): number {
    const previous = this.patches.get(id)?.patch ?? {};
    this.patches.set(id, { patch: { ...previous, ...patch }, seq: ++this.seq });
    return this.seq;
  }

  /** The store committed the patch numbered `seq`: drop it unless a newer one came since. */
  settle(id: string, seq: number): void {
    if (this.patches.get(id)?.seq === seq) this.patches.delete(id);
  }

  size(): number {
    return this.patches.size;
  }
}

interface Pending {
  id: string;
  patch: OutboxPatch;
  seq: number;
}

/**
 * Folds overlay patches into the store in batches (every `everyMs`, or at `maxBatch` patches), so
 * the store rewrites its whole file once a minute (and at each journal rotation) during a fan-out
 * instead of once per send: a rewrite of a 36 MB store stalls sending for about a second, and at
 * a paced rate a stalled second is lost for good.
 */
export class PatchFolder {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly overlay: OutboxOverlay,
    private readonly commit: (batch: readonly Pending[]) => Promise<void>,
    private readonly everyMs = 60_000,
    private readonly maxBatch = 5_000,
  ) {}

  /** Shows the patch at once (overlay) and queues it for the store. */
  add(id: string, patch: OutboxPatch): void {
    this.pending.push({ id, patch, seq: this.overlay.set(id, patch) });
    if (this.pending.length >= this.maxBatch) void this.fold().catch(() => undefined);
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.fold().catch(() => undefined), this.everyMs);
      this.timer.unref();
    }
  }

  /** Commits every queued patch now; resolves once the store has them, rejects if that failed. */
  fold(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending.splice(0);
    return this.commit(batch).then(() => batch.forEach((p) => this.overlay.settle(p.id, p.seq)));
  }
}

export interface JournalOptions {
  /** Resolves once every store update queued before it has been committed. */
  commitBarrier: () => Promise<void>;
  /** Lines after which the journal is rotated and the old part removed once committed. */
  rotateAfter?: number;
  /** Appends text to the file (default: fs appendFile); injectable for crash simulation. */
  append?: (file: string, text: string) => Promise<void>;
}

export class OutboxJournal {
  private chain: Promise<void> = Promise.resolve();
  private lines = 0;
  private compacting = false;

  constructor(
    readonly file: string,
    private readonly options: JournalOptions,
  ) {}

  private get rotated(): string {
    return `${this.file}.1`;
  }

  /**
   * At start (synchronously): returns the lines an earlier run left, moved into the rotated part,
   * which is removed once the store has committed them (the caller queues that update first).
   */
  takeOver(): JournalLine[] {
    const old = readOrEmpty(this.rotated);
    const current = readOrEmpty(this.file);
    if (current !== '') {
      appendFileSync(this.rotated, old === '' || old.endsWith('\n') ? current : `\n${current}`);
      rmSync(this.file, { force: true });
    }
    return parseLines(`${old}\n${current}`);
  }

  /** Appends one line, in call order; resolves when the OS has it. */
  append(line: JournalLine): Promise<void> {
    const text = `${JSON.stringify(line)}\n`;
    const next = this.chain.then(async () => {
      await (this.options.append ?? appendFile)(this.file, text);
      if (++this.lines >= (this.options.rotateAfter ?? 5_000) && !this.compacting) {
        await rename(this.file, this.rotated);
        this.lines = 0;
        this.compactRotated();
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Removes the rotated part (if any) once the commit barrier says the store has its lines. */
  compactRotated(): void {
    if (!existsSync(this.rotated)) return;
    this.compacting = true;
    // on failure the rotated part stays (replayed at the next start) and no further rotation happens
    void this.options
      .commitBarrier()
      .then(() => rm(this.rotated, { force: true }))
      .then(
        () => void (this.compacting = false),
        () => undefined,
      );
  }
}

function readOrEmpty(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The valid lines; a torn last line (a crash mid-append) or any garbage is skipped. */
function parseLines(text: string): JournalLine[] {
  const out: JournalLine[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    const parsed = lineSchema.safeParse(safeJson(raw));
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
