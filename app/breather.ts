/**
 * Lets the event loop breathe inside a long loop: `await breathe()` on every round gives way to
 * timers, I/O and other turns (a setImmediate) once the loop has run `sliceMs` since it last gave
 * way, and costs nothing otherwise. A loop of awaits that resolve at once (a cached snapshot, an
 * in-memory store) is one unbroken run of microtasks: at 45,000 employees the first tick's
 * planning of thousands of periods blocked every chat turn for over half a second.
 */
import { performance } from 'node:perf_hooks';

export type Breathe = () => Promise<void>;

export function breather(sliceMs = 10): Breathe {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
