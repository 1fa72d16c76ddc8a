/**
 * Channel subscriptions in the lowdb store (the optional `channelSubscriptions` collection). Adding
 * checks for an identical active subscription inside the same write, so two quick requests cannot
 * both add one.
 */
import type { ChannelSubscription } from '../domain/subscriptions/subscription.js';
import { sameSubscription } from '../domain/subscriptions/subscription.js';
import type { Store } from './store.js';

export type SubscriptionChange = Partial<
  Pick<
    ChannelSubscription,
    | 'unitId'
    | 'cadence'
    | 'day'
    | 'hour'
    | 'locale'
    | 'since'
    | 'createdBy'
    | 'lastPeriodSent'
    | 'medPack'
  >
>;

export interface ChannelSubscriptionRepository {
  /** Every subscription kept (stopped ones included). */
  all(): Promise<ChannelSubscription[]>;
  get(id: string): Promise<ChannelSubscription | null>;
  /** The active subscriptions of one channel. */
  ofChannel(conversationId: string): Promise<ChannelSubscription[]>;
  /** Adds it unless an active one for the same channel, unit and cadence exists: then 'duplicate'. */
  add(sub: ChannelSubscription): Promise<'added' | 'duplicate'>;
  /** Changes an active one; a change that makes it repeat another active one: 'duplicate'. */
  change(id: string, change: SubscriptionChange): Promise<ChannelSubscription | 'duplicate' | null>;
  /** Stops one (active false); null when there is no active one with that id. */
  stop(id: string): Promise<ChannelSubscription | null>;
  /** Records that `periodKey`'s summary was queued (never moves back). */
  markSent(id: string, periodKey: string): Promise<void>;
  /** The MED pack's well-being and APV scores of one unit (trivsel import), oldest first. */
  wellbeingOf(unitId: string): Promise<WellbeingScore[]>;
}

export interface WellbeingScore {
  unitId: string;
  date: string;
  measure: string;
  score: number;
}

export function lowdbChannelSubscriptionRepository(store: Store): ChannelSubscriptionRepository {
  const list = () => store.read().channelSubscriptions ?? [];
  const active = (id: string, all: ChannelSubscription[]) =>
    all.find((s) => s.id === id && s.active);
  return {
    all: () => Promise.resolve(structuredClone(list())),
    get: (id) => Promise.resolve(structuredClone(list().find((s) => s.id === id) ?? null)),
    ofChannel: (conversationId) =>
      Promise.resolve(
        structuredClone(list().filter((s) => s.active && s.conversationId === conversationId)),
      ),
    add: (sub) =>
      store.update((d) => {
        const all = (d.channelSubscriptions ??= []);
        if (all.some((s) => s.active && sameSubscription(s, sub))) return 'duplicate' as const;
        all.push(structuredClone(sub));
        return 'added' as const;
      }),
    change: (id, change) =>
      store.update((d) => {
        const all = d.channelSubscriptions ?? [];
        const found = active(id, all);
        if (!found) return null;
        const next = { ...found, ...change };
        if (all.some((s) => s.id !== id && s.active && sameSubscription(s, next)))
          return 'duplicate' as const;
        Object.assign(found, change);
        return structuredClone(found);
      }),
    stop: (id) =>
      store.update((d) => {
        const found = active(id, d.channelSubscriptions ?? []);
        if (!found) return null;
        found.active = false;
        return structuredClone(found);
      }),
    wellbeingOf: (unitId) =>
      Promise.resolve(
        (store.read().wellbeingScores ?? [])
          .filter((w) => w.unitId === unitId)
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((w) => ({ ...w })),
      ),
    markSent: async (id, periodKey) => {
      await store.update((d) => {
        const found = (d.channelSubscriptions ?? []).find((s) => s.id === id);
        if (found && (found.lastPeriodSent === null || found.lastPeriodSent < periodKey))
          found.lastPeriodSent = periodKey;
      });
    },
  };
}
