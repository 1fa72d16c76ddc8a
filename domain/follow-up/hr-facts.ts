/**
 * The case facts an HR consultant gets when a leader asks for help: start date, periods in the
 * last 12 months, milestones done and due. Never a diagnosis (none is stored) and never the
 * leader's free-text note on a skipped step: only structured outcomes travel.
 */
import type { IsoDate, SickPeriod } from '../model.js';
import { countInWindow } from './frequency.js';
import type { Purpose } from './policy-types.js';
import {
  ACTIVE_STATES,
  type FollowUpStep,
  type OutcomeKind,
  type StepState,
} from './step-types.js';

export interface Milestone {
  stepId: string;
  purpose: Purpose;
  legal: boolean;
  dueDate: IsoDate;
  timing: FollowUpStep['timing'];
  state: StepState;
  outcome: OutcomeKind | null;
  closedOn: IsoDate | null;
}

export interface HrCaseFacts {
  personKey: string;
  periodId: string;
  start: IsoDate;
  end: IsoDate | null;
  partialPercent: number | null;
  periodsIn12Months: number;
  sickDaysIn12Months: number;
  done: Milestone[];
  due: Milestone[];
}

function milestone(s: FollowUpStep): Milestone {
  return {
    stepId: s.id,
    purpose: s.purpose,
    legal: s.legal,
    dueDate: s.dueDate,
    timing: s.timing,
    state: s.state,
    outcome: s.outcome?.kind ?? null,
    closedOn: s.closedOn,
  };
}

/** Facts for one period; `steps` are that period's steps, `periods` the person's periods. */
export function hrCaseFacts(
  period: SickPeriod,
  steps: readonly FollowUpStep[],
  periods: readonly SickPeriod[],
  today: IsoDate,
): HrCaseFacts {
  const own = steps.filter((s) => s.periodId === period.id);
  const counts = countInWindow(periods, period.personKey, 12, today);
  return {
    personKey: period.personKey,
    periodId: period.id,
    start: period.start,
    end: period.end,
    partialPercent: period.partialPercent,
    periodsIn12Months: counts.periods,
    sickDaysIn12Months: counts.days,
    done: own.filter((s) => s.state === 'done' || s.state === 'skipped-with-reason').map(milestone),
    due: own.filter((s) => ACTIVE_STATES.has(s.state)).map(milestone),
  };
}
