/**
 * The well-being (trivselsagent) tip catalogue as data: T001–T139, the municipalities' advice on
 * sickness absence (KL and Forhandlingsfællesskabet's magazine "En kur mod sygefravær?" and the
 * programme of its follow-up conference), each tagged with its element of an absence effort, the
 * readers it is for, its themes, the conversation-guide steps it belongs to and whether it is a
 * basic for a leader new in the role. The texts live in i18n (`tips.text.<id>`; the statistics
 * tips T047–T064 keep their `stats.tip.<id>` texts). A few near-duplicates are merged into one
 * tip, which then `covers` the others. app/tip-catalogue.ts validates this table at start.
 */
import type { StepId } from '../guide/guide-kinds.js';

/** E1 shared ownership, E2 clear leadership, E3 conversations, E4 statistics, E5 early help, E6 well-being. */
export const TIP_ELEMENTS = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'] as const;
export type TipElement = (typeof TIP_ELEMENTS)[number];

export const TIP_AUDIENCES = ['leader', 'hr', 'med', 'tr-amr', 'trivselsagent'] as const;
export type TipAudience = (typeof TIP_AUDIENCES)[number];

export const TIP_THEMES = [
  'trust',
  'fairness',
  'cooperation',
  'core-task',
  'conversations',
  'statistics',
  'early-help',
  'stress',
  'physical-environment',
] as const;
export type TipTheme = (typeof TIP_THEMES)[number];

export interface Tip {
  id: string;
  element: TipElement;
  audiences: readonly TipAudience[];
  themes: readonly TipTheme[];
  /** Conversation-guide steps the tip belongs to. */
  guideSteps: readonly StepId[];
  /** One of the first tips for a leader new in the role. */
  basics: boolean;
  /** Catalogue ids merged into this tip (near-duplicates). */
  covers: readonly string[];
}

type Extra = { steps?: readonly StepId[]; basics?: true; covers?: readonly string[] };
type Row = readonly [string, TipElement, readonly TipAudience[], readonly TipTheme[], Extra?];

const L = 'leader';
const H = 'hr';
const M = 'med';
const R = 'tr-amr';
const A = 'trivselsagent';
const ALL = [L, H, M, R, A] as const;

