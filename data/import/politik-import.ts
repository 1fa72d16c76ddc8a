/**
 * politik.json — the municipality's own follow-up policy documents and its follow-up settings
 * (samples/import/README.md). Validated whole with the zod policy schema (data/policy-schema.ts)
 * before anything is written: a document with any problem changes nothing, and every problem is
 * reported as `file: path: what is wrong`. Policies are upserted by id (a document with a preset's
 * id replaces that preset); `kommune.politik` chooses the municipality's policy and
 * `kommune.dueHour` the hour due cards arrive — the one place that hour is set.
 * Re-importing the same document changes nothing.
 */
import { z } from 'zod';
import { availablePolicies } from '../../domain/follow-up/policy-resolve.js';
import type { FollowUpPolicy } from '../../domain/follow-up/policy-types.js';
import { policySchema } from '../policy-schema.js';
import type { AuditEntry, StoreData } from '../schema.js';
import { zeroCounts, type Counts } from './kind.js';
import type { PolicyIssue } from './politik-messages.js';

export const politikSchema = z.strictObject({
  kommune: z
    .strictObject({
      /** The municipality's policy: one of the file's documents, a stored one or a preset. */
      politik: z.string().min(1).optional(),
      /** The hour (0–23, Copenhagen time) due cards arrive on a working day. */
      dueHour: z.number().int().min(0).max(23).optional(),
    })
    .optional(),
  politikker: z.array(policySchema).max(20).default([]),
});
export type PolitikFile = z.output<typeof politikSchema>;

export interface PolitikSummary extends Counts {
  kind: 'politik';
  rows: number;
}

export type PolitikResult =
  | { ok: true; rows: number; apply: (draft: StoreData) => PolitikSummary }
  | { ok: false; issues: PolicyIssue[] };

const issue = (file: string, path: PropertyKey[], code: PolicyIssue['code'], params = {}) => ({
  file,
  path: path.map(String).join('.'),
  code,
  params,
});

/** Checks across documents and against the store: unique ids, a known municipality policy. */
function crossChecks(file: string, doc: PolitikFile, data: Readonly<StoreData>): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const seen = new Set<string>();
  doc.politikker.forEach((p, i) => {
    if (seen.has(p.id))
      issues.push(issue(file, ['politikker', i, 'id'], 'duplicate_policy', { value: p.id }));
    seen.add(p.id);
  });
  const chosen = doc.kommune?.politik;
  const known = availablePolicies([...doc.politikker, ...(data.policies ?? [])]);
  if (chosen !== undefined && !known.some((p) => p.id === chosen)) {
    const allowed = known.map((p) => p.id).join(', ');
    issues.push(issue(file, ['kommune', 'politik'], 'unknown_policy', { value: chosen, allowed }));
  }
  return issues;
}

function upsertPolicies(draft: StoreData, incoming: readonly FollowUpPolicy[], counts: Counts) {
  if (incoming.length === 0) return;
  const stored = (draft.policies ??= []);
  for (const policy of incoming) {
    const i = stored.findIndex((p) => p.id === policy.id);
    if (i < 0) {
      stored.push(structuredClone(policy));
      counts.created++;
    } else if (JSON.stringify(stored[i]) === JSON.stringify(policy)) counts.unchanged++;
    else {
      stored[i] = structuredClone(policy);
      counts.updated++;
    }
  }
}

function applySettings(draft: StoreData, kommune: PolitikFile['kommune'], counts: Counts) {
  if (!kommune) return;
  const next = {
    policyId: kommune.politik ?? draft.settings.policyId,
    dueHour: kommune.dueHour ?? draft.settings.dueHour,
  };
  const same = next.policyId === draft.settings.policyId && next.dueHour === draft.settings.dueHour;
  if (same) counts.unchanged++;
  else {
    Object.assign(draft.settings, next);
    counts.updated++;
  }
}

function auditEntry(s: PolitikSummary, at: string): AuditEntry {
  return {
    at,
    actor: 'import',
    action: 'import.politik',
    subject: null,
    unitId: null,
    outcome: 'allowed',
    detail: `rows=${s.rows} created=${s.created} updated=${s.updated} unchanged=${s.unchanged} skipped=${s.skipped}`,
  };
}

/** Parses and checks a politik.json text; nothing is written here (the caller runs `apply`). */
export function importPolitik(
  file: string,
  text: string,
  data: Readonly<StoreData>,
  opts: { now: string },
): PolitikResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, issues: [issue(file, [], 'json_syntax', { detail })] };
  }
  const parsed = politikSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, issues: parsed.error.issues.map((i) => zodIssue(file, i)) };
  const doc = parsed.data;
  const problems = crossChecks(file, doc, data);
  if (problems.length > 0) return { ok: false, issues: problems };
  const rows = doc.politikker.length + (doc.kommune ? 1 : 0);
  return {
    ok: true,
    rows,
    apply: (draft) => {
      const counts = zeroCounts();
      upsertPolicies(draft, doc.politikker, counts);
      applySettings(draft, doc.kommune, counts);
      const summary: PolitikSummary = { kind: 'politik', rows, ...counts };
      if (summary.created + summary.updated > 0) draft.audit.push(auditEntry(summary, opts.now));
      return summary;
    },
  };
}

/** A zod issue as a policy issue (its texts are the import's own, in both languages). */
function zodIssue(file: string, i: z.core.$ZodIssue): PolicyIssue {
  const path = i.path.map(String).join('.');
  const base = { file, path };
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined
        ? { ...base, code: 'required', params: {} }
        : { ...base, code: 'wrong_type', params: { expected: String(i.expected) } };
    case 'too_small':
      return { ...base, code: 'too_small', params: { min: String(i.minimum) } };
    case 'too_big':
      return { ...base, code: 'too_big', params: { max: String(i.maximum) } };
    case 'invalid_value':
      return {
        ...base,
        code: 'unknown_value',
        params: { allowed: i.values.map(String).join(', ') },
      };
    case 'unrecognized_keys':
      return { ...base, code: 'unknown_field', params: { value: i.keys.join(', ') } };
    case 'invalid_format':
      return { ...base, code: 'key_format', params: {} };
    default:
      return { ...base, code: 'rule', params: { detail: i.message } };
  }
}
