/**
 * The "Registrer sygdom" card: sent for "registrer sygdom" / "register sickness" (the manifest's
 * command and the help card's button), answered in place on submit
 * (app/follow-up/register-form.ts decides, registers and audits).
 */
import type { z } from 'zod';
import type { RegisterAnswer, RegisterFormView } from '../../../app/follow-up/register-form.js';
import { registerSicknessFromForm } from '../../../app/follow-up/register-form.js';
import type { HrHelpOptions } from '../../../app/follow-up/hr-help.js';
import type { registerSickSchema } from '../../../cards/follow-up-actions.js';
import { registerSickCard } from '../../../cards/register-sick-card.js';
import { sendCard } from '../../cards.js';
import type { ExecuteAnswer, Turn } from '../../turn.js';
import { messageAnswer, noticeText } from './follow-up-context.js';
import { announceSickness } from './register-sick.js';

type RegisterAction = z.output<typeof registerSickSchema>;

const empty = { values: null, error: null, registered: null };

export async function sendRegisterForm(turn: Turn, form: RegisterFormView): Promise<void> {
  await sendCard(turn.context, registerSickCard({ ...form, ...empty }, turn.t));
}

function formCard(turn: Turn, answer: RegisterAnswer): object {
  const error = answer.error ? noticeText(turn, answer.error) : null;
  const view = { ...answer.form, values: answer.values, error, registered: answer.registered };
  return registerSickCard(view, turn.t);
}

/** The submitted card: register, show the plan beside it, and answer with the card updated. */
export async function submitRegisterCard(
  turn: Turn,
  action: RegisterAction,
  options: HrHelpOptions,
): Promise<ExecuteAnswer> {
  const { personKey, start, partialPercent } = action;
  const answer = await registerSicknessFromForm(
    turn.ctx,
    { personKey, start, partialPercent },
    options,
  );
  if (answer.kind === 'refused') return messageAnswer(turn, answer.notice);
  if (answer.shown) await announceSickness(turn, answer.shown, false);
  return { kind: 'card', card: formCard(turn, answer) };
}
