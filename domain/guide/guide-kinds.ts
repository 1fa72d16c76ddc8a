/**
 * The conversation kinds of the sickness-conversation guide and what each one walks through:
 * the checklist before, the points during (one at a time) and the steps after.
 * Plain data and pure functions; every text lives in i18n under the ids used here.
 */

export const GUIDE_KINDS = [
  'firstContact',
  'early',
  'legal7a',
  'frequent',
  'returnToWork',
  'partialReturn',
] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

/** What the leader decides before: hold it, by phone, let someone else hold it, or not now. */
export const HOLD_DECISIONS = ['hold', 'phone', 'otherContact', 'notNow'] as const;
export type HoldDecision = (typeof HOLD_DECISIONS)[number];

export const CHECKLIST_ITEMS = [
  'tasksCovered',
  'contactTime',
  'localRule',
  'startPlan',
  'welcomeReady',
  'previousAgreements',
  'purposeTold',
  'bisidder',
  'invitationNotice',
  'quietRoom',
  'statistics',
  'mulighedserklaering',
  'offersKnown',
  'selfCheck',
  'minuteTaker',
  'sparring',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

export const POINT_IDS = [
  'callCare',
  'handover',
  'canWeHelp',
  'earlyOffers',
  'warmClose',
  'careAndClarity',
  'frequentOpening',
  'welcomeBack',
  'partialStatus',
  'pace',
  'functioning',
  'duration',
  'returnPlan',
  'conditions',
  'colleagues',
  'adjustments',
  'workFactors',
  'whatHelps',
  'offers',
  'contactPlan',
  'expectations',
  'agreeActions',
] as const;
export type PointId = (typeof POINT_IDS)[number];

export const FIXED_STEPS = [
  'checklist',
  'invitation',
  'invitationDraft',
  'agreements',
  'summary',
  'minutes',
] as const;
export type FixedStep = (typeof FIXED_STEPS)[number];

/** A step of a guide session: a fixed step or one of the points to cover during the talk. */
export const STEP_IDS = [...FIXED_STEPS, ...POINT_IDS] as const;
export type StepId = (typeof STEP_IDS)[number];

export type GuidePhase = 'before' | 'during' | 'after';

/**
 * The questions a leader should not ask — about the illness or its treatment (the Health
 * Information Act forbids it, see docs/law.md), or ones that signal suspicion or put pressure on
 * the employee — each with an allowed alternative question.
 */
export const NEVER_ASK = [
  'whatIsWrong',
  'isItStress',
  'treatment',
  'sickAgain',
  'justFinish',
  'whenBack',
] as const;
export type NeverAskId = (typeof NEVER_ASK)[number];

/** Contact days a first-contact call may be planned for (day 1/3/5/8 in the policies seen). */
export const MAX_CONTACT_DAY = 30;

const CALL_DAY1_POINTS: readonly PointId[] = [
  'callCare',
  'handover',
  'duration',
  'contactPlan',
  'warmClose',
];
const CALL_LATER_POINTS: readonly PointId[] = [
  'callCare',
  'canWeHelp',
  'duration',
  'earlyOffers',
  'contactPlan',
  'warmClose',
];

const POINTS: Record<Exclude<GuideKind, 'firstContact'>, readonly PointId[]> = {
  early: [
    'careAndClarity',
    'functioning',
    'duration',
    'adjustments',
    'offers',
    'contactPlan',
    'expectations',
  ],
  legal7a: [
    'careAndClarity',
    'functioning',
    'duration',
    'adjustments',
    'workFactors',
    'offers',
    'expectations',
  ],
  frequent: [
    'frequentOpening',
    'workFactors',
    'whatHelps',
    'offers',
    'expectations',
    'agreeActions',
  ],
  returnToWork: [
    'welcomeBack',
    'returnPlan',
    'conditions',
    'colleagues',
    'workFactors',
    'expectations',
  ],
  partialReturn: ['partialStatus', 'pace', 'adjustments', 'offers', 'expectations'],
};

const CHECKLIST: Record<Exclude<GuideKind, 'firstContact'>, readonly ChecklistItemId[]> = {
  early: [
    'purposeTold',
    'bisidder',
    'invitationNotice',
    'quietRoom',
    'statistics',
    'offersKnown',
    'minuteTaker',
    'sparring',
  ],
  legal7a: [
    'purposeTold',
    'bisidder',
    'invitationNotice',
    'quietRoom',
    'statistics',
    'mulighedserklaering',
    'offersKnown',
    'minuteTaker',
    'sparring',
  ],
  frequent: [
    'localRule',
    'statistics',
    'selfCheck',
    'purposeTold',
    'bisidder',
    'invitationNotice',
    'minuteTaker',
    'sparring',
  ],
  returnToWork: [
    'startPlan',
    'welcomeReady',
    'purposeTold',
    'bisidder',
    'invitationNotice',
    'sparring',
  ],
  partialReturn: ['previousAgreements', 'offersKnown', 'sparring'],
};

/** The never-ask item shown with a point, where one fits. */
export const POINT_NEVER_ASK: Partial<Record<PointId, NeverAskId>> = {
  functioning: 'whatIsWrong',
  canWeHelp: 'isItStress',
  workFactors: 'isItStress',
  adjustments: 'treatment',
  frequentOpening: 'sickAgain',
  handover: 'justFinish',
  duration: 'whenBack',
  pace: 'whenBack',
};

export interface KindShape {
  kind: GuideKind;
  /** The planned contact day of a first-contact call (1 = the sick call itself); null otherwise. */
  contactDay: number | null;
}

export function pointsFor(shape: KindShape): readonly PointId[] {
  if (shape.kind !== 'firstContact') return POINTS[shape.kind];
  return (shape.contactDay ?? 1) <= 1 ? CALL_DAY1_POINTS : CALL_LATER_POINTS;
}

export function checklistFor(shape: KindShape): readonly ChecklistItemId[] {
  if (shape.kind !== 'firstContact') return CHECKLIST[shape.kind];
  return (shape.contactDay ?? 1) <= 1
    ? ['tasksCovered', 'contactTime']
    : ['contactTime', 'tasksCovered', 'offersKnown', 'selfCheck'];
}

/** The choices of the hold decision that fit the kind (a call has no "by phone"). */
export function decisionsFor(kind: GuideKind): readonly HoldDecision[] {
  return kind === 'firstContact' ? ['hold', 'otherContact', 'notNow'] : HOLD_DECISIONS;
}

/** Kinds with a meeting the employee is invited to in writing. */
export function hasInvitation(kind: GuideKind): boolean {
  return kind === 'early' || kind === 'legal7a' || kind === 'frequent' || kind === 'returnToWork';
}

/** Kinds that end with minutes for both to sign (a first call gets a short note, no minutes). */
export function hasMinutes(kind: GuideKind): boolean {
  return kind !== 'firstContact';
}

/** Kinds that are about a sick period (frequent absence is about a pattern, maybe at work). */
export function needsSickPeriod(kind: GuideKind): boolean {
  return kind !== 'frequent';
}

/** The steps of a session of this shape, given the leader's hold decision. */
export function stepsFor(shape: KindShape, decision: HoldDecision | null): readonly StepId[] {
  if (decision === 'notNow') return ['checklist', 'agreements', 'summary'];
  const steps: StepId[] = ['checklist'];
  if (hasInvitation(shape.kind)) steps.push('invitation', 'invitationDraft');
  steps.push(...pointsFor(shape), 'agreements', 'summary');
  if (hasMinutes(shape.kind)) steps.push('minutes');
  return steps;
}

const BEFORE: ReadonlySet<StepId> = new Set<StepId>(['checklist', 'invitation', 'invitationDraft']);
const AFTER: ReadonlySet<StepId> = new Set<StepId>(['agreements', 'summary', 'minutes']);

export function phaseOf(step: StepId): GuidePhase {
  if (BEFORE.has(step)) return 'before';
  return AFTER.has(step) ? 'after' : 'during';
}

export function isPointStep(step: StepId): step is PointId {
  return (POINT_IDS as readonly string[]).includes(step);
}

export function isGuideKind(value: string): value is GuideKind {
  return (GUIDE_KINDS as readonly string[]).includes(value);
}
