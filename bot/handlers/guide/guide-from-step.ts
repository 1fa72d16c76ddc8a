/**
 * "Start samtaleguide" on a due card (Action.Execute 'followup.startGuide'): the guide begins at
 * once for that step's employee, with the conversation the step calls for (a call on day 3, the
 * § 7a talk …), and the due card is answered refreshed with the notice that the guide opens in
 * the chat. A guide already open for the same employee, kind and sick period is resumed instead.
 */
import { ZONE } from '../../../domain/clock.js';
import { ok, type Result } from '../../../domain/result.js';
import { FOLLOW_UP_VERBS, parseFollowUpAction } from '../../../cards/follow-up-actions.js';
import { guideErrorText } from '../../../cards/guide-error-text.js';
import { GUIDE_DIALOG_ID, GUIDE_HANDOVER } from '../../../dialogs/guide-dialog.js';
import { startGuideForStep, type StepGuideFailure } from '../../../app/guide/guide-from-step.js';
import type { GuideSeams } from '../../../app/guide/guide-seams.js';
import type { DialogHost } from '../../dialog-host.js';
import type { ExecuteAnswer, ExecuteHandler, Turn } from '../../turn.js';
import { digestFor, renderDigest } from '../../digest-view.js';
import { guideRefusal } from './guide-context.js';

type BeginFailure = StepGuideFailure;

/**
 * Begins (or resumes) the guide for a follow-up step: the checklist card is sent to the chat.
 * Whose step it is, and which conversation it calls for, the use case decides (and audits).
 */
export async function beginGuideFromStep(
  turn: Turn,
  host: DialogHost,
  seams: GuideSeams,
  stepId: string,
): Promise<Result<string, BeginFailure>> {
  const started = await startGuideForStep(turn.ctx, seams, stepId);
  if (!started.ok) return started;
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
export function startGuideExecuteHandler(host: DialogHost, seams: GuideSeams): ExecuteHandler {
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
      const begun = await beginGuideFromStep(turn, host, seams, stepId);
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
