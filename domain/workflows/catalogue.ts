/**
 * The catalogue of HR process workflows (docs/workflows.md explains each): steps in order, the
 * owning role, working days to act, the fields each step needs. checkCatalogue proves it sound.
 */
import type { FieldSpec, StepDef, WorkflowDef, WorkflowKind } from './types.js';

const text = (id: string): FieldSpec => ({ id, kind: 'text' });
const date = (id: string): FieldSpec => ({ id, kind: 'date' });
const number = (id: string, min: number, max: number): FieldSpec => ({
  id,
  kind: 'number',
  min,
  max,
});

const step = (
  id: string,
  owners: StepDef['owners'],
  dueWorkingDays: number,
  fields: FieldSpec[] = [],
  extra: Pick<StepDef, 'declinable' | 'records'> = {},
): StepDef => ({ id, owners, dueWorkingDays, fields, ...extra });

const HOURS = number('hoursPerWeek', 0, 37);

export const CATALOGUE: Readonly<Record<WorkflowKind, WorkflowDef>> = {
  outreach: {
    kind: 'outreach',
    employee: false,
    launchedBy: ['hr'],
    launchFields: [],
    steps: [
      step('offer', ['leader'], 10, [], { declinable: true }),
      step('leader-meeting', ['sector-chief', 'hr'], 15, [date('meetingDate')]),
      step('med-meeting', ['hr'], 20, [date('meetingDate')]),
      step('theme-session', ['hr'], 20, [date('sessionDate')]),
      step('apv-plan', ['leader'], 10, [text('plan')]),
      step('effect', ['hr'], 60),
    ],
  },
  'target-breach': {
    kind: 'target-breach',
    employee: false,
    launchedBy: ['hr', 'sector-chief'],
    launchFields: [],
    steps: [
      step('talk', ['sector-chief'], 10, [date('talkDate')]),
      step('action-plan', ['leader'], 15, [text('plan')]),
      step('review', ['sector-chief', 'hr'], 20),
    ],
  },
  'early-intervention': {
    kind: 'early-intervention',
    employee: true,
    launchedBy: ['leader'],
    launchFields: [],
    steps: [
      step('intake', ['hr'], 5, [date('startDate')]),
      step('course', ['hr'], 50, [number('talks', 0, 10)]),
      step('evaluation', ['leader'], 5),
    ],
  },
  // W3 flagged by a shop steward: a worry about the unit, for the leader, who decides to refer
  // (from the employee's follow-up plan) or declines with a reason. It names no one.
  'early-intervention-flag': {
    kind: 'early-intervention-flag',
    employee: false,
    launchedBy: ['tr'],
    launchFields: [],
    steps: [step('leader-decision', ['leader'], 3, [], { declinable: true })],
  },
  psychologist: {
    kind: 'psychologist',
    employee: true,
    launchedBy: ['leader'],
    launchFields: [text('workplaceChange')],
    steps: [
      step('decision', ['hr'], 5, [number('sessions', 1, 6)], { declinable: true }),
      step('follow-up', ['leader'], 30),
    ],
  },
  'rapid-assessment': {
    kind: 'rapid-assessment',
    employee: true,
    launchedBy: ['leader'],
    launchFields: [],
    steps: [
      step('booking', ['hr'], 5, [date('assessmentDate')]),
      step('assessment', ['hr'], 10),
      step('plan', ['leader'], 5, [text('plan')]),
    ],
  },
  'partial-return': {
    kind: 'partial-return',
    employee: true,
    launchedBy: ['leader'],
    launchFields: [HOURS],
    steps: [
      step('active-sick', ['leader'], 10, [], { records: [HOURS] }),
      step('partial', ['leader'], 110, [], { records: [HOURS] }),
      step('full-return', ['leader', 'hr'], 5),
    ],
  },
  'retention-consultant': {
    kind: 'retention-consultant',
    employee: true,
    launchedBy: ['leader'],
    launchFields: [],
    steps: [
      step('contact', ['hr'], 5),
      step('plan', ['leader'], 15, [text('plan')]),
      step('review', ['leader', 'hr'], 30),
    ],
  },
  'paragraph-56': {
    kind: 'paragraph-56',
    employee: true,
    launchedBy: ['leader'],
    launchFields: [],
    steps: [
      step('application', ['leader'], 10),
      step('submitted', ['hr'], 10),
      step('decision', ['hr'], 30, [date('decisionDate')]),
    ],
  },
  'retention-plan': {
    kind: 'retention-plan',
    employee: true,
    launchedBy: ['leader'],
    launchFields: [],
    steps: [step('draft', ['leader'], 5), step('review', ['hr'], 5)],
  },
  'blocked-return': {
    kind: 'blocked-return',
    employee: true,
    launchedBy: ['leader'],
    launchFields: [],
    steps: [
      step('agree', ['leader'], 10, [text('plan')]),
      step('hr-review', ['hr'], 10),
      step('follow-up', ['leader'], 40),
    ],
  },
};

export const definitionOf = (kind: WorkflowKind): WorkflowDef => CATALOGUE[kind];

/** What is wrong with a definition (empty: sound). */
export function checkDefinition(def: WorkflowDef): string[] {
  const problems: string[] = [];
  const ids = def.steps.map((s) => s.id);
  if (ids.length === 0) problems.push(`${def.kind}: no steps`);
  if (new Set(ids).size !== ids.length) problems.push(`${def.kind}: duplicate step ids`);
  if (def.launchedBy.length === 0) problems.push(`${def.kind}: nobody may launch it`);
  for (const s of def.steps) {
    if (['done', 'declined'].includes(s.id)) problems.push(`${def.kind}.${s.id}: reserved id`);
    if (s.owners.length === 0) problems.push(`${def.kind}.${s.id}: no owner`);
    if (!Number.isInteger(s.dueWorkingDays) || s.dueWorkingDays < 1)
      problems.push(`${def.kind}.${s.id}: due offset must be a whole number of working days ≥ 1`);
    for (const f of [...s.fields, ...(s.records ?? [])])
      if (f.kind === 'number' && (f.min === undefined || f.max === undefined || f.min > f.max))
        problems.push(`${def.kind}.${s.id}.${f.id}: a number needs min ≤ max`);
  }
  return problems;
}

export const checkCatalogue = (): string[] => Object.values(CATALOGUE).flatMap(checkDefinition);
