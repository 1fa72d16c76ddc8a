/**
 * The view model of a session's current step: everything a card needs, computed in one pure
 * call, so the card builders only turn data into JSON.
 */
import type { IsoDate } from '../model.js';
import { maxPartialHours, type Agreements } from './agreements.js';
import {
  buildInvitationDraft,
  buildMinutesDraft,
  type AbsenceFacts,
  type InvitationDraft,
  type MinutesDraft,
  type Parties,
} from './documents.js';
import { followUpProposals, type ProposalBatch } from './follow-up-proposals.js';
import {
  checklistFor,
  decisionsFor,
  isPointStep,
  POINT_NEVER_ASK,
  type ChecklistItemId,
  type GuideKind,
  type HoldDecision,
  type NeverAskId,
  type PointId,
  type StepId,
} from './guide-kinds.js';
import { progressOf, type GuideSession, type GuideStatus, type Progress } from './guide-session.js';
import {
  legalDeadline,
  SUGGESTED_MEETING_TIME,
  suggestedMeetingDate,
  type Meeting,
} from './meeting.js';

export const AGREEMENT_FIELDS = [
  'participants',
  'expectedDuration',
  'partialReturn',
  'adjustments',
  'offers',
  'tools',
  'handleplan',
  'colleaguesTold',
  'nextContact',
  'otherAgreement',
] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];

const FIELDS_BY_KIND: Record<GuideKind, readonly AgreementField[]> = {
  firstContact: ['expectedDuration', 'offers', 'nextContact', 'otherAgreement'],
  early: AGREEMENT_FIELDS,
  legal7a: AGREEMENT_FIELDS,
  frequent: [
    'participants',
    'partialReturn',
    'adjustments',
    'offers',
    'tools',
    'handleplan',
    'nextContact',
    'otherAgreement',
  ],
  returnToWork: [
    'participants',
    'partialReturn',
    'adjustments',
    'offers',
    'tools',
    'colleaguesTold',
    'handleplan',
    'nextContact',
    'otherAgreement',
  ],
  partialReturn: [
    'participants',
    'expectedDuration',
    'partialReturn',
    'adjustments',
    'offers',
    'tools',
    'handleplan',
    'nextContact',
    'otherAgreement',
  ],
};

/** The agreement fields a card shows for this session ("not now" keeps only the contact). */
export function agreementFieldsFor(
  session: Pick<GuideSession, 'kind' | 'checklist'>,
): readonly AgreementField[] {
  if (session.checklist?.decision === 'notNow') return ['nextContact', 'otherAgreement'];
  return FIELDS_BY_KIND[session.kind];
}

export type GuideStepView =
  | {
      step: 'checklist';
      items: readonly ChecklistItemId[];
      checked: readonly ChecklistItemId[];
      decisions: readonly HoldDecision[];
      decision: HoldDecision | null;
    }
  | {
      step: 'invitation';
      meeting: Meeting | null;
      suggestedDate: IsoDate;
      suggestedTime: string;
      legalDeadline: IsoDate | null;
      today: IsoDate;
    }
  | { step: 'invitationDraft'; draft: InvitationDraft }
  | { step: 'point'; point: PointId; neverAsk: NeverAskId | null }
  | {
      step: 'agreements';
      agreements: Agreements | null;
      fields: readonly AgreementField[];
      maxHours: number;
      today: IsoDate;
    }
  | { step: 'summary'; agreements: Agreements; proposals: ProposalBatch | null; notHeld: boolean }
  | { step: 'minutes'; draft: MinutesDraft };

export interface GuideCardModel {
  sessionId: string;
  kind: GuideKind;
  contactDay: number | null;
  status: GuideStatus;
  /** The session's step (the view may fall back to a form when a draft cannot be made). */
  step: StepId;
  employeeName: string;
  progress: Progress;
  view: GuideStepView;
}

export interface GuideViewInput {
  parties: Parties;
  today: IsoDate;
  /** First day of the linked sick period; null for frequent absence without one. */
  sickStart: IsoDate | null;
  weeklyHours: number;
  absenceFacts: AbsenceFacts | null;
}

function invitationView(session: GuideSession, input: GuideViewInput): GuideStepView {
  const deadline =
    session.kind === 'legal7a' && input.sickStart ? legalDeadline(input.sickStart) : null;
  return {
    step: 'invitation',
    meeting: session.meeting,
    suggestedDate: suggestedMeetingDate(input.today),
    suggestedTime: SUGGESTED_MEETING_TIME,
    legalDeadline: deadline,
    today: input.today,
  };
}

function agreementsView(session: GuideSession, input: GuideViewInput): GuideStepView {
  const fields = agreementFieldsFor(session);
  const maxHours = maxPartialHours(input.weeklyHours);
  return {
    step: 'agreements',
    agreements: session.agreements,
    fields,
    maxHours,
    today: input.today,
  };
}

function checklistView(session: GuideSession): GuideStepView {
  const decision = session.checklist?.decision ?? null;
  const checked = session.checklist?.checked ?? [];
  return {
    step: 'checklist',
    items: checklistFor(session),
    checked,
    decisions: decisionsFor(session.kind),
    decision,
  };
}

function afterView(session: GuideSession, input: GuideViewInput): GuideStepView {
  const agreements = session.agreements;
  if (session.step === 'agreements' || agreements === null) return agreementsView(session, input);
  if (session.step === 'summary') {
    const proposals = followUpProposals(session, input);
    return {
      step: 'summary',
      agreements,
      proposals,
      notHeld: session.checklist?.decision === 'notNow',
    };
  }
  const draft = buildMinutesDraft(session, input.parties, {
    ...input,
    firstSickDay: input.sickStart,
  });
  return draft.ok ? { step: 'minutes', draft: draft.value } : agreementsView(session, input);
}

function viewOf(session: GuideSession, input: GuideViewInput): GuideStepView {
  const step = session.step;
  if (isPointStep(step))
    return { step: 'point', point: step, neverAsk: POINT_NEVER_ASK[step] ?? null };
  if (step === 'checklist') return checklistView(session);
  if (step === 'invitation') return invitationView(session, input);
  if (step === 'invitationDraft') {
    const draft = buildInvitationDraft(session, input.parties, input);
    return draft.ok
      ? { step: 'invitationDraft', draft: draft.value }
      : invitationView(session, input);
  }
  return afterView(session, input);
}

/** The card model for the session's current step. */
export function guideCardModel(session: GuideSession, input: GuideViewInput): GuideCardModel {
  return {
    sessionId: session.id,
    kind: session.kind,
    contactDay: session.contactDay,
    status: session.status,
    step: session.step,
    employeeName: input.parties.employeeName,
    progress: progressOf(session),
    view: viewOf(session, input),
  };
}
