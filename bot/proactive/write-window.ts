/**
 * Lets the sender go on while the last few "marked sent" writes are still being committed, so the
 * store's group commit can put several marks into one file write (a lowdb write rewrites the whole
 * file: tens of ms at thousands of items). At most `maxUnconfirmed` earlier writes are unconfirmed
 * while the next item is sent, and the sender waits for all of them before it reads the next batch,
 * so it never reads a stale status. The price: a crash can lose those marks too, so a crash causes
 * up to `maxUnconfirmed + 1` duplicates after the restart (0 gives the strict "at most one").
 */
export class WriteWindow {
  private readonly inFlight: Array<Promise<void>> = [];
  private failure: { error: unknown } | null = null;

  constructor(private readonly maxUnconfirmed: number) {
    if (!(maxUnconfirmed >= 0)) throw new Error('maxUnconfirmed must be 0 or more');
  }

  /** Adds a write; waits for the oldest ones while the window is full. Throws a failed write's error. */
  async add(write: Promise<unknown>): Promise<void> {
    this.inFlight.push(
      write.then(
        () => undefined,
        (error: unknown) => void (this.failure ??= { error }),
      ),
    );
    while (this.inFlight.length > this.maxUnconfirmed) await this.inFlight.shift();
    this.throwIfFailed();
  }

  /** Waits for every write in flight. */
  async flush(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
    this.throwIfFailed();
  }

  size(): number {
    return this.inFlight.length;
  }

  private throwIfFailed(): void {
    if (!this.failure) return;
    const { error } = this.failure;
    this.failure = null;
    throw error;
  }
}
