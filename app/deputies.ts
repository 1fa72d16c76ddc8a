/**
 * A deputy while a leader is away: naming one ("Karen tager over 6.–24. juli"), listing and
 * stopping them, where the day's follow-up goes (recipientOn), and the deputy's use of the absent
 * leader's steps (actsAsDeputy). Access is decided in domain/access.ts (mayAccess with the
 * deputyships in force); every set, use and end is audited. A leader has one deputyship that is
 * current or ahead: naming another replaces it, after a confirmation.
 */
import { mayAccess } from '../domain/access.js';
import { dayNumber } from '../domain/calendar.js';
import { ZONE } from '../domain/clock.js';
import { parseDateRange } from '../domain/date-range.js';
import { MAX_DEPUTY_DAYS, mayBeDeputy, standsOn, type Deputyship } from '../domain/deputyship.js';
import { matchEmployees } from '../domain/follow-up/name-match.js';
import type { IsoDate, Person } from '../domain/model.js';
import { matchUnit } from '../domain/unit-match.js';
import type { OrgSnapshot, Repositories } from '../data/repositories.js';
import { auditAction, todayIn, type UseCaseContext } from './context.js';
import { followUpRefusal, notice, refused, type Refused } from './follow-up/notice.js';
import type { MessageKey } from '../i18n/index.js';
import type { FollowUpOptions } from './follow-up-seams.js';

type Repos = Pick<Repositories, 'deputies' | 'org' | 'audit'>;

export interface DeputyshipView {
  id: string;
  leaderName: string;
  deputyName: string;
  unitNames: string[];
  from: IsoDate;
  to: IsoDate;
  /** Whether today is one of its days (else it is ahead). */
  inForce: boolean;
}

/** A deputyship asked for and checked, not yet stored. */
export interface DeputyProposal {
  deputyId: string;
  from: IsoDate;
  to: IsoDate;
  unitIds: string[];
}

export type DeputyAnswer =
  | { kind: 'set'; deputyship: DeputyshipView; replaced: DeputyshipView | null }
  | {
      kind: 'confirm-replace';
      existing: DeputyshipView;
      proposed: DeputyshipView;
      proposal: DeputyProposal;
    }
  | { kind: 'list'; mine: DeputyshipView[]; covering: DeputyshipView[] }
  | { kind: 'ended'; ended: DeputyshipView[] }
  | Refused;

/** "Karen tager over 6.–24. juli" as the handler read it (domain/deputy-ask.ts). */
export interface SetDeputyInput {
  name: string;
  when: string | null;
  unit: string | null;
}

const nowIso = (ctx: Pick<UseCaseContext, 'now'>): string => ctx.now.toUTC().toISO() ?? '';

function viewOf(d: Deputyship, org: OrgSnapshot, today: IsoDate): DeputyshipView {
  const name = (id: string) => org.persons.find((p) => p.aadObjectId === id)?.displayName ?? '–';
  const unitName = (id: string) => org.units.find((u) => u.id === id)?.name ?? id;
  return {
    id: d.id,
    leaderName: name(d.leaderId),
    deputyName: name(d.deputyId),
    unitNames: d.unitIds.map(unitName),
    from: d.from,
    to: d.to,
    inForce: d.from <= today && today <= d.to,
  };
}

/** A refused set: audited with its reason, answered with the notice. */
async function refuse(
  ctx: UseCaseContext,
  reason: string,
  key: MessageKey,
  params?: Record<string, string>,
  dates?: Record<string, IsoDate>,
): Promise<Refused> {
  await auditAction(ctx, 'deputy.set', null, null, 'denied', reason);
  return refused(notice(key, params, dates));
}

/** The deputy named: among those who may be deputies first, then anyone (to say why not). */
async function findDeputy(
  ctx: UseCaseContext,
  org: OrgSnapshot,
  name: string,
): Promise<Person | Refused> {
  const named = (ps: readonly Person[]) =>
    matchEmployees(
      name,
      ps.map((p) => ({ personKey: p.aadObjectId, displayName: p.displayName, unitId: '' })),
    );
  const eligible = named(org.persons.filter(mayBeDeputy));
  const match = eligible.kind === 'none' ? named(org.persons) : eligible;
  if (match.kind === 'several') {
    const names = match.candidates.map((c) => c.displayName).join(', ');
    return refuse(ctx, 'several-persons', 'deputy.error.severalPersons', { name, names });
  }
  if (match.kind === 'none')
    return refuse(ctx, 'unknown-person', 'deputy.error.unknownPerson', { name });
  const person = org.persons.find((p) => p.aadObjectId === match.employee.personKey);
  if (!person) return refuse(ctx, 'unknown-person', 'deputy.error.unknownPerson', { name });
  return checkDeputy(ctx, person);
}

