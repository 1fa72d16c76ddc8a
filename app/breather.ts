/**
 * Sharing the thread in long work. `timeSlices` gives a computation written as a generator (the
 * statistics index, the totals pass; domain/statistics/cooperative.ts) slices of ~8 ms with a
 * pause on setImmediate between them, so pending I/O and timers run first. `breather` does the
 * same for a plain loop: `await breathe()` on every round gives way once the loop has run its
 * slice, and costs nothing otherwise. A loop of awaits that resolve at once (a cached snapshot, an
 * in-memory store) is one unbroken run of microtasks: at 45,000 employees the first tick's planning
 * of thousands of periods blocked every chat turn for over half a second.
 */
import type { Cooperation } from '../domain/statistics/cooperative.js';

export type Breathe = () => Promise<void>;

/** A slice of `budgetMs`, then a pause on setImmediate so pending I/O and timers run first. */
export function timeSlices(
  budgetMs = 8,
  clock: () => number = () => performance.now(),
): () => Cooperation {
  return (): Cooperation => {
    let sliceStart = clock();
    return {
      due: () => clock() - sliceStart >= budgetMs,
      pause: () =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            sliceStart = clock();
            resolve();
          }),
        ),
    };
  };
}

export function breather(sliceMs = 10): Breathe {
  const slices = timeSlices(sliceMs)();
  return async () => {
    if (slices.due()) await slices.pause();
  };
}
