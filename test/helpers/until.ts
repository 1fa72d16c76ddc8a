/**
 * Waits until `condition` holds, polling every 10 ms; fails with `what` after `timeoutMs`.
 * For things that happen in the background (a send, a journal fold): the limit is generous
 * and only decides how long a broken build takes to fail, never whether a working one passes.
 */
export async function until(
  condition: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
