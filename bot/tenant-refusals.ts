/**
 * Refused foreign-tenant activities, counted per tenant and minute, so that a flood of them
 * cannot grow the store by one audit entry each. The first refusal of a tenant in a minute is
 * written at once (count=1); further ones are counted in memory and the same entry's count is
 * brought up to date when the minute has rolled over, and at close. So each tenant and minute
 * is one audit entry, written at most a few times.
 */
import type { AppDeps } from './deps.js';

/** Distinct tenants counted per minute; beyond them refusals are counted under 'other'. */
const MAX_TENANTS_PER_MINUTE = 100;
/** A claimed tenant id is the sender's to choose: keep at most this much of it. */
const MAX_TENANT_CHARS = 120;

interface Bucket {
  minute: string;
  tenant: string;
  /** When the first refusal came (the entry's `at`, which finds it again). */
  at: string;
  /** The first refused sender of the minute. */
  actor: string;
  count: number;
  /** The count the stored entry shows. */
  written: number;
}

export interface TenantRefusals {
  /** Counts one refusal; true when it is the tenant's first in this minute. */
  refuse(tenantIds: readonly string[], actor: string): Promise<boolean>;
  /** Brings every entry's count up to date and stops the timer (at close). */
  close(): Promise<void>;
}

export function tenantRefusals(deps: AppDeps): TenantRefusals {
  const buckets = new Map<string, Bucket>();
  let timer: NodeJS.Timeout | null = null;

  const write = async (b: Bucket, count: number): Promise<void> => {
    try {
      await deps.repos.audit.recordCount(
        {
          at: b.at,
          actor: b.actor,
          action: 'tenant.refused',
          subject: null,
          unitId: null,
          outcome: 'denied',
          detail: `tenant=${b.tenant}; minute=${b.minute}`,
        },
        count,
      );
      b.written = Math.max(b.written, count);
    } catch (err) {
      deps.logger.error({ err, tenant: b.tenant }, 'could not audit refused tenant activity');
    }
  };

  /** Writes the counts not yet stored; forgets the minutes before `current`. */
  const flush = async (current: string | null): Promise<void> => {
    const due = [...buckets].filter(([, b]) => b.count > b.written);
    for (const [key, b] of buckets) if (current === null || b.minute < current) buckets.delete(key);
    // Together, so the store saves them in one write.
    await Promise.all(due.map(([, b]) => write(b, b.count)));
  };

  const arm = (): void => {
    if (timer) return;
    const ms = 60_000 - (deps.clock().toMillis() % 60_000) + 50;
    timer = setTimeout(() => {
      timer = null;
      void flush(minuteOf(deps)).then(() => {
        if ([...buckets.values()].some((b) => b.count > b.written)) arm();
      });
    }, ms);
    timer.unref();
  };

  return {
    async refuse(tenantIds, actor) {
      const minute = minuteOf(deps);
      if ([...buckets.values()].some((b) => b.minute < minute)) await flush(minute);
      const tenant = tenantKey(tenantIds, buckets, minute);
      const key = `${minute} ${tenant}`;
      const known = buckets.get(key);
      if (known) {
        known.count++;
        arm();
        return false;
      }
      const at = deps.clock().toUTC().toISO() ?? '';
      const b: Bucket = { minute, tenant, at, actor, count: 1, written: 0 };
      buckets.set(key, b);
      await write(b, 1);
      return true;
    },
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      await flush(null);
    },
  };
}

/** The minute as yyyy-MM-ddTHH:mmZ (UTC). */
function minuteOf(deps: AppDeps): string {
  return deps.clock().toUTC().toFormat("yyyy-MM-dd'T'HH:mm'Z'");
}

function tenantKey(ids: readonly string[], buckets: Map<string, Bucket>, minute: string): string {
  const tenant = ([...new Set(ids)].join(',') || 'none').slice(0, MAX_TENANT_CHARS);
  if (buckets.has(`${minute} ${tenant}`)) return tenant;
  let tenants = 0;
  for (const b of buckets.values()) if (b.minute === minute) tenants++;
  return tenants < MAX_TENANTS_PER_MINUTE ? tenant : 'other';
}
