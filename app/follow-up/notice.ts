/**
 * What a follow-up use case says instead of a view: a message key with its parameters (dates kept
 * apart, so the handler formats them for the reader's language), or the guardrail's refusal of
 * free text. Nothing here is translated: app/ knows no reader.
 */
import { showsPersons } from '../../domain/access.js';
import type { IsoDate } from '../../domain/model.js';
import type { MessageKey } from '../../i18n/index.js';
import type { UseCaseContext } from '../context.js';
import type { FreeTextVerdict } from '../free-text.js';

export type Notice =
  | {
      kind: 'message';
      key: MessageKey;
      params?: Record<string, string>;
      /** Parameters that are calendar dates, formatted by the reader's locale. */
      dates?: Record<string, IsoDate>;
      /** A sentence that follows (no parameters of its own). */
      also?: MessageKey;
    }
  | { kind: 'free-text'; verdict: Extract<FreeTextVerdict, { ok: false }> };

export const notice = (
  key: MessageKey,
  params?: Record<string, string>,
  dates?: Record<string, IsoDate>,
): Notice => ({ kind: 'message', key, params, dates });

/**
 * After a change to a period: when frequent-absence flags built on it were withdrawn
 * (withdrawUnfoundedFlags), the notice says so too.
 */
export const withFlagsWithdrawn = (n: Notice, withdrawn: number): Notice =>
  n.kind === 'message' && withdrawn > 0 ? { ...n, also: 'corrections.flagWithdrawn' } : n;

/** A use case's refusal: nothing changed, and the notice says why. */
export interface Refused {
  kind: 'refused';
  notice: Notice;
}

export const refused = (n: Notice): Refused => ({ kind: 'refused', notice: n });

/** Who may use a follow-up door: leaders, leaders and HR consultants, or anyone known. */
export type FollowUpRole = 'leader' | 'leader-or-hr-consultant' | 'anyone';

/**
 * Follow-up is about individuals, so it is answered only where the actor reads alone
 * (domain/access.ts); registering and the leader's cards are for leaders; HR consultants may also
 * act on the steps addressed to HR. Null when the actor may go on.
 */
export function followUpRefusal(ctx: UseCaseContext, role: FollowUpRole): Refused | null {
  if (!showsPersons(ctx.audience)) return refused(notice('followup.chat.personalOnly'));
  const roles = ctx.actor.roles;
  const allowed =
    role === 'anyone' ||
    roles.includes('leader') ||
    (role === 'leader-or-hr-consultant' && roles.includes('hr-consultant'));
  return allowed ? null : refused(notice('followup.chat.leadersOnly'));
}
