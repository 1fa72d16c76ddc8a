/**
 * The audit log's retention: entries older than the configured number of days are removed (one
 * 'audit.pruned' entry records how many). Run at start and once a day; running it again the same
 * day removes nothing and writes nothing.
 */
import type { DateTime } from 'luxon';
import type { Repositories } from '../data/repositories.js';

export async function pruneAuditLog(
  repos: Pick<Repositories, 'audit'>,
  now: DateTime,
  retentionDays: number,
): Promise<number> {
  const before = now.minus({ days: retentionDays }).toUTC().toISO();
  return before ? repos.audit.prune(before) : 0;
}
