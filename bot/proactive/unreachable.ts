/**
 * Who a card that could not be delivered (403, uninstalled, no conversation) concerned, and who
 * must hear of it:
 * - a leader's card (a digest, a frequency card, HR's answer): the HR consultants of every unit
 *   the card concerned (the units of the digest's steps, the unit of the HR request), or of all
 *   the leader's units when the card does not say; each consultant once;
 * - an HR consultant's own card (an HR digest, an HR request): the HR admins, if there are any.
 * A notice about an unreachable person that cannot be delivered itself is not passed on again
 * (two blocked admins would otherwise tell each other for ever): it is audited and logged.
 */
import type { Person } from '../../domain/model.js';
import type { OutboxItem } from '../../data/outbox-repository.js';
import type { AppDeps } from '../deps.js';

export type UnreachableCase =
  | { role: 'leader'; units: string[] }
  | { role: 'hr'; units: string[] }
  /** A notice about someone unreachable: audited and logged, never passed on. */
  | { role: 'notice'; units: string[] };

/** The request id inside `${prefix}${requestId}:${recipient}`. */
function requestIdOf(item: Readonly<OutboxItem>, prefix: string): string {
  const suffix = `:${item.recipient}`;
  const rest = item.id.slice(prefix.length);
  return rest.endsWith(suffix) ? rest.slice(0, -suffix.length) : rest;
}

async function digestCase(
  deps: Pick<AppDeps, 'repos'>,
  item: Readonly<OutboxItem>,
): Promise<UnreachableCase | null> {
  const id = typeof item.payload.digestId === 'string' ? item.payload.digestId : '';
  const record = await deps.repos.followUps.digest(id);
  if (!record) return { role: 'leader', units: [] };
  const steps = await deps.repos.followUps.stepsById(record.items.map((i) => i.stepId));
  const flagUnits = (record.flags ?? []).map((f) => f.unitId);
  const workflows = await Promise.all(
    (record.workflows ?? []).map((w) => deps.repos.workflows.get(w.workflowId)),
  );
  const lineUnits = workflows.flatMap((w) => (w ? [w.unitId] : []));
  const stepUnits = [...steps.values()].map((s) => s.unitId);
  const units = [...new Set([...stepUnits, ...flagUnits, ...lineUnits])].sort();
  return { role: record.audience === 'hr' ? 'hr' : 'leader', units };
}

async function requestUnits(
  deps: Pick<AppDeps, 'repos'>,
  item: Readonly<OutboxItem>,
  prefix: string,
): Promise<string[]> {
  const request = await deps.repos.followUps.hrRequest(requestIdOf(item, prefix));
  return request ? [request.unitId] : [];
}

/** What the undeliverable item was; null for items nobody needs to hear about. */
export async function unreachableCase(
  deps: Pick<AppDeps, 'repos'>,
  item: Readonly<OutboxItem>,
): Promise<UnreachableCase | null> {
  if (item.kind === 'digest') return digestCase(deps, item);
  if (item.id.startsWith('freq:')) return { role: 'leader', units: [] };
  if (item.id.startsWith('leader:'))
    return { role: 'leader', units: await requestUnits(deps, item, 'leader:') };
  if (item.id.startsWith('hr:'))
    return { role: 'hr', units: await requestUnits(deps, item, 'hr:') };
  if (item.id.startsWith('unreachable:')) return { role: 'notice', units: [] };
  return null;
}

/** The people to tell, each once, never the unreachable person. */
export function whoToTell(
  c: UnreachableCase,
  recipient: Person,
  persons: readonly Person[],
  consultantsOf: (unitId: string) => Person[],
): Person[] {
  if (c.role === 'notice') return [];
  const found =
    c.role === 'hr'
      ? persons.filter((p) => p.hr === 'admin')
      : (c.units.length > 0 ? c.units : recipient.leads).flatMap(consultantsOf);
  const once = new Map<string, Person>();
  for (const p of found) if (p.aadObjectId !== recipient.aadObjectId) once.set(p.aadObjectId, p);
  return [...once.values()];
}

/** The units an entry is audited under: the card's, else the leader's, else none (one entry). */
export function auditUnits(
  c: UnreachableCase,
  recipient: Person | undefined,
): Array<string | null> {
  const units = c.units.length > 0 ? c.units : c.role === 'leader' ? (recipient?.leads ?? []) : [];
  return units.length > 0 ? units : [null];
}
