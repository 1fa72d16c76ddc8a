/**
 * "Bed HR om hjælp": the request is stored once (hrRequests, id = the step id or
 * `freq:<fired id>`), then the unit's HR consultant is told through the HrNotifier with the case
 * facts. HR's answer is stored with the request and passed on to the leader.
 */
import { hrCaseFacts } from '../../../domain/follow-up/hr-facts.js';
import { isPersonStep, type FollowUpStep } from '../../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../../domain/model.js';
import { hrHelpCard } from '../../../cards/hr-help-card.js';
import type { AdaptiveCard } from '../../../cards/elements.js';
import type { HrRequestRecord } from '../../../data/follow-up-schema.js';
import type { Translator } from '../../../i18n/index.js';
import type { AppDeps } from '../../deps.js';
import type { Turn } from '../../turn.js';
import { todayOf } from './follow-up-context.js';
import { employeeDirectory } from '../../../app/org.js';
import type { FollowUpOptions, LocalizedCard } from '../../../app/follow-up-seams.js';
import { currentPeriod } from './plan-view.js';

/** The HR card of a request as it is now (with HR's answer once given); null if its period is gone. */
export async function hrCardFor(
  deps: Pick<AppDeps, 'repos'>,
  request: HrRequestRecord,
  today: IsoDate,
): Promise<LocalizedCard | null> {
  const periods = await deps.repos.absence.periodsOfPerson(request.personKey);
  const period = periods.find((p) => p.id === request.periodId) ?? periods.at(-1);
  if (!period) return null;
  const steps = await deps.repos.followUps.planFor(period.id);
  const { units, persons } = await deps.repos.org.snapshot();
  const names = await employeeDirectory(deps.repos, today);
  const view = {
    leaderName: persons.find((p) => p.aadObjectId === request.requestedBy)?.displayName ?? '–',
    employeeName: names.get(request.personKey)?.displayName ?? '–',
    unitName: units.find((u) => u.id === request.unitId)?.name ?? request.unitId,
    stepId: request.id,
    facts: hrCaseFacts(period, steps, periods, today),
    today,
    reply: request.reply ? { text: request.reply.text, on: request.reply.on } : null,
  };
  return (t: Translator): AdaptiveCard => hrHelpCard(view, t);
}

/** Stores the request and, when it is new, tells HR (a notifier failure is logged, not fatal). */
export async function askHr(
  turn: Turn,
  request: HrRequestRecord,
  options: FollowUpOptions,
): Promise<void> {
  const stored = await turn.deps.repos.followUps.recordHrRequest(request);
  if (!stored.created || !options.hrNotifier) return;
  const card = await hrCardFor(turn.deps, stored.request, todayOf(turn));
  if (!card) return;
  try {
    await options.hrNotifier.notify(request.unitId, card, request.id, request.personKey);
  } catch (err) {
    options.onNotifyError?.(err);
  }
}

export async function askHrForStep(
  turn: Turn,
  step: FollowUpStep,
  options: FollowUpOptions,
): Promise<void> {
  await askHr(
    turn,
    {
      id: step.id,
      kind: 'step',
      stepId: step.id,
      // A person's own step has no period: HR's card then shows the latest one's facts.
      periodId: isPersonStep(step) ? null : step.periodId,
      personKey: step.personKey,
      unitId: step.unitId,
      requestedBy: turn.person.aadObjectId,
      requestedOn: todayOf(turn),
      reply: null,
    },
    options,
  );
}

export async function askHrForFrequency(
  turn: Turn,
  firedId: string,
  employee: { personKey: string; unitId: string },
  options: FollowUpOptions,
): Promise<void> {
  const period = await currentPeriod(turn, employee.personKey);
  await askHr(
    turn,
    {
      id: `freq:${firedId}`,
      kind: 'frequency',
      stepId: null,
      periodId: period?.id ?? null,
      personKey: employee.personKey,
      unitId: employee.unitId,
      requestedBy: turn.person.aadObjectId,
      requestedOn: todayOf(turn),
      reply: null,
    },
    options,
  );
}
