/**
 * Well-being tips in the lowdb store (the optional `tips` section): each verb is one read or one
 * store.update, so a weekly round of tips is one write, whatever the number of readers.
 */
import type { IsoDate, IsoInstant } from '../domain/model.js';
import type { Store } from './store.js';
import type { StoreData } from './schema.js';
import type { TipFeedback, TipSection, TipShown, WeeklyTip, WeeklyTipGiven } from './tip-schema.js';

export interface TipCounts {
  tipId: string;
  shown: number;
  up: number;
  down: number;
}

export interface TipRepository {
  /** The ids shown to a person, oldest first (a tip shown twice is listed twice). */
  shownTo(person: string): Promise<string[]>;
  recordShown(entry: TipShown): Promise<void>;
  /** Keeps the person's latest answer on a tip (an earlier one is replaced). */
  answer(feedback: TipFeedback): Promise<void>;
  /** Per tip shown or answered: how often shown, how many 👍 and 👎 (counts, no persons). */
  counts(): Promise<TipCounts[]>;
  disabled(): Promise<Set<string>>;
  /** Switches a tip off or on again; false when it already was so (no write). */
  setDisabled(tipId: string, off: boolean, by: string, at: IsoInstant): Promise<boolean>;
  weeklyOf(person: string): Promise<WeeklyTip | null>;
  /** Sets the weekday of a person's weekly tip; null turns it off. */
  setWeekly(person: string, weekday: number | null, since: IsoDate): Promise<void>;
  weeklyReaders(): Promise<WeeklyTip[]>;
  /** The weekly tip given to a person for the weekday `date`, if any. */
  weeklyGiven(person: string, date: IsoDate): Promise<WeeklyTipGiven | null>;
  /** The day of the latest weekly tip given to a person (null: none yet). */
  lastWeeklyGiven(person: string): Promise<IsoDate | null>;
  /** Records weekly tips (one already given for that person and day is kept) and their showing. */
  giveWeekly(given: readonly WeeklyTipGiven[], shown: readonly TipShown[]): Promise<void>;
  /** Sets how each given tip goes out ('digest' or 'card'). */
  settleWeekly(settled: readonly Pick<WeeklyTipGiven, 'person' | 'date' | 'via'>[]): Promise<void>;
}

const EMPTY: TipSection = { shown: [], feedback: [], weekly: [], weeklyGiven: [], disabled: [] };

const section = (d: StoreData): TipSection => (d.tips ??= structuredClone(EMPTY));

function counts(s: TipSection): TipCounts[] {
  const byId = new Map<string, TipCounts>();
  const of = (tipId: string) => {
    const c = byId.get(tipId) ?? { tipId, shown: 0, up: 0, down: 0 };
    byId.set(tipId, c);
    return c;
  };
  for (const e of s.shown) of(e.tipId).shown++;
  for (const f of s.feedback) of(f.tipId)[f.useful ? 'up' : 'down']++;
  return [...byId.values()].sort((a, b) => a.tipId.localeCompare(b.tipId));
}

export function lowdbTipRepository(store: Store): TipRepository {
  const read = (): TipSection => store.read().tips ?? EMPTY;
  const sameDay = (person: string, date: IsoDate) => (g: WeeklyTipGiven) =>
    g.person === person && g.date === date;
  return {
    shownTo: (person) =>
      Promise.resolve(
        read()
          .shown.filter((e) => e.person === person)
          .map((e) => e.tipId),
      ),
    recordShown: async (entry) => {
      await store.update((d) => void section(d).shown.push({ ...entry }));
    },
    answer: async (feedback) => {
      await store.update((d) => {
        const s = section(d);
        s.feedback = s.feedback.filter(
          (f) => !(f.person === feedback.person && f.tipId === feedback.tipId),
        );
        s.feedback.push({ ...feedback });
      });
    },
    counts: () => Promise.resolve(counts(read())),
    disabled: () => Promise.resolve(new Set(read().disabled.map((e) => e.tipId))),
    setDisabled: async (tipId, off, by, at) => {
      const isOff = read().disabled.some((e) => e.tipId === tipId);
      if (isOff === off) return false;
      await store.update((d) => {
        const s = section(d);
        s.disabled = s.disabled.filter((e) => e.tipId !== tipId);
        if (off) s.disabled.push({ tipId, by, at });
      });
      return true;
    },
    weeklyOf: (person) =>
      Promise.resolve(structuredClone(read().weekly.find((w) => w.person === person) ?? null)),
    setWeekly: async (person, weekday, since) => {
      await store.update((d) => {
        const s = section(d);
        s.weekly = s.weekly.filter((w) => w.person !== person);
        if (weekday !== null) s.weekly.push({ person, weekday, since });
      });
    },
    weeklyReaders: () => Promise.resolve(structuredClone(read().weekly)),
    weeklyGiven: (person, date) =>
      Promise.resolve(structuredClone(read().weeklyGiven.find(sameDay(person, date)) ?? null)),
    lastWeeklyGiven: (person) =>
      Promise.resolve(
        read()
          .weeklyGiven.filter((g) => g.person === person)
          .reduce<IsoDate | null>((max, g) => (max === null || g.date > max ? g.date : max), null),
      ),
    giveWeekly: async (given, shown) => {
      if (given.length === 0) return;
      await store.update((d) => {
        const s = section(d);
        const fresh = given.filter((g) => !s.weeklyGiven.some(sameDay(g.person, g.date)));
        s.weeklyGiven.push(...structuredClone(fresh));
        const kept = new Set(fresh.map((g) => `${g.person}\u0000${g.tipId}`));
        s.shown.push(...shown.filter((e) => kept.has(`${e.person}\u0000${e.tipId}`)));
      });
    },
    settleWeekly: async (settled) => {
      if (settled.length === 0) return;
      await store.update((d) => {
        for (const u of settled) {
          const g = section(d).weeklyGiven.find(sameDay(u.person, u.date));
          if (g) g.via = u.via;
        }
      });
    },
  };
}
