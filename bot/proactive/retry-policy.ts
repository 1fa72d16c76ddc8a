/**
 * Jittered exponential backoff for sends that failed for a passing reason (412, 5xx, network), and
 * for a 429 without Retry-After. Teams asks for "exponential backoff with random jitter and a
 * bounded number of retries"; the defaults keep an item alive through about two hours of outage
 * (2 s, 4 s, … 512 s, then every 15 min) before it is recorded as failed.
 */
export interface RetryPolicy {
  /** Tries (the first send included) before an item is recorded as failed. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** ±fraction of random spread, e.g. 0.2 for ±20 %. */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 16,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  jitter: 0.2,
};

/** The wait after the `failures`-th failure in a row (1-based): base·2^(failures−1), ±jitter, capped. */
export function backoffMs(policy: RetryPolicy, failures: number, random: () => number): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, Math.min(failures - 1, 40));
  const spread = 1 - policy.jitter + 2 * policy.jitter * random();
  return Math.round(Math.min(policy.maxDelayMs, exponential * spread));
}
