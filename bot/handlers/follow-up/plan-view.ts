/**
 * The plan of a sick period (or a person's own steps) as the timeline card. The view, the plan
 * made on demand and the audited read come from app/follow-up/follow-up-plan-view.ts.
 */
import type { PlanView } from '../../../app/follow-up/follow-up-plan-view.js';
import { followUpPlanCard } from '../../../cards/follow-up-plan-card.js';
import { sendCard } from '../../cards.js';
import type { Turn } from '../../turn.js';

export async function sendPlan(turn: Turn, plan: PlanView): Promise<void> {
  await sendCard(turn.context, followUpPlanCard(plan, turn.t));
}
