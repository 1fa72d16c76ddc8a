/**
 * After a fit registration (app/follow-up/register-fit.ts): the confirmation, and the steps that
 * stay open after a long absence.
 */
import type { FitRegistered } from '../../../app/follow-up/register-fit.js';
import { formatDay, stepTitle } from '../../../cards/follow-up-format.js';
import { raw } from '../../../i18n/index.js';
import type { Turn } from '../../turn.js';
import { todayOf } from './follow-up-context.js';

export async function announceFit(turn: Turn, fit: FitRegistered): Promise<void> {
  const { t } = turn;
  const date = formatDay(t.locale, fit.lastSickDay, todayOf(turn));
  await turn.context.sendActivity(
    t('followup.chat.fitRegistered', { name: fit.employeeName, date }),
  );
  if (fit.stillOpen.length === 0) return;
  const titles = fit.stillOpen.map((purpose) => stepTitle(t, purpose)).join(', ');
  await turn.context.sendActivity(t('followup.chat.fitKeptOpen', { steps: raw(titles) }));
}
