/**
 * The weekly tip, for the scheduler: on each reader's weekday the tip is chosen and recorded
 * (pending) before the day's messages are planned, so a day's message rendered at any moment
 * after shows it; once they are planned, a tip whose reader got a day's message stays in it and
 * any other goes out on its own card. One write for all readers of the day, and a repeated tick
 * after a crash finds the same tips (never a second one the same week).
 */
import { rolesOf } from '../domain/access.js';
import type { IsoDate } from '../domain/model.js';
import { chooseTip } from '../domain/tips/choose.js';
import { weeklyTipDue } from '../domain/tips/weekly.js';
import type { Repositories } from '../data/repositories.js';
import type { DateTime } from 'luxon';
import type { UseCaseContext } from './context.js';
import { audiencesOf, tipSeed } from './tips.js';
import { TIPS } from './tip-catalogue.js';
import { readerSituations } from './tip-situation.js';

export interface PendingWeeklyTip {
  person: string;
  date: IsoDate;
  tipId: string;
}

/** Chooses and records today's weekly tips; returns those not yet settled (new or left over). */
export async function prepareWeeklyTips(
  repos: Repositories,
  now: DateTime,
  today: IsoDate,
): Promise<PendingWeeklyTip[]> {
  const { tips } = repos;
  const readers = await tips.weeklyReaders();
  if (readers.length === 0) return [];
  const disabled = await tips.disabled();
  const at = now.toUTC().toISO() ?? '';
  const given: PendingWeeklyTip[] = [];
  const pending: PendingWeeklyTip[] = [];
  for (const reader of readers) {
    const givenToday = await tips.weeklyGiven(reader.person, today);
    if (givenToday) {
      if (givenToday.via === 'pending') pending.push(givenToday);
      continue;
    }
    const last = await tips.lastWeeklyGiven(reader.person);
    if (!weeklyTipDue(today, reader.weekday, reader.since, last)) continue;
    const person = await repos.org.findPerson(reader.person);
    if (!person) continue;
    const ctx: UseCaseContext = {
      actor: { person, roles: rolesOf(person) },
      audience: 'scheduled',
      now,
      repos,
    };
    const shown = await tips.shownTo(person.aadObjectId);
    const choice = chooseTip(
      {
        audiences: audiencesOf(ctx.actor.roles),
        situations: await readerSituations(ctx),
        theme: null,
        guideStep: null,
        newLeader: false,
        shown,
        disabled,
        seed: tipSeed(person.aadObjectId, shown.length, today),
      },
      TIPS,
    );
    if (choice) given.push({ person: person.aadObjectId, date: today, tipId: choice.tip.id });
  }
  await tips.giveWeekly(
    given.map((g) => ({ ...g, via: 'pending' as const })),
    given.map((g) => ({ person: g.person, tipId: g.tipId, at, via: 'weekly' as const })),
  );
  return [...pending, ...given];
}

/**
 * Settles the pending tips: in the day's message for those who got one (`hasDayMessage`), on a
 * card of its own for the rest (returned, for the outbox).
 */
export async function settleWeeklyTips(
  repos: Repositories,
  pending: readonly PendingWeeklyTip[],
  hasDayMessage: (person: string, date: IsoDate) => Promise<boolean>,
): Promise<PendingWeeklyTip[]> {
  const own: PendingWeeklyTip[] = [];
  const settled: Array<{ person: string; date: IsoDate; via: 'digest' | 'card' }> = [];
  for (const p of pending) {
    const inMessage = await hasDayMessage(p.person, p.date);
    settled.push({ person: p.person, date: p.date, via: inMessage ? 'digest' : 'card' });
    if (!inMessage) own.push(p);
  }
  await repos.tips.settleWeekly(settled);
  return own;
}

/** The weekly tip a day's message of `person` on `date` shows, if any. */
export async function weeklyTipInDayMessage(
  repos: Pick<Repositories, 'tips'>,
  person: string,
  date: IsoDate,
): Promise<{ tipId: string; element: (typeof TIPS)[number]['element'] } | null> {
  const given = await repos.tips.weeklyGiven(person, date);
  if (!given || given.via === 'card') return null;
  const tip = TIPS.find((t) => t.id === given.tipId);
  return tip ? { tipId: tip.id, element: tip.element } : null;
}