async function checkDeputy(ctx: UseCaseContext, person: Person): Promise<Person | Refused> {
  const name = person.displayName;
  if (person.aadObjectId === ctx.actor.person.aadObjectId)
    return refuse(ctx, 'self', 'deputy.error.self');
  if (!mayBeDeputy(person))
    return refuse(ctx, 'not-leader-or-hr', 'deputy.error.notLeaderOrHr', { name });
  return person;
}

/** The units asked for (or all the leader leads), each one the leader's own. */
async function unitsFor(
  ctx: UseCaseContext,
  org: OrgSnapshot,
  unitIds: readonly string[],
): Promise<string[] | Refused> {
  for (const unitId of unitIds) {
    const request = { kind: 'employee', unitId } as const;
    if (mayAccess(ctx.actor.person, org.persons, org.units, ctx.audience, request).ok) continue;
    const name = org.units.find((u) => u.id === unitId)?.name ?? unitId;
    await auditAction(ctx, 'deputy.set', null, unitId, 'denied', 'not-your-unit');
    return refused(notice('deputy.error.notYourUnit', { unit: name }));
  }
  return [...unitIds];
}

async function unitNamed(
  ctx: UseCaseContext,
  org: OrgSnapshot,
  query: string,
): Promise<string[] | Refused> {
  const match = matchUnit(query, org.units);
  if (match.kind === 'none')
    return refuse(ctx, 'unknown-unit', 'deputy.error.unknownUnit', { unit: query });
  if (match.kind === 'several')
    return refuse(ctx, 'several-units', 'deputy.error.severalUnits', { unit: query });
  return unitsFor(ctx, org, [match.unit.id]);
}

/** The dates: they must parse, the last must not be past; a first day past becomes today. */
async function datesOf(
  ctx: UseCaseContext,
  range: { from: IsoDate; to: IsoDate } | null,
  written: string,
): Promise<{ from: IsoDate; to: IsoDate } | Refused> {
  const today = todayIn(ctx);
  if (!range) return refuse(ctx, 'dates', 'deputy.error.dates', { when: written });
  if (range.to < today) return refuse(ctx, 'past', 'deputy.error.past', {}, { to: range.to });
  const from = range.from < today ? today : range.from;
  if (dayNumber(range.to) - dayNumber(from) + 1 > MAX_DEPUTY_DAYS)
    return refuse(ctx, 'too-long', 'deputy.error.tooLong', { days: String(MAX_DEPUTY_DAYS) });
  return { from, to: range.to };
}

const isRefused = (v: unknown): v is Refused =>
  typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'refused';

/** Expired deputyships ended (and audited) before anything reads them. */
export async function endExpiredDeputyships(
  repos: Repos,
  now: UseCaseContext['now'],
): Promise<number> {
  const today = now.setZone(ZONE).toISODate() ?? '';
  const ended = await repos.deputies.endExpired(today, now.toUTC().toISO() ?? '');
  for (const d of ended) {
    await repos.audit.record({
      actor: 'system',
      action: 'deputy.ended',
      subject: null,
      unitId: d.unitIds[0] ?? null,
      outcome: 'allowed',
      detail: `expired; id=${d.id}; leader=${d.leaderId}; deputy=${d.deputyId}`,
    });
  }
  return ended.length;
}

async function standingOf(ctx: UseCaseContext): Promise<Deputyship[]> {
  await endExpiredDeputyships(ctx.repos, ctx.now);
  const today = todayIn(ctx);
  return (await ctx.repos.deputies.all()).filter((d) => standsOn(d, today));
}

/** Stores the proposal, or asks first when it would replace the leader's standing deputyship. */
async function place(
  ctx: UseCaseContext,
  org: OrgSnapshot,
  proposal: DeputyProposal,
  replaces: string | null,
  options: FollowUpOptions,
): Promise<DeputyAnswer> {
  const me = ctx.actor.person.aadObjectId;
  const today = todayIn(ctx);
  const existing = (await standingOf(ctx)).find((d) => d.leaderId === me) ?? null;
  const deputyship: Deputyship = {
    id: `deputy-${crypto.randomUUID()}`,
    leaderId: me,
    ...proposal,
    createdAt: nowIso(ctx),
    endedAt: null,
  };
  if (existing && existing.id !== replaces) {
    const [old, proposed] = [viewOf(existing, org, today), viewOf(deputyship, org, today)];
    return { kind: 'confirm-replace', existing: old, proposed, proposal };
  }
  await ctx.repos.deputies.add(deputyship, existing ? [existing.id] : []);
  const detail = `id=${deputyship.id}; deputy=${proposal.deputyId}; from=${proposal.from}; to=${proposal.to}; units=${proposal.unitIds.join(',')}`;
  await auditAction(ctx, 'deputy.set', null, proposal.unitIds[0] ?? null, 'allowed', detail);
  if (existing)
    await auditAction(
      ctx,
      'deputy.ended',
      null,
      existing.unitIds[0] ?? null,
      'allowed',
      `replaced; id=${existing.id}`,
    );
  const replaced = existing ? viewOf(existing, org, today) : null;
  const view = viewOf(deputyship, org, today);
  // The deputy is told once (the outbox id is the deputyship's); a failure loses nothing stored.
  await options.deputyNotifier?.named(proposal.deputyId, view).catch((err: unknown) => {
    options.onNotifyError?.(err);
  });
  return { kind: 'set', deputyship: view, replaced };
}

