/**
 * Correcting a sick period (undo is in undo.ts): "X er ikke syg alligevel" (the period and its
 * plan removed, after a confirmation), the extent and the first sick day (the plan moved with
 * it), and "rask igen" on the first sick day (asked: was it one day?). Only for the leader's own
 * employees, only in the personal chat; a period from the payroll import is HR's to correct.
 * Every correction is audited and logged so it can be undone; every refusal changes nothing.
 */
import { addDays } from '../../domain/calendar.js';
import {
  changeExtent,
  changeFirstDay,
  changeEntryOf,
  removePeriod,
  type ChangeKind,
  type ChangeSummary,
  type CorrectionFailure,
  type PeriodState,
} from '../../domain/follow-up/corrections.js';
import { followsUp } from '../../domain/follow-up/registration.js';
import { matchEmployees } from '../../domain/follow-up/name-match.js';
import type { IsoDate, SickPeriod } from '../../domain/model.js';
import type { Result } from '../../domain/result.js';
import { auditAction, todayIn, type UseCaseContext } from '../context.js';
import { findOwnEmployee, ownEmployee, ownEmployees } from '../employees.js';
import { newPlan } from '../follow-up-plan.js';
import type { FollowUpOptions } from '../follow-up-seams.js';
import type { Employee } from '../org.js';
import { CHANGE_AUDIT, changeMeta } from './change-log.js';
import {
  followUpRefusal,
  notice,
  refused,
  withFlagsWithdrawn,
  type Notice,
  type Refused,
} from './notice.js';
import { withdrawFlagsAfter } from './flags-after-change.js';
import { registerFit, type FitRegistered } from './register-fit.js';

/** A correction asked for in chat, with the name as written. */
export type CorrectionRequest =
  | { kind: 'not-sick'; name: string }
  | { kind: 'extent'; name: string; percent: number | null }
  | { kind: 'first-day'; name: string; start: IsoDate | null; dateText: string | null };

export type CorrectionAnswer =
  | Refused
  | { kind: 'confirm-not-sick'; personKey: string; periodId: string; summary: ChangeSummary }
  | { kind: 'ask-one-day'; personKey: string; periodId: string; employeeName: string }
  | { kind: 'done'; notice: Notice };

const done = (n: Notice): CorrectionAnswer => ({ kind: 'done', notice: n });

/** The period a correction is about: the open one, else the latest. */
async function periodToCorrect(ctx: UseCaseContext, personKey: string): Promise<SickPeriod | null> {
  const periods = (await ctx.repos.absence.periodsOfPerson(personKey)).filter((p) =>
    followsUp(p.type),
  );
  return periods.find((p) => p.end === null) ?? periods[periods.length - 1] ?? null;
}

function failureNotice(reason: CorrectionFailure, name: string, detail = {}): Notice {
  const d = detail as Record<string, string>;
  switch (reason) {
    case 'from-import':
      return notice('corrections.fromImport', { name });
    case 'no-period':
      return notice('corrections.noPeriod', { name });
    case 'unchanged':
      return notice('corrections.unchanged', { name });
    case 'overlaps':
      return notice('followup.chat.overlaps', { name }, { start: d.start ?? '', end: d.end ?? '' });
    case 'changed-since':
      return notice('corrections.changedSince', { name });
    default:
      return notice(`followup.error.${reason}`);
  }
}

/**
 * Applies a correction to the employee's period in one write with its log entry, and audits it
 * (a period from the import is refused and the refusal audited).
 */
async function applyCorrection(
  ctx: UseCaseContext,
  employee: Employee,
  period: SickPeriod,
  kind: ChangeKind,
  change: (current: PeriodState) => Result<PeriodState, CorrectionFailure>,
): Promise<{ ok: true; flagsWithdrawn: number } | Refused> {
  const { personKey, unitId } = employee;
  const meta = changeMeta(ctx, kind, { personKey, unitId, periodId: period.id });
  const log = (before: PeriodState, after: PeriodState) => changeEntryOf(meta, before, after);
  const result = await ctx.repos.changeLog.changePeriod(period.id, change, log);
  if (!result.ok) {
    const refusedHere = result.reason === 'from-import' || result.reason === 'changed-since';
    if (refusedHere)
      await auditAction(ctx, CHANGE_AUDIT[kind], personKey, unitId, 'rejected', result.reason);
    return refused(failureNotice(result.reason, employee.displayName, result.detail));
  }
  await auditAction(
    ctx,
    CHANGE_AUDIT[kind],
    personKey,
    unitId,
    'allowed',
    `${period.id}; ${meta.id}`,
  );
  return { ok: true, flagsWithdrawn: await withdrawFlagsAfter(ctx, employee) };
}

/** The request's date checks alone, before any name is looked up. */
function requestProblem(ctx: UseCaseContext, request: CorrectionRequest): Notice | null {
  if (request.kind === 'first-day' && request.start === null)
    return notice('followup.chat.invalidDate', { date: request.dateText ?? '' });
  if (request.kind === 'first-day' && request.start !== null && request.start > todayIn(ctx))
    return notice('followup.error.start-in-future');
  if (request.kind === 'extent' && request.percent !== null) {
    const p = request.percent;
    if (!Number.isInteger(p) || p < 1 || p > 99)
      return notice('followup.error.partial-out-of-range');
  }
  return null;
}

