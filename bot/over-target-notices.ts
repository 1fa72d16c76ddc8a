/**
 * HR's over-target notice, queued: app/workflows/over-target.ts decides which units of the quarter
 * just closed are above target and whom to tell; each consultant gets the card in their personal
 * chat, in their language. Exactly once per unit, quarter and consultant: the outbox id names all
 * three, so a repeated tick, a re-plan or a restart queues nothing twice.
 */
import { closedQuarter, unitsOverTarget } from '../app/workflows/over-target.js';
import { overTargetCard } from '../cards/over-target-card.js';
import type { OutboxRepository } from '../data/outbox-repository.js';
import { translator } from '../i18n/index.js';
import type { AppDeps } from './deps.js';

/**
 * What was planned last for a store: the quarter and the statistics version. The units are read
 * again only when either changes, so figures imported or registered after the quarter closed are
 * planned on the next tick (no restart needed), and an unchanged store costs one version read.
 */
const planned = new WeakMap<object, string>();

/** Queues the notices of the quarter that has just closed; returns how many were queued. */
export async function planOverTargetNotices(
  deps: AppDeps,
  outbox: OutboxRepository,
): Promise<number> {
  const ctx = { now: deps.clock(), repos: deps.repos };
  const closed = await closedQuarter(ctx);
  if (!closed) return 0;
  const key = `${closed.quarter}@${closed.version}`;
  if (planned.get(deps.repos) === key) return 0;
  const dueAt = ctx.now.toUTC().toISO() ?? '';
  const items = [];
  for (const unit of await unitsOverTarget(ctx, closed)) {
    for (const hr of unit.consultants) {
      const id = `over-target:${unit.unitId}:${closed.quarter}:${hr.aadObjectId}`;
      // Queued before (a re-plan): no card to build and no store write; enqueue checks again.
      if (await outbox.get(id)) continue;
      const ref = await deps.repos.conversations.personalReference(hr.aadObjectId);
      const t = translator(ref?.locale ?? hr.locale ?? deps.config.defaultLocale);
      const notice = overTargetCard({ ...unit, quarter: closed.quarter }, t);
      const about = { as: 'hr' as const, unitIds: [unit.unitId], subjects: [] };
      items.push({
        id,
        recipient: hr.aadObjectId,
        kind: 'card',
        payload: { card: notice, about },
        dueAt,
      });
    }
  }
  const added = items.length > 0 ? (await outbox.enqueue(items)).added : 0;
  planned.set(deps.repos, key);
  return added;
}
