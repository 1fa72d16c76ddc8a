/**
 * Long computations (the index build, the totals pass) are written once, as generators that
 * yield at checkpoints, and run either to the end at once (runSync: tests, tools) or in slices
 * that give the event loop a turn whenever the caller's budget is spent (runCooperatively: the
 * service, so a 2-second build at 45,000 employees never holds the thread for long). The domain
 * knows no timers or clocks: the caller says when a slice is over and how to pause.
 */

/** A computation that yields (nothing) at each checkpoint and returns T. */
export type Steps<T> = Generator<void, T, void>;

export interface Cooperation {
  /** True when the running slice has used its share of the thread (e.g. 8 ms). */
  readonly due: () => boolean;
  /** Resolves on a later turn of the event loop (setImmediate in app/), after pending I/O. */
  readonly pause: () => Promise<void>;
}

/** Items between checkpoints: a few hundred microseconds of work, a check that costs nothing. */
export const CHECKPOINT = 64;

/** True on every CHECKPOINT-th item (n counts from 1). */
export const atCheckpoint = (n: number): boolean => n % CHECKPOINT === 0;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runCooperatively<T>(steps: Steps<T>, cooperation: Cooperation): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (cooperation.due()) await cooperation.pause();
  }
}
