/**
 * "hvem er syg i dag?", "overblik": a leader's own employees who are sick today, and the
 * follow-up steps due or late today. Personal chat only; every person shown is audited. The due
 * steps are stored as a digest of the leader's, so a button on the card (the digest's own step
 * actions) answers with that digest refreshed in place.
 */
import { mayAccess } from '../../domain/access.js';
import { dayOfPeriod, isDueToday, isSickOn } from '../../domain/overview/attention.js';
import type { DueKind, FollowUpStep } from '../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../domain/model.js';
import type { DigestRecord } from '../../data/follow-up-schema.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { ownEmployees } from '../employees.js';
import { employeesByKey, type Employee } from '../org.js';
import { message, personalOnly, type OverviewMessage } from './answer.js';

/** At most this many sick people and due steps are shown (the card must stay small). */
export const MAX_SICK_ROWS = 20;
export const MAX_DUE_ROWS = 8;

export interface SickRow {
  name: string;
  unitName: string;
  start: IsoDate;
  partialPercent: number | null;
  /** Day of the period today (day 1 = the first sick day). */
  day: number;
}

export interface DueRow {
  step: FollowUpStep;
  name: string;
}

export interface LeaderOverview {
  kind: 'overview';
  today: IsoDate;
  /** The stored digest the due steps' buttons refresh (null when nothing is due). */
  digestId: string | null;
  sick: SickRow[];
  sickTotal: number;
  due: DueRow[];
  dueTotal: number;
}

export const overviewDigestId = (aadObjectId: string, today: IsoDate): string =>
  `overview:${aadObjectId}:${today}`;

/** The employees among `mine` who are sick on `today`, longest absence first (also the tab's). */
export async function sickToday(ctx: UseCaseContext, mine: readonly Employee[], today: IsoDate) {
  const periods = await ctx.repos.absence.periodsOfPersons(mine.map((e) => e.personKey));
  const rows: Array<SickRow & { personKey: string; unitId: string }> = [];
  for (const e of mine) {
    const period = (periods.get(e.personKey) ?? []).find((p) => isSickOn(p, today));
    if (!period) continue;
    const { start, partialPercent } = period;
    const day = dayOfPeriod(period, today);
    rows.push({ ...e, name: e.displayName, start, partialPercent, day });
  }
  // Longest absence first: those are the ones whose deadlines come first.
  return rows.sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name, 'da'));
}

/** The leader's steps due or late today: their units' steps, or their own employees' anywhere. */
async function dueToday(ctx: UseCaseContext, mine: readonly Employee[], today: IsoDate) {
  const { persons, units } = await ctx.repos.org.snapshot();
  const own = new Set(mine.map((e) => e.personKey));
  const mayRead = (s: FollowUpStep) =>
    own.has(s.personKey) ||
    mayAccess(ctx.actor.person, persons, units, ctx.audience, {
      kind: 'employee',
      unitId: s.unitId,
    }).ok;
  const steps = (await ctx.repos.followUps.activeSteps()).filter(
    (s) => s.audience === 'leader' && isDueToday(s, today) && mayRead(s),
  );
  const names = await employeesByKey(
    ctx.repos,
    steps.map((s) => s.personKey),
    today,
  );
  return steps
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id))
    .map((step) => ({ step, name: names.get(step.personKey)?.displayName ?? '–' }));
}

function itemKind(step: FollowUpStep, today: IsoDate): DueKind {
  if (step.dueDate < today) return 'reminder';
  return step.timing === 'deadline' && step.dueDate > today ? 'approaching' : 'new';
}

async function saveDigest(ctx: UseCaseContext, due: readonly DueRow[], today: IsoDate) {
  if (due.length === 0) return null;
  const record: DigestRecord = {
    id: overviewDigestId(ctx.actor.person.aadObjectId, today),
    recipient: ctx.actor.person.aadObjectId,
    audience: 'leader',
    date: today,
    items: due.map(({ step }) => ({
      kind: itemKind(step, today),
      stepId: step.id,
      lateFrom: null,
    })),
  };
  await ctx.repos.followUps.saveDigest(record);
  return record.id;
}

/** One audit entry per person shown, written together. */
async function auditShown(ctx: UseCaseContext, shown: ReadonlyMap<string, string>): Promise<void> {
  await Promise.all(
    [...shown].map(([personKey, unitId]) =>
      auditAction(ctx, 'absence.overview.read', personKey, unitId, 'allowed'),
    ),
  );
}

export async function leaderOverview(
  ctx: UseCaseContext,
): Promise<LeaderOverview | OverviewMessage> {
  const gate = personalOnly(ctx);
  if (gate) return gate;
  if (ctx.actor.person.leads.length === 0)
    return message(ctx.actor.person.hr ? 'overview.leadersOnlyHr' : 'overview.leadersOnly');
  const today = todayIn(ctx);
  const mine = await ownEmployees(ctx);
  const sickAll = await sickToday(ctx, mine, today);
  const dueAll = await dueToday(ctx, mine, today);
  const sick = sickAll.slice(0, MAX_SICK_ROWS);
  const due = dueAll.slice(0, MAX_DUE_ROWS);
  const shown = new Map<string, string>();
  for (const s of sick) shown.set(s.personKey, s.unitId);
  for (const d of due) if (!shown.has(d.step.personKey)) shown.set(d.step.personKey, d.step.unitId);
  await auditShown(ctx, shown);
  return {
    kind: 'overview',
    today,
    digestId: await saveDigest(ctx, due, today),
    sick: sick.map(({ name, unitName, start, partialPercent, day }) => ({
      name,
      unitName,
      start,
      partialPercent,
      day,
    })),
    sickTotal: sickAll.length,
    due,
    dueTotal: dueAll.length,
  };
}