/** "Karen tager over 6.–24. juli": checks the deputy, the dates and the units, then sets it. */
export async function setDeputy(
  ctx: UseCaseContext,
  input: SetDeputyInput,
  options: FollowUpOptions = {},
): Promise<DeputyAnswer> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  if (input.when === null) return refused(notice('deputy.error.noDates', { name: input.name }));
  const dates = await datesOf(ctx, parseDateRange(input.when, todayIn(ctx)), input.when);
  if (isRefused(dates)) return dates;
  const org = await ctx.repos.org.snapshot();
  const deputy = await findDeputy(ctx, org, input.name);
  if (isRefused(deputy)) return deputy;
  const units = input.unit
    ? await unitNamed(ctx, org, input.unit)
    : await unitsFor(ctx, org, ctx.actor.person.leads);
  if (isRefused(units)) return units;
  return place(ctx, org, { deputyId: deputy.aadObjectId, ...dates, unitIds: units }, null, options);
}

/** The confirmation card's "Erstat": everything is checked again, as it is now. */
export async function confirmReplaceDeputy(
  ctx: UseCaseContext,
  input: DeputyProposal & { replaces: string },
  options: FollowUpOptions = {},
): Promise<DeputyAnswer> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  const dates = await datesOf(ctx, input, `${input.from}–${input.to}`);
  if (isRefused(dates)) return dates;
  const org = await ctx.repos.org.snapshot();
  const person = org.persons.find((p) => p.aadObjectId === input.deputyId);
  if (!person) return refuse(ctx, 'unknown-person', 'deputy.error.unknownPerson', { name: '–' });
  const deputy = await checkDeputy(ctx, person);
  if (isRefused(deputy)) return deputy;
  const units = await unitsFor(ctx, org, input.unitIds);
  if (isRefused(units)) return units;
  return place(
    ctx,
    org,
    { deputyId: deputy.aadObjectId, ...dates, unitIds: units },
    input.replaces,
    options,
  );
}

/** "Hvem er min stedfortræder?": my deputy (current or ahead), and whom I cover. */
export async function listDeputies(ctx: UseCaseContext): Promise<DeputyAnswer> {
  const gate = followUpRefusal(ctx, 'leader-or-hr-consultant');
  if (gate) return gate;
  const me = ctx.actor.person.aadObjectId;
  const standing = await standingOf(ctx);
  const org = await ctx.repos.org.snapshot();
  const today = todayIn(ctx);
  const views = (ds: Deputyship[]) => ds.map((d) => viewOf(d, org, today));
  return {
    kind: 'list',
    mine: views(standing.filter((d) => d.leaderId === me)),
    covering: views(standing.filter((d) => d.deputyId === me)),
  };
}

/** "stop stedfortræder" (or the card's Stop with an id): ends the leader's deputyship now. */
export async function stopDeputy(
  ctx: UseCaseContext,
  id: string | null = null,
): Promise<DeputyAnswer> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  const me = ctx.actor.person.aadObjectId;
  const mine = (await standingOf(ctx)).filter(
    (d) => d.leaderId === me && (id === null || d.id === id),
  );
  if (mine.length === 0) return refused(notice('deputy.none'));
  const org = await ctx.repos.org.snapshot();
  const ended: DeputyshipView[] = [];
  for (const d of mine) {
    const done = await ctx.repos.deputies.end(d.id, nowIso(ctx));
    if (!done) continue;
    await auditAction(
      ctx,
      'deputy.ended',
      null,
      d.unitIds[0] ?? null,
      'allowed',
      `stopped; id=${d.id}`,
    );
    ended.push(viewOf(done, org, todayIn(ctx)));
  }
  return { kind: 'ended', ended };
}

export {
  actsAsDeputy,
  deputyCover,
  deputyOrLeader,
  recipientOn,
  stepRecipient,
} from './deputy-routing.js';
