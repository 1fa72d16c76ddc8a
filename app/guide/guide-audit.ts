/**
 * The guide's audit: one entry per read of an employee's absence and per change or refusal, in
 * the acting leader's name. Never the text of a refused answer: only its reason.
 */
import type { AuditEntry } from '../../data/schema.js';
import { auditAction, type UseCaseContext } from '../context.js';

export interface GuideAuditEntry {
  action: string;
  /** The employee (person key) the entry is about; null when the request named nobody valid. */
  subject: string | null;
  unitId: string | null;
  outcome: AuditEntry['outcome'];
  detail?: string | null;
}

export async function auditGuide(
  ctx: Pick<UseCaseContext, 'actor' | 'repos'>,
  entry: GuideAuditEntry,
): Promise<void> {
  const { action, subject, unitId, outcome } = entry;
  await auditAction(ctx, action, subject, unitId, outcome, entry.detail ?? null);
}
