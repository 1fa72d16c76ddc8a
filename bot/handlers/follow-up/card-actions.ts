/**
 * The smaller card verbs: a name choice, the frequent-absence card's two buttons, and HR's answer
 * to a leader. The use cases in app/follow-up/ check again who may act on whom; a refusal is
 * audited there and changes nothing.
 */
import { followUpChosen } from '../../../app/follow-up/employee-actions.js';
import { handleFrequencyTrigger } from '../../../app/follow-up/frequency-actions.js';
import { hrReply, type HrHelpOptions } from '../../../app/follow-up/hr-help.js';
import { employeeChoiceCard, type ChoiceIntent } from '../../../cards/employee-choice-card.js';
import type { FollowUpAction } from '../../../cards/follow-up-actions.js';
import { FOLLOW_UP_VERBS as V } from '../../../cards/follow-up-actions.js';
import { frequencyTriggerCard } from '../../../cards/frequency-trigger-card.js';
import { hrHelpCard } from '../../../cards/hr-help-card.js';
import type { ExecuteAnswer, Turn } from '../../turn.js';
import { messageAnswer } from './follow-up-context.js';
import { showActionResult } from './perform-intent.js';

type Choose = Extract<FollowUpAction, { verb: typeof V.chooseEmployee }>;
type Frequency = Extract<
  FollowUpAction,
  { verb: typeof V.frequencyGuide | typeof V.frequencyAskHr }
>;
type HrReply = Extract<FollowUpAction, { verb: typeof V.hrReply }>;

/** The intent the choice card carried, or null when its dates are missing. */
function intentOf(a: Choose): ChoiceIntent | null {
  if (a.intent === 'plan') return { intent: 'plan' };
  if (a.intent === 'fit') return a.fitDate ? { intent: 'fit', fitDate: a.fitDate } : null;
  return a.start
    ? { intent: 'sick', start: a.start, partialPercent: a.partialPercent ?? null }
    : null;
}

export async function handleChoice(
  turn: Turn,
  a: Choose,
  options: HrHelpOptions,
): Promise<ExecuteAnswer> {
  const input = { verb: a.verb, personKey: a.personKey, action: intentOf(a) };
  const answer = await followUpChosen(turn.ctx, input, options);
  if (answer.kind === 'refused') return messageAnswer(turn, answer.notice);
  await showActionResult(turn, answer.result);
  const { action, employee } = answer;
  const view = { query: '', candidates: [], action, chosen: employee.displayName };
  return { kind: 'card', card: employeeChoiceCard(view, turn.t) };
}

export async function handleFrequency(
  turn: Turn,
  a: Frequency,
  options: HrHelpOptions,
): Promise<ExecuteAnswer> {
  const input = { verb: a.verb, personKey: a.personKey, triggerId: a.triggerId };
  const answer = await handleFrequencyTrigger(turn.ctx, input, options);
  if (answer.kind === 'refused') return messageAnswer(turn, answer.notice);
  const { employeeName: name, hit, handled } = answer;
  if (answer.guideHint) await turn.context.sendActivity(turn.t('followup.guide.hint', { name }));
  return { kind: 'card', card: frequencyTriggerCard({ employeeName: name, hit, handled }, turn.t) };
}

export async function handleHrReply(
  turn: Turn,
  a: HrReply,
  options: HrHelpOptions,
): Promise<ExecuteAnswer> {
  const input = { verb: a.verb, requestId: a.stepId, reply: a.reply };
  const answer = await hrReply(turn.ctx, input, options);
  if (answer.kind === 'refused') return messageAnswer(turn, answer.notice);
  return { kind: 'card', card: hrHelpCard(answer.view, turn.t) };
}
