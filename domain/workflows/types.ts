/**
 * HR process workflows as data: a definition names its steps in order, who owns each step, how
 * many working days it may take, which fields it needs, and whether it may be declined (an offer
 * that ends with a reason) or records values over time (hours per week in a partial return).
 */
import type { IsoDate, IsoInstant } from '../model.js';

export const WORKFLOW_KINDS = [
  'outreach',
  'target-breach',
  'early-intervention',
  'early-intervention-flag',
  'psychologist',
  'rapid-assessment',
  'partial-return',
  'retention-consultant',
  'paragraph-56',
  'retention-plan',
  'blocked-return',
] as const;
export type WorkflowKind = (typeof WORKFLOW_KINDS)[number];

/**
 * Who acts on a step: the unit's leader, the leader above (sector chief), HR serving the unit, or
 * a shop steward (TR) of the unit (who may only flag, and owns no step).
 */
export const WORKFLOW_ROLES = ['leader', 'sector-chief', 'hr', 'tr'] as const;
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

export const WORKFLOW_ACTIONS = ['complete', 'decline', 'record'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** A field a step or a launch asks for. Text fields pass the diagnosis guardrail. */
export interface FieldSpec {
  id: string;
  kind: 'text' | 'number' | 'date';
  min?: number;
  max?: number;
}

export interface StepDef {
  id: string;
  owners: readonly WorkflowRole[];
  /** Working days from the day the step becomes current until it is due. */
  dueWorkingDays: number;
  /** Needed to complete the step. */
  fields: readonly FieldSpec[];
  /** An offer: the owners may decline it with a reason, and the workflow ends. */
  declinable?: boolean;
  /** Values the owners may record again and again while the step is current. */
  records?: readonly FieldSpec[];
}

export interface WorkflowDef {
  kind: WorkflowKind;
  /** Whether the workflow is about one employee (else about a unit). */
  employee: boolean;
  /** Who may launch it. */
  launchedBy: readonly WorkflowRole[];
  /** Asked at launch (besides what is known: unit, employee, sick period). */
  launchFields: readonly FieldSpec[];
  steps: readonly StepDef[];
}

export const END_STATES = ['done', 'declined'] as const;
export type EndState = (typeof END_STATES)[number];
/** A step id while the workflow runs, or an end state. */
export type WorkflowState = string;

export type FieldValues = Readonly<Record<string, string | number>>;

export interface StepRecord {
  id: string;
  owners: WorkflowRole[];
  due: IsoDate | null;
  doneAt: IsoInstant | null;
  doneBy: string | null;
}

export interface HistoryEntry {
  at: IsoInstant;
  by: string;
  /** 'launch', 'take', or a WorkflowAction. */
  action: string;
  stepId: string | null;
  to: WorkflowState;
}

/** Values recorded on a step over time (hours per week in a partial return). */
export interface RecordedValues {
  stepId: string;
  on: IsoDate;
  by: string;
  values: Record<string, string | number>;
}

/**
 * "This step is yours now" for one owner, waiting for their next one daily message (a notice
 * that cannot wait is sent at once and not kept here; domain/workflows/notice.ts decides).
 */
export interface StepNotice {
  stepId: string;
  /** The step's due date when it became the owner's (a new due date is a new notice). */
  due: IsoDate | null;
  /** aadObjectId of the owner told. */
  recipient: string;
  /** Whose day message shows it: the leader's (leader, sector chief) or the HR consultant's. */
  audience: 'leader' | 'hr';
  /** The day the step became theirs. */
  on: IsoDate;
  /** The day it went into their day message (or was settled unshown); null: not yet told. */
  toldOn: IsoDate | null;
}

/** One waiting notice named: the workflow, and the step, due date and owner. */
export interface NoticeRef {
  workflowId: string;
  stepId: string;
  due: IsoDate | null;
  recipient: string;
}

export interface WorkflowInstance {
  id: string;
  kind: WorkflowKind;
  unitId: string;
  personKey: string | null;
  sickPeriodId: string | null;
  state: WorkflowState;
  /** Incremented on every change: a card made from an older version is stale. */
  version: number;
  steps: StepRecord[];
  /** Launch fields by id; step fields as `<stepId>.<fieldId>`. */
  fields: Record<string, string | number>;
  records: RecordedValues[];
  history: HistoryEntry[];
  launchedBy: string;
  /** The HR consultant who took the request (null: open in the intake). */
  assignee: string | null;
  /** Step notices waiting for, or told in, the owners' day messages; older records have none. */
  notices?: StepNotice[];
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}
