/**
 * Registering an employee fit: the open period ends the day before the first day back, and its
 * open steps close as no longer needed (a step that must survive — the report to the
 * municipality after more than 30 days — stays open and is named). Refusals change nothing.
 */
import { addDays } from '../../../domain/calendar.js';
import { ACTIVE_STATES, type FollowUpStep } from '../../../domain/follow-up/step-types.js';
import type { IsoDate } from '../../../domain/model.js';
import { formatDay, stepTitle } from '../../../cards/follow-up-format.js';
import type { Turn } from '../../turn.js';
import { audit, todayOf, type Employee } from './follow-up-context.js';

/** The date check alone (before any name is looked up): a localized refusal, or null. */
export function fitDateProblem(turn: Turn, fitDate: IsoDate, name: string): string | null {
  return fitDate > addDays(todayOf(turn), 1)
    ? turn.t('followup.chat.fitTooFarAhead', { name })
    : null;
}

/** The confirmation, and the steps that stay open after a long absence. */
function fitAnswers(
  turn: Turn,
  name: string,
  lastSickDay: IsoDate,
  steps: FollowUpStep[],
): string[] {
  const { t } = turn;
  const date = formatDay(t.locale, lastSickDay, todayOf(turn));
  const answers = [t('followup.chat.fitRegistered', { name, date })];
  const stillOpen = steps.filter((s) => ACTIVE_STATES.has(s.state));
  if (stillOpen.length > 0) {
    const titles = stillOpen.map((s) => stepTitle(t, s.purpose)).join(', ');
    answers.push(t('followup.chat.fitKeptOpen', { steps: titles }));
  }
  return answers;
}

/** Registers the employee fit from `fitDate` (the first day back) and answers in chat. */
export async function registerFitness(
  turn: Turn,
  employee: Employee,
  fitDate: IsoDate,
): Promise<void> {
  const { t } = turn;
  const name = employee.displayName;
  const say = async (...texts: string[]) => {
    for (const text of texts) await turn.context.sendActivity(text);
  };
  const problem = fitDateProblem(turn, fitDate, name);
  if (problem) return say(problem);
  const open = await turn.deps.repos.absence.openPeriodOf(employee.personKey);
  if (!open) return say(t('followup.chat.notSick', { name }));
  const lastSickDay = addDays(fitDate, -1);
  if (lastSickDay < open.start) {
    const date = formatDay(t.locale, open.start, todayOf(turn));
    return say(t('followup.chat.fitSameDay', { name, date }));
  }
  const result = await turn.deps.repos.absence.registerFit(open.id, lastSickDay, todayOf(turn));
  if (result.outcome !== 'closed') return say(t('followup.chat.notSick', { name }));
  await audit(
    turn,
    'followup.fit.register',
    employee.personKey,
    employee.unitId,
    'allowed',
    open.id,
  );
  await say(...fitAnswers(turn, name, lastSickDay, result.steps));
}
