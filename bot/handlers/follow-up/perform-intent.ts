/**
 * The answers to the leader's follow-up about one employee (app/follow-up/employee-actions.ts)
 * in chat: a refusal, the register form, a choice among several employees of the name, or what
 * was done — the plan, the fit confirmation, the sickness registration.
 */
import type { ActionResult, ChatAnswer } from '../../../app/follow-up/employee-actions.js';
import { employeeChoiceCard } from '../../../cards/employee-choice-card.js';
import { sendCard } from '../../cards.js';
import type { Turn } from '../../turn.js';
import { say } from './follow-up-context.js';
import { sendPlan } from './plan-view.js';
import { sendRegisterForm } from './register-card.js';
import { announceFit } from './register-fit.js';
import { announceSickness } from './register-sick.js';

/** What was done for an employee (or why not), in chat. */
export async function showActionResult(turn: Turn, result: ActionResult): Promise<void> {
  if (result.kind === 'refused') return say(turn, result.notice);
  if (result.kind === 'plan') return sendPlan(turn, result.plan);
  if (result.kind === 'fit') return announceFit(turn, result);
  await announceSickness(turn, result.shown, true);
}

export async function showChatAnswer(turn: Turn, answer: ChatAnswer): Promise<void> {
  if (answer.kind === 'refused') return say(turn, answer.notice);
  if (answer.kind === 'register-form') return sendRegisterForm(turn, answer.form);
  if (answer.kind === 'done') return showActionResult(turn, answer.result);
  const { query, candidates, action } = answer;
  await sendCard(
    turn.context,
    employeeChoiceCard({ query, candidates, action, chosen: null }, turn.t),
  );
}
