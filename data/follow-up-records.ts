/**
 * The lowdb half of FollowUpRepository that is not about steps: fired frequency triggers,
 * requests for HR's help, and what each digest card showed.
 */
import type { TriggerHit } from '../domain/follow-up/frequency.js';
import type { FollowUpRepository } from './follow-up-repository.js';
import type { FiredTriggerRecord } from './follow-up-schema.js';
import type { StoreData } from './schema.js';
import type { Store } from './store.js';

type Records = Pick<
  FollowUpRepository,
  | 'firedTriggers'
  | 'firedTrigger'
  | 'fireTriggers'
  | 'markTriggerHandled'
  | 'hrRequest'
  | 'recordHrRequest'
  | 'recordHrReply'
  | 'saveDigest'
  | 'digest'
>;

function firedRecord(hit: TriggerHit): FiredTriggerRecord {
  const { trigger } = hit;
  return {
    id: hit.id,
    personKey: hit.personKey,
    triggerId: trigger.id,
    on: hit.date,
    kind: trigger.kind,
    threshold: trigger.threshold,
    windowMonths: trigger.windowMonths,
    value: hit.value,
    handled: null,
  };
}

/* The sections are optional in the stored document (older files lack them): read as empty. */
const firedOf = (d: Partial<StoreData>) => (d.firedTriggers ??= []);
const requestsOf = (d: Partial<StoreData>) => (d.hrRequests ??= []);
const digestsOf = (d: Partial<StoreData>) => (d.followUpDigests ??= []);

export function lowdbFollowUpRecords(store: Store): Records {
  const read = (): Partial<StoreData> => ({ ...store.read() });
  return {
    firedTriggers: (personKey) =>
      Promise.resolve(structuredClone(firedOf(read()).filter((f) => f.personKey === personKey))),
    firedTrigger: (id) =>
      Promise.resolve(structuredClone(firedOf(read()).find((f) => f.id === id) ?? null)),
    fireTriggers: (personKey, select) => {
      const newHits = (d: Partial<StoreData>) => {
        const fired = firedOf(d)
          .filter((f) => f.personKey === personKey)
          .map((f) => ({ personKey: f.personKey, triggerId: f.triggerId, on: f.on }));
        const known = new Set(firedOf(d).map((f) => f.id));
        return select(fired).filter((h) => h.personKey === personKey && !known.has(h.id));
      };
      // Most checks find nothing new: answer those from a read, without a store write.
      if (newHits(read()).length === 0) return Promise.resolve([]);
      return store.update((d) => {
        const hits = newHits(d);
        firedOf(d).push(...hits.map(firedRecord));
        return structuredClone(hits);
      });
    },
    markTriggerHandled: (id, handled) =>
      store.update((d) => {
        const f = firedOf(d).find((x) => x.id === id);
        if (!f) return null;
        const changed = f.handled === null;
        if (changed) f.handled = handled;
        return { record: structuredClone(f), changed };
      }),
    hrRequest: (id) =>
      Promise.resolve(structuredClone(requestsOf(read()).find((r) => r.id === id) ?? null)),
    recordHrRequest: (request) =>
      store.update((d) => {
        const existing = requestsOf(d).find((r) => r.id === request.id);
        if (existing) return { request: structuredClone(existing), created: false };
        requestsOf(d).push(structuredClone(request));
        return { request: structuredClone(request), created: true };
      }),
    recordHrReply: (id, reply) =>
      store.update((d) => {
        const r = requestsOf(d).find((x) => x.id === id);
        if (!r) return { status: 'missing' as const };
        if (r.reply) return { status: 'already-answered' as const, request: structuredClone(r) };
        r.reply = { ...reply };
        return { status: 'recorded' as const, request: structuredClone(r) };
      }),
    saveDigest: async (record) => {
      await store.update((d) => {
        const i = digestsOf(d).findIndex((x) => x.id === record.id);
        if (i >= 0) digestsOf(d)[i] = structuredClone(record);
        else digestsOf(d).push(structuredClone(record));
      });
    },
    digest: (id) =>
      Promise.resolve(structuredClone(digestsOf(read()).find((x) => x.id === id) ?? null)),
  };
}
