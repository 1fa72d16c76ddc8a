/**
 * The workflow state machine: pure and table-driven. A state is the current step's id, or an
 * end state. From a step the owners may complete it (with its required fields) and move to the
 * next step (after the last: 'done'), decline it when it is an offer (with a reason: 'declined'),
 * or record values while it stays current. Everything else is refused with a reason.
 */
import { fail, ok, type Result } from '../result.js';
import type {
  FieldSpec,
  FieldValues,
  StepDef,
  WorkflowAction,
  WorkflowDef,
  WorkflowRole,
  WorkflowState,
} from './types.js';

export type TransitionRefusal =
  'ended' | 'not-allowed' | 'wrong-role' | 'missing-field' | 'invalid-field';

export interface Transition {
  from: WorkflowState;
  to: WorkflowState;
  action: WorkflowAction;
  /** The values kept: the step's fields (completing), the reason (declining), the record. */
  values: Record<string, string | number>;
}

export const isEnded = (state: WorkflowState): boolean => state === 'done' || state === 'declined';

export const stepOf = (def: WorkflowDef, state: WorkflowState): StepDef | null =>
  def.steps.find((s) => s.id === state) ?? null;

export const firstState = (def: WorkflowDef): WorkflowState => def.steps[0]?.id ?? 'done';

function nextState(def: WorkflowDef, stepId: string): WorkflowState {
  const i = def.steps.findIndex((s) => s.id === stepId);
  return def.steps[i + 1]?.id ?? 'done';
}

/** The fields an action needs from a step (null: the action is not allowed there). */
export function fieldsFor(step: StepDef, action: WorkflowAction): readonly FieldSpec[] | null {
  if (action === 'complete') return step.fields;
  if (action === 'decline') return step.declinable ? [{ id: 'reason', kind: 'text' }] : null;
  return step.records ?? null;
}

/** The actions allowed in a state, with the roles that may take them. */
export function allowedActions(
  def: WorkflowDef,
  state: WorkflowState,
): Array<{ action: WorkflowAction; roles: readonly WorkflowRole[] }> {
  const step = stepOf(def, state);
  if (!step) return [];
  const actions: WorkflowAction[] = ['complete', 'decline', 'record'];
  return actions
    .filter((a) => fieldsFor(step, a) !== null)
    .map((action) => ({ action, roles: step.owners }));
}

/** A value as the field wants it: trimmed text, a number in range, a calendar date. */
export function fieldValue(
  spec: FieldSpec,
  raw: string | number | undefined,
): Result<string | number, 'missing-field' | 'invalid-field'> {
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === ''))
    return fail('missing-field', { field: spec.id });
  if (spec.kind === 'text') return ok(String(raw).trim());
  if (spec.kind === 'date') {
    const s = String(raw).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(s) ? ok(s) : fail('invalid-field', { field: spec.id });
  }
  const n = typeof raw === 'number' ? raw : Number(String(raw).replace(',', '.'));
  const inRange = Number.isFinite(n) && n >= (spec.min ?? -Infinity) && n <= (spec.max ?? Infinity);
  return inRange ? ok(n) : fail('invalid-field', { field: spec.id });
}

/** Reads every field of `specs` from `input`; the first missing or invalid one refuses. */
export function readFields(
  specs: readonly FieldSpec[],
  input: FieldValues,
): Result<Record<string, string | number>, 'missing-field' | 'invalid-field'> {
  const values: Record<string, string | number> = {};
  for (const spec of specs) {
    const v = fieldValue(spec, input[spec.id]);
    if (!v.ok) return v;
    values[spec.id] = v.value;
  }
  return ok(values);
}

/** Whether `roles` may take `action` in `state` with `input`, and where it leads. */
export function transition(
  def: WorkflowDef,
  state: WorkflowState,
  action: WorkflowAction,
  roles: readonly WorkflowRole[],
  input: FieldValues = {},
): Result<Transition, TransitionRefusal> {
  if (isEnded(state)) return fail('ended');
  const step = stepOf(def, state);
  const specs = step ? fieldsFor(step, action) : null;
  if (!step || !specs) return fail('not-allowed');
  if (!roles.some((r) => step.owners.includes(r))) return fail('wrong-role');
  const values = readFields(specs, input);
  if (!values.ok) return values;
  const to =
    action === 'complete' ? nextState(def, step.id) : action === 'decline' ? 'declined' : state;
  return ok({ from: state, to, action, values: values.value });
}
