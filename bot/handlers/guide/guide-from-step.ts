/**
 * "Start samtaleguide" on a due card (Action.Execute 'followup.startGuide'): the guide begins at
 * once for that step's employee, with the conversation the step calls for (a call on day 3, the
 * § 7a talk …), and the due card is answered refreshed with the notice that the guide opens in
 * the chat. A guide already open for the same employee, kind and sick period is resumed instead.
 */
import { ZONE } from '../../../domain/clock.js';
import { isPersonStep, type FollowUpStep } from '../../../domain/follow-up/step-types.js';
import { kindForStep } from '../../../domain/guide/suggest-kind.js';
import { fail, ok, type Result } from '../../../domain/result.js';
import { FOLLOW_UP_VERBS, parseFollowUpAction } from '../../../cards/follow-up-actions.js';
import { guideErrorText } from '../../../cards/guide-error-text.js';
import type { GuideError } from '../../../domain/guide/guide-errors.js';
import { GUIDE_DIALOG_ID, GUIDE_HANDOVER } from '../../../dialogs/guide-dialog.js';
import type { GuideDialogDeps } from '../../../dialogs/guide-deps.js';
import { auditGuide, ownEmployee } from '../../../dialogs/guide-people.js';
import { startSession, type StartRequest } from '../../../dialogs/guide-start.js';
import type { DialogHost } from '../../dialog-host.js';
import type { ExecuteAnswer, ExecuteHandler, Turn } from '../../turn.js';
import { digestFor, renderDigest } from '../../digest-view.js';
import { actorOf, guideRefusal } from './guide-context.js';

type BeginFailure = GuideError | 'invalidAction';

/**
 * The guide a step calls for: the conversation of its sick period, or for the person's own step
 * (agreed in a frequent-absence talk without a period) the next frequent-absence conversation.
 */
async function requestFor(deps: GuideDialogDeps, step: FollowUpStep): Promise<StartRequest | null> {
  const { personKey } = step;
  if (isPersonStep(step))
    return { personKey, sickPeriodId: null, kind: 'frequent', contactDay: null };
  const period = await deps.absence.period(step.periodId);
  if (!period || period.personKey !== personKey) return null;
  const { kind, contactDay } = kindForStep(step, period.partialPercent !== null);
  return { personKey, sickPeriodId: period.id, kind, contactDay };
}

/**
 * Begins (or resumes) the guide for a follow-up step: the checklist card is sent to the chat.
 * The follow-up feature may call this directly; the execute handler below does for its verb.
 */
export async function beginGuideFromStep(
  turn: Turn,
  host: DialogHost,
  deps: GuideDialogDeps,
  stepId: string,
): Promise<Result<string, BeginFailure>> {
  const actor = actorOf(turn);
  const step = await deps.followUps.step(stepId);
  if (!step || step.audience !== 'leader') return fail('invalidAction');
  const refuse = async (reason: BeginFailure) => {
    const outcome = reason === 'notYourEmployee' ? 'denied' : 'rejected';
    const entry = { subject: step.personKey, unitId: step.unitId, detail: reason };
    await auditGuide(deps, actor, { action: 'guide.start', outcome, ...entry });
    return fail(reason);
  };
  // Whose step it is is checked before anything about the absence is read.
  if (!(await ownEmployee(deps, turn.person, step.personKey))) return refuse('notYourEmployee');
  const request = await requestFor(deps, step);
  if (!request) return refuse('invalidAction');
  const started = await startSession(deps, actor, request);
  if (!started.ok) return refuse(started.reason);
  turn.context.turnState.set(GUIDE_HANDOVER, true);
  await host.begin(turn, GUIDE_DIALOG_ID, { sessionId: started.value.session.id });
  return ok(started.value.session.id);
}

function failureText(turn: Turn, reason: BeginFailure): string {
  return reason === 'invalidAction'
    ? turn.t('core.invalidAction')
    : guideErrorText({ reason }, turn.t);
}

async function refreshedDigest(
  turn: Turn,
  stepId: string,
  digestId: string | undefined,
  notice: { text: string; tone: 'good' | 'attention' },
): Promise<ExecuteAnswer> {
  const step = await turn.deps.repos.followUps.step(stepId);
  if (!step) return { kind: 'message', text: notice.text };
  const today = turn.now.setZone(ZONE).toISODate() ?? '';
  const me = turn.person;
  const record = await digestFor(turn.deps, digestId, me.aadObjectId, step, today);
  const input = { record, recipientName: me.displayName, known: [step], notice, today };
  return { kind: 'card', card: await renderDigest(turn.deps, input, turn.t) };
}

/** Registered before the follow-up feature's 'followup.' handler, so it takes this one verb. */
export function startGuideExecuteHandler(host: DialogHost, deps: GuideDialogDeps): ExecuteHandler {
  return {
    prefix: FOLLOW_UP_VERBS.startGuide,
    async handle(turn, verb, data) {
      const refusal = guideRefusal(turn);
      if (refusal) return { kind: 'message', text: refusal };
      const parsed = parseFollowUpAction({ ...data, verb });
      if (!parsed.ok || parsed.value.verb !== FOLLOW_UP_VERBS.startGuide) {
        return { kind: 'message', text: turn.t('core.invalidAction') };
      }
      const { stepId, digestId } = parsed.value;
      const begun = await beginGuideFromStep(turn, host, deps, stepId);
      // Nothing of a step that is not the clicker's is shown: only the refusal.
      const foreign =
        !begun.ok && (begun.reason === 'invalidAction' || begun.reason === 'notYourEmployee');
      if (foreign) return { kind: 'message', text: failureText(turn, begun.reason) };
      const notice = begun.ok
        ? { text: turn.t('followup.notice.guide'), tone: 'good' as const }
        : { text: failureText(turn, begun.reason), tone: 'attention' as const };
      return refreshedDigest(turn, stepId, digestId, notice);
    },
  };
}
