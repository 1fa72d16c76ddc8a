/**
 * A workflow as one viewer sees it: steps with owners and due dates, the history with names,
 * and only the actions this viewer may take now. Where others read along (a channel, a group
 * chat), an employee's workflow shows no name and no field values.
 */
import { showsPersons, type Audience } from '../../domain/access.js';
import type { IsoDate, Person } from '../../domain/model.js';
import { definitionOf } from '../../domain/workflows/catalogue.js';
import { allowedActions, fieldsFor, isEnded, stepOf } from '../../domain/workflows/machine.js';
import type {
  FieldSpec,
  WorkflowAction,
  WorkflowInstance,
  WorkflowKind,
  WorkflowRole,
} from '../../domain/workflows/types.js';
import type { ConversationRepository, OrgSnapshot } from '../../data/repositories.js';
import { holdersOf, workflowRolesOf } from './workflow-roles.js';

export interface WorkflowStepView {
  id: string;
  owners: readonly WorkflowRole[];
  ownerNames: string[];
  due: IsoDate | null;
  done: { on: IsoDate; by: string } | null;
  current: boolean;
}

export interface WorkflowView {
  id: string;
  version: number;
  kind: WorkflowKind;
  unitName: string;
  /** Null for a unit's workflow, or where others read along. */
  employeeName: string | null;
  state: string;
  ended: boolean;
  steps: WorkflowStepView[];
  history: Array<{ by: string; on: IsoDate; action: string; stepId: string | null; to: string }>;
  /** Field values (launch and steps), shown only where the reader is alone. */
  fields: Array<{ key: string; value: string | number }>;
  records: Array<{ stepId: string; on: IsoDate; values: Record<string, string | number> }>;
  /** What this viewer may do now on the current step. */
  actions: Array<{ action: WorkflowAction; stepId: string; fields: readonly FieldSpec[] }>;
  /** An open request this viewer (HR) may take. */
  canTake: boolean;
  assigneeName: string | null;
  /** Everyone concerned (Entra object ids). */
  concerned: string[];
  /** Their Teams user ids for the card's user-specific refresh (`refresh.userIds`, at most 60). */
  refreshIds: string[];
  today: IsoDate;
}

const dayOf = (instant: string): IsoDate => instant.slice(0, 10);

/** Teams refreshes a card by itself for at most 60 listed users. */
const MAX_REFRESH_IDS = 60;

/** A Teams user's MRI from their Entra object id. */
export const userMri = (aadObjectId: string): string => `8:orgid:${aadObjectId}`;

/**
 * The ids Teams may match for `refresh.userIds`: the id the bot itself received from each person
 * (`from.id`, kept with their personal chat; what Microsoft's user-specific-views sample lists),
 * and their MRI `8:orgid:<oid>` for those who have not written to the bot yet.
 */
export async function withTeamsIds(
  view: WorkflowView,
  conversations: Pick<ConversationRepository, 'personalReference'>,
): Promise<WorkflowView> {
  const ids: string[] = [];
  for (const oid of view.concerned) {
    const ref = await conversations.personalReference(oid);
    const user = (ref?.reference as { user?: { id?: unknown } } | undefined)?.user;
    if (typeof user?.id === 'string' && user.id !== '') ids.push(user.id);
    ids.push(userMri(oid));
  }
  return { ...view, refreshIds: [...new Set(ids)].slice(0, MAX_REFRESH_IDS) };
}

export function workflowView(
  wf: WorkflowInstance,
  viewer: Person,
  org: OrgSnapshot,
  audience: Audience,
  employeeName: string | null,
  today: IsoDate,
): WorkflowView {
  const def = definitionOf(wf.kind);
  const name = (id: string | null) =>
    org.persons.find((p) => p.aadObjectId === id)?.displayName ?? '–';
  // Where others read along, an employee's workflow is shown as the unit's: no name, no values.
  const shownAs = showsPersons(audience) ? wf : { ...wf, personKey: null };
  const roles = workflowRolesOf(viewer, org, shownAs, audience);
  const personal = showsPersons(audience) || wf.personKey === null;
  const current = stepOf(def, wf.state);
  // Where others read along, an employee's workflow offers no actions.
  const actions = (personal ? allowedActions(def, wf.state) : [])
    .filter((a) => a.roles.some((r) => roles.includes(r)))
    .map((a) => ({
      action: a.action,
      stepId: wf.state,
      fields: current ? (fieldsFor(current, a.action) ?? []) : [],
    }));
  const concerned = new Set<string>();
  for (const role of ['leader', 'sector-chief', 'hr'] as const)
    for (const p of holdersOf(org, wf, role)) concerned.add(p.aadObjectId);
  return {
    id: wf.id,
    version: wf.version,
    kind: wf.kind,
    unitName: org.units.find((u) => u.id === wf.unitId)?.name ?? wf.unitId,
    employeeName: showsPersons(audience) ? employeeName : null,
    state: wf.state,
    ended: isEnded(wf.state),
    steps: wf.steps.map((s) => ({
      id: s.id,
      owners: s.owners,
      ownerNames: s.owners.flatMap((r) => holdersOf(org, wf, r).map((p) => p.displayName)),
      due: s.due,
      done: s.doneAt ? { on: dayOf(s.doneAt), by: name(s.doneBy) } : null,
      current: s.id === wf.state,
    })),
    history: wf.history.map((h) => ({ ...h, by: name(h.by), on: dayOf(h.at) })),
    fields: personal ? Object.entries(wf.fields).map(([key, value]) => ({ key, value })) : [],
    records: personal
      ? wf.records.map((r) => ({ stepId: r.stepId, on: r.on, values: r.values }))
      : [],
    actions,
    canTake: wf.assignee === null && !isEnded(wf.state) && roles.includes('hr'),
    assigneeName: wf.assignee ? name(wf.assignee) : null,
    concerned: [...concerned],
    refreshIds: [...concerned].map(userMri).slice(0, MAX_REFRESH_IDS),
    today,
  };
}