/** The table: id, element (the first named), audiences, themes, extras. */
export const TIP_ROWS: readonly Row[] = [
  // Leadership and values (E2)
  ['T001', 'E2', [L, M], ['trust', 'cooperation']],
  ['T002', 'E2', [L], ['trust']],
  ['T003', 'E2', [L, H, M], ['cooperation', 'trust'], { covers: ['T012', 'T034'] }],
  ['T004', 'E2', [L, H], ['early-help']],
  ['T005', 'E2', [L], ['trust'], { basics: true }],
  ['T006', 'E2', [L], ['trust', 'fairness']],
  ['T007', 'E2', [L], ['fairness']],
  ['T008', 'E2', [L, H], ['conversations']],
  ['T009', 'E2', [L], ['trust'], { basics: true }],
  ['T010', 'E2', [L, A], ['trust'], { basics: true }],
  ['T011', 'E2', [L], ['cooperation']],
  ['T013', 'E2', [L], ['fairness']],
  ['T014', 'E2', [L], ['trust'], { basics: true, steps: ['frequentOpening'] }],
  ['T015', 'E2', [L], ['trust']],
  ['T016', 'E2', [L], ['trust', 'conversations'], { basics: true }],
  ['T017', 'E2', [L, M], ['cooperation', 'fairness']],
  ['T018', 'E2', [L, A], ['conversations', 'stress'], { basics: true, steps: ['frequentOpening'] }],
  ['T019', 'E2', [L, M], ['cooperation']],
  ['T020', 'E2', [L], ['core-task', 'statistics']],
  ['T021', 'E2', [L], ['trust', 'fairness']],
  ['T022', 'E2', [L], ['trust']],
  ['T023', 'E2', [L], ['trust']],
  ['T024', 'E2', [L, A], ['trust', 'stress']],
  ['T025', 'E2', [L], ['fairness', 'statistics']],
  ['T026', 'E2', [L], ['statistics']],
  ['T027', 'E2', [L, H], ['statistics']],
  // Shared ownership and the MED system (E1)
  ['T028', 'E1', [L, M], ['cooperation']],
  ['T029', 'E1', [M, R], ['cooperation', 'trust']],
  ['T030', 'E1', [L, M], ['cooperation'], { covers: ['T038'] }],
  ['T031', 'E1', [M], ['cooperation']],
  ['T032', 'E1', [M], ['statistics', 'cooperation']],
  ['T033', 'E1', [L, M], ['trust', 'cooperation']],
  ['T035', 'E1', [L, M], ['cooperation']],
  ['T036', 'E1', [H], ['cooperation']],
  ['T037', 'E1', [M], ['statistics', 'cooperation']],
  ['T039', 'E1', [L], ['cooperation', 'trust']],
  ['T040', 'E1', [M], ['cooperation']],
  ['T041', 'E1', [M, R], ['cooperation']],
  ['T042', 'E1', [M], ['cooperation']],
  ['T043', 'E1', [M], ['cooperation']],
  ['T044', 'E1', [M], ['cooperation', 'early-help']],
  ['T045', 'E1', [M, H], ['cooperation', 'fairness']],
  ['T046', 'E1', [H], ['cooperation']],
  // Statistics (E4)
  ['T047', 'E4', [H], ['statistics']],
  ['T048', 'E4', [M], ['statistics']],
  ['T049', 'E4', [H, L], ['statistics']],
  ['T050', 'E4', [L, M], ['statistics']],
  ['T051', 'E4', [L, H], ['statistics']],
  ['T052', 'E4', [L], ['statistics', 'conversations'], { basics: true }],
  ['T053', 'E4', [L, M], ['statistics']],
  ['T054', 'E4', [L, M], ['statistics']],
  ['T055', 'E4', [L, H], ['statistics'], { basics: true }],
  ['T056', 'E4', [H], ['statistics']],
  ['T057', 'E4', [L], ['statistics']],
  ['T058', 'E4', [L], ['statistics']],
  ['T059', 'E4', [H, L], ['statistics', 'fairness']],
  ['T060', 'E4', [M, H], ['statistics']],
  ['T061', 'E4', [M, L], ['statistics']],
  ['T062', 'E4', [L], ['statistics']],
  ['T063', 'E4', [L, H], ['statistics']],
  ['T064', 'E4', [L], ['statistics']],
  // Conversations (E3)
  ['T065', 'E3', [L], ['conversations', 'early-help'], { steps: ['returnPlan'] }],
  ['T066', 'E3', [L], ['conversations'], { basics: true, steps: ['careAndClarity'] }],
  ['T067', 'E3', [L, M], ['conversations', 'fairness'], { steps: ['checklist'] }],
  ['T068', 'E3', [L], ['conversations'], { steps: ['invitation', 'invitationDraft'] }],
  ['T069', 'E3', [L], ['conversations'], { basics: true, steps: ['careAndClarity'] }],
  ['T070', 'E3', [M, H], ['conversations', 'fairness']],
  ['T071', 'E3', [H], ['conversations']],
  ['T072', 'E3', [H, L], ['conversations'], { steps: ['checklist'] }],
  ['T073', 'E3', [L], ['conversations'], { basics: true, steps: ['minutes', 'summary'] }],
  ['T074', 'E3', [R], ['conversations'], { steps: ['invitation'] }],
  ['T075', 'E3', [R], ['conversations']],
  ['T076', 'E3', [R], ['conversations']],
  ['T077', 'E3', [R], ['conversations']],
  ['T078', 'E3', [R], ['conversations']],
  ['T079', 'E3', [L], ['conversations', 'trust'], { basics: true, steps: ['careAndClarity'] }],
  ['T080', 'E3', [L], ['conversations'], { basics: true, steps: ['callCare', 'contactPlan'] }],
  ['T081', 'E3', [L], ['conversations', 'early-help'], { steps: ['pace', 'returnPlan'] }],
  ['T082', 'E3', [L], ['conversations'], { steps: ['agreeActions', 'expectations'] }],
  ['T083', 'E3', [L], ['conversations'], { steps: ['expectations'] }],
  ['T084', 'E3', [L], ['conversations'], { steps: ['functioning'] }],
  ['T085', 'E3', [L], ['conversations'], { steps: ['minutes'] }],
  ['T086', 'E3', [L], ['conversations'], { basics: true, steps: ['checklist'] }],
  ['T087', 'E3', [L], ['conversations', 'trust'], { steps: ['callCare', 'contactPlan'] }],
  ['T088', 'E3', [L], ['conversations', 'fairness']],
  ['T089', 'E3', [L, M], ['conversations', 'statistics']],
  ['T090', 'E3', [L], ['conversations', 'trust'], { basics: true, steps: ['callCare'] }],
  ['T091', 'E3', [L, M], ['cooperation'], { steps: ['workFactors', 'colleagues'] }],
  // Early and targeted intervention (E5)
  ['T092', 'E5', [L, M], ['early-help']],
  ['T093', 'E5', [H], ['early-help', 'fairness']],
  ['T094', 'E5', [H, L], ['early-help', 'stress'], { steps: ['offers'] }],
  ['T095', 'E5', [L, H], ['early-help']],
  ['T096', 'E5', [H], ['early-help']],
  ['T097', 'E5', [L], ['early-help'], { steps: ['returnPlan', 'adjustments'] }],
  ['T098', 'E5', [L, R], ['early-help'], { steps: ['earlyOffers'] }],
  ['T099', 'E5', [L], ['early-help', 'stress'], { steps: ['offers', 'workFactors'] }],
  ['T100', 'E5', [L], ['early-help', 'fairness'], { steps: ['partialStatus'] }],
  ['T101', 'E5', [H, L], ['early-help'], { steps: ['earlyOffers'] }],
  ['T102', 'E5', [L, H], ['early-help'], { steps: ['adjustments'] }],
  ['T103', 'E5', [L], ['early-help'], { steps: ['adjustments'] }],
  ['T104', 'E5', [L], ['early-help'], { steps: ['partialStatus', 'pace'] }],
  ['T105', 'E5', [H, M], ['early-help', 'fairness']],
  ['T106', 'E5', [L], ['early-help', 'core-task'], { steps: ['adjustments'] }],
  // Well-being, working environment, social capital (E6)
  ['T107', 'E6', ALL, ['trust', 'cooperation']],
  ['T108', 'E6', [L, A], ['cooperation'], { basics: true }],
  ['T109', 'E6', [H, L], ['cooperation', 'early-help']],
  ['T110', 'E6', [L, M, A], ['statistics', 'trust']],
  ['T111', 'E6', [L, M], ['cooperation']],
  ['T112', 'E6', [L, H], ['trust']],
  ['T113', 'E6', [L, A], ['cooperation', 'core-task']],
  ['T114', 'E6', [L], ['core-task']],
  ['T115', 'E6', [H, M], ['statistics'], { covers: ['T130'] }],
  ['T116', 'E6', [L, M, A], ['physical-environment', 'stress']],
  ['T117', 'E6', [L, A], ['trust'], { basics: true, steps: ['welcomeBack'] }],
  ['T118', 'E6', [H, L], ['trust', 'cooperation'], { steps: ['whatHelps'] }],
  ['T119', 'E6', [A, R], ['stress', 'early-help']],
  ['T120', 'E6', [L], ['fairness']],
  ['T121', 'E6', [L, H], ['trust']],
  ['T122', 'E6', [L, M], ['trust', 'core-task']],
  ['T123', 'E6', [L], ['cooperation', 'core-task']],
  ['T124', 'E6', [L], ['core-task'], { basics: true }],
  ['T125', 'E6', [L, R], ['cooperation']],
  ['T126', 'E6', ALL, ['trust', 'fairness', 'cooperation', 'core-task']],
  ['T127', 'E6', [L, M], ['physical-environment']],
  ['T128', 'E6', [H, L], ['statistics', 'trust']],
  ['T129', 'E6', [H, M], ['statistics', 'cooperation']],
  ['T131', 'E6', [H], ['trust', 'cooperation']],
  ['T132', 'E6', [H], ['cooperation']],
  ['T133', 'E6', [L, R], ['physical-environment']],
  ['T134', 'E6', [L, H], ['trust', 'cooperation']],
  ['T135', 'E6', [L, A], ['trust', 'core-task'], { steps: ['welcomeBack'] }],
  ['T136', 'E6', [L, A], ['stress', 'cooperation']],
  ['T137', 'E6', [L], ['stress', 'early-help'], { steps: ['whatHelps'] }],
  ['T138', 'E6', [L], ['core-task', 'cooperation']],
  ['T139', 'E6', [H], ['stress', 'early-help']],
];

const toTip = ([id, element, audiences, themes, extra = {}]: Row): Tip => ({
  id,
  element,
  audiences,
  themes,
  guideSteps: extra.steps ?? [],
  basics: extra.basics === true,
  covers: extra.covers ?? [],
});

/** The catalogue in id order (as written; app/tip-catalogue.ts checks it at start). */
export const TIP_CATALOGUE: readonly Tip[] = TIP_ROWS.map(toTip);

/** The statistics tips keep the texts the statistics card shows (`stats.tip.<id>`). */
export const isStatsTip = (id: string): boolean => id >= 'T047' && id <= 'T064';
