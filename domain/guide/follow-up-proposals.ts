/**
 * Turns a session's agreements into plain follow-up proposals for the follow-up plan and HR:
 * the next contact becomes a 'contact' step, an accepted offer becomes an HR notification, and
 * agreed tools become tasks with a due date where one is known.
 */
import type { IsoDate } from '../model.js';
import type { ContactForm, ExpectedDuration, Offer, PartialReturn } from './agreements.js';
import { ruleDate } from '../follow-up/deadlines.js';
import { addCalendarDays } from './checks.js';
import { GUIDE_LIMITS } from './guide-errors.js';
import type { GuideKind } from './guide-kinds.js';
import type { GuideSession } from './guide-session.js';

/** Status talks during a partial return: the first one a week after the start. */
export const PARTIAL_RETURN_CHECK_DAYS = 7;
/** When to check that a mulighedserklæring is back from the doctor. */
export const STATEMENT_CHECK_DAYS = 14;

export type GuideTask = 'handleplan' | 'mulighedserklaering' | 'fastholdelsesplan' | 'fastTrack';

export type FollowUpProposal =
  | { type: 'contact'; date: IsoDate; form: ContactForm; reason: 'agreed' | 'partialReturnCheck' }
  | { type: 'hrNotification'; offer: Offer }
  | { type: 'task'; task: GuideTask; dueDate: IsoDate | null };

export interface ProposalBatch {
  sessionId: string;
  leaderId: string;
  personKey: string;
  sickPeriodId: string | null;
  kind: GuideKind;
  agreedOn: IsoDate;
  /** What HR needs to act on an offer, without any health detail. */
  expectedDuration: ExpectedDuration | null;
  partialReturn: PartialReturn | null;
  proposals: FollowUpProposal[];
}

function contactProposals(session: GuideSession): FollowUpProposal[] {
  const agreed = session.agreements;
  if (agreed === null) return [];
  const out: FollowUpProposal[] = [];
  if (agreed.nextContact) out.push({ type: 'contact', ...agreed.nextContact, reason: 'agreed' });
  if (agreed.partialReturn) {
    const { start } = agreed.partialReturn;
    const check = addCalendarDays(start, PARTIAL_RETURN_CHECK_DAYS);
    // Only a contact in the first week of the partial return makes the status talk unneeded;
    // one agreed before the return starts does not.
    const next = agreed.nextContact?.date;
    const covered = next !== undefined && next >= start && next <= check;
    if (!covered) {
      out.push({ type: 'contact', date: check, form: 'meeting', reason: 'partialReturnCheck' });
    }
  }
  return out;
}

function taskProposals(
  session: GuideSession,
  sickStart: IsoDate | null,
  agreedOn: IsoDate,
): FollowUpProposal[] {
  const agreed = session.agreements;
  if (agreed === null) return [];
  const tasks: FollowUpProposal[] = agreed.tools.map((tool) => {
    if (tool === 'fastTrack') {
      // Day 35 (day 1 = the first sick day), moved back to a working day like the plan's report.
      const due =
        sickStart === null
          ? null
          : ruleDate(sickStart, GUIDE_LIMITS.fastTrackLastDay + 1, 'deadline');
      return { type: 'task', task: tool, dueDate: due };
    }
    const due =
      tool === 'mulighedserklaering' ? addCalendarDays(agreedOn, STATEMENT_CHECK_DAYS) : null;
    return { type: 'task', task: tool, dueDate: due };
  });
  if (agreed.handleplan) tasks.push({ type: 'task', task: 'handleplan', dueDate: null });
  return tasks;
}

/**
 * The proposals from a session's agreements, or null when there are no agreements yet.
 * `sickStart` is the first day of the linked sick period (for the fast-track deadline).
 */
export function followUpProposals(
  session: GuideSession,
  on: { today: IsoDate; sickStart: IsoDate | null },
): ProposalBatch | null {
  const agreed = session.agreements;
  if (agreed === null) return null;
  const hr: FollowUpProposal[] = agreed.offers.map((offer) => ({ type: 'hrNotification', offer }));
  return {
    sessionId: session.id,
    leaderId: session.leaderId,
    personKey: session.personKey,
    sickPeriodId: session.sickPeriodId,
    kind: session.kind,
    agreedOn: on.today,
    expectedDuration: agreed.expectedDuration,
    partialReturn: agreed.partialReturn,
    proposals: [
      ...contactProposals(session),
      ...hr,
      ...taskProposals(session, on.sickStart, on.today),
    ],
  };
}
