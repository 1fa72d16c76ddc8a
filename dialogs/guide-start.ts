/**
 * Starting a guide: which conversation fits (the start card, suggested kind first), the offer to
 * go on with a guide left part-way, and the new session itself. The employee is checked to be
 * the leader's own, and a sick period named by a card to be theirs, before anything is read.
 */
import type { TurnContext } from 'botbuilder';
import { followsUp } from '../domain/follow-up/registration.js';
import { ACTIVE_STATES } from '../domain/follow-up/step-types.js';
import type { GuideError } from '../domain/guide/guide-errors.js';
import type { GuideKind } from '../domain/guide/guide-kinds.js';
import { progressOf, startGuide, type GuideSession } from '../domain/guide/guide-session.js';
import {
  suggestGuide,
  type GuideSuggestion,
  type SuggestStep,
} from '../domain/guide/suggest-kind.js';
import type { SickPeriod } from '../domain/model.js';
import { fail, ok, type Result } from '../domain/result.js';
import { absenceOfPeriods, assessFrequency, frequencyRules } from '../domain/triggers.js';
import { guideResumeCard, guideStartCard } from '../cards/guide-start-card.js';
import type { StoredGuide } from '../data/guide-repository.js';
import type { GuideActor, GuideDialogDeps } from './guide-deps.js';
import { auditGuide, ownEmployee, todayOf, type GuideEmployee } from './guide-people.js';
import { say, sendCard } from './guide-reply.js';

export interface StartRequest {
  personKey: string;
  sickPeriodId: string | null;
  kind: GuideKind;
  contactDay: number | null;
}

async function nextLeaderStep(
  deps: GuideDialogDeps,
  period: SickPeriod,
  unitId: string,
): Promise<SuggestStep | null> {
  await deps.ensurePlan?.(period, unitId);
  const plan = await deps.followUps.planFor(period.id);
  const next = plan.find((s) => s.audience === 'leader' && ACTIVE_STATES.has(s.state));
  return next ? { purpose: next.purpose, day: next.day } : null;
}

/** The kinds that fit the employee now; reads (and audits) their absence. */
export async function suggestionFor(
  deps: GuideDialogDeps,
  actor: GuideActor,
  employee: GuideEmployee,
): Promise<GuideSuggestion> {
  const today = todayOf(deps);
  const periods = (await deps.absence.periodsOfPerson(employee.personKey)).filter((p) =>
    followsUp(p.type),
  );
  await auditGuide(deps, actor, {
    action: 'guide.absence.read',
    subject: employee.personKey,
    unitId: employee.unitId,
    outcome: 'allowed',
  });
  const rules = frequencyRules(await deps.org.snapshot());
  const absence = absenceOfPeriods(periods);
  const frequent = assessFrequency(rules, employee.unitId, absence, today).some((e) => e.met);
  const open = periods.find((p) => p.start <= today && (p.end === null || p.end >= today));
  const nextStep = open ? await nextLeaderStep(deps, open, employee.unitId) : null;
  return suggestGuide({ today, periods, nextStep, frequent });
}

export function resumeCardOf(stored: StoredGuide, employeeName: string, actor: GuideActor): object {
  const { session } = stored;
  const view = {
    sessionId: session.id,
    kind: session.kind,
    contactDay: session.contactDay,
    employeeName,
    progress: progressOf(session),
  };
  return guideResumeCard(view, actor.t);
}

/** The start card for one of the leader's employees, or the offer to go on with an open guide. */
export async function offerGuide(
  deps: GuideDialogDeps,
  context: TurnContext,
  actor: GuideActor,
  personKey: string,
): Promise<void> {
  const employee = await ownEmployee(deps, actor.person, personKey);
  if (!employee) {
    await auditGuide(deps, actor, {
      action: 'guide.offer',
      subject: personKey,
      unitId: null,
      outcome: 'denied',
      detail: 'not-own-employee',
    });
    return say(context, actor.t('guide.error.notYourEmployee'));
  }
  const open = await deps.guides.openFor(actor.person.aadObjectId, personKey);
  if (open) return sendCard(context, resumeCardOf(open, employee.displayName, actor));
  const s = await suggestionFor(deps, actor, employee);
  const view = { employeeName: employee.displayName, personKey, ...s };
  await sendCard(context, guideStartCard(view, actor.t));
}

/** A new session (or the open one of the same kind and period, so a double click makes one). */
export async function startSession(
  deps: GuideDialogDeps,
  actor: GuideActor,
  request: StartRequest,
): Promise<Result<StoredGuide, GuideError | 'invalidAction'>> {
  const leaderId = actor.person.aadObjectId;
  const employee = await ownEmployee(deps, actor.person, request.personKey);
  if (!employee) return fail('notYourEmployee');
  const period = request.sickPeriodId ? await deps.absence.period(request.sickPeriodId) : null;
  if (request.sickPeriodId && period?.personKey !== request.personKey) return fail('invalidAction');
  const open = await deps.guides.openFor(leaderId, request.personKey);
  if (open && sameGuide(open.session, request)) return ok(open);
  const ctx = {
    clock: deps.clock,
    actorId: leaderId,
    sickPeriod: period,
    weeklyHours: employee.weeklyHours,
  };
  const started = startGuide({ id: deps.newId(), ...request, actorLeadsEmployee: true }, ctx);
  if (!started.ok) return started;
  const saved = await deps.guides.save(started.value, 0);
  if (saved.status !== 'saved') return fail('staleCard');
  await auditGuide(deps, actor, {
    action: 'guide.start',
    subject: request.personKey,
    unitId: employee.unitId,
    outcome: 'allowed',
    detail: request.kind,
  });
  return ok(saved.guide);
}

/** The same conversation: kind, sick period and (for a call) its day. */
function sameGuide(session: GuideSession, request: StartRequest): boolean {
  const day = request.kind === 'firstContact' ? (request.contactDay ?? 1) : null;
  return (
    session.kind === request.kind &&
    session.sickPeriodId === request.sickPeriodId &&
    session.contactDay === day
  );
}