async function correctFor(
  ctx: UseCaseContext,
  employee: Employee,
  request: CorrectionRequest,
  options: FollowUpOptions,
): Promise<CorrectionAnswer> {
  const name = employee.displayName;
  const period = await periodToCorrect(ctx, employee.personKey);
  if (!period) return refused(notice('corrections.noPeriod', { name }));
  if (period.source === 'import') {
    await auditAction(
      ctx,
      CHANGE_AUDIT[kindOf(request)],
      employee.personKey,
      employee.unitId,
      'rejected',
      'from-import',
    );
    return refused(notice('corrections.fromImport', { name }));
  }
  const at = ctx.now.toUTC().toISO() ?? '';
  if (request.kind === 'not-sick') {
    const summary: ChangeSummary = {
      kind: 'not-sick',
      employeeName: name,
      date: period.start,
      percent: period.partialPercent,
      purpose: null,
    };
    await auditAction(
      ctx,
      'followup.sick.remove.read',
      employee.personKey,
      employee.unitId,
      'allowed',
      period.id,
    );
    return {
      kind: 'confirm-not-sick',
      personKey: employee.personKey,
      periodId: period.id,
      summary,
    };
  }
  if (request.kind === 'extent') {
    const applied = await applyCorrection(ctx, employee, period, 'extent', (s) =>
      changeExtent(s, request.percent, at),
    );
    if ('kind' in applied) return applied;
    const key = request.percent === null ? 'corrections.extentFull' : 'corrections.extentPartial';
    const said = notice(key, { name, percent: String(request.percent ?? '') });
    return done(withFlagsWithdrawn(said, applied.flagsWithdrawn));
  }
  const start = request.start ?? period.start;
  const today = todayIn(ctx);
  const fresh = await newPlan(ctx, { ...period, start }, employee.unitId, today, options);
  const others = await ctx.repos.absence.periodsOfPerson(employee.personKey);
  const sickOthers = others.filter((p) => followsUp(p.type));
  const applied = await applyCorrection(ctx, employee, period, 'first-day', (s) =>
    changeFirstDay(s, { start, today, at, others: sickOthers, freshPlan: () => fresh }),
  );
  if ('kind' in applied) return applied;
  const moved = notice('corrections.firstDayMoved', { name }, { date: start });
  return done(withFlagsWithdrawn(moved, applied.flagsWithdrawn));
}

const kindOf = (r: CorrectionRequest): ChangeKind => r.kind;

/** A correction written in chat: a confirmation (not sick after all), the change made, or why not. */
export async function correctFromChat(
  ctx: UseCaseContext,
  request: CorrectionRequest,
  options: FollowUpOptions,
): Promise<CorrectionAnswer> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  const problem = requestProblem(ctx, request);
  if (problem) return refused(problem);
  const match = await findOwnEmployee(ctx, request.name);
  if (match.kind === 'none')
    return refused(notice('followup.chat.notFound', { name: request.name }));
  if (match.kind === 'several')
    return refused(notice('corrections.several', { name: request.name }));
  return correctFor(ctx, match.employee, request, options);
}

/** The card's person, checked again: one of the actor's own, with this period. */
async function ownPeriod(
  ctx: UseCaseContext,
  verb: string,
  input: { personKey: string; periodId: string },
): Promise<{ employee: Employee; period: SickPeriod } | Refused> {
  const gate = followUpRefusal(ctx, 'leader');
  if (gate) return gate;
  const employee = await ownEmployee(ctx, input.personKey);
  if (!employee) {
    await auditAction(ctx, verb, input.personKey, null, 'denied', 'not-own-employee');
    return refused(notice('followup.chat.notYourEmployee'));
  }
  const period = await ctx.repos.absence.period(input.periodId);
  if (!period || period.personKey !== employee.personKey)
    return refused(notice('corrections.alreadyGone', { name: employee.displayName }));
  return { employee, period };
}

/** "Ja, slet": the period and its plan are removed (a period from the import is refused). */
export async function confirmNotSick(
  ctx: UseCaseContext,
  input: { personKey: string; periodId: string },
): Promise<CorrectionAnswer> {
  const found = await ownPeriod(ctx, 'followup.sick.remove', input);
  if ('kind' in found) return found;
  const { employee, period } = found;
  const applied = await applyCorrection(ctx, employee, period, 'not-sick', removePeriod);
  if ('kind' in applied) return applied;
  const removed = notice(
    'corrections.removed',
    { name: employee.displayName },
    { date: period.start },
  );
  return done(withFlagsWithdrawn(removed, applied.flagsWithdrawn));
}

/**
 * "Rask igen" on the first sick day: the question whether it was a one-day absence, when the
 * name is exactly one of the actor's own employees and their open period began today; null
 * otherwise (the ordinary fit registration answers). Looks nothing up beyond the actor's own.
 */
export async function askOneDay(
  ctx: UseCaseContext,
  name: string,
): Promise<CorrectionAnswer | null> {
  if (followUpRefusal(ctx, 'leader')) return null;
  const match = matchEmployees(name, await ownEmployees(ctx));
  if (match.kind !== 'one') return null;
  const employee = match.employee;
  const open = await ctx.repos.absence.openPeriodOf(employee.personKey);
  if (!open || open.start !== todayIn(ctx) || open.source === 'import') return null;
  await auditAction(
    ctx,
    'followup.fit.ask',
    employee.personKey,
    employee.unitId,
    'allowed',
    open.id,
  );
  const { personKey, displayName: employeeName } = employee;
  return { kind: 'ask-one-day', personKey, periodId: open.id, employeeName };
}

/** "Ja, én dag": today is the only sick day (registered fit from tomorrow). */
export async function confirmOneDay(
  ctx: UseCaseContext,
  input: { personKey: string; periodId: string },
): Promise<FitRegistered | Refused> {
  const found = await ownPeriod(ctx, 'followup.fit.register', input);
  if ('kind' in found) return found;
  if (found.period.end !== null)
    return refused(notice('followup.chat.notSick', { name: found.employee.displayName }));
  return registerFit(ctx, found.employee, addDays(todayIn(ctx), 1));
}
